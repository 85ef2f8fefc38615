import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  PAR_AREAS,
  TARGET_STATUSES,
  type ZCreatePlanRequest,
  type ZPlan,
  type ZPlanDetail,
  type ZTarget,
  type ZTargetReportRequest,
  type ZUpdateTargetRequest,
} from '../../../contracts/par';
import { localDateOf } from '../../../domain/calendar/local-time';
import { foldVietnamese } from '../../../domain/catalog/vietnamese-text';
import {
  type PlanTargetRow,
  type SpreadsheetRow,
  validatePlanTargetImport,
} from '../../../domain/par/plan-import';
import { type TargetActual, targetStatus } from '../../../domain/par/target-status';
import type { DbOrTx } from '../../db/client';
import { parPlans, parTargetReports, parTargets } from '../../db/schema-par';
import { type AuthContext, scopeContains } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import type { MetricValue, ReformMetric } from '../../platform/reform-metric';
import { type UnitSummary, unitSummariesOf, unitSummariesOfProvince } from '../organisation/unit-tree';
import { reformMetrics } from './metrics';
import { type ParCaller, parCaller } from './par-access';
import {
  findPlan,
  latestTargetReports,
  listPlanRows,
  type PlanRow,
  type TargetRow,
  targetsOfPlan,
} from './plans-repo';

type PlanDto = z.infer<typeof ZPlan>;
type TargetDto = z.infer<typeof ZTarget>;

const unitName = (u: UnitSummary | undefined, id: string) => ({
  id,
  code: u?.code ?? '',
  name: u?.name ?? id,
});

/** The province's root unit, which issues the province's plans and assigns its tasks. */
export async function provinceUnit(db: DbOrTx, provinceCode: string): Promise<UnitSummary> {
  const units = await unitSummariesOfProvince(db, provinceCode);
  const root = units.find((u) => u.parentId === null && u.kind === 'province');
  if (!root) throw new Error(`province ${provinceCode} has no root unit`);
  return root;
}

function planDto(
  row: PlanRow & { targetCount: number; taskCount: number },
  issuing: UnitSummary | undefined,
): PlanDto {
  return {
    id: row.id,
    kind: row.kind as PlanDto['kind'],
    title: row.title,
    documentNumber: row.documentNumber,
    issuedOn: row.issuedOn,
    signer: row.signer,
    fromYear: row.fromYear,
    toYear: row.toYear,
    issuingUnit: unitName(issuing, row.issuingUnitId),
    targetCount: row.targetCount,
    taskCount: row.taskCount,
    version: row.rowVersion,
  };
}

export async function listPlans(db: DbOrTx, provinceCode: string): Promise<PlanDto[]> {
  const rows = await listPlanRows(db, provinceCode);
  const units = await unitSummariesOf(
    db,
    rows.map((r) => r.issuingUnitId),
  );
  return rows.map((r) => planDto(r, units.get(r.issuingUnitId)));
}

const PROVINCE_ROLES_TO_MANAGE = ['par_officer', 'system_admin'] as const;

/** Only PAR officers (and system admins) whose scope holds the issuing unit run plans and targets. */
function assertRunsPlans(caller: ParCaller, auth: AuthContext, issuingUnitId: string): void {
  const runs = auth.assignments.some((a) => (PROVINCE_ROLES_TO_MANAGE as readonly string[]).includes(a.role));
  if (!runs || !scopeContains(caller.manages, issuingUnitId)) throw new AppError('forbidden', 403);
}

export async function createPlan(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreatePlanRequest>,
  meta: CommandMeta,
): Promise<PlanDto> {
  return deps.db.transaction(async (tx) => {
    const province = deps.config.PROVINCE_CODE;
    const root = await provinceUnit(tx, province);
    assertRunsPlans(await parCaller(tx, auth), auth, root.id);
    const id = uuidv7(deps.clock);
    const inserted = await tx
      .insert(parPlans)
      .values({
        id,
        provinceCode: province,
        ...input,
        issuingUnitId: root.id,
        createdAt: deps.clock.now(),
        createdBy: auth.userId,
        rowVersion: 1,
      })
      .onConflictDoNothing()
      .returning({ id: parPlans.id });
    if (inserted.length === 0)
      throw new AppError('par_plan_number_taken', 409, { number: input.documentNumber });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: root.id,
      action: 'par.plan.create',
      targetType: 'par_plan',
      targetId: id,
      ip: meta.ip,
      details: { documentNumber: input.documentNumber, fromYear: input.fromYear, toYear: input.toYear },
    });
    const plan = await findPlan(tx, province, id);
    if (!plan) throw new Error('plan just created');
    return planDto(plan, root);
  });
}

