import type { IsoDate, Weekday } from './civil-date';
import { DEFAULT_WEEKEND, type HolidayOptions } from './holidays';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from './office-hours';
import { buildWorkingCalendar, type WorkingCalendar } from './working-calendar';
import {
  announcementFor,
  type YearAnnouncement,
  type YearCalendarDays,
  yearCalendarDays,
} from './year-announcement';

const ALL_WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export interface CalendarForYearsInput {
  readonly fromYear: number;
  readonly toYear: number;
  readonly announcements: readonly YearAnnouncement[];
  /** 'VN' for the national schedule, or a province code (falls back to the national one). */
  readonly jurisdiction?: string;
  readonly officeHours?: OfficeHours;
  readonly holidayOptions?: HolidayOptions;
}

/** The days off and extra working days of each year, by law and announcement. */
export function calendarDaysForYears(input: CalendarForYearsInput): readonly YearCalendarDays[] {
  const hours = input.officeHours ?? DEFAULT_OFFICE_HOURS;
  // A weekly rest day is one without office hours; compensatory days follow the same week.
  const restDays = ALL_WEEKDAYS.filter((weekday) => (hours.weekly[weekday] ?? []).length === 0);
  const options: HolidayOptions = {
    ...input.holidayOptions,
    weekend: input.holidayOptions?.weekend ?? (restDays.length > 0 ? restDays : DEFAULT_WEEKEND),
  };
  const years: YearCalendarDays[] = [];
  for (let year = input.fromYear; year <= input.toYear; year++) {
    years.push(
      yearCalendarDays(year, announcementFor(input.announcements, year, input.jurisdiction), options),
    );
  }
  return years;
}

/** A working calendar for whole years, from the rules, the announcements and the office hours. */
export function buildCalendarForYears(input: CalendarForYearsInput): WorkingCalendar {
  const years = calendarDaysForYears(input);
  const from: IsoDate = `${input.fromYear}-01-01`;
  const to: IsoDate = `${input.toYear}-12-31`;
  return buildWorkingCalendar({
    from,
    to,
    officeHours: input.officeHours ?? DEFAULT_OFFICE_HOURS,
    daysOff: years.flatMap((y) => y.daysOff.map((d) => d.date)),
    extraWorkingDays: years.flatMap((y) => y.extraWorkingDays.map((d) => d.date)),
  });
}
