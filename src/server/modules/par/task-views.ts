import type { z } from 'zod';
import type { ZBoard, ZTaskDetail, ZTaskSummary } from '../../../contracts/par';
import type { Instant, WorkingCalendar } from '../../../domain/calendar/working-calendar';
import {
  countStatuses,
  isDone,
  isDueSoon,
  rolledUpProgress,
  type TaskStatus,
  taskDeadline,
  taskStatus,
  workingDaysLeft,
} from '../../../domain/par/tasks';
import type { DbOrTx } from '../../db/client';
import { workingCalendarsOf } from '../calendar/calendar-source';
import { type UnitSummary, unitSummariesOf } from '../organisation/unit-tree';
import { type ParCaller, taskPermissions } from './par-access';
import {
  readableTaskFacts,
  readableTasks,
  subtasksOf,
  type TaskFacts,
  type TaskFilters,
  type TaskRow,
  tasksByIds,
  tasksRevision,
  updatesOf,
} from './tasks-repo';

type TaskSummaryDto = z.infer<typeof ZTaskSummary>;

/** Tasks with what is computed from them now: status, deadline and the rolled-up progress. */
export interface TaskView<Row extends TaskFacts = TaskRow> {
  readonly row: Row;
  readonly status: TaskStatus;
  readonly deadline: Instant;
  readonly progressPercent: number;
  readonly subtaskCount: number;
  readonly calendar: WorkingCalendar;
}

/** Computes each task's status in its lead unit's working calendar (the one rule, domain/par/tasks.ts). */
export async function viewTasks<Row extends TaskFacts>(
  db: DbOrTx,
  provinceCode: string,
  rows: readonly Row[],
  children: readonly TaskFacts[],
  now: Date,
): Promise<TaskView<Row>[]> {
  const calendars = await workingCalendarsOf(db, provinceCode, [
    ...rows.map((r) => r.leadUnitId),
    ...children.map((r) => r.leadUnitId),
  ]);
  const calendarOf = (unitId: string) => {
    const calendar = calendars.get(unitId);
    if (!calendar) throw new Error('a calendar per lead unit');
    return calendar;
  };
  const byParent = new Map<string, TaskFacts[]>();
  for (const child of children) {
    if (!child.parentId) continue;
    const siblings = byParent.get(child.parentId);
    if (siblings) siblings.push(child);
    else byParent.set(child.parentId, [child]);
  }
  return rows.map((row) => {
    const calendar = calendarOf(row.leadUnitId);
    const deadline = taskDeadline(calendar, row.dueDate);
    const kids = byParent.get(row.id) ?? [];
    const rolled = rolledUpProgress(
      kids.map((k) => ({ progressPercent: k.progressPercent, done: k.completedAt !== null })),
    );
    const progressPercent = row.completedAt ? 100 : (rolled ?? row.progressPercent);
    const status = taskStatus(
      {
        deadline,
        completedAt: row.completedAt?.getTime() ?? null,
        started: row.progressAt !== null || progressPercent > 0,
      },
      now.getTime(),
    );
    return { row, status, deadline, progressPercent, subtaskCount: kids.length, calendar };
  });
}

const unitName = (units: ReadonlyMap<string, UnitSummary>, id: string) => {
  const u = units.get(id);
  return { id, code: u?.code ?? '', name: u?.name ?? id };
};

export function taskUnitIds(rows: readonly TaskRow[]): string[] {
  return rows.flatMap((r) => [r.assigningUnitId, r.leadUnitId, ...r.cooperatingUnitIds]);
}

export function taskSummary(view: TaskView, units: ReadonlyMap<string, UnitSummary>): TaskSummaryDto {
  const { row } = view;
  return {
    id: row.id,
    title: row.title,
    sourceDocument: row.sourceDocument,
    assignedBy: row.assignedBy as TaskSummaryDto['assignedBy'],
    leadUnit: unitName(units, row.leadUnitId),
    cooperatingUnits: row.cooperatingUnitIds.map((id) => unitName(units, id)),
    dueDate: row.dueDate,
    originalDueDate: row.originalDueDate,
    status: view.status,
    progressPercent: view.progressPercent,
    completedAt: row.completedAt?.toISOString() ?? null,
    planId: row.planId,
    area: (row.area as TaskSummaryDto['area']) ?? null,
    parentId: row.parentId,
    subtaskCount: view.subtaskCount,
    extensionPending: row.pendingExtension !== null,
    version: row.rowVersion,
  };
}

/** The readable tasks matching the filters, with their statuses (top-level and subtasks alike). */
export async function readableTaskViews(
  db: DbOrTx,
  provinceCode: string,
  caller: ParCaller,
  filters: TaskFilters,
  now: Date,
): Promise<TaskView[]> {
  const rows = await readableTasks(db, provinceCode, caller, filters);
  const readable = new Set(rows.map((r) => r.id));
  const children = await subtasksOf(
    db,
    provinceCode,
    rows.filter((r) => r.parentId === null).map((r) => r.id),
  );
  // Subtasks roll up into their parents whether or not the caller reads them one by one.
  const views = await viewTasks(db, provinceCode, rows, children, now);
  return views.filter((v) => readable.has(v.row.id));
}