/** Agencies by folded name: any unit of the province, open or closed (a plan names them as they were). */
export function agencyResolver(units: readonly UnitSummary[]) {
  const byName = new Map<string, string>();
  // Open units first, so a name reused after a reorganisation means today's unit.
  const ordered = [...units].sort((a, b) => Number(a.validTo === null) - Number(b.validTo === null));
  for (const u of ordered) byName.set(foldVietnamese(u.name), u.id);
  return (name: string) => byName.get(foldVietnamese(name));
}

/**
 * Imports a plan's appendix of targets, all rows or none: numbers already in the plan are
 * refused like duplicates inside the file.
 */
export async function importTargets(
  deps: AppDeps,
  auth: AuthContext,
  planId: string,
  rows: readonly SpreadsheetRow[],
  meta: CommandMeta,
): Promise<{ imported: number }> {
  return deps.db.transaction(async (tx) => {
    const province = deps.config.PROVINCE_CODE;
    const [plan] = await tx
      .select()
      .from(parPlans)
      .where(and(eq(parPlans.id, planId), eq(parPlans.provinceCode, province)))
      .for('update');
    if (!plan) throw notFound();
    assertRunsPlans(await parCaller(tx, auth), auth, plan.issuingUnitId);
    const units = await unitSummariesOfProvince(tx, province);
    const verdict = validatePlanTargetImport(rows, {
      fromYear: plan.fromYear,
      toYear: plan.toYear,
      resolveAgency: agencyResolver(units),
      areaCodes: PAR_AREAS,
    });
    const existing = await targetsOfPlan(tx, planId);
    const taken = new Set(existing.map((t) => t.number));
    const errors = verdict.ok
      ? verdict.targets
          .filter((t) => taken.has(t.number))
          .map((t) => ({
            row: t.row,
            column: 'stt',
            vi: `Kế hoạch đã có chỉ tiêu số ${t.number}`,
            en: `The plan already has target ${t.number}`,
          }))
      : verdict.errors;
    if (!verdict.ok || errors.length > 0) {
      throw new AppError(
        'import_invalid',
        422,
        { count: new Set(errors.map((e) => e.row)).size },
        errors.map((e) => ({
          path: `row ${e.row}: ${e.column}`,
          message: meta.lang === 'vi' ? e.vi : e.en,
          code: 'invalid_row',
        })),
      );
    }
    const start = existing.length;
    const values = verdict.targets.map((t: PlanTargetRow, i) => ({
      id: uuidv7(deps.clock),
      planId,
      number: t.number,
      position: start + i + 1,
      text: t.text,
      area: t.area,
      leadUnitId: t.leadAgencyId,
      cooperatingUnitIds: [...t.cooperatingAgencyIds],
      metricCode: null,
      milestones: t.milestones,
      rowVersion: 1,
    }));
    if (values.length > 0) await tx.insert(parTargets).values(values);
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: plan.issuingUnitId,
      action: 'par.targets.import',
      targetType: 'par_plan',
      targetId: planId,
      ip: meta.ip,
      details: { imported: values.length },
    });
    return { imported: values.length };
  });
}

async function lockedTarget(tx: DbOrTx, province: string, targetId: string) {
  const [row] = await tx
    .select({ target: parTargets, plan: parPlans })
    .from(parTargets)
    .innerJoin(parPlans, eq(parPlans.id, parTargets.planId))
    .where(and(eq(parTargets.id, targetId), eq(parPlans.provinceCode, province)))
    .for('update', { of: parTargets });
  return row ?? null;
}

