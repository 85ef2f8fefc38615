import type { z } from 'zod';
import type {
  ZCoverage,
  ZFinding,
  ZInspection,
  ZInspectionBoard,
  ZInspectionPlanDetail,
  ZInspectionPlanSummary,
} from '../../../contracts/par-inspections';
import { localDateOf } from '../../../domain/calendar/local-time';
import {
  type FindingParty,
  type FindingPermissions,
  findingPermissions,
  INSPECTION_COVERAGE_TARGET_PERCENT,
  type InspectedLevel,
  inspectionCoverage,
  inspectionState,
  isRemedyClosed,
  type RemedyStatus,
  remedyStatus,
} from '../../../domain/par/inspections';
import type { DbOrTx } from '../../db/client';
import { type AuthContext, scopeContains } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { type UnitSummary, unitSummariesOfProvince } from '../organisation/unit-tree';
import {
  type FindingRow,
  findInspectionPlan,
  findingsOfPlans,
  findingsOwnedBy,
  type InspectionPlanRow,
  type InspectionRow,
  inspectionPlanOfYear,
  inspectionsOfPlans,
  listInspectionPlanRows,
  overdueFindings,
} from './inspections-repo';
import { type ParCaller, parCaller } from './par-access';

type FindingDto = z.infer<typeof ZFinding>;
type InspectionDto = z.infer<typeof ZInspection>;
type SummaryDto = z.infer<typeof ZInspectionPlanSummary>;
type DetailDto = z.infer<typeof ZInspectionPlanDetail>;

/** Roles that run the province's inspections: its PAR officers (and system admins). */
const RUNS_INSPECTIONS = ['par_officer', 'system_admin'];

export const runsInspections = (auth: AuthContext) =>
  auth.assignments.some((a) => RUNS_INSPECTIONS.includes(a.role));

/** The caller and what a view needs to judge each row: units by id, now and today. */
export interface InspectionViewer {
  readonly caller: ParCaller;
  readonly runs: boolean;
  readonly units: ReadonlyMap<string, UnitSummary>;
  readonly allUnits: readonly UnitSummary[];
  readonly now: number;
  readonly today: string;
}

export async function inspectionViewer(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
): Promise<InspectionViewer> {
  const [caller, allUnits] = await Promise.all([
    parCaller(db, auth),
    unitSummariesOfProvince(db, deps.config.PROVINCE_CODE),
  ]);
  const now = deps.clock.now().getTime();
  return {
    caller,
    runs: runsInspections(auth),
    units: new Map(allUnits.map((u) => [u.id, u])),
    allUnits,
    now,
    today: localDateOf(now),
  };
}

/** Who the caller is for one finding: officer, overseer, the owner's or the inspected unit's staff. */
export function findingParty(viewer: InspectionViewer, row: FindingRow): FindingParty {
  const { caller } = viewer;
  const owner = row.finding.ownerUnitId;
  const inspected = row.inspection.unitId;
  return {
    runsInspections: viewer.runs,
    oversees: scopeContains(caller.manages, owner) || scopeContains(caller.manages, inspected),
    actsForOwner: scopeContains(caller.actsFor, owner),
    actsForInspected: scopeContains(caller.actsFor, inspected),
  };
}

/** What the caller may do on one finding now (the rule is `findingPermissions`, written once). */
export const permissionsOn = (viewer: InspectionViewer, row: FindingRow): FindingPermissions =>
  findingPermissions(findingParty(viewer, row), row.finding.closedAt !== null);

/** The inspections a caller reads: all for the officers, those of units they oversee or act for. */
export const readsInspection = (viewer: InspectionViewer, unitId: string) =>
  viewer.runs || scopeContains(viewer.caller.manages, unitId) || scopeContains(viewer.caller.actsFor, unitId);

const unitName = (viewer: InspectionViewer, id: string) => {
  const u = viewer.units.get(id);
  return { id, code: u?.code ?? '', name: u?.name ?? id };
};

