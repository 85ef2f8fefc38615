/**
 * Pure arrangements of the calendar's days for display: month grids, runs of consecutive days off,
 * the year's days off grouped by holiday. No deadline arithmetic here: due times come from the API.
 */
import type {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  HOLIDAY_KINDS as CONTRACT_HOLIDAY_KINDS,
} from '../../../contracts/calendar';
import type { CalendarDay, DayKind, HolidayKind } from '../../api/types';

// Typed against the contract's constants, so the compiler notices when they change.
export const FIRST_YEAR: typeof CALENDAR_FIRST_YEAR = 2020;
export const LAST_YEAR: typeof CALENDAR_LAST_YEAR = 2035;
export const HOLIDAY_KINDS: typeof CONTRACT_HOLIDAY_KINDS = [
  'new_year',
  'tet',
  'hung_kings',
  'reunification_day',
  'labour_day',
  'national_day',
  'culture_day',
];

/** The kinds of day that are not worked although the weekday would be. */
export const DAY_OFF_KINDS: readonly DayKind[] = ['holiday', 'compensatory', 'announced_off'];

export function clampYear(year: number): number {
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
}

/** Parses a year from the address bar; null unless it is one the calendar covers. */
export function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** Column of a weekday in a week that starts on Monday (Monday = 0 … Sunday = 6). */
export function mondayColumn(weekday: number): number {
  return (weekday + 6) % 7;
}

/** A month as weeks of seven cells, Monday first; null cells pad the first and last week. */
export function monthWeeks<T extends { date: string; weekday: number }>(
  days: readonly T[],
  month: number,
): (T | null)[][] {
  const prefix = `-${String(month).padStart(2, '0')}-`;
  const inMonth = days.filter((d) => d.date.slice(4, 8) === prefix);
  const first = inMonth[0];
  if (!first) return [];
  const cells: (T | null)[] = [...Array<null>(mondayColumn(first.weekday)).fill(null), ...inMonth];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (T | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

export interface DayLike {
  readonly date: string;
  readonly kind: DayKind;
  readonly holiday: HolidayKind | null;
  readonly note: string;
}

/** Consecutive days of the same kind, holiday and note. */
export interface DayRun<T extends DayLike = DayLike> {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly kind: DayKind;
  readonly holiday: HolidayKind | null;
  readonly note: string;
  readonly days: readonly T[];
}

/** Joins consecutive days that read the same (one row for the nine days of Tết, not nine rows). */
export function dayRuns<T extends DayLike>(days: readonly T[]): DayRun<T>[] {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const runs: DayRun<T>[] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (
      last &&
      last.kind === day.kind &&
      last.holiday === day.holiday &&
      last.note === day.note &&
      dayNumber(day.date) === dayNumber(last.to) + 1
    ) {
      runs[runs.length - 1] = { ...last, to: day.date, count: last.count + 1, days: [...last.days, day] };
    } else {
      runs.push({
        from: day.date,
        to: day.date,
        count: 1,
        kind: day.kind,
        holiday: day.holiday,
        note: day.note,
        days: [day],
      });
    }
  }
  return runs;
}

/** The days off of one holiday (with its compensatory days), or the other announced days off. */
export interface DaysOffGroup {
  readonly holiday: HolidayKind | null;
  readonly count: number;
  readonly runs: readonly DayRun<CalendarDay>[];
}

/**
 * The year's days off, grouped by the holiday they belong to in the order the holidays come; the
 * days off of no holiday (announced bridge days) last.
 */
export function daysOffByHoliday(days: readonly CalendarDay[]): DaysOffGroup[] {
  const off = days.filter((d) => DAY_OFF_KINDS.includes(d.kind));
  const groups = new Map<HolidayKind | null, CalendarDay[]>();
  for (const day of off) {
    const group = groups.get(day.holiday) ?? [];
    group.push(day);
    groups.set(day.holiday, group);
  }
  const firstDay = (g: DaysOffGroup) => (g.holiday === null ? '9999' : (g.runs[0]?.from ?? ''));
  return [...groups.entries()]
    .map(([holiday, groupDays]) => ({ holiday, count: groupDays.length, runs: dayRuns(groupDays) }))
    .sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : 0));
}

/** Monday first, as Vietnamese calendars print the week (Sunday = 0 in the API). */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

interface Period {
  readonly from: string;
  readonly to: string;
}

/** Weekdays in a row (Monday first) with the same office hours: "Monday – Friday: 07:00–11:30, …". */
export interface WeekdaySpan {
  readonly first: number;
  readonly last: number;
  readonly periods: readonly Period[];
}

function samePeriods(a: readonly Period[], b: readonly Period[]): boolean {
  return a.length === b.length && a.every((p, i) => p.from === b[i]?.from && p.to === b[i]?.to);
}

export function weekdaySpans(weekly: readonly (readonly Period[])[]): WeekdaySpan[] {
  const spans: WeekdaySpan[] = [];
  for (const weekday of WEEKDAYS_MONDAY_FIRST) {
    const periods = weekly[weekday] ?? [];
    const last = spans.at(-1);
    if (last && samePeriods(last.periods, periods)) spans[spans.length - 1] = { ...last, last: weekday };
    else spans.push({ first: weekday, last: weekday, periods });
  }
  return spans;
}