/** Links a target to a metric of the registry, or unlinks it (then its lead agency reports it). */
export async function updateTarget(
  deps: AppDeps,
  auth: AuthContext,
  targetId: string,
  input: z.infer<typeof ZUpdateTargetRequest>,
  meta: CommandMeta,
): Promise<{ id: string; version: number }> {
  return deps.db.transaction(async (tx) => {
    const found = await lockedTarget(tx, deps.config.PROVINCE_CODE, targetId);
    if (!found) throw notFound();
    assertRunsPlans(await parCaller(tx, auth), auth, found.plan.issuingUnitId);
    if (found.target.rowVersion !== input.version) throw versionConflict();
    if (input.metricCode !== null && !reformMetrics(deps.config).some((m) => m.code === input.metricCode))
      throw new AppError('par_metric_unknown', 422, { code: input.metricCode });
    const version = found.target.rowVersion + 1;
    await tx
      .update(parTargets)
      .set({ metricCode: input.metricCode, rowVersion: version })
      .where(eq(parTargets.id, targetId));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: found.plan.issuingUnitId,
      action: 'par.target.link_metric',
      targetType: 'par_target',
      targetId,
      ip: meta.ip,
      details: { before: found.target.metricCode, after: input.metricCode },
    });
    return { id: targetId, version };
  });
}

/** Whether the caller reports this target: its lead unit's staff, or the officers running the plan. */
function canReport(caller: ParCaller, target: TargetRow, plan: PlanRow): boolean {
  const runs = caller.auth.assignments.some((a) => a.role === 'par_officer' || a.role === 'system_admin');
  return (
    scopeContains(caller.actsFor, target.leadUnitId) ||
    (runs && scopeContains(caller.manages, plan.issuingUnitId))
  );
}

/** Records the lead agency's result for a target and year (kept as history; the latest counts). */
export async function reportTarget(
  deps: AppDeps,
  auth: AuthContext,
  targetId: string,
  input: z.infer<typeof ZTargetReportRequest>,
  meta: CommandMeta,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const found = await lockedTarget(tx, deps.config.PROVINCE_CODE, targetId);
    const caller = await parCaller(tx, auth);
    if (!found || !canReport(caller, found.target as TargetRow, found.plan)) throw notFound();
    const { target, plan } = found;
    const invalid = (vi: string, en: string) =>
      new AppError('par_target_report_invalid', 422, { reasonVi: vi, reasonEn: en });
    if (input.year < plan.fromYear || input.year > plan.toYear)
      throw invalid(`năm ${input.year} ngoài kế hoạch`, `year ${input.year} is outside the plan`);
    if (target.metricCode !== null)
      throw invalid('chỉ tiêu này do hệ thống tự tính', 'the system measures this target itself');
    const today = localDateOf(deps.clock.now().getTime());
    if (input.doneOn !== undefined && input.doneOn > today)
      throw invalid('ngày hoàn thành chưa đến', 'the completion day is in the future');
    await tx.insert(parTargetReports).values({
      id: uuidv7(deps.clock),
      targetId,
      year: input.year,
      value: input.percent !== undefined ? { percent: input.percent } : { doneOn: input.doneOn },
      note: input.note,
      unitId: target.leadUnitId,
      reportedBy: auth.userId,
      reportedByName: auth.fullName,
      reportedAt: deps.clock.now(),
    });
    await tx.execute(sql`update par_targets set row_version = row_version + 1 where id = ${targetId}`);
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: target.leadUnitId,
      action: 'par.target.report',
      targetType: 'par_target',
      targetId,
      ip: meta.ip,
      details: { year: input.year, percent: input.percent ?? null, doneOn: input.doneOn ?? null },
    });
  });
}

/** The registry as the API lists it. */
export function metricList(deps: AppDeps) {
  return reformMetrics(deps.config).map((m) => ({
    code: m.code,
    titleVi: m.titleVi,
    titleEn: m.titleEn,
    source: m.source,
    available: m.measure !== null,
  }));
}

