import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { parReportFigures, parReportRounds, parReportSections, parReportUnits } from '../../db/schema-par';
import { notFound } from '../../platform/errors';

/** The tables of the periodic reform reports, read and written here only. */

export type ReportRoundRow = typeof parReportRounds.$inferSelect;
export type ReportUnitRow = typeof parReportUnits.$inferSelect;
export type ReportSectionRow = typeof parReportSections.$inferSelect;

/** A round of the province, locked for the transaction when asked; 404 otherwise. */
export async function findReportRound(
  db: DbOrTx,
  provinceCode: string,
  id: string,
  lock: 'update' | 'share' | null = null,
): Promise<ReportRoundRow> {
  const query = db
    .select()
    .from(parReportRounds)
    .where(and(eq(parReportRounds.id, id), eq(parReportRounds.provinceCode, provinceCode)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw notFound();
  return row;
}

/** The province's rounds, newest period first; only the open ones when asked. */
export async function listReportRounds(db: DbOrTx, provinceCode: string, openOnly = false) {
  return db
    .select()
    .from(parReportRounds)
    .where(
      and(
        eq(parReportRounds.provinceCode, provinceCode),
        openOnly ? isNull(parReportRounds.closedAt) : undefined,
      ),
    )
    .orderBy(desc(parReportRounds.year), desc(parReportRounds.dueDate), asc(parReportRounds.period));
}

export async function unitsOfRounds(db: DbOrTx, roundIds: readonly string[]): Promise<ReportUnitRow[]> {
  if (roundIds.length === 0) return [];
  return db
    .select()
    .from(parReportUnits)
    .where(inArray(parReportUnits.roundId, [...roundIds]));
}

/** A unit of a round, its row locked for the transaction when asked (a submission takes it for update). */
export async function reportUnit(
  db: DbOrTx,
  roundId: string,
  unitId: string,
  lock: 'share' | null = null,
): Promise<ReportUnitRow | undefined> {
  const query = db
    .select()
    .from(parReportUnits)
    .where(and(eq(parReportUnits.roundId, roundId), eq(parReportUnits.unitId, unitId)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** The sections of a round: one unit's, or every unit's. */
export async function sectionsOf(db: DbOrTx, roundId: string, unitId?: string): Promise<ReportSectionRow[]> {
  return db
    .select()
    .from(parReportSections)
    .where(
      and(eq(parReportSections.roundId, roundId), unitId ? eq(parReportSections.unitId, unitId) : undefined),
    );
}

export async function sectionRow(db: DbOrTx, roundId: string, unitId: string, section: string) {
  const [row] = await db
    .select()
    .from(parReportSections)
    .where(
      and(
        eq(parReportSections.roundId, roundId),
        eq(parReportSections.unitId, unitId),
        eq(parReportSections.section, section),
      ),
    );
  return row;
}

/** Written sections (more than white space) per unit of a round. */
export async function writtenCounts(db: DbOrTx, roundId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ unitId: parReportSections.unitId, n: sql<number>`count(*)::int` })
    .from(parReportSections)
    .where(and(eq(parReportSections.roundId, roundId), sql`${parReportSections.body} ~ '[^ \\t\\r\\n]'`))
    .groupBy(parReportSections.unitId);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

/**
 * Writes a section over the version read (0: never written) and answers the new version, or
 * undefined when another writer got there first: an update guarded by the version, or an insert
 * that gives way to a twin.
 */
export async function writeSection(
  tx: DbOrTx,
  key: { roundId: string; unitId: string; section: string },
  version: number,
  values: { body: string; updatedAt: Date; updatedBy: string },
): Promise<number | undefined> {
  const written =
    version > 0
      ? await tx
          .update(parReportSections)
          .set({ ...values, rowVersion: sql`${parReportSections.rowVersion} + 1` })
          .where(
            and(
              eq(parReportSections.roundId, key.roundId),
              eq(parReportSections.unitId, key.unitId),
              eq(parReportSections.section, key.section),
              eq(parReportSections.rowVersion, version),
            ),
          )
          .returning({ version: parReportSections.rowVersion })
      : await tx
          .insert(parReportSections)
          .values({ ...key, ...values, rowVersion: 1 })
          .onConflictDoNothing()
          .returning({ version: parReportSections.rowVersion });
  return written[0]?.version;
}

/** Marks a unit's report sent, once: false when it was already. */
export async function markSubmitted(tx: DbOrTx, roundId: string, unitId: string, at: Date, by: string) {
  const done = await tx
    .update(parReportUnits)
    .set({ submittedAt: at, submittedBy: by })
    .where(
      and(
        eq(parReportUnits.roundId, roundId),
        eq(parReportUnits.unitId, unitId),
        isNull(parReportUnits.submittedAt),
      ),
    )
    .returning({ unitId: parReportUnits.unitId });
  return done.length > 0;
}

/** Inserts a round with its units; false when the province already has a round of that period. */
export async function insertRound(
  tx: DbOrTx,
  round: typeof parReportRounds.$inferInsert,
  unitIds: readonly string[],
): Promise<boolean> {
  const inserted = await tx
    .insert(parReportRounds)
    .values(round)
    .onConflictDoNothing()
    .returning({ id: parReportRounds.id });
  if (inserted.length === 0) return false;
  await tx.insert(parReportUnits).values(unitIds.map((unitId) => ({ roundId: round.id, unitId })));
  return true;
}

/** Closes a round, once, under the version read: false when it moved or was closed meanwhile. */
export async function markClosed(tx: DbOrTx, id: string, version: number, at: Date, by: string) {
  const done = await tx
    .update(parReportRounds)
    .set({ closedAt: at, closedBy: by, rowVersion: sql`${parReportRounds.rowVersion} + 1` })
    .where(
      and(
        eq(parReportRounds.id, id),
        eq(parReportRounds.rowVersion, version),
        isNull(parReportRounds.closedAt),
      ),
    )
    .returning({ id: parReportRounds.id });
  return done.length > 0;
}

export type FrozenFiguresRow = typeof parReportFigures.$inferSelect;

/** The figures frozen when the round closed, for one unit (or the province's root unit). */
export async function frozenFiguresOf(db: DbOrTx, roundId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(parReportFigures)
    .where(and(eq(parReportFigures.roundId, roundId), eq(parReportFigures.unitId, unitId)));
  return row;
}

export async function storeFrozenFigures(tx: DbOrTx, rows: readonly FrozenFiguresRow[]) {
  for (let i = 0; i < rows.length; i += 200)
    await tx
      .insert(parReportFigures)
      .values(rows.slice(i, i + 200))
      .onConflictDoNothing();
}
