import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZCreateInspectionPlanRequest,
  ZRecordInspectionRequest,
  ZRescheduleInspectionRequest,
  ZScheduleInspectionRequest,
} from '../../../contracts/par-inspections';
import type { AdministrativeAction } from '../../../domain/audit/action-words';
import { localDateOf } from '../../../domain/calendar/local-time';
import { inForceOn } from '../../../domain/organisation/units';
import {
  conductedOnProblem,
  defaultRemedyDueDate,
  type InspectionDateProblem,
  isInspectedLevel,
  remedyDueDateProblem,
  scheduledOnProblem,
} from '../../../domain/par/inspections';
import type { Tx } from '../../db/client';
import { parInspectionFindings, parInspectionPlans, parInspections } from '../../db/schema-par';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, type FieldError, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { type UnitSummary, unitSummariesOfProvince } from '../organisation/unit-tree';
import { inspectionPlanDetail, runsInspections } from './inspection-views';
import {
  findInspectionPlan,
  type InspectionPlanRow,
  type InspectionRow,
  lockInspection,
} from './inspections-repo';

/**
 * The PAR officers' commands on the year's inspection plan: the plan itself, the units it
 * schedules, and each inspection's record with its findings — one transaction each, answered
 * with the plan as the caller then sees it.
 */

function assertRunsInspections(auth: AuthContext): void {
  if (!runsInspections(auth)) throw new AppError('forbidden', 403);
}

const todayOf = (deps: AppDeps) => localDateOf(deps.clock.now().getTime());

/** One 422 naming every date problem, in both languages, with the field each belongs to. */
function datesInvalid(
  problems: readonly { path: string; problem: InspectionDateProblem }[],
  lang: CommandMeta['lang'],
): AppError {
  const fieldErrors: FieldError[] = problems.map((p) => ({
    path: p.path,
    message: lang === 'vi' ? p.problem.vi : p.problem.en,
    code: p.problem.code,
  }));
  return new AppError(
    'par_inspection_date_invalid',
    422,
    {
      reasonVi: problems.map((p) => p.problem.vi).join('; '),
      reasonEn: problems.map((p) => p.problem.en).join('; '),
    },
    fieldErrors,
  );
}

export async function createInspectionPlan(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreateInspectionPlanRequest>,
  meta: CommandMeta,
) {
  assertRunsInspections(auth);
  const id = await deps.db.transaction(async (tx) => {
    const planId = uuidv7(deps.clock);
    const inserted = await tx
      .insert(parInspectionPlans)
      .values({
        id: planId,
        provinceCode: deps.config.PROVINCE_CODE,
        ...input,
        createdAt: deps.clock.now(),
        createdBy: auth.userId,
        rowVersion: 1,
      })
      .onConflictDoNothing()
      .returning({ id: parInspectionPlans.id });
    if (inserted.length === 0) throw new AppError('par_inspection_plan_exists', 409, { year: input.year });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.inspection.plan',
      targetType: 'par_inspection_plan',
      targetId: planId,
      ip: meta.ip,
      details: { year: input.year, documentNumber: input.documentNumber },
    });
    return planId;
  });
  return inspectionPlanDetail(deps, auth, id);
}

/** A unit the plan may schedule: of the province, of an inspected level, open today. */
function inspectableUnit(units: readonly UnitSummary[], unitId: string, today: string): UnitSummary {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw new AppError('par_unit_invalid', 422, { unit: unitId });
  if (!inForceOn(unit, today)) throw new AppError('par_inspection_unit_closed', 422, { unit: unit.name });
  if (!isInspectedLevel(unit.kind))
    throw new AppError('par_inspection_unit_not_inspected', 422, { unit: unit.name });
  return unit;
}

export async function scheduleInspection(
  deps: AppDeps,
  auth: AuthContext,
  planId: string,
  input: z.infer<typeof ZScheduleInspectionRequest>,
  meta: CommandMeta,
) {
  assertRunsInspections(auth);
  await deps.db.transaction(async (tx) => {
    const plan = await findInspectionPlan(tx, deps.config.PROVINCE_CODE, planId);
    const units = await unitSummariesOfProvince(tx, deps.config.PROVINCE_CODE);
    const unit = inspectableUnit(units, input.unitId, todayOf(deps));
    const problem = scheduledOnProblem(input.scheduledOn, plan.year);
    if (problem) throw datesInvalid([{ path: 'body.scheduledOn', problem }], meta.lang);
    const id = uuidv7(deps.clock);
    const inserted = await tx
      .insert(parInspections)
      .values({
        id,
        planId,
        unitId: unit.id,
        scheduledOn: input.scheduledOn,
        inspectors: input.inspectors,
        updatedAt: deps.clock.now(),
        rowVersion: 1,
      })
      .onConflictDoNothing()
      .returning({ id: parInspections.id });
    if (inserted.length === 0) throw new AppError('par_inspection_unit_scheduled', 409, { unit: unit.name });
    await audit(tx, deps, auth, meta, 'par.inspection.schedule', unit.id, id, {
      scheduledOn: input.scheduledOn,
    });
  });
  return inspectionPlanDetail(deps, auth, planId);
}

function audit(
  tx: Tx,
  deps: AppDeps,
  auth: AuthContext,
  meta: CommandMeta,
  action: AdministrativeAction,
  unitId: string,
  inspectionId: string,
  details: Record<string, unknown>,
) {
  return appendAudit(tx, deps.clock, {
    actorUserId: auth.userId,
    actorName: auth.fullName,
    unitId,
    action,
    targetType: 'par_inspection',
    targetId: inspectionId,
    ip: meta.ip,
    details,
  });
}