/** A plan with its targets, each with its milestone, actual value and status for one year. */
export async function planDetail(
  deps: AppDeps,
  auth: AuthContext,
  planId: string,
  yearAsked: number | undefined,
): Promise<z.infer<typeof ZPlanDetail>> {
  const db = deps.db;
  const province = deps.config.PROVINCE_CODE;
  const plan = await findPlan(db, province, planId);
  if (!plan) throw notFound();
  const now = deps.clock.now();
  const today = localDateOf(now.getTime());
  const thisYear = Number(today.slice(0, 4));
  const year = yearAsked ?? Math.min(Math.max(thisYear, plan.fromYear), plan.toYear);
  if (year < plan.fromYear || year > plan.toYear)
    throw new AppError('validation_failed', 422, {}, [
      { path: 'querystring.year', message: 'outside the plan' },
    ]);
  const [caller, targets, reports] = await Promise.all([
    parCaller(db, auth),
    targetsOfPlan(db, planId),
    latestTargetReports(db, planId, year),
  ]);
  const unitIds = [plan.issuingUnitId, ...targets.flatMap((t) => [t.leadUnitId, ...t.cooperatingUnitIds])];
  const units = await unitSummariesOf(db, unitIds);
  const metrics = new Map(reformMetrics(deps.config).map((m) => [m.code, m]));
  const measured = new Map<string, Promise<MetricValue | null>>();
  const measure = (metric: ReformMetric) => {
    let value = measured.get(metric.code);
    if (!value) {
      value = metric.measure
        ? metric.measure(db, { provinceCode: province, year, now })
        : Promise.resolve(null);
      measured.set(metric.code, value);
    }
    return value;
  };
  const dtos: TargetDto[] = [];
  for (const t of targets) {
    const metric = t.metricCode ? metrics.get(t.metricCode) : undefined;
    const milestone = t.milestones.find((m) => m.year === year)?.milestone ?? null;
    let actual: TargetDto['actual'] = null;
    if (metric) {
      const value = await measure(metric);
      if (value)
        actual = {
          source: 'metric',
          percent: value.percent,
          doneOn: null,
          asOf: value.asOf,
          numerator: value.numerator,
          denominator: value.denominator,
          note: null,
          reportedAt: null,
          reportedBy: null,
        };
    } else {
      const report = reports.get(t.id);
      if (report)
        actual = {
          source: 'report',
          percent: report.value.percent ?? null,
          doneOn: report.value.doneOn ?? null,
          asOf: null,
          numerator: null,
          denominator: null,
          note: report.note || null,
          reportedAt: report.reportedAt.toISOString(),
          reportedBy: report.reportedByName,
        };
    }
    const statusActual: TargetActual | null =
      actual === null
        ? null
        : actual.doneOn !== null
          ? { doneOn: actual.doneOn }
          : { percent: actual.percent ?? 0 };
    dtos.push({
      id: t.id,
      number: t.number,
      text: t.text,
      area: (t.area as TargetDto['area']) ?? null,
      leadUnit: unitName(units.get(t.leadUnitId), t.leadUnitId),
      cooperatingUnits: t.cooperatingUnitIds.map((id) => unitName(units.get(id), id)),
      metric: metric
        ? {
            code: metric.code,
            titleVi: metric.titleVi,
            titleEn: metric.titleEn,
            available: metric.measure !== null,
          }
        : null,
      milestones: [...t.milestones],
      year,
      milestone,
      actual,
      status: targetStatus({ year, milestone, actual: statusActual, today }),
      canReport: metric === undefined && canReport(caller, t, plan),
      version: t.rowVersion,
    });
  }
  const statusCounts = Object.fromEntries(
    TARGET_STATUSES.map((s) => [s, dtos.filter((d) => d.status === s).length]),
  ) as z.infer<typeof ZPlanDetail>['statusCounts'];
  const runs = auth.assignments.some((a) => a.role === 'par_officer' || a.role === 'system_admin');
  return {
    plan: planDto(plan, units.get(plan.issuingUnitId)),
    year,
    targets: dtos,
    statusCounts,
    canManage: runs && scopeContains(caller.manages, plan.issuingUnitId),
  };
}
