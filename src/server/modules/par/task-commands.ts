import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZCreateTaskRequest,
  ZTaskCompleteRequest,
  ZTaskContributionRequest,
  ZTaskExtensionDecision,
  ZTaskExtensionRequest,
  ZTaskProgressRequest,
} from '../../../contracts/par';
import { CalendarError } from '../../../domain/calendar/errors';
import { localDateOf } from '../../../domain/calendar/local-time';
import { extensionProblem, taskDeadline } from '../../../domain/par/tasks';
import type { Tx } from '../../db/client';
import { parPlans, parTasks, parTaskUpdates } from '../../db/schema-par';
import { type AuthContext, scopeContains } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { onceForKey, requestFingerprint } from '../../platform/idempotency';
import { uuidv7 } from '../../platform/ids';
import { workingCalendarOf } from '../calendar/deadline-clocks';
import { unitSummariesOf } from '../organisation/unit-tree';
import { type ParCaller, parCaller, taskPermissions } from './par-access';
import { provinceUnit } from './plans';
import { nextUpdateSeq, subtasksOf, type TaskRow, taskById } from './tasks-repo';

type UpdateKind = (typeof parTaskUpdates.$inferInsert)['kind'];

interface UpdateEntry {
  readonly kind: UpdateKind;
  readonly unitId: string | null;
  readonly percent?: number | null;
  readonly text?: string | null;
  readonly dueBefore?: string | null;
  readonly dueAfter?: string | null;
}

async function appendUpdate(tx: Tx, deps: AppDeps, auth: AuthContext, taskId: string, entry: UpdateEntry) {
  await tx.insert(parTaskUpdates).values({
    id: uuidv7(deps.clock),
    taskId,
    seq: await nextUpdateSeq(tx, taskId),
    at: deps.clock.now(),
    actorUserId: auth.userId,
    actorName: auth.fullName,
    unitId: entry.unitId,
    kind: entry.kind,
    percent: entry.percent ?? null,
    text: entry.text ?? null,
    dueBefore: entry.dueBefore ?? null,
    dueAfter: entry.dueAfter ?? null,
  });
}

/** A due date must fall inside the lead unit's working calendar (the province's announced years). */
async function checkedDueDate(tx: Tx, deps: AppDeps, unitId: string, dueDate: string): Promise<void> {
  const calendar = await workingCalendarOf(tx, deps.config.PROVINCE_CODE, unitId);
  try {
    taskDeadline(calendar, dueDate);
  } catch (error) {
    if (error instanceof CalendarError) throw new AppError('par_due_date_invalid', 422, { due: dueDate });
    throw error;
  }
}

/** Assigns a task (the People's Committee or its Chairman), with its first history entry. */
export async function createTask(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreateTaskRequest>,
  idempotencyKey: string | undefined,
  meta: CommandMeta,
): Promise<{ id: string }> {
  return deps.db.transaction(async (tx) => {
    const claim = { userId: auth.userId, key: idempotencyKey, fingerprint: requestFingerprint(input) };
    const { answer } = await onceForKey(tx, deps.clock, claim, () =>
      assignTaskIn(tx, deps, auth, input, meta),
    );
    return answer;
  });
}

/**
 * Assigns a task inside the caller's transaction: every check comes before the first write, so a
 * refused task leaves the transaction as it was (a bulk import goes on to report the other rows).
 */
