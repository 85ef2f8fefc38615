/**
 * When each dossier of a statistics profile happens (profile.ts): its receipt in office hours on a
 * working day, its legal due time, and — by the class it must fold to in the statistics
 * (domain/stats/dossier-facts.ts) — its result, apology and return. Times are chosen on the
 * working-time clock of the competent unit's calendar (a reading in working ms, so that any
 * reading is an instant in office hours), and every choice is checked against the class before
 * it is kept. Pure: the random draws are passed in.
 */
import type { IsoDate } from '../calendar/civil-date';
import { isoToJdn } from '../calendar/civil-date';
import { addWorkingTime, classifyCompletion, type Duration } from '../calendar/deadlines';
import {
  endOfWorkingDayOnOrAfter,
  type Instant,
  instantAtWorkingMs,
  localJdn,
  localMidnight,
  MS_PER_MINUTE,
  type WorkingCalendar,
  workingMsAt,
} from '../calendar/working-calendar';
import type { ProfileRow } from './profile';

/** How a dossier of a profile must count at the end of its row: resolved (by class) or still open. */
export const DOSSIER_CLASSES = ['early', 'on_time', 'late', 'in_time', 'overdue'] as const;
export type DossierClass = (typeof DOSSIER_CLASSES)[number];

/** The part of `resolved_on_time` resolved early (trước hạn); the rest on its due day. */
export const EARLY_SHARE = 0.6;

/** Least working time from a receipt to an early result. */
const MIN_WORK_MS = 30 * MS_PER_MINUTE;
/** An open dossier's due time is at least this much working time away from the end of its row. */
const END_MARGIN_MS = 60 * MS_PER_MINUTE;
/** Overdue open dossiers were received within this many working days before their window closes. */
const OVERDUE_RECENT_DAYS = 40;

/** A random draw in [0, 1). */
export type Draw = () => number;

/** How many dossiers of each class a row makes. */
export function classCounts(row: ProfileRow, earlyShare = EARLY_SHARE): Record<DossierClass, number> {
  const early = Math.round(row.resolvedOnTime * earlyShare);
  return {
    early,
    on_time: row.resolvedOnTime - early,
    late: row.resolvedLate,
    in_time: row.inProgressInTime,
    overdue: row.inProgressOverdue,
  };
}

/** Local days as instants: from the start of the first day to the start of the day after the last. */
export interface DaySpan {
  readonly start: Instant;
  readonly end: Instant;
}

export const daySpan = (from: IsoDate, to: IsoDate): DaySpan => ({
  start: localMidnight(isoToJdn(from)),
  end: localMidnight(isoToJdn(to) + 1),
});

/** Clock readings (working ms) `(lo, hi]`. */
export interface Readings {
  readonly lo: number;
  readonly hi: number;
}

const dueReading = (calendar: WorkingCalendar, duration: Duration, reading: number) =>
  workingMsAt(calendar, addWorkingTime(calendar, instantAtWorkingMs(calendar, reading), duration));

