import type { ProcedureLevel } from '../../../domain/catalog/procedure';
import type { DossierState, SupplementPhase } from '../../../domain/dossier/state-machine';
import type { dossiers } from '../../db/schema';

/**
 * The dossier as its events state it: every column an event may change, in JSON form (times as
 * ISO strings). Each event stores the columns it changed (`before`/`after`); the row is the fold
 * of the `after`s, which `rebuildRecord` computes and a test compares with the live row.
 */
export interface DossierRecord {
  readonly code: string;
  readonly procedureId: string;
  readonly procedureVersionId: string;
  readonly receivingUnitId: string;
  readonly competentUnitId: string;
  readonly channel: 'counter' | 'online' | 'postal';
  readonly state: DossierState;
  readonly supplementPhase: SupplementPhase | null;
  readonly applicant: ApplicantRecord;
  readonly lookupPhone: string | null;
  readonly lookupIdTail: string | null;
  readonly documents: readonly ChecklistRecord[];
  readonly notes: string;
  readonly stepBudgets: readonly number[] | null;
  readonly submittedAt: string | null;
  readonly receivedAt: string | null;
  readonly appointmentAt: string | null;
  readonly apology: ApologyRecord | null;
  readonly resolvedAt: string | null;
  readonly returnedAt: string | null;
  readonly delivery: 'counter' | 'postal' | 'electronic' | null;
  readonly completion: 'early' | 'on_time' | 'late' | null;
  /**
   * The desk's level when its clerk received a procedure of another level, confirming it
   * (`isOtherLevel`): the receipt stays possible and is explicit. Null otherwise.
   */
  readonly otherLevelReceipt: ProcedureLevel | null;
  readonly createdBy: string | null;
}

export interface ApplicantRecord {
  readonly kind: 'person' | 'organisation';
  readonly name: string;
  readonly personalId: string | null;
  readonly organisationCode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

export interface ChecklistRecord {
  readonly name: string;
  readonly originals: number;
  readonly copies: number;
  readonly provided: boolean;
}

export interface ApologyRecord {
  readonly at: string;
  readonly unitId: string;
  readonly unit: string;
  readonly reason: string;
  readonly newAppointmentAt: string;
  readonly previousAppointmentAt: string | null;
  readonly by: string;
}

export type DossierPatch = Partial<DossierRecord>;
export type DossierRow = typeof dossiers.$inferSelect;

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const date = (s: string | null | undefined) => (s === null || s === undefined ? null : new Date(s));

export function recordOfRow(row: DossierRow): DossierRecord {
  return {
    code: row.code,
    procedureId: row.procedureId,
    procedureVersionId: row.procedureVersionId,
    receivingUnitId: row.receivingUnitId,
    competentUnitId: row.competentUnitId,
    channel: row.channel as DossierRecord['channel'],
    state: row.state as DossierState,
    supplementPhase: row.supplementPhase as SupplementPhase | null,
    applicant: row.applicant as ApplicantRecord,
    lookupPhone: row.lookupPhone,
    lookupIdTail: row.lookupIdTail,
    documents: row.documents as ChecklistRecord[],
    notes: row.notes,
    stepBudgets: row.stepBudgets as number[] | null,
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    appointmentAt: iso(row.appointmentAt),
    apology: row.apology as ApologyRecord | null,
    resolvedAt: iso(row.resolvedAt),
    returnedAt: iso(row.returnedAt),
    delivery: row.delivery as DossierRecord['delivery'],
    completion: row.completion as DossierRecord['completion'],
    otherLevelReceipt: row.otherLevelReceipt as ProcedureLevel | null,
    createdBy: row.createdBy,
  };
}

/** The columns to write for a patch (times back to Date). */
export function columnsOfPatch(patch: DossierPatch): Partial<DossierRow> {
  const out: Record<string, unknown> = { ...patch };
  for (const key of ['submittedAt', 'receivedAt', 'appointmentAt', 'resolvedAt', 'returnedAt'] as const) {
    if (key in patch) out[key] = date(patch[key]);
  }
  return out as Partial<DossierRow>;
}

/** The values of `record` for the keys of `patch`: an event's `before`. */
export function pick(record: DossierRecord, patch: DossierPatch): DossierPatch {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) out[key] = record[key as keyof DossierRecord] ?? null;
  return out as DossierPatch;
}

/** The record after all events, in order: the first event's `after` is the whole record. */
export function rebuildRecord(afters: readonly DossierPatch[]): DossierRecord | null {
  if (afters.length === 0) return null;
  const folded: Record<string, unknown> = {};
  for (const after of afters) Object.assign(folded, after);
  return folded as unknown as DossierRecord;
}