export const statusOf = (viewer: InspectionViewer, row: FindingRow): RemedyStatus =>
  remedyStatus(
    { dueDate: row.finding.dueDate, closedAt: row.finding.closedAt?.getTime() ?? null },
    viewer.now,
  );

export function findingDto(viewer: InspectionViewer, row: FindingRow): FindingDto {
  const f = row.finding;
  const may = permissionsOn(viewer, row);
  return {
    id: f.id,
    planId: row.plan.id,
    year: row.plan.year,
    inspectionId: row.inspection.id,
    inspectedUnit: unitName(viewer, row.inspection.unitId),
    conductedOn: row.inspection.conductedOn,
    recordNumber: row.inspection.recordNumber,
    seq: f.seq,
    finding: f.finding,
    remedy: f.remedy,
    ownerUnit: unitName(viewer, f.ownerUnitId),
    dueDate: f.dueDate,
    status: statusOf(viewer, row),
    progressNote: f.progressNote,
    closedAt: f.closedAt?.toISOString() ?? null,
    closedNote: f.closedNote,
    closedBy: f.closedBy,
    updatedAt: f.updatedAt.toISOString(),
    version: f.rowVersion,
    mayProgress: may.progress,
    mayClose: may.close,
    mayReopen: may.reopen,
  };
}

export function coverageOf(
  viewer: InspectionViewer,
  plan: InspectionPlanRow,
  inspections: readonly InspectionRow[],
): z.infer<typeof ZCoverage> {
  return {
    targetPercent: INSPECTION_COVERAGE_TARGET_PERCENT,
    levels: inspectionCoverage(
      viewer.allUnits,
      inspections.map((i) => ({ unitId: i.unitId, conducted: i.conductedOn !== null })),
      plan.year,
      viewer.today,
    ),
  };
}

/** Counts of a set of findings by where their remedies stand. */
export function findingCounts(viewer: InspectionViewer, rows: readonly FindingRow[]) {
  const statuses = rows.map((r) => statusOf(viewer, r));
  return {
    total: statuses.length,
    open: statuses.filter((s) => !isRemedyClosed(s)).length,
    overdue: statuses.filter((s) => s === 'overdue').length,
    closed: statuses.filter(isRemedyClosed).length,
  };
}

function summaryDto(
  viewer: InspectionViewer,
  plan: InspectionPlanRow,
  inspections: readonly InspectionRow[],
  findings: readonly FindingRow[],
): SummaryDto {
  const counts = findingCounts(viewer, findings);
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    documentNumber: plan.documentNumber,
    issuedOn: plan.issuedOn,
    inspectionCount: inspections.length,
    conductedCount: inspections.filter((i) => i.conductedOn !== null).length,
    findingCount: counts.total,
    openFindingCount: counts.open,
    overdueFindingCount: counts.overdue,
    coverage: coverageOf(viewer, plan, inspections),
    version: plan.rowVersion,
  };
}

const byPlan = <T>(rows: readonly T[], planOf: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(planOf(row), [...(map.get(planOf(row)) ?? []), row]);
  return map;
};

/** Every plan of the province, newest year first, with its coverage and counts (aggregates only). */
export async function listInspectionPlans(deps: AppDeps, auth: AuthContext) {
  const db = deps.db;
  const viewer = await inspectionViewer(deps, db, auth);
  const plans = await listInspectionPlanRows(db, deps.config.PROVINCE_CODE);
  const ids = plans.map((p) => p.id);
  const [inspections, findings] = await Promise.all([
    inspectionsOfPlans(db, ids),
    findingsOfPlans(db, deps.config.PROVINCE_CODE, ids),
  ]);
  const inspectionsBy = byPlan(inspections, (i) => i.planId);
  const findingsBy = byPlan(findings, (f) => f.plan.id);
  return {
    plans: plans.map((p) => summaryDto(viewer, p, inspectionsBy.get(p.id) ?? [], findingsBy.get(p.id) ?? [])),
    mayManage: viewer.runs,
  };
}

const levelOf = (unit: UnitSummary | undefined) => (unit?.kind ?? 'commune') as InspectedLevel;

