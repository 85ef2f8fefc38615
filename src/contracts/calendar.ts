import { z } from 'zod';
import { ZIsoDate, ZUuid } from './common';

/** The years the working calendar covers; due times outside them are refused. */
export const CALENDAR_FIRST_YEAR = 2020;
export const CALENDAR_LAST_YEAR = 2035;

export const HOLIDAY_KINDS = [
  'new_year',
  'tet',
  'hung_kings',
  'reunification_day',
  'labour_day',
  'national_day',
  'culture_day',
] as const;
export const ZHolidayKind = z.enum(HOLIDAY_KINDS);

/** 'VN' for the national schedule, or a province code for a local one. */
export const ZJurisdiction = z.string().regex(/^(VN|\d{2})$/, 'VN or a two-digit province code');

export const ZCalendarYearParams = z.strictObject({
  year: z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR),
});
/** Without a jurisdiction: the deployment's province (its own announcement, else the national one). */
export const ZCalendarYearQuery = z.strictObject({ jurisdiction: ZJurisdiction.optional() });

export const ZHolidaySpan = z.strictObject({ kind: ZHolidayKind, from: ZIsoDate, to: ZIsoDate });
export const ZAnnouncedDay = z.strictObject({ date: ZIsoDate, note: z.string().trim().max(300) });

/** The government's announcement for a year, as the system admin enters it. */
export const ZAnnouncementRequest = z
  .strictObject({
    jurisdiction: ZJurisdiction.default('VN'),
    legalBasis: z.string().trim().min(3).max(500),
    holidaySpans: z.array(ZHolidaySpan).max(10),
    extraDaysOff: z.array(ZAnnouncedDay).max(30),
    extraWorkingDays: z.array(ZAnnouncedDay).max(30),
    /** Why it changes (e.g. the notice that amends it); kept in the history. */
    reason: z.string().trim().max(500).default(''),
    /** The version being replaced; 0 when the year has no announcement yet. */
    version: z.number().int().min(0),
  })
  .meta({ id: 'AnnouncementRequest' });

export const ZAnnouncement = z
  .object({
    year: z.number().int(),
    jurisdiction: z.string(),
    legalBasis: z.string(),
    holidaySpans: z.array(ZHolidaySpan),
    extraDaysOff: z.array(ZAnnouncedDay),
    extraWorkingDays: z.array(ZAnnouncedDay),
    version: z.number().int(),
    updatedAt: z.string(),
    /** Null for the announcements shipped with MộtCửa. */
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'Announcement' });

export const DAY_KINDS = [
  'working', // ngày làm việc
  'weekend', // nghỉ hằng tuần
  'holiday', // nghỉ lễ, tết
  'compensatory', // nghỉ bù
  'announced_off', // nghỉ theo thông báo (hoán đổi)
  'working_weekend', // làm bù
] as const;
export const ZDayKind = z.enum(DAY_KINDS);

export const ZLunarDay = z.object({
  year: z.number().int(),
  month: z.number().int(),
  day: z.number().int(),
  leap: z.boolean(),
});

export const ZCalendarDay = z.object({
  date: ZIsoDate,
  weekday: z.number().int().min(0).max(6),
  kind: ZDayKind,
  holiday: ZHolidayKind.nullable(),
  /** The announcement's note for an announced day, or the legal basis of a holiday. */
  note: z.string(),
  lunar: ZLunarDay,
});

export const ZCalendarYear = z
  .object({
    year: z.number().int(),
    jurisdiction: z.string(),
    announcement: ZAnnouncement.nullable(),
    /** Where the announcement came from when the province has none of its own. */
    announcementJurisdiction: z.string().nullable(),
    workingDays: z.number().int(),
    days: z.array(ZCalendarDay),
  })
  .meta({ id: 'CalendarYear' });

export const ZRecomputeReport = z.object({
  /** Open deadlines whose running time crosses the changed year. */
  checked: z.number().int(),
  /** Of those, how many got a new due time. */
  changed: z.number().int(),
});

export const ZAnnouncementSaved = z.object({ announcement: ZAnnouncement, recomputed: ZRecomputeReport });

