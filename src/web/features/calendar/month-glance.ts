/** The working calendar at a glance, as the public home shows it: this month and the next day off. */
import type { CalendarDay } from '../../api/types';
import { DAY_OFF_KINDS, type DayRun, dayRuns } from './calendar-layout';

export interface MonthGlance {
  /** YYYY-MM. */
  readonly month: string;
  readonly workingDays: number;
  /** The month's holidays and announced days off (not the weekly rest days). */
  readonly daysOff: readonly DayRun<CalendarDay>[];
}

const isDayOff = (day: CalendarDay) => DAY_OFF_KINDS.includes(day.kind);

/** The month of `today` (YYYY-MM-DD) among a year's days. */
export function monthGlance(days: readonly CalendarDay[], today: string): MonthGlance {
  const month = today.slice(0, 7);
  const inMonth = days.filter((d) => d.date.startsWith(month));
  return {
    month,
    workingDays: inMonth.filter((d) => d.kind === 'working' || d.kind === 'working_weekend').length,
    daysOff: dayRuns(inMonth.filter(isDayOff)),
  };
}

/**
 * The days off going on today or coming next, from the given years' days (this year's, then the
 * next year's once this year has none left); null when none is known.
 */
export function nextDaysOff(days: readonly CalendarDay[], today: string): DayRun<CalendarDay> | null {
  return dayRuns(days.filter(isDayOff)).find((run) => run.to >= today) ?? null;
}
