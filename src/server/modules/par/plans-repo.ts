import { asc, eq, sql } from 'drizzle-orm';
import type { Milestone } from '../../../domain/par/milestones';
import { type DbOrTx, queryRows } from '../../db/client';
import { type parPlans, parTargets } from '../../db/schema-par';

export type PlanRow = typeof parPlans.$inferSelect;
export type TargetRow = Omit<typeof parTargets.$inferSelect, 'milestones'> & {
  readonly milestones: readonly { readonly year: number; readonly milestone: Milestone }[];
};

/** Every plan of the province (or the one with `id`) with its numbers of targets and tasks, newest first. */
export async function listPlanRows(db: DbOrTx, provinceCode: string, id?: string) {
  return queryRows<PlanRow & { targetCount: number; taskCount: number }>(
    db,
    sql`select p.id, p.province_code as "provinceCode", p.kind, p.title, p.document_number as "documentNumber",
               p.issued_on::text as "issuedOn", p.signer, p.from_year as "fromYear", p.to_year as "toYear",
               p.issuing_unit_id as "issuingUnitId", p.created_at as "createdAt", p.created_by as "createdBy",
               p.row_version as "rowVersion",
               (select count(*)::int from par_targets t where t.plan_id = p.id) as "targetCount",
               (select count(*)::int from par_tasks k where k.plan_id = p.id) as "taskCount"
          from par_plans p where p.province_code = ${provinceCode}${id ? sql` and p.id = ${id}` : sql``}
         order by p.from_year desc, p.issued_on desc, p.id`,
  );
}

export async function findPlan(db: DbOrTx, provinceCode: string, id: string) {
  const [plan] = await listPlanRows(db, provinceCode, id);
  return plan ?? null;
}

export async function targetsOfPlan(db: DbOrTx, planId: string): Promise<TargetRow[]> {
  const rows = await db
    .select()
    .from(parTargets)
    .where(eq(parTargets.planId, planId))
    .orderBy(asc(parTargets.position));
  return rows as TargetRow[];
}

export interface LatestTargetReport {
  readonly targetId: string;
  readonly value: { percent?: number; doneOn?: string };
  readonly note: string;
  readonly reportedAt: Date;
  readonly reportedByName: string | null;
}

/** The latest report of each target of a plan for a year. */
export async function latestTargetReports(db: DbOrTx, planId: string, year: number) {
  const rows = await queryRows<LatestTargetReport>(
    db,
    sql`select distinct on (r.target_id) r.target_id as "targetId", r.value, r.note,
               r.reported_at as "reportedAt", r.reported_by_name as "reportedByName"
          from par_target_reports r join par_targets t on t.id = r.target_id
         where t.plan_id = ${planId} and r.year = ${year}
         order by r.target_id, r.reported_at desc, r.id desc`,
  );
  return new Map(rows.map((r) => [r.targetId, { ...r, reportedAt: new Date(r.reportedAt) }]));
}
