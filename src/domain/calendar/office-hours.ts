import { CalendarError } from './errors';

/**
 * Office hours (giờ làm việc) of a unit: the working periods of each weekday. Provinces set their
 * own; the default is that of state agencies.
 */

/** A working period of a day in minutes after local midnight, [start, end). */
export interface WorkingPeriod {
  readonly start: number;
  readonly end: number;
}

export interface OfficeHours {
  /** Periods per weekday, Sunday = 0 … Saturday = 6; an empty list is a weekly rest day. */
  readonly weekly: readonly (readonly WorkingPeriod[])[];
  /** Periods of an announced working day that falls on a rest day (a working Saturday). */
  readonly extraWorkingDay: readonly WorkingPeriod[];
}

/** 'HH:MM' → minutes after midnight. */
export function minuteOfDay(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || hours * 60 + minutes > 24 * 60) {
    throw new CalendarError('invalid_time', `not a time of day: ${hhmm}`);
  }
  return hours * 60 + minutes;
}

export function period(from: string, to: string): WorkingPeriod {
  return { start: minuteOfDay(from), end: minuteOfDay(to) };
}

/** Default office hours of state agencies: 07:00–11:30 and 13:30–17:00 (domain.md §5). */
export const DEFAULT_WORKING_DAY: readonly WorkingPeriod[] = [
  period('07:00', '11:30'),
  period('13:30', '17:00'),
];

/** Monday–Friday (40-hour week, Decision 188/1999/QĐ-TTg). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  weekly: [
    [],
    DEFAULT_WORKING_DAY,
    DEFAULT_WORKING_DAY,
    DEFAULT_WORKING_DAY,
    DEFAULT_WORKING_DAY,
    DEFAULT_WORKING_DAY,
    [],
  ],
  extraWorkingDay: DEFAULT_WORKING_DAY,
};

export function periodLength(periods: readonly WorkingPeriod[]): number {
  return periods.reduce((sum, p) => sum + (p.end - p.start), 0);
}

function validatePeriods(periods: readonly WorkingPeriod[]): void {
  let previousEnd = 0;
  for (const p of periods) {
    if (
      !(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= previousEnd && p.end > p.start)
    ) {
      throw new CalendarError(
        'invalid_calendar',
        'working periods must be sorted, non-empty and not overlap',
        'các khoảng giờ làm việc phải theo thứ tự, không rỗng và không chồng lên nhau',
      );
    }
    previousEnd = p.end;
  }
  if (previousEnd > 24 * 60)
    throw new CalendarError(
      'invalid_calendar',
      'a working period ends after midnight',
      'khoảng giờ làm việc kết thúc sau nửa đêm',
    );
}

/** Throws `invalid_calendar` unless there are 7 weekdays of sorted, non-overlapping periods. */
export function validateOfficeHours(hours: OfficeHours): void {
  if (hours.weekly.length !== 7)
    throw new CalendarError(
      'invalid_calendar',
      'office hours need 7 weekdays',
      'giờ làm việc cần đủ 7 ngày trong tuần',
    );
  for (const day of [...hours.weekly, hours.extraWorkingDay]) validatePeriods(day);
}