/** The last reading in (lo, hi] whose due reading is at most `limit`, or null (due readings only grow). */
function lastReadingDueBy(
  calendar: WorkingCalendar,
  duration: Duration,
  { lo, hi }: Readings,
  limit: number,
): number | null {
  if (dueReading(calendar, duration, lo + 1) > limit) return null;
  let good = lo + 1;
  let bad = hi + 1;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (dueReading(calendar, duration, mid) <= limit) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * The receipts (clock readings) from which a dossier of `duration` received within `receipt` can
 * fold to `cls` at `end` (the end of its row), or null when none can: a result early or on its due
 * day, or late, before `end`; open at `end` past its due time, or with its due time well after.
 */
export function receiptReadings(
  calendar: WorkingCalendar,
  duration: Duration,
  receipt: DaySpan,
  end: Instant,
  cls: DossierClass,
): Readings | null {
  const all = { lo: workingMsAt(calendar, receipt.start), hi: workingMsAt(calendar, receipt.end) };
  const last = workingMsAt(calendar, end);
  const upTo = (hi: number | null): Readings | null =>
    hi === null || hi <= all.lo ? null : { lo: all.lo, hi: Math.min(all.hi, hi) };
  if (all.hi <= all.lo) return null;
  switch (cls) {
    case 'early':
      return upTo(last - MIN_WORK_MS);
    case 'on_time':
      return upTo(lastReadingDueBy(calendar, duration, all, last));
    case 'late':
    case 'overdue':
      return upTo(lastReadingDueBy(calendar, duration, all, last - END_MARGIN_MS));
    case 'in_time': {
      const before = lastReadingDueBy(calendar, duration, all, last + END_MARGIN_MS);
      const lo = before ?? all.lo;
      return lo < all.hi ? { lo, hi: all.hi } : null;
    }
  }
}

/** A reading in whole seconds in (lo, hi] at `u` ∈ [0, 1) of the way, or null when there is none. */
export function readingIn(lo: number, hi: number, u: number): number | null {
  const first = Math.floor(lo / 1000) * 1000 + 1000;
  if (first > hi) return hi > lo ? hi : null;
  return first + 1000 * Math.floor(u * (Math.floor((hi - first) / 1000) + 1));
}

/** The instants of one dossier. */
export interface DossierTimes {
  readonly receivedAt: Instant;
  readonly dueAt: Instant;
  /** Phiếu xin lỗi và hẹn lại (Mẫu 04), at least a working day before the due time when it can be. */
  readonly apologyAt: Instant | null;
  readonly newAppointmentAt: Instant | null;
  readonly resolvedAt: Instant | null;
  readonly returnedAt: Instant | null;
}

/** The class the statistics fold a dossier of these times to at `end` (dossier-facts.ts). */
export function classOfTimes(times: DossierTimes, end: Instant): DossierClass {
  if (times.resolvedAt !== null) return classifyCompletion(times.dueAt, times.resolvedAt);
  // An open dossier is overdue at the end of a day once its due time + 1 ms falls on that day.
  return times.dueAt < end - 1 ? 'overdue' : 'in_time';
}

/** Whether the times are in order and within the row: received in `receipt`, everything before `end`. */
export function timesFit(times: DossierTimes, receipt: DaySpan, end: Instant): boolean {
  const { receivedAt: r, dueAt, apologyAt, newAppointmentAt, resolvedAt, returnedAt } = times;
  if (r < receipt.start || r >= receipt.end || dueAt <= r) return false;
  if (resolvedAt !== null && (resolvedAt <= r || resolvedAt > end)) return false;
  if (returnedAt !== null && (resolvedAt === null || returnedAt < resolvedAt || returnedAt > end))
    return false;
  if (apologyAt !== null) {
    if (apologyAt <= r || apologyAt >= dueAt || newAppointmentAt === null || newAppointmentAt <= dueAt)
      return false;
    if (resolvedAt !== null && apologyAt >= resolvedAt) return false;
  }
  return true;
}

/**
 * The times of a dossier of class `cls` received at a reading of `readings` (from
 * `receiptReadings`), or null when the draw does not fit (the caller draws again): receipts spread
 * over the working time, early results after part of the legal time, late ones a little late with
 * their apology before the due time, open ones still open at `end`.
 */
export function dossierTimes(
  calendar: WorkingCalendar,
  duration: Duration,
  readings: Readings,
  receipt: DaySpan,
  end: Instant,
  cls: DossierClass,
  draw: Draw,
): DossierTimes | null {
  const at = (reading: number) => instantAtWorkingMs(calendar, reading);
  const day = calendar.workingDayMinutes * MS_PER_MINUTE;
  const last = workingMsAt(calendar, end);
  const lo = cls === 'overdue' ? Math.max(readings.lo, readings.hi - OVERDUE_RECENT_DAYS * day) : readings.lo;
  const x = readingIn(lo, readings.hi, draw());
  if (x === null) return null;
  const receivedAt = at(x);
  const dueAt = addWorkingTime(calendar, receivedAt, duration);
  const due = workingMsAt(calendar, dueAt);
  const dueDayStart = workingMsAt(calendar, localMidnight(localJdn(dueAt)));
  let result: number | null = null;
  if (cls === 'early') result = readingIn(x + MIN_WORK_MS, Math.min(dueDayStart, last), draw() ** 1.5);
  if (cls === 'on_time')
    result = readingIn(Math.max(x + MS_PER_MINUTE, dueDayStart), Math.min(due, last), draw());
  if (cls === 'late') result = readingIn(due, Math.min(last, due + 10 * day), draw() ** 2);
  if ((cls === 'early' || cls === 'on_time' || cls === 'late') && result === null) return null;
  let apologyAt: Instant | null = null;
  let newAppointmentAt: Instant | null = null;
  if (cls === 'late' || cls === 'overdue') {
    const dayBefore = due - day;
    const apology =
      dayBefore > x + 1000
        ? readingIn(Math.max(x, dayBefore - day), dayBefore, draw())
        : readingIn(x, due - 1000, draw());
    if (apology === null) return null;
    apologyAt = at(apology);
    const promised = result ?? due + (1 + Math.floor(draw() * 10)) * day;
    newAppointmentAt = endOfWorkingDayOnOrAfter(calendar, localJdn(at(promised)));
  }
  const returned =
    result === null || draw() >= 0.92
      ? null
      : readingIn(result, Math.min(last, result + 3 * day), draw() ** 2);
  const times: DossierTimes = {
    receivedAt,
    dueAt,
    apologyAt,
    newAppointmentAt,
    resolvedAt: result === null ? null : at(result),
    returnedAt: returned === null ? null : at(returned),
  };
  return timesFit(times, receipt, end) && classOfTimes(times, end) === cls ? times : null;
}
