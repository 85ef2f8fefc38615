import type { z } from 'zod';
import { TARGET_STATUSES } from '../../../contracts/par';
import type { ZInspectionFigures, ZTargetFigures } from '../../../contracts/par-reports';
import type { TargetStatus } from '../../../domain/par/target-status';
import type { AuthContext } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { coverageOf, findingCounts, inspectionViewer } from './inspection-views';
import { findingsOfPlans, inspectionPlanOfYear, inspectionsOfPlans } from './inspections-repo';
import { listPlans, planDetail } from './plans';

/**
 * The report's figures on the reform plans' targets and on the PAR inspections, read through the
 * functions that show them on their own pages (planDetail, the inspection views), so that a report
 * says what those pages say.
 */

/** A period of a report round, as civil dates (both included). */
interface Period {
  readonly from: string;
  readonly to: string;
}

/** A target of the year's plans as a report counts it: who leads it and its status. */
export interface YearTarget {
  readonly leadUnitId: string;
  readonly status: TargetStatus;
}

/** Every target of the plans running in the year, with its status as the plan page shows it (planDetail). */
export async function yearTargets(deps: AppDeps, auth: AuthContext, year: number): Promise<YearTarget[]> {
  const plans = (await listPlans(deps.db, deps.config.PROVINCE_CODE)).filter(
    (p) => p.fromYear <= year && year <= p.toYear && p.targetCount > 0,
  );
  const targets: YearTarget[] = [];
  for (const plan of plans) {
    const detail = await planDetail(deps, auth, plan.id, year);
    for (const target of detail.targets)
      targets.push({ leadUnitId: target.leadUnit.id, status: target.status });
  }
  return targets;
}

/** The year's targets by status: those the unit leads, or all for the province (`unitId` null). */
export function targetFigures(
  year: number,
  targets: readonly YearTarget[],
  unitId: string | null,
): z.infer<typeof ZTargetFigures> {
  const statuses = targets.filter((x) => unitId === null || x.leadUnitId === unitId).map((x) => x.status);
  const byStatus = Object.fromEntries(
    TARGET_STATUSES.map((s) => [s, statuses.filter((x) => x === s).length]),
  ) as z.infer<typeof ZTargetFigures>['byStatus'];
  return { year, total: statuses.length - byStatus.no_milestone, byStatus };
}

/**
 * The year's inspection plan and what came of it in the period: for the province the coverage per
 * level and every inspection; for a unit the inspections of it. Remedies stand as of now.
 */
export async function inspectionFigures(
  deps: AppDeps,
  auth: AuthContext,
  year: number,
  period: Period,
  unitId: string | null,
): Promise<z.infer<typeof ZInspectionFigures>> {
  const db = deps.db;
  const province = deps.config.PROVINCE_CODE;
  const [viewer, plan] = await Promise.all([
    inspectionViewer(deps, db, auth),
    inspectionPlanOfYear(db, province, year),
  ]);
  const [inspections, findings] = plan
    ? await Promise.all([inspectionsOfPlans(db, [plan.id]), findingsOfPlans(db, province, [plan.id])])
    : [[], []];
  const ofUnit = inspections.filter((i) => unitId === null || i.unitId === unitId);
  const held = new Set(
    ofUnit
      .filter((i) => i.conductedOn !== null && i.conductedOn >= period.from && i.conductedOn <= period.to)
      .map((i) => i.id),
  );
  const counts = findingCounts(
    viewer,
    findings.filter((f) => held.has(f.inspection.id)),
  );
  return {
    year,
    plan: plan ? { title: plan.title, documentNumber: plan.documentNumber } : null,
    coverage: plan && unitId === null ? coverageOf(viewer, plan, inspections) : null,
    scheduled: ofUnit.length,
    held: held.size,
    findings: { raised: counts.total, remedied: counts.closed, open: counts.open, overdue: counts.overdue },
  };
}
