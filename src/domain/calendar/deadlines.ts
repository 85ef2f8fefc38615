import { CalendarError } from './errors';
import {
  assertInRange,
  endOfWorkingDayOnOrAfter,
  firstPeriodOnOrAfterDay,
  type Instant,
  instantAtWorkingMs,
  localJdn,
  localMidnight,
  MS_PER_MINUTE,
  periodAtOrBefore,
  type WorkingCalendar,
  workingMsAt,
} from './working-calendar';

/** How a procedure's time limit is stated (thời hạn giải quyết). */
export type DurationUnit = 'working_days' | 'working_hours' | 'working_minutes' | 'calendar_days';

export interface Duration {
  readonly unit: DurationUnit;
  readonly amount: number;
}

export type ReceiptChannel = 'online' | 'counter';

export interface ReceiptCutoff {
  /** Minutes after local midnight; online receipts at or after it start the next working day. */
  readonly minuteOfDay: number;
}

/** "Received after 15:00, returned the next working day" (domain.md §5; verify the provincial text). */
export const DEFAULT_RECEIPT_CUTOFF: ReceiptCutoff = { minuteOfDay: 15 * 60 };

const MINUTES_PER_HOUR = 60;

/**
 * When the legal clock starts for a receipt. Counter receipts start at the receipt time. Online
 * receipts outside working time start at the next working period (Decree 45/2020, verify); with a
 * cut-off (pass null for none), an online receipt at or after it on a working day starts at the
 * next working day's first period.
 */
export function receiptClockStart(
  calendar: WorkingCalendar,
  receivedAt: Instant,
  channel: ReceiptChannel,
  cutoff: ReceiptCutoff | null = DEFAULT_RECEIPT_CUTOFF,
): Instant {
  assertInRange(calendar, receivedAt);
  if (channel === 'counter') return receivedAt;
  const day = localJdn(receivedAt);
  const minute = (receivedAt - localMidnight(day)) / MS_PER_MINUTE;
  if (cutoff !== null && minute >= cutoff.minuteOfDay) {
    return calendar.starts[firstPeriodOnOrAfterDay(calendar, day + 1)] ?? receivedAt;
  }
  const current = periodAtOrBefore(calendar, receivedAt);
  if (current >= 0 && receivedAt < (calendar.ends[current] ?? 0)) return receivedAt;
  const next = current + 1;
  if (next >= calendar.starts.length) {
    throw new CalendarError(
      'outside_calendar_range',
      `no working period after the receipt before ${calendar.to}`,
    );
  }
  return calendar.starts[next] ?? receivedAt;
}

function durationMs(calendar: WorkingCalendar, duration: Duration): number {
  switch (duration.unit) {
    case 'working_days':
      return Math.round(duration.amount * calendar.workingDayMinutes * MS_PER_MINUTE);
    case 'working_hours':
      return Math.round(duration.amount * MINUTES_PER_HOUR * MS_PER_MINUTE);
    case 'working_minutes':
      return Math.round(duration.amount * MS_PER_MINUTE);
    case 'calendar_days':
      return 0;
  }
}

function assertValidDuration(duration: Duration): void {
  const { amount, unit } = duration;
  if (!Number.isFinite(amount) || amount < 0 || (unit === 'calendar_days' && !Number.isInteger(amount))) {
    throw new CalendarError('invalid_duration', `invalid duration: ${amount} ${unit}`);
  }
}

/**
 * The due time `duration` after `start`. Working units consume working time and land on the
 * earliest instant the clock reaches the total, so a due time is never the start of a period
 * after a gap (one working day from Monday 07:00 is Monday 17:00, not Tuesday 07:00).
 * Calendar days follow Civil Code 2015 art. 147–148: the start day is not counted, the period ends
 * at the end of the last day, and a last day that is a day off moves to the next working day; we
 * take the end of the office day (17:00 by default), not midnight, since results are returned at
 * the desk.
 */
export function addWorkingTime(calendar: WorkingCalendar, start: Instant, duration: Duration): Instant {
  assertValidDuration(duration);
  const reading = workingMsAt(calendar, start);
  if (duration.unit === 'calendar_days')
    return endOfWorkingDayOnOrAfter(calendar, localJdn(start) + duration.amount);
  const ms = durationMs(calendar, duration);
  return ms === 0 ? start : instantAtWorkingMs(calendar, reading + ms);
}

/** Moves an instant by a signed working time in ms; used to carry a remaining (or overdue) time. */
export function shiftByWorkingMs(calendar: WorkingCalendar, from: Instant, workingMs: number): Instant {
  if (workingMs === 0) return from;
  const target = workingMsAt(calendar, from) + workingMs;
  if (target < 0)
    throw new CalendarError('outside_calendar_range', `the calendar starts on ${calendar.from}`);
  return instantAtWorkingMs(calendar, target);
}

/** Working minutes from `a` to `b` (negative when `b` is before `a`). */
export function workingMinutesBetween(calendar: WorkingCalendar, a: Instant, b: Instant): number {
  return (workingMsAt(calendar, b) - workingMsAt(calendar, a)) / MS_PER_MINUTE;
}

/** Working minutes used since the clock started. */
export function elapsedWorkingMinutes(calendar: WorkingCalendar, startedAt: Instant, now: Instant): number {
  return workingMinutesBetween(calendar, startedAt, now);
}

/** Working minutes left until the due time; negative once overdue. */
export function remainingWorkingMinutes(calendar: WorkingCalendar, dueAt: Instant, now: Instant): number {
  return workingMinutesBetween(calendar, now, dueAt);
}

/** Outcome of a finished dossier or step (trước hạn / đúng hạn / quá hạn). */
export type CompletionClass = 'early' | 'on_time' | 'late';

/**
 * Early when completed on a local day before the due day, on time when on the due day up to and
 * including the due time, late after the due time.
 */
export function classifyCompletion(dueAt: Instant, completedAt: Instant): CompletionClass {
  if (completedAt > dueAt) return 'late';
  return localJdn(completedAt) < localJdn(dueAt) ? 'early' : 'on_time';
}

/** Status of an open dossier or step (còn hạn / quá hạn). */
export type ProgressStatus = 'in_time' | 'overdue';

/** In time up to and including the due instant, overdue after it. */
export function progressStatus(dueAt: Instant, now: Instant): ProgressStatus {
  return now > dueAt ? 'overdue' : 'in_time';
}
