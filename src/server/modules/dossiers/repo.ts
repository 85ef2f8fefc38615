import { and, asc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type DbOrTx, queryRowsPrepared, type Statement, uuidList } from '../../db/client';
import { insertRowsCompiled, insertRowsStatement } from '../../db/rows-insert';
import { updateRowsCompiled } from '../../db/rows-update';
import {
  dossierCodeSequences,
  dossierEvents,
  dossierFiles,
  dossierForms,
  dossierSteps,
  dossiers,
  outboxMessages,
  units,
} from '../../db/schema';
import type { DossierPatch, DossierRow } from './record';

export type StepRow = typeof dossierSteps.$inferSelect;
export type EventRow = typeof dossierEvents.$inferSelect;

/** The dossier row; with `lock`, locked for the command's transaction (FOR UPDATE). */
export async function findDossier(
  tx: DbOrTx,
  provinceCode: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<DossierRow | undefined> {
  const query = tx
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.id, id), eq(dossiers.provinceCode, provinceCode)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findDossierByCode(tx: DbOrTx, provinceCode: string, code: string) {
  const [row] = await tx
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.code, code), eq(dossiers.provinceCode, provinceCode)));
  return row;
}

export function stepsOf(tx: DbOrTx, dossierId: string): Promise<StepRow[]> {
  return tx
    .select()
    .from(dossierSteps)
    .where(eq(dossierSteps.dossierId, dossierId))
    .orderBy(asc(dossierSteps.ordinal));
}

export function eventsOf(tx: DbOrTx, dossierId: string): Promise<EventRow[]> {
  return tx
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.seq));
}

/**
 * Reserves `count` consecutive numbers of the day at each agency, race-free: the upsert takes the
 * (unit, day) rows' locks (in unit order, so two batches never wait on each other in a cycle),
 * so two desks receiving at once get distinct runs and one waits for the other's commit. Answers
 * the first number of each unit's run.
 */
export async function reserveDailySequences(
  tx: DbOrTx,
  day: string,
  counts: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const units = [...counts.keys()].sort();
  if (units.length === 0) return new Map();
  const rows = await queryRowsPrepared<{ unitId: string; last: number }>(
    tx,
    reserveSequencesSql(
      sql`select unit_id, day, last from jsonb_to_recordset(${JSON.stringify(
        units.map((unitId) => ({ unit_id: unitId, day, last: counts.get(unitId) ?? 0 })),
      )}::jsonb) as r(unit_id uuid, day date, last integer)`,
    ),
  );
  return firstNumbersOfRuns(counts, rows);
}

/**
 * The statement (not yet run) that reserves numbers of the day: `counts` selects (unit, day,
 * count) rows, in unit order; answers each unit's last number now taken, as { unitId, last }.
 */
export function reserveSequencesSql(counts: SQL): SQL {
  return sql`insert into ${dossierCodeSequences} (unit_id, day, last) ${counts}
    on conflict (unit_id, day) do update set last = ${dossierCodeSequences}.last + excluded.last
    returning unit_id as "unitId", last`;
}

/** The first number of each unit's run, from how many it reserved and the last one it took. */
export function firstNumbersOfRuns(
  counts: ReadonlyMap<string, number>,
  reserved: readonly { readonly unitId: string; readonly last: number }[],
): Map<string, number> {
  return new Map(reserved.map((r) => [r.unitId, r.last - (counts.get(r.unitId) ?? 0) + 1]));
}

/**
 * A command's patch as a statement not yet run: written only while the row is still at `version`,
 * answering its id when it was (none when someone else won).
 */
export function updateDossierAtStatement(
  id: string,
  version: number,
  columns: Partial<DossierRow>,
  now: Date,
): Statement {
  return updateRowsCompiled(
    dossiers,
    { ...columns, rowVersion: version + 1, updatedAt: now },
    { id, rowVersion: version },
    'id',
  );
}

export interface NewDossierEvent {
  id: string;
  dossierId: string;
  seq: number;
  type: string;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  unitId: string | null;
  reason: string | null;
  before: DossierPatch;
  after: DossierPatch;
  /** The legal due time after the event while the legal clock runs. */
  legalDueAt?: Date | null;
}

/**
 * A command's event as a statement not yet run, its legal due time an expression of the
 * statement (of the event's row `r`), or none.
 */
export function commandEventStatement(
  event: Omit<NewDossierEvent, 'legalDueAt'>,
  legalDueAt: Statement | null,
): Statement {
  return legalDueAt
    ? insertRowsCompiled(dossierEvents, [event], { legalDueAt })
    : insertRowsCompiled(dossierEvents, [{ ...event, legalDueAt: null }]);
}

export interface UnitSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
}

export async function unitsByIds(tx: DbOrTx, ids: readonly string[]): Promise<Map<string, UnitSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, parentId: units.parentId })
    .from(units)
    .where(sql`${units.id} in (${uuidList(ids)})`);
  return new Map(rows.map((r) => [r.id, r]));
}

/** The result files of a dossier, without their bytes. */
export function resultFilesOf(db: DbOrTx, dossierId: string) {
  return db
    .select({
      id: dossierFiles.id,
      fileName: dossierFiles.fileName,
      contentType: dossierFiles.contentType,
      size: dossierFiles.size,
      uploadedAt: dossierFiles.uploadedAt,
      uploadedBy: dossierFiles.uploadedBy,
    })
    .from(dossierFiles)
    .where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.kind, 'result')))
    .orderBy(asc(dossierFiles.uploadedAt));
}

/** What new dossiers write in their first command, by table; the clocks are a statement the calendar module built. */
export interface NewDossierWrites {
  readonly dossiers: readonly (typeof dossiers.$inferInsert)[];
  readonly events: readonly NewDossierEvent[];
  readonly steps: readonly (typeof dossierSteps.$inferInsert)[];
  readonly forms: readonly (typeof dossierForms.$inferInsert)[];
  readonly clocks: SQLWrapper | null;
  readonly outbox: readonly (typeof outboxMessages.$inferInsert)[];
}

/**
 * Writes new dossiers with everything their first command made — events, the first step, the
 * issued form, the applicant's notices, the clocks, and any `alongside` write of the same
 * command (its stored idempotent answers) — in one statement of data-modifying CTEs: one round
 * trip instead of one per table on the desk's hot path, however many dossiers.
 */
export async function insertNewDossiers(
  tx: DbOrTx,
  parts: NewDossierWrites,
  alongside: readonly SQLWrapper[] = [],
): Promise<void> {
  const writes: SQLWrapper[] = [insertRowsStatement(dossiers, parts.dossiers)];
  if (parts.events.length > 0) writes.push(insertRowsStatement(dossierEvents, parts.events));
  if (parts.steps.length > 0) writes.push(insertRowsStatement(dossierSteps, parts.steps));
  if (parts.forms.length > 0) writes.push(insertRowsStatement(dossierForms, parts.forms));
  if (parts.clocks) writes.push(parts.clocks);
  if (parts.outbox.length > 0) writes.push(insertRowsStatement(outboxMessages, parts.outbox));
  writes.push(...alongside);
  // getSQL(): an embedded builder would be wrapped in parentheses, which WITH does not take.
  const ctes = sql.join(
    writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w.getSQL()})`),
    sql`, `,
  );
  await queryRowsPrepared(tx, sql`with ${ctes} select 1`);
}
