import { type IsoDate, isoToJdn, jdnToIso, UNIX_EPOCH_JDN, type Weekday, weekdayOfJdn } from './civil-date';
import { CalendarError } from './errors';
import {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  periodLength,
  validateOfficeHours,
  type WorkingPeriod,
} from './office-hours';

/**
 * The working-time index (lịch làm việc): every working period of a date range as sorted arrays of
 * epoch milliseconds with the cumulative working time before each, so that "where is the clock
 * after N working minutes" is one binary search. Instants are epoch milliseconds (UTC); the
 * calendar's days are those of Asia/Ho_Chi_Minh, a fixed UTC+7 with no daylight saving.
 */
export type Instant = number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * MS_PER_MINUTE;

export interface WorkingCalendarInput {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly officeHours?: OfficeHours;
  readonly daysOff: Iterable<IsoDate>;
  readonly extraWorkingDays: Iterable<IsoDate>;
  /** Length of "one working day" in minutes; default the length of Monday's periods. */
  readonly workingDayMinutes?: number;
}

export interface WorkingCalendar {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Julian day number of `from`: day indexes below count from it. */
  readonly firstJdn: number;
  readonly workingDayMinutes: number;
  /** Local midnight starting `from`, and ending `to`, in epoch ms. */
  readonly rangeStart: Instant;
  readonly rangeEnd: Instant;
  /** Working periods in order: start, end, and working ms before the start / at the end. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly cumulativeAtStart: Float64Array;
  readonly cumulativeAtEnd: Float64Array;
  /** Per day of the range: whether it is a working day. */
  readonly isWorkingDay: Uint8Array;
  /** Per day of the range: index of the first period of the first working day on or after it, or −1. */
  readonly nextWorkingDayPeriod: Int32Array;
  /** Per day of the range: end of the last period of the first working day on or after it, or NaN. */
  readonly nextWorkingDayEnd: Float64Array;
  /**
   * Per working hour of the clock (working ms / `WORKING_MS_PER_BUCKET`): the first period whose
   * cumulative end reaches it, so finding the period of a clock reading is a jump and a short scan.
   */
  readonly periodByWorkingHour: Int32Array;
}

const WORKING_MS_PER_BUCKET = 60 * 60_000;

/** Local midnight (epoch ms) at the start of the day with Julian day number `jdn`. */
export function localMidnight(jdn: number): Instant {
  return (jdn - UNIX_EPOCH_JDN) * MS_PER_DAY - VIETNAM_UTC_OFFSET_MS;
}

/** Julian day number of the local (UTC+7) day containing `at`. */
export function localJdn(at: Instant): number {
  return Math.floor((at + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY) + UNIX_EPOCH_JDN;
}

/** Builds the index for the days `from`…`to` (inclusive) from office hours and the day exceptions. */
export function buildWorkingCalendar(input: WorkingCalendarInput): WorkingCalendar {
  const hours = input.officeHours ?? DEFAULT_OFFICE_HOURS;
  validateOfficeHours(hours);
  const firstJdn = isoToJdn(input.from);
  const lastJdn = isoToJdn(input.to);
  if (lastJdn < firstJdn) throw new CalendarError('invalid_calendar', `${input.to} is before ${input.from}`);
  const off = new Set<number>();
  for (const d of input.daysOff) off.add(isoToJdn(d));
  const extra = new Set<number>();
  for (const d of input.extraWorkingDays) extra.add(isoToJdn(d));
  const workingDayMinutes = input.workingDayMinutes ?? periodLength(hours.weekly[1] ?? []);
  if (!(workingDayMinutes > 0))
    throw new CalendarError('invalid_calendar', 'a working day must be longer than 0');

  const dayCount = lastJdn - firstJdn + 1;
  const starts: number[] = [];
  const ends: number[] = [];
  const isWorkingDay = new Uint8Array(dayCount);
  const firstPeriodOfDay = new Int32Array(dayCount).fill(-1);
  for (let i = 0; i < dayCount; i++) {
    const jdn = firstJdn + i;
    const periods = periodsOfDay(hours, weekdayOfJdn(jdn), off.has(jdn), extra.has(jdn));
    if (periods.length === 0) continue;
    isWorkingDay[i] = 1;
    firstPeriodOfDay[i] = starts.length;
    const midnight = localMidnight(jdn);
    for (const p of periods) {
      starts.push(midnight + p.start * MS_PER_MINUTE);
      ends.push(midnight + p.end * MS_PER_MINUTE);
    }
  }
  const nextWorkingDayPeriod = new Int32Array(dayCount);
  const nextWorkingDayEnd = new Float64Array(dayCount);
  let next = -1;
  let nextEnd = Number.NaN;
  for (let i = dayCount - 1; i >= 0; i--) {
    const own = firstPeriodOfDay[i] ?? -1;
    if (own >= 0) {
      next = own;
      const following = i + 1 < dayCount ? (nextWorkingDayPeriod[i + 1] ?? -1) : -1;
      nextEnd = ends[(following >= 0 ? following : ends.length) - 1] ?? Number.NaN;
    }
    nextWorkingDayPeriod[i] = next;
    nextWorkingDayEnd[i] = nextEnd;
  }
  const cumulativeAtStart = new Float64Array(starts.length);
  const cumulativeAtEnd = new Float64Array(starts.length);
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    cumulativeAtStart[i] = total;
    total += (ends[i] ?? 0) - (starts[i] ?? 0);
    cumulativeAtEnd[i] = total;
  }
  const periodByWorkingHour = new Int32Array(Math.floor(total / WORKING_MS_PER_BUCKET) + 1);
  for (let bucket = 0, period = 0; bucket < periodByWorkingHour.length; bucket++) {
    while (period < starts.length && (cumulativeAtEnd[period] ?? 0) < bucket * WORKING_MS_PER_BUCKET)
      period++;
    periodByWorkingHour[bucket] = period;
  }
  return {
    from: jdnToIso(firstJdn),
    to: jdnToIso(lastJdn),
    firstJdn,
    workingDayMinutes,
    rangeStart: localMidnight(firstJdn),
    rangeEnd: localMidnight(lastJdn + 1),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumulativeAtStart,
    cumulativeAtEnd,
    isWorkingDay,
    nextWorkingDayPeriod,
    nextWorkingDayEnd,
    periodByWorkingHour,
  };
}