/**
 * A change to one inspection not yet carried out, in one transaction: the inspection locked, 404
 * outside the plan, 409 once conducted (its record stands) or on a stale version.
 */
async function changeScheduled(
  deps: AppDeps,
  auth: AuthContext,
  ids: { planId: string; inspectionId: string },
  version: number,
  change: (tx: Tx, plan: InspectionPlanRow, inspection: InspectionRow) => Promise<void>,
) {
  assertRunsInspections(auth);
  await deps.db.transaction(async (tx) => {
    const plan = await findInspectionPlan(tx, deps.config.PROVINCE_CODE, ids.planId);
    const inspection = await lockInspection(tx, ids.planId, ids.inspectionId);
    if (inspection.conductedOn !== null) throw new AppError('par_inspection_conducted', 409);
    if (inspection.rowVersion !== version) throw versionConflict();
    await change(tx, plan, inspection);
  });
  return inspectionPlanDetail(deps, auth, ids.planId);
}

export function rescheduleInspection(
  deps: AppDeps,
  auth: AuthContext,
  ids: { planId: string; inspectionId: string },
  input: z.infer<typeof ZRescheduleInspectionRequest>,
  meta: CommandMeta,
) {
  return changeScheduled(deps, auth, ids, input.version, async (tx, plan, inspection) => {
    const problem = scheduledOnProblem(input.scheduledOn, plan.year);
    if (problem) throw datesInvalid([{ path: 'body.scheduledOn', problem }], meta.lang);
    await tx
      .update(parInspections)
      .set({
        scheduledOn: input.scheduledOn,
        inspectors: input.inspectors,
        updatedAt: deps.clock.now(),
        rowVersion: sql`${parInspections.rowVersion} + 1`,
      })
      .where(eq(parInspections.id, inspection.id));
    await audit(tx, deps, auth, meta, 'par.inspection.reschedule', inspection.unitId, inspection.id, {
      from: inspection.scheduledOn,
      to: input.scheduledOn,
    });
  });
}

/** Takes a unit off the plan; an inspection carried out has a record and stays (409). */
export function removeInspection(
  deps: AppDeps,
  auth: AuthContext,
  ids: { planId: string; inspectionId: string },
  version: number,
  meta: CommandMeta,
) {
  return changeScheduled(deps, auth, ids, version, async (tx, _plan, inspection) => {
    await tx.delete(parInspections).where(eq(parInspections.id, inspection.id));
    await audit(tx, deps, auth, meta, 'par.inspection.remove', inspection.unitId, inspection.id, {
      scheduledOn: inspection.scheduledOn,
    });
  });
}

/**
 * Records an inspection as carried out (biên bản kiểm tra) with its findings: each remedy owned by
 * an open unit (by default the inspected one) and due within the plan's year, not in the past
 * (by default on 31 December). Every problem is named at once; nothing is written then.
 */
export function recordInspection(
  deps: AppDeps,
  auth: AuthContext,
  ids: { planId: string; inspectionId: string },
  input: z.infer<typeof ZRecordInspectionRequest>,
  meta: CommandMeta,
) {
  return changeScheduled(deps, auth, ids, input.version, async (tx, plan, inspection) => {
    const today = todayOf(deps);
    const context = { year: plan.year, today };
    const problems: { path: string; problem: InspectionDateProblem }[] = [];
    const conducted = conductedOnProblem(input.conductedOn, context);
    if (conducted) problems.push({ path: 'body.conductedOn', problem: conducted });
    const units = await unitSummariesOfProvince(tx, deps.config.PROVINCE_CODE);
    const findings = input.findings.map((f, index) => {
      const ownerUnitId = f.ownerUnitId ?? inspection.unitId;
      const owner = units.find((u) => u.id === ownerUnitId);
      if (!owner || !inForceOn(owner, today))
        throw new AppError('par_inspection_owner_invalid', 422, { unit: owner?.name ?? ownerUnitId }, [
          { path: `body.findings.${index}.ownerUnitId`, message: owner?.name ?? ownerUnitId },
        ]);
      const dueDate = f.dueDate ?? defaultRemedyDueDate(plan.year);
      const due = remedyDueDateProblem(dueDate, context);
      if (due) problems.push({ path: `body.findings.${index}.dueDate`, problem: due });
      return { finding: f.finding, remedy: f.remedy, ownerUnitId, dueDate };
    });
    if (problems.length > 0) throw datesInvalid(problems, meta.lang);
    const now = deps.clock.now();
    await tx
      .update(parInspections)
      .set({
        conductedOn: input.conductedOn,
        recordNumber: input.recordNumber,
        conclusion: input.conclusion,
        updatedAt: now,
        rowVersion: sql`${parInspections.rowVersion} + 1`,
      })
      .where(eq(parInspections.id, inspection.id));
    if (findings.length > 0)
      await tx.insert(parInspectionFindings).values(
        findings.map((f, index) => ({
          id: uuidv7(deps.clock),
          inspectionId: inspection.id,
          seq: index + 1,
          ...f,
          updatedAt: now,
          rowVersion: 1,
        })),
      );
    await audit(tx, deps, auth, meta, 'par.inspection.record', inspection.unitId, inspection.id, {
      conductedOn: input.conductedOn,
      recordNumber: input.recordNumber,
      findings: findings.length,
    });
  });
}
