import { and, asc, eq, type SQLWrapper, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
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
 * The next number of the day at an agency, race-free: the upsert takes the (unit, day) row's lock,
 * so two desks receiving at once get consecutive numbers and one waits for the other's commit.
 */
export async function nextDailySequence(tx: DbOrTx, unitId: string, day: string): Promise<number> {
  const [row] = await tx
    .insert(dossierCodeSequences)
    .values({ unitId, day, last: 1 })
    .onConflictDoUpdate({
      target: [dossierCodeSequences.unitId, dossierCodeSequences.day],
      set: { last: sql`${dossierCodeSequences.last} + 1` },
    })
    .returning({ last: dossierCodeSequences.last });
  if (!row) throw new Error('sequence not returned');
  return row.last;
}

/** Writes a command's patch when the row is still at `version`; false when someone else won. */
export async function updateDossierAt(
  tx: DbOrTx,
  id: string,
  version: number,
  columns: Partial<DossierRow>,
  now: Date,
): Promise<boolean> {
  const updated = await tx
    .update(dossiers)
    .set({ ...columns, rowVersion: version + 1, updatedAt: now })
    .where(and(eq(dossiers.id, id), eq(dossiers.rowVersion, version)))
    .returning({ id: dossiers.id });
  return updated.length === 1;
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
}

export async function appendDossierEvents(tx: DbOrTx, events: readonly NewDossierEvent[]): Promise<void> {
  await tx.insert(dossierEvents).values([...events]);
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
    .where(
      sql`${units.id} in (${sql.join(
        [...new Set(ids)].map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
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
    .where(eq(dossierFiles.dossierId, dossierId))
    .orderBy(asc(dossierFiles.uploadedAt));
}

/**
 * Writes a new dossier with everything its first command made — events, the first step, the
 * issued form, the applicant's notices, and the clocks (a statement the calendar module built) — in one statement of
 * data-modifying CTEs: one round trip instead of one per table on the desk's hot path.
 */
export async function insertNewDossier(
  tx: DbOrTx,
  parts: {
    dossier: typeof dossiers.$inferInsert;
    events: readonly NewDossierEvent[];
    steps: readonly (typeof dossierSteps.$inferInsert)[];
    forms: readonly (typeof dossierForms.$inferInsert)[];
    clocks: SQLWrapper | null;
    outbox: readonly (typeof outboxMessages.$inferInsert)[];
  },
): Promise<void> {
  const writes: SQLWrapper[] = [tx.insert(dossiers).values(parts.dossier)];
  if (parts.events.length > 0) writes.push(tx.insert(dossierEvents).values([...parts.events]));
  if (parts.steps.length > 0) writes.push(tx.insert(dossierSteps).values([...parts.steps]));
  if (parts.forms.length > 0) writes.push(tx.insert(dossierForms).values([...parts.forms]));
  if (parts.clocks) writes.push(parts.clocks);
  if (parts.outbox.length > 0) writes.push(tx.insert(outboxMessages).values([...parts.outbox]));
  // getSQL(): an embedded builder would be wrapped in parentheses, which WITH does not take.
  const ctes = sql.join(
    writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w.getSQL()})`),
    sql`, `,
  );
  await tx.execute(sql`with ${ctes} select 1`);
}