export async function assignTaskIn(
  tx: Tx,
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreateTaskRequest>,
  meta: CommandMeta,
): Promise<{ id: string }> {
  const province = deps.config.PROVINCE_CODE;
  const root = await provinceUnit(tx, province);
  const caller = await parCaller(tx, auth);
  if (!scopeContains(caller.manages, root.id)) throw new AppError('forbidden', 403);
  const today = localDateOf(deps.clock.now().getTime());
  const cooperating = [...new Set(input.cooperatingUnitIds)].filter((id) => id !== input.leadUnitId);
  const units = await unitSummariesOf(tx, [input.leadUnitId, ...cooperating]);
  for (const id of [input.leadUnitId, ...cooperating]) {
    const unit = units.get(id);
    if (!unit || unit.validTo !== null)
      throw new AppError('par_unit_invalid', 422, { unit: unit?.name ?? id });
  }
  if (input.dueDate < today)
    throw new AppError('validation_failed', 422, {}, [
      { path: 'body.dueDate', message: `the due date ${input.dueDate} is past` },
    ]);
  await checkedDueDate(tx, deps, input.leadUnitId, input.dueDate);
  if (input.planId) {
    const [plan] = await tx.select({ id: parPlans.id }).from(parPlans).where(eq(parPlans.id, input.planId));
    if (!plan)
      throw new AppError('validation_failed', 422, {}, [{ path: 'body.planId', message: 'no such plan' }]);
  }
  if (input.parentId) {
    const parent = await taskById(tx, province, input.parentId, true);
    if (!parent || parent.parentId !== null || parent.completedAt !== null)
      throw new AppError('par_parent_invalid', 422);
  }
  const id = uuidv7(deps.clock);
  const now = deps.clock.now();
  await tx.insert(parTasks).values({
    id,
    provinceCode: province,
    planId: input.planId,
    area: input.area,
    parentId: input.parentId,
    title: input.title,
    sourceDocument: input.sourceDocument,
    assignedBy: input.assignedBy,
    assigningUnitId: root.id,
    leadUnitId: input.leadUnitId,
    cooperatingUnitIds: cooperating,
    dueDate: input.dueDate,
    originalDueDate: input.dueDate,
    expectedOutput: input.expectedOutput,
    progressPercent: 0,
    createdAt: now,
    createdBy: auth.userId,
    updatedAt: now,
    rowVersion: 1,
  });
  await appendUpdate(tx, deps, auth, id, { kind: 'assigned', unitId: root.id, dueAfter: input.dueDate });
  if (input.parentId)
    await tx.execute(
      sql`update par_tasks set updated_at = ${now}, row_version = row_version + 1 where id = ${input.parentId}`,
    );
  await appendAudit(tx, deps.clock, {
    actorUserId: auth.userId,
    actorName: auth.fullName,
    unitId: root.id,
    action: 'par.task.assign',
    targetType: 'par_task',
    targetId: id,
    ip: meta.ip,
    details: { leadUnitId: input.leadUnitId, dueDate: input.dueDate },
  });
  return { id };
}

type Permission = 'update' | 'contribute' | 'decide';

/**
 * One task command in one transaction: the task locked, 404 when the caller cannot read it, 403
 * when they read it but may not do this, 409 on a stale version or a done task; then the change.
 */
function runTaskCommand(
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  need: Permission,
  version: number | null,
  change: TaskChange,
): Promise<void> {
  return deps.db.transaction((tx) => runTaskCommandIn(tx, deps, auth, taskId, need, version, change));
}

type TaskChange = (tx: Tx, task: TaskRow, caller: ParCaller) => Promise<void>;

/** `runTaskCommand` in the caller's transaction; every check comes before the change writes. */
export async function runTaskCommandIn(
  tx: Tx,
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  need: Permission,
  version: number | null,
  change: TaskChange,
): Promise<void> {
  const task = await taskById(tx, deps.config.PROVINCE_CODE, taskId, true);
  const caller = await parCaller(tx, auth);
  if (!task) throw notFound();
  const can = taskPermissions(caller, task);
  if (!can.read) throw notFound();
  if (!can[need]) throw new AppError('forbidden', 403);
  if (task.completedAt !== null) throw new AppError('par_task_done', 409);
  if (version !== null && version !== task.rowVersion) throw versionConflict();
  await change(tx, task, caller);
  await tx.execute(
    sql`update par_tasks set updated_at = ${deps.clock.now()}, row_version = row_version + 1 where id = ${taskId}`,
  );
}

export function postProgress(
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  input: z.infer<typeof ZTaskProgressRequest>,
): Promise<void> {
  return runTaskCommand(deps, auth, taskId, 'update', input.version, progressChange(deps, auth, input));
}

/** The lead unit's progress: the percent and what was done, kept in the history. */
export function progressChange(
  deps: AppDeps,
  auth: AuthContext,
  input: { readonly percent: number; readonly note: string },
): TaskChange {
  return async (tx, task) => {
    await tx
      .update(parTasks)
      .set({ progressPercent: input.percent, progressNote: input.note, progressAt: deps.clock.now() })
      .where(eq(parTasks.id, task.id));
    await appendUpdate(tx, deps, auth, task.id, {
      kind: 'progress',
      unitId: task.leadUnitId,
      percent: input.percent,
      text: input.note,
    });
  };
}

