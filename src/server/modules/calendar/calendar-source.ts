import { type SQL, sql } from 'drizzle-orm';
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
import { type DbOrTx, queryRows, uuidList } from '../../db/client';
import { AppError } from '../../platform/errors';
import {
  type AnnouncementRow,
  announcementsKeySql,
  type EffectiveOfficeHoursRow,
  effectiveOfficeHoursOf,
  effectiveOfficeHoursSql,
  listAnnouncementsWithKey,
  toYearAnnouncement,
} from './repo';

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
  return timeSettingsOfRow((await effectiveOfficeHoursOf(db, [unitId])).get(unitId));
}

/** A unit's time settings from the office hours that apply to it (none: the national default). */
function timeSettingsOfRow(row: EffectiveOfficeHoursRow | undefined): UnitTimeSettings {
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

const calendars = new Map<string, WorkingCalendar>();
const announcementsByKey = new Map<string, readonly YearAnnouncement[]>();
const CACHE_LIMIT = 64;

/** Keeps at most `CACHE_LIMIT` entries, dropping the oldest first. */
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, value);
  return value;
}

/** The jurisdictions whose announcements make a jurisdiction's calendar: the nation's, and its own. */
const jurisdictionsOf = (jurisdiction: string) => (jurisdiction === 'VN' ? ['VN'] : ['VN', jurisdiction]);

/**
 * The working calendar of announcements named by `key` (`announcementsKeySql`) in office hours.
 * Built calendars are kept by that key and the hours, so equal announcements give the same
 * calendar whichever database (or process-wide test) they come from, and a change made by any
 * process is seen at once.
 */
function calendarOf(
  jurisdiction: string,
  key: string,
  announcements: readonly YearAnnouncement[],
  officeHours: OfficeHours,
): WorkingCalendar {
  const calendarKey = `${jurisdiction}|${key}|${JSON.stringify(officeHours)}`;
  return (
    calendars.get(calendarKey) ??
    remember(
      calendars,
      calendarKey,
      calendarGuard(() =>
        buildCalendarForYears({
          fromYear: CALENDAR_FIRST_YEAR,
          toYear: CALENDAR_LAST_YEAR,
          announcements,
          jurisdiction,
          officeHours,
        }),
      ),
    )
  );
}

/** The calendar source of a jurisdiction as the database holds it now (or in this transaction). */
export async function loadCalendarSource(db: DbOrTx, jurisdiction: string): Promise<CalendarSource> {
  const { key, rows } = await listAnnouncementsWithKey(db, jurisdictionsOf(jurisdiction));
  const announcements = rows.map(toYearAnnouncement);
  remember(announcementsByKey, `${jurisdiction}|${key}`, announcements);
  return {
    jurisdiction,
    announcements,
    rows,
    calendar: (officeHours) => calendarOf(jurisdiction, key, announcements, officeHours),
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

/**
 * What the working calendars of units come from, as one json value a caller's statement can
 * carry (so it costs no round trip of its own): the key of the announcements, and the office
 * hours that apply to each of `unitIds` (a list or a subquery of unit ids).
 */
export function calendarInputsSql(jurisdiction: string, unitIds: SQL): SQL {
  return sql`json_build_object('key', ${announcementsKeySql(jurisdictionsOf(jurisdiction))},
    'hours', (select coalesce(json_agg(h), '[]'::json) from (${effectiveOfficeHoursSql(unitIds)}) h))`;
}

/** What `calendarInputsSql` answers. */
export interface CalendarInputs {
  readonly key: string;
  readonly hours: readonly EffectiveOfficeHoursRow[];
}

/**
 * The working calendars of `unitIds` from their `calendarInputsSql`: built from the announcements
 * the key names, read again only when this process has not seen that key yet.
 */
export async function workingCalendarsFromInputs(
  db: DbOrTx,
  jurisdiction: string,
  inputs: CalendarInputs,
  unitIds: readonly string[],
): Promise<Map<string, WorkingCalendar>> {
  const known = announcementsByKey.get(`${jurisdiction}|${inputs.key}`);
  const calendarIn = known
    ? (officeHours: OfficeHours) => calendarOf(jurisdiction, inputs.key, known, officeHours)
    : (await loadCalendarSource(db, jurisdiction)).calendar;
  const hours = new Map(inputs.hours.map((h) => [h.for, h]));
  return new Map(unitIds.map((id) => [id, calendarIn(timeSettingsOfRow(hours.get(id)).officeHours)]));
}

/** The working calendars of units, in one round trip when the announcements are known. */
export async function workingCalendarsOf(
  db: DbOrTx,
  jurisdiction: string,
  unitIds: readonly string[],
): Promise<Map<string, WorkingCalendar>> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return new Map();
  const [row] = await queryRows<{ inputs: CalendarInputs }>(
    db,
    sql`select ${calendarInputsSql(jurisdiction, uuidList(ids))} as inputs`,
  );
  if (!row) throw new Error('calendar inputs not read');
  return workingCalendarsFromInputs(db, jurisdiction, row.inputs, ids);
}