function periodsOfDay(
  hours: OfficeHours,
  weekday: Weekday,
  isOff: boolean,
  isExtra: boolean,
): readonly WorkingPeriod[] {
  const weekly = hours.weekly[weekday] ?? [];
  if (isExtra) return weekly.length > 0 ? weekly : hours.extraWorkingDay;
  return isOff ? [] : weekly;
}

export function assertInRange(calendar: WorkingCalendar, at: Instant): void {
  if (!(at >= calendar.rangeStart && at <= calendar.rangeEnd)) {
    throw new CalendarError(
      'outside_calendar_range',
      `${new Date(at).toISOString()} is outside the calendar ${calendar.from}…${calendar.to}`,
    );
  }
}

/**
 * Index of the last period starting at or before `at`, or −1: from the first period of `at`'s day
 * (precomputed per day), a scan over that day's few periods. `at` must be in range.
 */
export function periodAtOrBefore(calendar: WorkingCalendar, at: Instant): number {
  const starts = calendar.starts;
  const day = localJdn(at) - calendar.firstJdn;
  if (day < 0) return -1;
  const first = day < calendar.nextWorkingDayPeriod.length ? (calendar.nextWorkingDayPeriod[day] ?? -1) : -1;
  let i = first < 0 ? starts.length : first;
  while (i < starts.length && (starts[i] ?? 0) <= at) i++;
  return i - 1;
}

/** Working ms from the start of the calendar to `at` (the clock reading at `at`). */
export function workingMsAt(calendar: WorkingCalendar, at: Instant): number {
  assertInRange(calendar, at);
  const i = periodAtOrBefore(calendar, at);
  if (i < 0) return 0;
  const end = calendar.ends[i] ?? 0;
  if (at < end) return (calendar.cumulativeAtStart[i] ?? 0) + (at - (calendar.starts[i] ?? 0));
  return calendar.cumulativeAtEnd[i] ?? 0;
}

/** The earliest instant at which the clock reads `workingMs` (an end of period, never a start after a gap). */
export function instantAtWorkingMs(calendar: WorkingCalendar, workingMs: number): Instant {
  const ends = calendar.cumulativeAtEnd;
  if (workingMs <= 0) return calendar.starts[0] ?? calendar.rangeStart;
  const bucket = Math.floor(workingMs / WORKING_MS_PER_BUCKET);
  let i =
    bucket < calendar.periodByWorkingHour.length ? (calendar.periodByWorkingHour[bucket] ?? 0) : ends.length;
  while (i < ends.length && (ends[i] ?? 0) < workingMs) i++;
  if (i >= ends.length) {
    throw new CalendarError('outside_calendar_range', `the calendar ends on ${calendar.to}; extend it`);
  }
  return (calendar.starts[i] ?? 0) + (workingMs - (calendar.cumulativeAtStart[i] ?? 0));
}

/** Whether `at` lies inside a working period (start included, end excluded). */
export function isWorkingInstant(calendar: WorkingCalendar, at: Instant): boolean {
  const i = periodAtOrBefore(calendar, at);
  return i >= 0 && at < (calendar.ends[i] ?? 0);
}

/** Whether the local day `date` is a working day in this calendar. */
export function isWorkingDate(calendar: WorkingCalendar, date: IsoDate): boolean {
  const index = isoToJdn(date) - isoToJdn(calendar.from);
  if (index < 0 || index >= calendar.isWorkingDay.length) {
    throw new CalendarError('outside_calendar_range', `${date} is outside ${calendar.from}…${calendar.to}`);
  }
  return calendar.isWorkingDay[index] === 1;
}

/** End of the last period of the first working day on or after the local day `jdn`. */
export function endOfWorkingDayOnOrAfter(calendar: WorkingCalendar, jdn: number): Instant {
  const index = jdn - isoToJdn(calendar.from);
  const end = index < 0 ? Number.NaN : (calendar.nextWorkingDayEnd[index] ?? Number.NaN);
  if (Number.isNaN(end)) {
    throw new CalendarError(
      'outside_calendar_range',
      `no working day after ${jdnToIso(jdn)} before ${calendar.to}`,
    );
  }
  return end;
}

/** Index of the first period of the first working day on or after the local day `jdn`. */
export function firstPeriodOnOrAfterDay(calendar: WorkingCalendar, jdn: number): number {
  const index = jdn - isoToJdn(calendar.from);
  const period = index < 0 ? 0 : (calendar.nextWorkingDayPeriod[index] ?? -1);
  if (period < 0 || period >= calendar.starts.length) {
    throw new CalendarError(
      'outside_calendar_range',
      `no working day after ${jdnToIso(jdn)} before ${calendar.to}`,
    );
  }
  return period;
}