/** A cooperating unit's part of the work: a note on the task's history (it does not move the percent). */
export function postContribution(
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  input: z.infer<typeof ZTaskContributionRequest>,
): Promise<void> {
  return runTaskCommand(deps, auth, taskId, 'contribute', null, async (tx, task, caller) => {
    const unitId = task.cooperatingUnitIds.find((id) => scopeContains(caller.actsFor, id)) ?? null;
    await appendUpdate(tx, deps, auth, taskId, { kind: 'contribution', unitId, text: input.note });
  });
}

export function requestExtension(
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  input: z.infer<typeof ZTaskExtensionRequest>,
): Promise<void> {
  return runTaskCommand(deps, auth, taskId, 'update', input.version, async (tx, task) => {
    if (task.pendingExtension !== null) throw new AppError('par_extension_pending', 409);
    const today = localDateOf(deps.clock.now().getTime());
    if (extensionProblem(task.dueDate, input.dueDate, today) !== null)
      throw new AppError('par_extension_invalid', 422, { due: task.dueDate });
    await checkedDueDate(tx, deps, task.leadUnitId, input.dueDate);
    await tx
      .update(parTasks)
      .set({
        pendingExtension: {
          dueDate: input.dueDate,
          reason: input.reason,
          at: deps.clock.now().toISOString(),
          byName: auth.fullName,
        },
      })
      .where(eq(parTasks.id, taskId));
    await appendUpdate(tx, deps, auth, taskId, {
      kind: 'extension_requested',
      unitId: task.leadUnitId,
      text: input.reason,
      dueBefore: task.dueDate,
      dueAfter: input.dueDate,
    });
  });
}

export function decideExtension(
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  input: z.infer<typeof ZTaskExtensionDecision>,
  meta: CommandMeta,
): Promise<void> {
  return runTaskCommand(deps, auth, taskId, 'decide', input.version, async (tx, task) => {
    const pending = task.pendingExtension as { dueDate: string } | null;
    if (!pending) throw new AppError('par_no_extension_pending', 409);
    await tx
      .update(parTasks)
      .set({ pendingExtension: null, ...(input.grant ? { dueDate: pending.dueDate } : {}) })
      .where(eq(parTasks.id, taskId));
    await appendUpdate(tx, deps, auth, taskId, {
      kind: input.grant ? 'extension_granted' : 'extension_refused',
      unitId: task.assigningUnitId,
      text: input.note || null,
      dueBefore: task.dueDate,
      dueAfter: input.grant ? pending.dueDate : task.dueDate,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: task.assigningUnitId,
      action: input.grant ? 'par.task.extension_granted' : 'par.task.extension_refused',
      targetType: 'par_task',
      targetId: taskId,
      ip: meta.ip,
      details: { from: task.dueDate, to: pending.dueDate },
    });
  });
}

/** The lead unit marks the task done with its output; a parent waits for all its subtasks. */
export function completeTask(
  deps: AppDeps,
  auth: AuthContext,
  taskId: string,
  input: z.infer<typeof ZTaskCompleteRequest>,
): Promise<void> {
  return runTaskCommand(deps, auth, taskId, 'update', input.version, completionChange(deps, auth, input));
}

/** Done with its output; a parent waits for all its subtasks. */
export function completionChange(
  deps: AppDeps,
  auth: AuthContext,
  input: { readonly output: string },
): TaskChange {
  return async (tx, task) => {
    const open = (await subtasksOf(tx, deps.config.PROVINCE_CODE, [task.id])).filter(
      (s) => s.completedAt === null,
    );
    if (open.length > 0) throw new AppError('par_task_has_open_subtasks', 409, { count: open.length });
    const now = deps.clock.now();
    await tx
      .update(parTasks)
      .set({
        completedAt: now,
        output: input.output,
        progressPercent: 100,
        progressAt: now,
        pendingExtension: null,
      })
      .where(eq(parTasks.id, task.id));
    await appendUpdate(tx, deps, auth, task.id, {
      kind: 'completed',
      unitId: task.leadUnitId,
      percent: 100,
      text: input.output,
    });
    if (task.parentId)
      await tx.execute(
        sql`update par_tasks set updated_at = ${now}, row_version = row_version + 1 where id = ${task.parentId}`,
      );
  };
}