export async function taskList(
  db: DbOrTx,
  provinceCode: string,
  caller: ParCaller,
  query: TaskFilters & { status?: TaskStatus; mine?: 'true' | 'false'; limit: number; offset: number },
  now: Date,
) {
  let views = await readableTaskViews(db, provinceCode, caller, query, now);
  if (query.status) views = views.filter((v) => v.status === query.status);
  if (query.mine === 'true') views = views.filter((v) => taskPermissions(caller, v.row).update);
  const page = views.slice(query.offset, query.offset + query.limit);
  const units = await unitSummariesOf(db, taskUnitIds(page.map((v) => v.row)));
  return { total: views.length, tasks: page.map((v) => taskSummary(v, units)) };
}

export async function taskDetail(
  db: DbOrTx,
  provinceCode: string,
  caller: ParCaller,
  row: TaskRow,
  now: Date,
): Promise<z.infer<typeof ZTaskDetail>> {
  const children = await subtasksOf(db, provinceCode, [row.id]);
  const [view] = await viewTasks(db, provinceCode, [row], children, now);
  if (!view) throw new Error('one view');
  const childViews = await viewTasks(db, provinceCode, children, [], now);
  const updates = await updatesOf(db, row.id);
  const units = await unitSummariesOf(db, [
    ...taskUnitIds([row, ...children]),
    ...updates.flatMap((u) => (u.unitId ? [u.unitId] : [])),
  ]);
  const can = taskPermissions(caller, row);
  const pending = row.pendingExtension as {
    dueDate: string;
    reason: string;
    at: string;
    byName: string;
  } | null;
  return {
    ...taskSummary(view, units),
    expectedOutput: row.expectedOutput,
    output: row.output,
    progressNote: row.progressNote,
    assigningUnit: unitName(units, row.assigningUnitId),
    pendingExtension: pending,
    workingDaysLeft: view.row.completedAt ? 0 : workingDaysLeft(view.calendar, row.dueDate, now.getTime()),
    subtasks: childViews.map((v) => taskSummary(v, units)),
    updates: updates.map((u) => ({
      seq: u.seq,
      kind: u.kind as z.infer<typeof ZTaskDetail>['updates'][number]['kind'],
      at: u.at.toISOString(),
      actorName: u.actorName,
      unit: u.unitId ? unitName(units, u.unitId) : null,
      percent: u.percent,
      text: u.text,
      dueBefore: u.dueBefore,
      dueAfter: u.dueAfter,
    })),
    can: {
      update: can.update && row.completedAt === null,
      contribute: can.contribute && row.completedAt === null,
      decide: can.decide,
    },
  };
}

/**
 * The leaders' board: counts by status and by lead unit, the overdue list and what falls due soon.
 * Statuses come from each task's facts only; whole rows are read for the listed tasks alone.
 */
export async function board(
  db: DbOrTx,
  provinceCode: string,
  caller: ParCaller,
  filters: TaskFilters,
  now: Date,
): Promise<z.infer<typeof ZBoard>> {
  const [{ facts, subtasks }, revision] = await Promise.all([
    readableTaskFacts(db, provinceCode, caller, filters),
    tasksRevision(db, provinceCode),
  ]);
  const views = await viewTasks(db, provinceCode, facts, subtasks, now);
  const byLead = new Map<string, TaskStatus[]>();
  for (const v of views) {
    const statuses = byLead.get(v.row.leadUnitId);
    if (statuses) statuses.push(v.status);
    else byLead.set(v.row.leadUnitId, [v.status]);
  }
  const byDeadline = (a: TaskView<TaskFacts>, b: TaskView<TaskFacts>) =>
    a.deadline - b.deadline || (a.row.id < b.row.id ? -1 : 1);
  const overdue = views
    .filter((v) => v.status === 'overdue')
    .sort(byDeadline)
    .slice(0, 50);
  const dueSoon = views
    .filter(
      (v) =>
        !isDone(v.status) && v.status !== 'overdue' && isDueSoon(v.calendar, v.row.dueDate, now.getTime()),
    )
    .sort(byDeadline)
    .slice(0, 50);
  const listedRows = new Map(
    (
      await tasksByIds(
        db,
        provinceCode,
        [...overdue, ...dueSoon].map((v) => v.row.id),
      )
    ).map((r) => [r.id, r]),
  );
  const whole = (list: readonly TaskView<TaskFacts>[]) =>
    list.flatMap((v) => {
      const row = listedRows.get(v.row.id);
      return row ? [{ ...v, row }] : [];
    });
  const listed = [...whole(overdue), ...whole(dueSoon)];
  const units = await unitSummariesOf(db, [...byLead.keys(), ...taskUnitIds(listed.map((v) => v.row))]);
  const byUnit = [...byLead.entries()]
    .map(([unitId, statuses]) => ({ unit: unitName(units, unitId), counts: countStatuses(statuses) }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  return {
    asOf: now.toISOString(),
    revision,
    counts: countStatuses(views.map((v) => v.status)),
    byUnit,
    overdue: whole(overdue).map((v) => taskSummary(v, units)),
    dueSoon: whole(dueSoon).map((v) => taskSummary(v, units)),
  };
}