/** Overdue first by how long they are overdue. */
const mostOverdueFirst = (a: FindingDto, b: FindingDto) =>
  a.dueDate.localeCompare(b.dueDate) || a.ownerUnit.code.localeCompare(b.ownerUnit.code);

/**
 * A plan as the caller may see it: the coverage (aggregates, for everyone), the inspections of the
 * units they oversee or act for, the findings they may read and those overdue.
 */
export async function inspectionPlanDetail(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  db: DbOrTx = deps.db,
): Promise<DetailDto> {
  const plan = await findInspectionPlan(db, deps.config.PROVINCE_CODE, id);
  const viewer = await inspectionViewer(deps, db, auth);
  const [inspections, findings] = await Promise.all([
    inspectionsOfPlans(db, [id]),
    findingsOfPlans(db, deps.config.PROVINCE_CODE, [id]),
  ]);
  const readable = findings.filter((f) => permissionsOn(viewer, f).read);
  const rows: InspectionDto[] = inspections
    .filter((i) => readsInspection(viewer, i.unitId))
    .map((i) => {
      const unit = viewer.units.get(i.unitId);
      return {
        id: i.id,
        unit: { ...unitName(viewer, i.unitId), level: levelOf(unit) },
        scheduledOn: i.scheduledOn,
        inspectors: i.inspectors,
        state: inspectionState(i, viewer.now),
        conductedOn: i.conductedOn,
        recordNumber: i.recordNumber,
        conclusion: i.conclusion,
        findings: findingCounts(
          viewer,
          findings.filter((f) => f.inspection.id === i.id),
        ),
        version: i.rowVersion,
      };
    });
  const dtos = readable.map((f) => findingDto(viewer, f));
  return {
    ...summaryDto(viewer, plan, inspections, findings),
    inspections: rows,
    findings: dtos,
    overdueRemedies: dtos.filter((f) => f.status === 'overdue').sort(mostOverdueFirst),
    mayManage: viewer.runs,
  };
}

/** The findings whose remedies the caller's own units owe ("each unit sees its own"). */
export async function ownFindings(deps: AppDeps, auth: AuthContext, year: number | undefined) {
  const viewer = await inspectionViewer(deps, deps.db, auth);
  const actsFor = viewer.caller.actsFor;
  const unitIds = actsFor.all ? viewer.allUnits.map((u) => u.id) : actsFor.unitIds;
  const rows = await findingsOwnedBy(deps.db, deps.config.PROVINCE_CODE, unitIds, year);
  return { findings: rows.map((r) => findingDto(viewer, r)) };
}

/**
 * The leader's board: the year's plan and its coverage, and every open remedy past its due day
 * that the caller may read (an overdue remedy of last year's plan is still overdue).
 */
export async function inspectionBoard(
  deps: AppDeps,
  auth: AuthContext,
  year: number | undefined,
): Promise<z.infer<typeof ZInspectionBoard>> {
  const db = deps.db;
  const viewer = await inspectionViewer(deps, db, auth);
  const shownYear = year ?? Number(viewer.today.slice(0, 4));
  const province = deps.config.PROVINCE_CODE;
  const [plan, overdue] = await Promise.all([
    inspectionPlanOfYear(db, province, shownYear),
    overdueFindings(db, province, viewer.today),
  ]);
  const [inspections, findings] = plan
    ? await Promise.all([inspectionsOfPlans(db, [plan.id]), findingsOfPlans(db, province, [plan.id])])
    : [[], []];
  const counts = findingCounts(viewer, findings);
  return {
    year: shownYear,
    plan: plan
      ? { id: plan.id, title: plan.title, documentNumber: plan.documentNumber, issuedOn: plan.issuedOn }
      : null,
    coverage: plan ? coverageOf(viewer, plan, inspections) : null,
    findingCount: counts.total,
    openFindingCount: counts.open,
    overdueRemedies: overdue
      .filter((f) => permissionsOn(viewer, f).read)
      .map((f) => findingDto(viewer, f))
      .sort(mostOverdueFirst),
  };
}
