import { and, asc, desc, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { parInspectionFindings, parInspectionPlans, parInspections } from '../../db/schema-par';
import { notFound } from '../../platform/errors';

/** The tables of PAR inspections, read and written here only. */

export type InspectionPlanRow = typeof parInspectionPlans.$inferSelect;
export type InspectionRow = typeof parInspections.$inferSelect;

/** A finding with what its views need of its inspection and plan. */
export interface FindingRow {
  readonly finding: typeof parInspectionFindings.$inferSelect;
  readonly inspection: {
    readonly id: string;
    readonly unitId: string;
    readonly conductedOn: string | null;
    readonly recordNumber: string | null;
  };
  readonly plan: { readonly id: string; readonly year: number };
}

export async function listInspectionPlanRows(db: DbOrTx, provinceCode: string) {
  return db
    .select()
    .from(parInspectionPlans)
    .where(eq(parInspectionPlans.provinceCode, provinceCode))
    .orderBy(desc(parInspectionPlans.year));
}

/** A plan of the province, 404 otherwise. */
export async function findInspectionPlan(
  db: DbOrTx,
  provinceCode: string,
  id: string,
): Promise<InspectionPlanRow> {
  const [row] = await db
    .select()
    .from(parInspectionPlans)
    .where(and(eq(parInspectionPlans.id, id), eq(parInspectionPlans.provinceCode, provinceCode)));
  if (!row) throw notFound();
  return row;
}

export async function inspectionPlanOfYear(db: DbOrTx, provinceCode: string, year: number) {
  const [row] = await db
    .select()
    .from(parInspectionPlans)
    .where(and(eq(parInspectionPlans.provinceCode, provinceCode), eq(parInspectionPlans.year, year)));
  return row ?? null;
}

export async function inspectionsOfPlans(db: DbOrTx, planIds: readonly string[]): Promise<InspectionRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(parInspections)
    .where(inArray(parInspections.planId, [...planIds]))
    .orderBy(asc(parInspections.scheduledOn), asc(parInspections.id));
}

/** An inspection of the plan, locked for the transaction's writes; 404 when it is not the plan's. */
export async function lockInspection(db: DbOrTx, planId: string, id: string): Promise<InspectionRow> {
  const [row] = await db
    .select()
    .from(parInspections)
    .where(and(eq(parInspections.id, id), eq(parInspections.planId, planId)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

const findingColumns = {
  finding: parInspectionFindings,
  inspection: {
    id: parInspections.id,
    unitId: parInspections.unitId,
    conductedOn: parInspections.conductedOn,
    recordNumber: parInspections.recordNumber,
  },
  plan: { id: parInspectionPlans.id, year: parInspectionPlans.year },
};

/** Findings of the province matching `where`, by plan year (newest first), inspection and number. */
function findingsWhere(db: DbOrTx, provinceCode: string, where: SQL | undefined) {
  return db
    .select(findingColumns)
    .from(parInspectionFindings)
    .innerJoin(parInspections, eq(parInspections.id, parInspectionFindings.inspectionId))
    .innerJoin(parInspectionPlans, eq(parInspectionPlans.id, parInspections.planId))
    .where(and(eq(parInspectionPlans.provinceCode, provinceCode), where))
    .orderBy(
      desc(parInspectionPlans.year),
      asc(parInspections.scheduledOn),
      asc(parInspections.id),
      asc(parInspectionFindings.seq),
    );
}

export async function findingsOfPlans(
  db: DbOrTx,
  provinceCode: string,
  planIds: readonly string[],
): Promise<FindingRow[]> {
  if (planIds.length === 0) return [];
  return findingsWhere(db, provinceCode, inArray(parInspections.planId, [...planIds]));
}

/** The findings whose remedy one of the units owns, of one year's plan or of all. */
export async function findingsOwnedBy(
  db: DbOrTx,
  provinceCode: string,
  unitIds: readonly string[],
  year: number | undefined,
): Promise<FindingRow[]> {
  if (unitIds.length === 0) return [];
  return findingsWhere(
    db,
    provinceCode,
    and(
      inArray(parInspectionFindings.ownerUnitId, [...unitIds]),
      year === undefined ? undefined : eq(parInspectionPlans.year, year),
    ),
  );
}

/** Open remedies due before `today` (the partial index on open findings by due date serves it). */
export async function overdueFindings(db: DbOrTx, provinceCode: string, today: string) {
  const rows = await findingsWhere(
    db,
    provinceCode,
    and(isNull(parInspectionFindings.closedAt), lt(parInspectionFindings.dueDate, today)),
  );
  return rows.sort((a, b) => a.finding.dueDate.localeCompare(b.finding.dueDate));
}

/** One finding of the province, locked for the transaction's writes when asked; 404 otherwise. */
export async function findFinding(
  db: DbOrTx,
  provinceCode: string,
  id: string,
  lock = false,
): Promise<FindingRow> {
  const query = findingsWhere(db, provinceCode, eq(parInspectionFindings.id, id));
  const [row] = lock ? await query.for('update', { of: parInspectionFindings }) : await query;
  if (!row) throw notFound();
  return row;
}
