import type { SupplementPolicy } from '../calendar/clock';

/**
 * An administrative procedure (thủ tục hành chính, domain.md §3) as one version states it. A
 * procedure keeps every version; a dossier keeps the version it was filed under.
 */

export const PROCEDURE_LEVELS = ['province', 'commune'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];

/** Dịch vụ công trực tuyến toàn trình / một phần / không. */
export const ONLINE_AVAILABILITY = ['full', 'partial', 'none'] as const;
export type OnlineAvailability = (typeof ONLINE_AVAILABILITY)[number];

export const PROCESSING_UNITS = ['working_days', 'working_hours', 'calendar_days'] as const;
export type ProcessingUnit = (typeof PROCESSING_UNITS)[number];

export interface ProcessingTime {
  readonly unit: ProcessingUnit;
  readonly amount: number;
  /** When the online channel has its own time limit. */
  readonly online?: { readonly unit: ProcessingUnit; readonly amount: number } | null;
}

/**
 * The time limit that applies to a dossier filed through a channel: the online channel's own when
 * the procedure states one, the general one otherwise (domain.md §3).
 */
export function timeLimitForChannel(
  processing: ProcessingTime,
  channel: 'online' | 'counter' | 'postal',
): { readonly unit: ProcessingUnit; readonly amount: number } {
  const time = channel === 'online' && processing.online ? processing.online : processing;
  return { unit: time.unit, amount: time.amount };
}

export interface RequiredDocument {
  readonly name: string;
  readonly originals: number;
  readonly copies: number;
  /** A form template file name to download, if the document has one. */
  readonly template: string | null;
  /** Reusable from the citizen's digitised data (Decree 45/2020, art. 16). */
  readonly reusable: boolean;
}

export interface Fee {
  readonly name: string;
  /** phí (fee) or lệ phí (charge). */
  readonly kind: 'fee' | 'charge';
  /** In đồng. */
  readonly amount: number;
}

export interface WorkflowStep {
  readonly name: string;
  /** Role that performs the step (domain.md §1). */
  readonly role: 'clerk' | 'officer' | 'approver';
  /** Kind of unit that performs it (desk, division, department, commune …). */
  readonly unitKind: string;
  /** Share of the total time in percent; the shares add up to 100. */
  readonly share: number;
}

export interface LegalBasis {
  readonly text: string;
  /** True for generated demo texts, which are not real legal documents. */
  readonly sample: boolean;
}

export interface ProcedureContent {
  readonly name: string;
  readonly levels: readonly ProcedureLevel[];
  readonly processing: ProcessingTime;
  readonly fees: readonly Fee[];
  readonly documents: readonly RequiredDocument[];
  /** Steps as the citizen follows them (trình tự thực hiện). */
  readonly steps: readonly string[];
  readonly workflow: readonly WorkflowStep[];
  readonly legalBasis: readonly LegalBasis[];
  readonly resultType: string;
  /**
   * What the result is issued as: `paper` (the default: a signed paper result may be declared at
   * approval) or `electronic` only (a result document must be attached before approval).
   */
  readonly resultMedium?: 'paper' | 'electronic';
  readonly online: OnlineAvailability;
  readonly onlinePayment: boolean;
  /** The work may be paused (financial obligation, outside verification) where the legal text allows. */
  readonly pauseAllowed?: boolean;
  /**
   * A supplement asked for during processing restarts the time from zero (Decree 118/2025 art.
   * 19.5, the default) or, where the procedure's own text says so, pauses it (time left kept).
   */
  readonly supplementPolicy?: SupplementPolicy;
}

export interface ContentProblem {
  /** Path of the field, e.g. `workflow` or `fees.2.amount`. */
  readonly path: string;
  readonly code:
    | 'required'
    | 'not_positive'
    | 'negative'
    | 'shares_not_100'
    | 'no_copies'
    | 'payment_without_online'
    | 'duplicate';
}

/** What each content problem means, for people. */
export const CONTENT_PROBLEM_TEXT: Record<ContentProblem['code'], { vi: string; en: string }> = {
  required: { vi: 'bắt buộc', en: 'required' },
  not_positive: { vi: 'phải là số dương hợp lý', en: 'must be a sensible positive number' },
  negative: { vi: 'không được âm hoặc lẻ', en: 'must not be negative or fractional' },
  shares_not_100: {
    vi: 'tổng tỷ lệ thời gian các bước phải bằng 100',
    en: 'the step shares must add up to 100',
  },
  no_copies: { vi: 'phải có ít nhất một bản', en: 'needs at least one copy' },
  payment_without_online: {
    vi: 'không thể thanh toán trực tuyến khi không có dịch vụ trực tuyến',
    en: 'online payment needs an online service',
  },
  duplicate: { vi: 'bị trùng', en: 'is repeated' },
};

const MAX_AMOUNT = { working_days: 365, working_hours: 2920, calendar_days: 730 } as const;

/** Every problem of a procedure's content; empty when it can be published. */
export function contentProblems(content: ProcedureContent): readonly ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (content.name.trim().length === 0) problems.push({ path: 'name', code: 'required' });
  if (content.levels.length === 0) problems.push({ path: 'levels', code: 'required' });
  if (new Set(content.levels).size !== content.levels.length)
    problems.push({ path: 'levels', code: 'duplicate' });
  const times: [string, { unit: ProcessingUnit; amount: number }][] = [['processing', content.processing]];
  if (content.processing.online) times.push(['processing.online', content.processing.online]);
  for (const [path, time] of times) {
    if (!(time.amount > 0) || time.amount > MAX_AMOUNT[time.unit])
      problems.push({ path, code: 'not_positive' });
  }
  content.fees.forEach((fee, i) => {
    if (!(fee.amount >= 0) || !Number.isInteger(fee.amount))
      problems.push({ path: `fees.${i}.amount`, code: 'negative' });
    if (fee.name.trim().length === 0) problems.push({ path: `fees.${i}.name`, code: 'required' });
  });
  content.documents.forEach((doc, i) => {
    if (doc.name.trim().length === 0) problems.push({ path: `documents.${i}.name`, code: 'required' });
    if (doc.originals < 0 || doc.copies < 0) problems.push({ path: `documents.${i}`, code: 'negative' });
    else if (doc.originals + doc.copies === 0) problems.push({ path: `documents.${i}`, code: 'no_copies' });
  });
  if (content.workflow.length === 0) problems.push({ path: 'workflow', code: 'required' });
  content.workflow.forEach((step, i) => {
    if (!(step.share > 0)) problems.push({ path: `workflow.${i}.share`, code: 'not_positive' });
  });
  const total = content.workflow.reduce((sum, step) => sum + step.share, 0);
  if (content.workflow.length > 0 && Math.abs(total - 100) > 1e-9) {
    problems.push({ path: 'workflow', code: 'shares_not_100' });
  }
  if (content.onlinePayment && content.online === 'none') {
    problems.push({ path: 'onlinePayment', code: 'payment_without_online' });
  }
  return problems;
}

/** The text a search matches a procedure by, folded: its name first, then its documents. */
export function searchableText(content: ProcedureContent): { name: string; documents: string } {
  return { name: content.name, documents: content.documents.map((d) => d.name).join(' · ') };
}
