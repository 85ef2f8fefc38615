import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../../contracts/calendar';
import { CalendarError } from '../../../domain/calendar/errors';
import { buildCalendarForYears, calendarDaysForYears } from '../../../domain/calendar/national-calendar';
import {
  DEFAULT_OFFICE_HOURS,
  minuteOfDay,
  type OfficeHours,
  period,
  validateOfficeHours,
  type WorkingPeriod,
} from '../../../domain/calendar/office-hours';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { announcementFor, type YearAnnouncement } from '../../../domain/calendar/year-announcement';
import type { YearViewInput } from '../../../domain/calendar/year-view';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../platform/errors';
import { type AnnouncementRow, effectiveOfficeHours, listAnnouncements, toYearAnnouncement } from './repo';

/**
 * Where every module gets its working calendar: the announcements in the database (national and
 * the province's own), and a unit's office hours. Built calendars are cached by the announcement
 * versions and office hours they come from, so a change made by any process is seen at once.
 */

export interface PeriodDto {
  readonly from: string;
  readonly to: string;
}

export interface UnitTimeSettings {
  readonly officeHours: OfficeHours;
  /** Online receipts at or after this minute of the day start the next working day; null for none. */
  readonly onlineCutoffMinute: number | null;
  /** The unit whose row applies, or null for the national default. */
  readonly definedBy: string | null;
  readonly version: number;
}

export const DEFAULT_ONLINE_CUTOFF_MINUTE = 15 * 60;

export const DEFAULT_TIME_SETTINGS: UnitTimeSettings = {
  officeHours: DEFAULT_OFFICE_HOURS,
  onlineCutoffMinute: DEFAULT_ONLINE_CUTOFF_MINUTE,
  definedBy: null,
  version: 0,
};

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export const periodsToDto = (periods: readonly WorkingPeriod[]): PeriodDto[] =>
  periods.map((p) => ({ from: hhmm(p.start), to: hhmm(p.end) }));

/** Office hours as the API states them → the domain's, validated (422 when inconsistent). */
export function officeHoursFromDto(weekly: readonly (readonly PeriodDto[])[], extra: readonly PeriodDto[]) {
  const hours: OfficeHours = {
    weekly: weekly.map((day) => day.map((p) => period(p.from, p.to))),
    extraWorkingDay: extra.map((p) => period(p.from, p.to)),
  };
  return calendarGuard(() => {
    validateOfficeHours(hours);
    return hours;
  });
}

/** Turns a calendar domain error into problem+json (422), leaving other errors alone. */
export function calendarGuard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CalendarError) {
      if (error.code === 'outside_calendar_range') {
        throw new AppError('calendar_out_of_range', 422, {
          from: CALENDAR_FIRST_YEAR,
          to: CALENDAR_LAST_YEAR,
        });
      }
      throw new AppError('calendar_invalid', 422, { reasonEn: error.message, reasonVi: error.vi });
    }
    throw error;
  }
}

export async function timeSettingsOf(db: DbOrTx, unitId: string | undefined): Promise<UnitTimeSettings> {
  if (!unitId) return DEFAULT_TIME_SETTINGS;
  const row = await effectiveOfficeHours(db, unitId);
  if (!row) return DEFAULT_TIME_SETTINGS;
  return {
    officeHours: officeHoursFromDto(row.weekly as PeriodDto[][], row.extraWorkingDay as PeriodDto[]),
    onlineCutoffMinute: row.onlineCutoffMinute,
    definedBy: row.unitId,
    version: row.version,
  };
}

export const cutoffMinuteFromDto = (cutoff: string | null) => (cutoff === null ? null : minuteOfDay(cutoff));

export interface CalendarSource {
  readonly jurisdiction: string;
  readonly announcements: readonly YearAnnouncement[];
  readonly rows: readonly AnnouncementRow[];
  /** The working calendar of 2020–2035 for these office hours. */
  calendar(officeHours: OfficeHours): WorkingCalendar;
  /** Each year's days off and working days with its announcement, for explaining. */
  years(officeHours: OfficeHours, fromYear: number, toYear: number): readonly YearViewInput[];
}

const cache = new Map<string, WorkingCalendar>();
const CACHE_LIMIT = 64;

/** The calendar source of a jurisdiction as the database holds it now (or in this transaction). */
export async function loadCalendarSource(db: DbOrTx, jurisdiction: string): Promise<CalendarSource> {
  const rows = await listAnnouncements(db, jurisdiction === 'VN' ? ['VN'] : ['VN', jurisdiction]);
  const announcements = rows.map(toYearAnnouncement);
  // The content itself, not just versions: equal announcements give equal calendars, whichever
  // database (or process-wide test) they come from.
  const fingerprint = JSON.stringify(announcements);
  return {
    jurisdiction,
    announcements,
    rows,
    calendar(officeHours) {
      const key = `${jurisdiction}|${fingerprint}|${JSON.stringify(officeHours)}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const built = calendarGuard(() =>
        buildCalendarForYears({
          fromYear: CALENDAR_FIRST_YEAR,
          toYear: CALENDAR_LAST_YEAR,
          announcements,
          jurisdiction,
          officeHours,
        }),
      );
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, built);
      return built;
    },
    years(officeHours, fromYear, toYear) {
      const days = calendarGuard(() =>
        calendarDaysForYears({ fromYear, toYear, announcements, jurisdiction, officeHours }),
      );
      return days.map((d) => ({
        days: d,
        announcement: announcementFor(announcements, d.year, jurisdiction),
        officeHours,
      }));
    },
  };
}
