/**
 * Rules of a dossier's work that are not transitions: where each workflow step is done, each
 * step's share of the time, what an intake must contain, the apology (Mẫu 04) and the public
 * lookup's second factor. Pure: the service loads, calls these, and saves.
 */
import { addWorkingTime } from '../calendar/deadlines';
import { splitIntoStepShares } from '../calendar/step-shares';
import type { Instant, WorkingCalendar } from '../calendar/working-calendar';
import type { WorkflowStep } from '../catalog/procedure';
import { normalisePhone, personalIdProblem } from './identifiers';

/** Unit kinds where the one-stop desk works; every other step is done by the competent unit. */
const DESK_UNIT_KINDS: ReadonlySet<string> = new Set(['desk', 'service_centre']);

export type StepPlace = 'desk' | 'competent';

export function placeOfStep(step: Pick<WorkflowStep, 'unitKind'>): StepPlace {
  return DESK_UNIT_KINDS.has(step.unitKind) ? 'desk' : 'competent';
}

/**
 * The working minutes of each workflow step: its share of the dossier's total. The desk's own
 * reception step is already done at receipt, but keeps its share so the others get only theirs.
 */
export function stepBudgets(
  totalMinutes: number,
  workflow: readonly Pick<WorkflowStep, 'share'>[],
): readonly number[] {
  if (workflow.length === 0) return [];
  return splitIntoStepShares(
    Math.max(0, Math.round(totalMinutes)),
    workflow.map((s) => s.share),
  );
}

/** The first workflow step after the desk's reception (the desk receives by taking the dossier). */
export function firstProcessingStep(workflow: readonly Pick<WorkflowStep, 'unitKind'>[]): number {
  const index = workflow.findIndex((s) => placeOfStep(s) === 'competent');
  return index === -1 ? 0 : index;
}

export interface ApplicantInput {
  readonly kind: 'person' | 'organisation';
  readonly name: string;
  readonly personalId: string | null;
  readonly organisationCode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

export interface IntakeProblem {
  readonly path: string;
  readonly code:
    | 'personal_id_required'
    | 'personal_id_not_12_digits'
    | 'personal_id_unknown_province'
    | 'organisation_code_required'
    | 'phone_invalid'
    | 'contact_required'
    | 'reason_required'
    | 'nothing_missing'
    | 'documents_missing';
}

/** What is wrong with an intake, all at once (an empty list when it can be recorded). */
export function intakeProblems(input: {
  readonly applicant: ApplicantInput;
  readonly outcome: 'receive' | 'request_supplement' | 'refuse';
  readonly reason: string;
  readonly documents: readonly { readonly provided: boolean }[];
}): readonly IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  const { applicant } = input;
  if (applicant.kind === 'person') {
    if (!applicant.personalId) problems.push({ path: 'applicant.personalId', code: 'personal_id_required' });
    else {
      const problem = personalIdProblem(applicant.personalId);
      if (problem) problems.push({ path: 'applicant.personalId', code: `personal_id_${problem}` });
    }
  } else if (!applicant.organisationCode) {
    problems.push({ path: 'applicant.organisationCode', code: 'organisation_code_required' });
  }
  if (applicant.phone && normalisePhone(applicant.phone) === null)
    problems.push({ path: 'applicant.phone', code: 'phone_invalid' });
  if (!applicant.phone && !applicant.email && !applicant.address)
    problems.push({ path: 'applicant.phone', code: 'contact_required' });
  if (input.outcome !== 'receive' && input.reason.trim().length < 3)
    problems.push({ path: 'reason', code: 'reason_required' });
  const missing = input.documents.filter((d) => !d.provided).length;
  if (input.outcome === 'receive' && missing > 0)
    problems.push({ path: 'documents', code: 'documents_missing' });
  if (input.outcome === 'request_supplement' && missing === 0)
    problems.push({ path: 'documents', code: 'nothing_missing' });
  return problems;
}

/** The lookup factors kept for a dossier: its normalised phone and the id's last 4 digits. */
export function lookupFactors(applicant: ApplicantInput): { phone: string | null; idTail: string | null } {
  const id = applicant.personalId ?? applicant.organisationCode;
  return {
    phone: applicant.phone ? normalisePhone(applicant.phone) : null,
    idTail: id && id.length >= 4 ? id.slice(-4) : null,
  };
}

