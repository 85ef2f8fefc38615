import { type IsoDate, isoToJdn, jdnToIso } from '../calendar/civil-date';
import {
  endOfWorkingDayOnOrAfter,
  type Instant,
  isWorkingDate,
  localJdn,
  type WorkingCalendar,
} from '../calendar/working-calendar';

/**
 * Tasks the People's Committee or its Chairman assigns (Decision 42/2014/QĐ-TTg as amended; in
 * Bình Thuận Decision 26/2015/QĐ-UBND): their status, computed with the working-time calendar.
 */

export const TASK_STATUSES = ['not_started', 'in_progress', 'done_on_time', 'done_late', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Reminders go out this many working days before a task falls due (the due day counted). */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * The instant a task falls due: the end of its due day's working hours, or of the next working
 * day when the due day is a holiday or a weekend (Civil Code 2015, art. 148(4): a period whose last
 * day is a day off ends at the end of the next working day).
 */
export function taskDeadline(calendar: WorkingCalendar, dueDate: IsoDate): Instant {
  return endOfWorkingDayOnOrAfter(calendar, isoToJdn(dueDate));
}

export interface TaskTiming {
  /** `taskDeadline` of its due date (an extension moves the due date). */
  readonly deadline: Instant;
  readonly completedAt: Instant | null;
  /** Whether the lead unit has reported any progress. */
  readonly started: boolean;
}

/**
 * Done on time when completed by the deadline, done late after it; an open task is overdue once
 * its deadline has passed, in progress once progress was reported, not started before that.
 */
export function taskStatus(task: TaskTiming, now: Instant): TaskStatus {
  if (task.completedAt !== null) return task.completedAt <= task.deadline ? 'done_on_time' : 'done_late';
  if (now > task.deadline) return 'overdue';
  return task.started ? 'in_progress' : 'not_started';
}

export const isDone = (status: TaskStatus) => status === 'done_on_time' || status === 'done_late';

/** Working days from the day of `now` to the due date, both counted (0 once the due date has passed). */
export function workingDaysLeft(calendar: WorkingCalendar, dueDate: IsoDate, now: Instant): number {
  const due = isoToJdn(dueDate);
  let days = 0;
  for (let jdn = localJdn(now); jdn <= due; jdn++) if (isWorkingDate(calendar, jdnToIso(jdn))) days++;
  return days;
}

/**
 * Due within `DUE_SOON_WORKING_DAYS` working days (the due day counted, so a task due today is due
 * soon). Counts only as far as it needs: a board asks it of thousands of tasks.
 */
export function isDueSoon(calendar: WorkingCalendar, dueDate: IsoDate, now: Instant): boolean {
  const due = isoToJdn(dueDate);
  let days = 0;
  for (let jdn = localJdn(now); jdn <= due; jdn++) {
    if (isWorkingDate(calendar, jdnToIso(jdn))) days++;
    if (days > DUE_SOON_WORKING_DAYS) return false;
  }
  return true;
}

export type TaskReminder = 'due_soon' | 'overdue';

/** The reminder an open task calls for now, if any (each is sent once per due date). */
export function reminderDue(
  calendar: WorkingCalendar,
  task: TaskTiming & { readonly dueDate: IsoDate },
  now: Instant,
): TaskReminder | null {
  if (task.completedAt !== null) return null;
  if (now > task.deadline) return 'overdue';
  return isDueSoon(calendar, task.dueDate, now) ? 'due_soon' : null;
}

/** A parent's progress from its subtasks: their mean, a done subtask counting 100 % (floored). */
export function rolledUpProgress(
  children: readonly { readonly progressPercent: number; readonly done: boolean }[],
) {
  if (children.length === 0) return null;
  const sum = children.reduce((s, c) => s + (c.done ? 100 : c.progressPercent), 0);
  return Math.floor(sum / children.length);
}

export type ExtensionProblem = 'not_later' | 'in_past';

/** An extension must move the due date later, to a day not yet past. */
export function extensionProblem(
  currentDue: IsoDate,
  requestedDue: IsoDate,
  today: IsoDate,
): ExtensionProblem | null {
  if (requestedDue <= currentDue) return 'not_later';
  if (requestedDue < today) return 'in_past';
  return null;
}

export interface StatusCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<TaskStatus, number>>;
  /** Done (on time or late) out of all, in basis points (null when no task). */
  readonly completionRate: number | null;
  /** Done on time out of done, in basis points (null when none is done). */
  readonly onTimeRate: number | null;
}

const basisPoints = (part: number, whole: number) =>
  whole === 0 ? null : Math.floor((part * 10_000) / whole + 0.5);

/** The counts a board shows for a set of tasks. */
export function countStatuses(statuses: Iterable<TaskStatus>): StatusCounts {
  const byStatus: Record<TaskStatus, number> = {
    not_started: 0,
    in_progress: 0,
    done_on_time: 0,
    done_late: 0,
    overdue: 0,
  };
  let total = 0;
  for (const s of statuses) {
    byStatus[s]++;
    total++;
  }
  const done = byStatus.done_on_time + byStatus.done_late;
  return {
    total,
    byStatus,
    completionRate: basisPoints(done, total),
    onTimeRate: basisPoints(byStatus.done_on_time, done),
  };
}
