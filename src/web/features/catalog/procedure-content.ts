/**
 * Pure helpers of the procedure editor: a blank procedure to start from, the live sum of the
 * workflow's shares, which required boxes are empty, and where a problem reported by the API lies.
 * Whether a version may be published is decided by the API (its `problems`), not here.
 */
import type { ProcedureContent } from '../../api/types';

type WorkflowStep = ProcedureContent['workflow'][number];

/** The usual three steps of a one-stop procedure (tiếp nhận → thẩm định → phê duyệt). */
const DEFAULT_WORKFLOW: readonly WorkflowStep[] = [
  { name: 'Tiếp nhận hồ sơ', role: 'clerk', unitKind: 'desk', share: 10 },
  { name: 'Thẩm định, xử lý', role: 'officer', unitKind: 'division', share: 70 },
  { name: 'Phê duyệt, ký kết quả', role: 'approver', unitKind: 'department', share: 20 },
];

/** What a new procedure starts from. */
export function blankContent(): ProcedureContent {
  return {
    name: '',
    levels: ['province'],
    processing: { unit: 'working_days', amount: 5, online: null },
    fees: [],
    documents: [],
    steps: [],
    workflow: DEFAULT_WORKFLOW.map((step) => ({ ...step })),
    legalBasis: [],
    resultType: '',
    online: 'none',
    onlinePayment: false,
  };
}

/** The sum of the workflow's shares of the time, in percent. */
export function sharesTotal(workflow: readonly Pick<WorkflowStep, 'share'>[]): number {
  return workflow.reduce((sum, step) => sum + (Number.isFinite(step.share) ? step.share : 0), 0);
}

/** Whether the shares add up to 100 % (with the API's tolerance for decimal shares). */
export function sharesComplete(workflow: readonly Pick<WorkflowStep, 'share'>[]): boolean {
  return Math.abs(sharesTotal(workflow) - 100) <= 1e-9;
}

/** A share total for display: at most two decimals, so 33.33 + 33.33 + 33.34 reads 100. */
export function roundedShare(total: number): number {
  return Math.round(total * 100) / 100;
}

/** Paths (`name`, `fees.2.name`…) of the required text boxes left empty; the API refuses these outright. */
export function blankPaths(content: ProcedureContent): ReadonlySet<string> {
  const blank = new Set<string>();
  const check = (path: string, text: string) => {
    if (text.trim().length === 0) blank.add(path);
  };
  check('name', content.name);
  check('resultType', content.resultType);
  for (const [i, fee] of content.fees.entries()) check(`fees.${i}.name`, fee.name);
  for (const [i, doc] of content.documents.entries()) check(`documents.${i}.name`, doc.name);
  for (const [i, step] of content.steps.entries()) check(`steps.${i}`, step);
  for (const [i, step] of content.workflow.entries()) {
    check(`workflow.${i}.name`, step.name);
    check(`workflow.${i}.unitKind`, step.unitKind);
  }
  for (const [i, basis] of content.legalBasis.entries()) check(`legalBasis.${i}.text`, basis.text);
  return blank;
}

/** The content as the API wants it: text trimmed, an online time limit only when it is set. */
export function tidyContent(content: ProcedureContent): ProcedureContent {
  return {
    ...content,
    name: content.name.trim(),
    resultType: content.resultType.trim(),
    processing: { ...content.processing, online: content.processing.online ?? null },
    fees: content.fees.map((fee) => ({ ...fee, name: fee.name.trim() })),
    documents: content.documents.map((doc) => ({
      ...doc,
      name: doc.name.trim(),
      template: doc.template?.trim() ? doc.template.trim() : null,
    })),
    steps: content.steps.map((step) => step.trim()),
    workflow: content.workflow.map((step) => ({ ...step, name: step.name.trim() })),
    legalBasis: content.legalBasis.map((basis) => ({ ...basis, text: basis.text.trim() })),
  };
}

export const PROBLEM_SECTIONS = [
  'name',
  'levels',
  'processing',
  'processingOnline',
  'fees',
  'documents',
  'steps',
  'workflow',
  'legalBasis',
  'resultType',
  'online',
  'onlinePayment',
] as const;
export type ProblemSection = (typeof PROBLEM_SECTIONS)[number];

export interface ProblemPlace {
  readonly section: ProblemSection | null;
  /** 1-based row of a list (fees, documents…), when the problem is in one row. */
  readonly row: number | null;
  /** The box within the row (`amount`, `share`…). */
  readonly field: string | null;
}

/**
 * Where a problem lies, from the API's path: `workflow`, `fees.2.amount`, or with the request's
 * prefix as the publish endpoint reports it (`content.workflow`).
 */
export function problemPlace(path: string): ProblemPlace {
  const bare = path.startsWith('content.') ? path.slice('content.'.length) : path;
  if (bare === 'processing.online') return { section: 'processingOnline', row: null, field: null };
  const [head, index, field] = bare.split('.');
  const section = PROBLEM_SECTIONS.find((s) => s === head) ?? null;
  const row = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : null;
  return { section, row, field: row === null ? null : (field ?? null) };
}