/** True when the factor a visitor typed is the dossier's phone or the last 4 digits of its id. */
export function lookupFactorMatches(
  factor: string,
  kept: { phone: string | null; idTail: string | null },
): boolean {
  const trimmed = factor.trim();
  if (/^\d{4}$/.test(trimmed)) return kept.idTail !== null && trimmed === kept.idTail;
  const phone = normalisePhone(trimmed);
  return phone !== null && phone === kept.phone;
}

/** A name as the public lookup shows it: the first word whole, the rest as initials. */
export function maskedName(name: string): string {
  const [first = '', ...rest] = name.trim().split(/\s+/);
  return [first, ...rest.map((w) => `${w.slice(0, 1)}.`)].join(' ');
}

export type ApologyProblem = 'not_later' | 'in_the_past';

/**
 * What is wrong with the new appointment of an apology (Mẫu 04): it must be later than the
 * current appointment and than now. When the apology may be issued at all (received, once, from
 * one working day before the due time) is the command table's `issue_apology`.
 */
export function apologyProblem(input: {
  readonly now: number;
  readonly appointmentAt: number | null;
  readonly newAppointmentAt: number;
}): ApologyProblem | null {
  if (input.newAppointmentAt <= input.now) return 'in_the_past';
  if (input.appointmentAt !== null && input.newAppointmentAt <= input.appointmentAt) return 'not_later';
  return null;
}

/**
 * Whether the apology with a new date (Mẫu 04) may be issued yet: the agency writes "at least one
 * day before the due date" (Decree 118/2025 art. 19.6), so from one working day before the legal
 * due time on, and after it. No legal due time (never received): never.
 */
export function apologyWindowOpen(input: {
  readonly legalDueAt: number | null;
  readonly now: number;
  readonly remainingWorkingMinutes: number;
  readonly workingDayMinutes: number;
}): boolean {
  if (input.legalDueAt === null) return false;
  return input.now >= input.legalDueAt || input.remainingWorkingMinutes <= input.workingDayMinutes;
}

/**
 * The new appointment an apology proposes: one working day after the later of now and the current
 * appointment — the first date that is both feasible and after the promise being moved.
 */
export function proposedNewAppointment(
  calendar: WorkingCalendar,
  input: { readonly now: Instant; readonly appointmentAt: Instant | null },
): Instant {
  const from = Math.max(input.now, input.appointmentAt ?? input.now);
  return addWorkingTime(calendar, from, { unit: 'working_days', amount: 1 });
}

/**
 * A dossier whose result came (or will come) after its legal due time may not be returned before
 * the unit at fault has apologised in writing (domain.md §4).
 */
export function returnNeedsApology(input: {
  readonly legalDueAt: number | null;
  readonly resolvedAt: number | null;
  readonly apologyIssued: boolean;
}): boolean {
  if (input.apologyIssued || input.legalDueAt === null || input.resolvedAt === null) return false;
  return input.resolvedAt > input.legalDueAt;
}

/**
 * How urgent an open dossier or step is: overdue past its due instant, due soon when at most
 * `warningMinutes` working minutes are left (default one working day, domain.md §4).
 */
export function urgencyOf(
  input: { readonly dueAt: number | null; readonly now: number; readonly remainingWorkingMinutes: number },
  warningMinutes: number,
): 'in_time' | 'due_soon' | 'overdue' | 'none' {
  if (input.dueAt === null) return 'none';
  if (input.now > input.dueAt) return 'overdue';
  return input.remainingWorkingMinutes <= warningMinutes ? 'due_soon' : 'in_time';
}

/** An online dossier must be accepted, refused or sent back within 8 working hours (Decree 118/2025 art. 17). */
export const ONLINE_REVIEW_HOURS = 8;

/** When the desk's check of an online dossier submitted at `submittedAt` is due. */
export function onlineReviewDueAt(calendar: WorkingCalendar, submittedAt: Instant): Instant {
  return addWorkingTime(calendar, submittedAt, { unit: 'working_hours', amount: ONLINE_REVIEW_HOURS });
}
