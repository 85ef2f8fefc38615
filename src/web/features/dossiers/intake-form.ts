/**
 * The desk intake form as plain data: its starting state, the checks run before sending (the
 * server's own rules from domain/, so both agree), the request body, the server's field errors
 * placed back on their fields, and the Idempotency-Key that makes a double click harmless.
 */
import { intakeProblems } from '../../../domain/dossier/rules';
import type { Problem } from '../../api/types';
import { emailProblem } from './applicant-check';
import type { ChecklistLine, CounterIntakeRequest, IntakeOutcome } from './types';

export interface ApplicantForm {
  readonly kind: 'person' | 'organisation';
  readonly name: string;
  readonly personalId: string;
  readonly organisationCode: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
}

export interface IntakeForm {
  readonly procedureId: string | null;
  readonly deskUnitId: string | null;
  /** Null: the unit the desk serves (the server decides). Another one = non-territorial receipt. */
  readonly competentUnitId: string | null;
  readonly channel: 'counter' | 'postal';
  readonly applicant: ApplicantForm;
  readonly documents: readonly ChecklistLine[];
  readonly notes: string;
  /** The clerk confirmed receiving a procedure of another level than the desk's. */
  readonly otherLevelConfirmed: boolean;
}

export const emptyApplicant: ApplicantForm = {
  kind: 'person',
  name: '',
  personalId: '',
  organisationCode: '',
  phone: '',
  email: '',
  address: '',
};

export function emptyIntake(deskUnitId: string | null): IntakeForm {
  return {
    procedureId: null,
    deskUnitId,
    competentUnitId: null,
    channel: 'counter',
    applicant: emptyApplicant,
    documents: [],
    notes: '',
    otherLevelConfirmed: false,
  };
}

/** The procedure's required documents as a checklist; the clerk ticks what is handed in. */
export function checklistOf(
  documents: readonly { name: string; originals: number; copies: number }[],
): ChecklistLine[] {
  return documents.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies, provided: false }));
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request body; null until a procedure and a desk are chosen. */
export function intakeRequest(
  form: IntakeForm,
  outcome: IntakeOutcome,
  reason: string,
): CounterIntakeRequest | null {
  if (!form.procedureId || !form.deskUnitId) return null;
  const a = form.applicant;
  const person = a.kind === 'person';
  return {
    procedureId: form.procedureId,
    deskUnitId: form.deskUnitId,
    ...(form.competentUnitId ? { competentUnitId: form.competentUnitId } : {}),
    channel: form.channel,
    applicant: {
      kind: a.kind,
      name: a.name.trim(),
      personalId: person ? orNull(a.personalId) : null,
      organisationCode: person ? null : orNull(a.organisationCode),
      phone: orNull(a.phone),
      email: orNull(a.email),
      address: orNull(a.address),
    },
    documents: form.documents.map((d) => ({ ...d, name: d.name.trim() })),
    notes: form.notes.trim(),
    outcome,
    reason: outcome === 'receive' ? '' : reason.trim(),
    otherLevelConfirmed: form.otherLevelConfirmed,
  };
}

/** The form's fields that errors are shown beside. */
export const INTAKE_FIELDS = [
  'procedureId',
  'deskUnitId',
  'competentUnitId',
  'channel',
  'applicant.name',
  'applicant.personalId',
  'applicant.organisationCode',
  'applicant.phone',
  'applicant.email',
  'applicant.address',
  'documents',
  'notes',
  'reason',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

export type IntakeProblemCode =
  | 'procedure_required'
  | 'desk_required'
  | 'name_required'
  | 'email_invalid'
  | ReturnType<typeof intakeProblems>[number]['code'];

/** What stops this intake, by field (first problem of each), before anything is sent. */
export function intakeFormProblems(
  form: IntakeForm,
  outcome: IntakeOutcome,
  reason: string,
): Partial<Record<IntakeField, IntakeProblemCode>> {
  const out: Partial<Record<IntakeField, IntakeProblemCode>> = {};
  const add = (field: IntakeField, code: IntakeProblemCode) => {
    out[field] ??= code;
  };
  if (!form.procedureId) add('procedureId', 'procedure_required');
  if (!form.deskUnitId) add('deskUnitId', 'desk_required');
  if (form.applicant.name.trim().length < 2) add('applicant.name', 'name_required');
  if (emailProblem(form.applicant.email)) add('applicant.email', 'email_invalid');
  const request = intakeRequest({ ...form, procedureId: 'x', deskUnitId: 'x' }, outcome, reason);
  if (request) {
    for (const p of intakeProblems(request)) {
      const field = asField(p.path);
      if (field) add(field, p.code);
    }
  }
  return out;
}

function asField(path: string): IntakeField | null {
  // A line of the checklist ("documents.2.name") is shown on the checklist as a whole.
  const key = path.replace(/^body\./, '').replace(/^documents\..*$/, 'documents');
  return INTAKE_FIELDS.find((f) => f === key) ?? null;
}

/** The API's field errors placed on the form's fields; those of no field are returned apart. */
export function placeFieldErrors(errors: Problem['errors']): {
  readonly fields: Partial<Record<IntakeField, string>>;
  readonly other: Problem['errors'];
} {
  const fields: Partial<Record<IntakeField, string>> = {};
  const other: Problem['errors'][number][] = [];
  for (const error of errors) {
    const field = asField(error.path);
    if (field) fields[field] ??= error.message;
    else other.push(error);
  }
  return { fields, other };
}

/** A random UUID (v4), also where `crypto.randomUUID` is missing (plain-http intranets). */
export function newIdempotencyKey(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b),
): string {
  const bytes = new Uint8Array(new ArrayBuffer(16));
  fill(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface SentAttempt {
  readonly key: string;
  readonly body: string;
}

/**
 * The key for sending `body`: the same key as the last attempt when the body is unchanged (a
 * double click or a retry returns the first dossier), a new key once the clerk changed anything.
 */
export function attemptFor(last: SentAttempt | null, body: string, newKey: () => string): SentAttempt {
  return last && last.body === body ? last : { key: newKey(), body };
}