export const ZAnnouncementHistoryEntry = z.object({
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  reason: z.string(),
  legalBasis: z.string(),
  holidaySpans: z.array(ZHolidaySpan),
  extraDaysOff: z.array(ZAnnouncedDay),
  extraWorkingDays: z.array(ZAnnouncedDay),
  recomputedChanged: z.number().int(),
});
export const ZAnnouncementHistory = z.object({ entries: z.array(ZAnnouncementHistoryEntry) });

export const DURATION_UNITS = ['working_days', 'working_hours', 'calendar_days'] as const;
export const ZDuration = z.strictObject({
  unit: z.enum(DURATION_UNITS),
  /** Working days may be fractional (0.5 = half a day); calendar days are whole. */
  amount: z.number().positive().max(365),
});

const ZLocalDateTime = z.iso.datetime({ offset: true });
const ZHhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const ZDueTimeRequest = z
  .strictObject({
    receivedAt: ZLocalDateTime,
    channel: z.enum(['online', 'counter']),
    duration: ZDuration,
    /** Online cut-off ('15:00' by default); null for none. */
    cutoff: ZHhMm.nullable().default('15:00'),
    /** Whose office hours and jurisdiction to use; the national default when absent. */
    unitId: ZUuid.optional(),
  })
  .meta({ id: 'DueTimeRequest' });

export const CLOCK_START_REASONS = [
  'in_working_time',
  'counter',
  'outside_working_time',
  'after_cutoff',
] as const;

export const ZSkippedDay = z.object({
  date: ZIsoDate,
  kind: ZDayKind,
  holiday: ZHolidayKind.nullable(),
  note: z.string(),
});

export const ZDueTimeResponse = z
  .object({
    receivedAt: z.string(),
    clockStart: z.string(),
    clockStartReason: z.enum(CLOCK_START_REASONS),
    dueAt: z.string(),
    /** Working minutes between the clock start and the due time. */
    workingMinutes: z.number(),
    /** Days between the clock start and the due time that did not count, with why. */
    skippedDays: z.array(ZSkippedDay),
    /** Weekend days that counted because they were announced as working days. */
    workingWeekendDays: z.array(ZSkippedDay),
    officeHours: z.array(z.object({ from: ZHhMm, to: ZHhMm })),
  })
  .meta({ id: 'DueTimeResponse' });

export const ZWorkingTimeRequest = z.strictObject({
  from: ZLocalDateTime,
  to: ZLocalDateTime,
  unitId: ZUuid.optional(),
});
export const ZWorkingTimeResponse = z.object({
  /** Negative when `to` is before `from`. */
  workingMinutes: z.number(),
  workingDays: z.number(),
});

export const ZWeekdayHours = z.array(z.strictObject({ from: ZHhMm, to: ZHhMm })).max(4);

export const ZOfficeHoursRequest = z.strictObject({
  /** Sunday = 0 … Saturday = 6; an empty list is a rest day. */
  weekly: z.array(ZWeekdayHours).length(7),
  extraWorkingDay: ZWeekdayHours,
  onlineCutoff: ZHhMm.nullable(),
  version: z.number().int().min(0),
});

export const ZOfficeHours = z
  .object({
    unitId: ZUuid,
    /** The unit whose setting applies: this one, an ancestor, or null for the national default. */
    definedBy: ZUuid.nullable(),
    weekly: z.array(ZWeekdayHours),
    extraWorkingDay: ZWeekdayHours,
    onlineCutoff: ZHhMm.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'OfficeHours' });

export type CalendarYear = z.infer<typeof ZCalendarYear>;
export type CalendarDay = z.infer<typeof ZCalendarDay>;
export type Announcement = z.infer<typeof ZAnnouncement>;
export type AnnouncementRequest = z.input<typeof ZAnnouncementRequest>;
export type DueTimeRequest = z.input<typeof ZDueTimeRequest>;
export type DueTimeResponse = z.infer<typeof ZDueTimeResponse>;
export type OfficeHoursDto = z.infer<typeof ZOfficeHours>;
