import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZAnnouncementRequest,
  ZDueTimeRequest,
  ZOfficeHoursRequest,
  ZWorkingTimeRequest,
} from '../../../contracts/calendar';
import { OFFICIAL_ANNOUNCEMENTS } from '../../../domain/calendar/announcements';
import { isoToJdn } from '../../../domain/calendar/civil-date';
import {
  addWorkingTime,
  type Duration,
  type ReceiptChannel,
  receiptClockStart,
  workingMinutesBetween,
} from '../../../domain/calendar/deadlines';
import { localDateOf } from '../../../domain/calendar/local-time';
import {
  isWorkingDate,
  localJdn,
  localMidnight,
  MS_PER_MINUTE,
} from '../../../domain/calendar/working-calendar';
import {
  type AnnouncedDay,
  type HolidaySpan,
  validateYearAnnouncement,
  type YearAnnouncement,
} from '../../../domain/calendar/year-announcement';
import { dayViews, dueTimeReasoning } from '../../../domain/calendar/year-view';
import type { DbOrTx, Tx } from '../../db/client';
import { calendarAnnouncementHistory, calendarAnnouncements, unitOfficeHours } from '../../db/schema';
import type { AuthContext, Scope } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import {
  type CalendarSource,
  calendarGuard,
  cutoffMinuteFromDto,
  hhmm,
  loadCalendarSource,
  officeHoursFromDto,
  periodsToDto,
  timeSettingsOf,
} from './calendar-source';
import {
  type AnnouncementRow,
  findAnnouncementForUpdate,
  findOwnOfficeHoursForUpdate,
  findUnitInScope,
  listAnnouncementHistory,
  runningClocksCrossing,
  updateDueTimes,
} from './repo';

const SHIPPED_REASON = 'shipped with MộtCửa (domain.md §5)';

/** Inserts the announcements MộtCửa ships with, where the year has none yet; never overwrites. */
export async function ensureShippedAnnouncements(db: DbOrTx, clock: Clock): Promise<void> {
  const now = clock.now();
  for (const a of OFFICIAL_ANNOUNCEMENTS) {
    const inserted = await db
      .insert(calendarAnnouncements)
      .values({
        ...announcementColumns(a),
        year: a.year,
        jurisdiction: a.jurisdiction,
        version: 1,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ year: calendarAnnouncements.year });
    if (inserted.length === 0) continue;
    await db
      .insert(calendarAnnouncementHistory)
      .values({
        ...announcementColumns(a),
        year: a.year,
        jurisdiction: a.jurisdiction,
        version: 1,
        reason: SHIPPED_REASON,
        changedAt: now,
        recomputedChecked: 0,
        recomputedChanged: 0,
      })
      .onConflictDoNothing();
  }
}

function announcementColumns(a: YearAnnouncement) {
  return {
    legalBasis: a.legalBasis,
    holidaySpans: a.holidaySpans,
    extraDaysOff: a.extraDaysOff,
    extraWorkingDays: a.extraWorkingDays,
  };
}

export function announcementDto(row: AnnouncementRow) {
  return {
    year: row.year,
    jurisdiction: row.jurisdiction,
    legalBasis: row.legalBasis,
    holidaySpans: row.holidaySpans as HolidaySpan[],
    extraDaysOff: row.extraDaysOff as AnnouncedDay[],
    extraWorkingDays: row.extraWorkingDays as AnnouncedDay[],
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedByName,
  };
}

/** Every day of a year with how it counts, and the announcement that shaped it. */
export async function calendarYear(db: DbOrTx, year: number, jurisdiction: string) {
  const source = await loadCalendarSource(db, jurisdiction);
  const [input] = source.years((await timeSettingsOf(db, undefined)).officeHours, year, year);
  const days = calendarGuard(() => dayViews(input ? [input] : [], `${year}-01-01`, `${year}-12-31`));
  const row =
    source.rows.find((r) => r.year === year && r.jurisdiction === jurisdiction) ??
    source.rows.find((r) => r.year === year && r.jurisdiction === 'VN');
  return {
    year,
    jurisdiction,
    announcement: row ? announcementDto(row) : null,
    announcementJurisdiction: row?.jurisdiction ?? null,
    workingDays: days.filter((d) => d.kind === 'working' || d.kind === 'working_weekend').length,
    days: days.map((d) => ({ ...d, lunar: { ...d.lunar } })),
  };
}

/** Due time of a receipt, with the reasoning a citizen can follow. */
export async function computeDueTime(
  db: DbOrTx,
  jurisdiction: string,
  request: z.infer<typeof ZDueTimeRequest>,
) {
  const settings = await timeSettingsOf(db, request.unitId);
  const source = await loadCalendarSource(db, jurisdiction);
  const calendar = source.calendar(settings.officeHours);
  const receivedAt = Date.parse(request.receivedAt);
  const channel: ReceiptChannel = request.channel;
  const cutoffMinute = channel === 'online' ? calendarGuard(() => cutoffMinuteFromDto(request.cutoff)) : null;
  return calendarGuard(() => {
    const clockStart = receiptClockStart(
      calendar,
      receivedAt,
      channel,
      cutoffMinute === null ? null : { minuteOfDay: cutoffMinute },
    );
    const dueAt = addWorkingTime(calendar, clockStart, request.duration);
    const minute = (receivedAt - localMidnight(localJdn(receivedAt))) / MS_PER_MINUTE;
    const clockStartReason =
      channel === 'counter'
        ? ('counter' as const)
        : clockStart === receivedAt
          ? ('in_working_time' as const)
          : cutoffMinute !== null &&
              minute >= cutoffMinute &&
              isWorkingDate(calendar, localDateOf(receivedAt))
            ? ('after_cutoff' as const)
            : ('outside_working_time' as const);
    const from = localDateOf(Math.min(receivedAt, clockStart));
    const to = localDateOf(dueAt);
    const years = source.years(settings.officeHours, Number(from.slice(0, 4)), Number(to.slice(0, 4)));
    const reasoning = dueTimeReasoning(dayViews(years, from, to));
    const toSkipped = (d: (typeof reasoning.skippedDays)[number]) => ({
      date: d.date,
      kind: d.kind,
      holiday: d.holiday,
      note: d.note,
    });
    return {
      receivedAt: new Date(receivedAt).toISOString(),
      clockStart: new Date(clockStart).toISOString(),
      clockStartReason,
      dueAt: new Date(dueAt).toISOString(),
      workingMinutes: workingMinutesBetween(calendar, clockStart, dueAt),
      skippedDays: reasoning.skippedDays.map(toSkipped),
      workingWeekendDays: reasoning.workingWeekendDays.map(toSkipped),
      officeHours: periodsToDto(settings.officeHours.weekly[1] ?? []),
    };
  });
}

export async function computeWorkingTime(
  db: DbOrTx,
  jurisdiction: string,
  request: z.infer<typeof ZWorkingTimeRequest>,
) {
  const settings = await timeSettingsOf(db, request.unitId);
  const calendar = (await loadCalendarSource(db, jurisdiction)).calendar(settings.officeHours);
  const minutes = calendarGuard(() =>
    workingMinutesBetween(calendar, Date.parse(request.from), Date.parse(request.to)),
  );
  return { workingMinutes: minutes, workingDays: minutes / calendar.workingDayMinutes };
}

export interface RecomputeReport {
  readonly checked: number;
  readonly changed: number;
}

/**
 * New due times for the running clocks whose counted time crosses `[from, to)`, after the
 * calendar changed there. Each clock keeps its start and budget; only where it lands moves.
 */
export async function recomputeRunningClocks(
  tx: Tx,
  provinceCode: string,
  source: CalendarSource,
  from: number,
  to: number,
  now: Date,
): Promise<RecomputeReport> {
  const clocks = await runningClocksCrossing(tx, provinceCode, new Date(from), new Date(to));
  const settingsByUnit = new Map<string, Awaited<ReturnType<typeof timeSettingsOf>>>();
  const changes: { id: string; dueAt: Date }[] = [];
  for (const clock of clocks) {
    let settings = settingsByUnit.get(clock.unitId);
    if (!settings) {
      settings = await timeSettingsOf(tx, clock.unitId);
      settingsByUnit.set(clock.unitId, settings);
    }
    const calendar = source.calendar(settings.officeHours);
    const duration = { unit: clock.durationUnit, amount: clock.durationAmount } as Duration;
    const dueAt = calendarGuard(() => addWorkingTime(calendar, clock.startedAt.getTime(), duration));
    if (dueAt !== clock.dueAt.getTime()) changes.push({ id: clock.id, dueAt: new Date(dueAt) });
  }
  await updateDueTimes(tx, changes, now);
  return { checked: clocks.length, changed: changes.length };
}

/**
 * Saves a year's announcement as a new version (optimistic: `version` must be the current one),
 * records the history, recomputes the running clocks it affects, and audits it; one transaction.
 */
export async function saveAnnouncement(
  deps: AppDeps,
  auth: AuthContext,
  meta: CommandMeta,
  year: number,
  request: z.infer<typeof ZAnnouncementRequest>,
) {
  const announcement: YearAnnouncement = {
    year,
    jurisdiction: request.jurisdiction,
    legalBasis: request.legalBasis,
    holidaySpans: request.holidaySpans,
    extraDaysOff: request.extraDaysOff,
    extraWorkingDays: request.extraWorkingDays,
  };
  calendarGuard(() => validateYearAnnouncement(announcement));
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const current = await findAnnouncementForUpdate(tx, year, request.jurisdiction);
    if ((current?.version ?? 0) !== request.version) throw versionConflict();
    const version = request.version + 1;
    const columns = {
      ...announcementColumns(announcement),
      version,
      updatedAt: now,
      updatedBy: auth.userId,
      updatedByName: auth.fullName,
    };
    const [row] = current
      ? await tx
          .update(calendarAnnouncements)
          .set(columns)
          .where(
            sql`${calendarAnnouncements.year} = ${year} and ${calendarAnnouncements.jurisdiction} = ${request.jurisdiction}`,
          )
          .returning()
      : await tx
          .insert(calendarAnnouncements)
          .values({ ...columns, year, jurisdiction: request.jurisdiction })
          .returning();
    if (!row) throw new Error('announcement not written');
    const source = await loadCalendarSource(tx, deps.config.PROVINCE_CODE);
    const yearStart = localMidnight(isoToJdn(`${year}-01-01`));
    const yearEnd = localMidnight(isoToJdn(`${year + 1}-01-01`));
    const recomputed = await recomputeRunningClocks(
      tx,
      deps.config.PROVINCE_CODE,
      source,
      yearStart,
      yearEnd,
      now,
    );
    await tx.insert(calendarAnnouncementHistory).values({
      ...announcementColumns(announcement),
      year,
      jurisdiction: request.jurisdiction,
      version,
      reason: request.reason,
      changedAt: now,
      changedBy: auth.userId,
      changedByName: auth.fullName,
      recomputedChecked: recomputed.checked,
      recomputedChanged: recomputed.changed,
    });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'calendar.announcement_saved',
      targetType: 'calendar_year',
      targetId: `${year}/${request.jurisdiction}`,
      ip: meta.ip,
      details: { year, jurisdiction: request.jurisdiction, version, reason: request.reason, ...recomputed },
    });
    return { announcement: announcementDto(row), recomputed };
  });
}

/** The office hours that apply to a unit in the caller's scope; 404 for any other unit. */
export async function officeHoursInScope(db: DbOrTx, scope: Scope, unitId: string) {
  if (!(await findUnitInScope(db, unitId, scope))) throw notFound();
  return officeHoursOf(db, unitId);
}

export async function officeHoursOf(db: DbOrTx, unitId: string) {
  const settings = await timeSettingsOf(db, unitId);
  return {
    unitId,
    definedBy: settings.definedBy,
    weekly: settings.officeHours.weekly.map(periodsToDto),
    extraWorkingDay: periodsToDto(settings.officeHours.extraWorkingDay),
    onlineCutoff: settings.onlineCutoffMinute === null ? null : hhmm(settings.onlineCutoffMinute),
    version: settings.definedBy === unitId ? settings.version : 0,
  };
}

/**
 * Sets a unit's own office hours (its descendants without their own inherit them). Running clocks
 * keep their due times: office hours apply to clocks started from the change.
 */
export async function saveOfficeHours(
  deps: AppDeps,
  caller: { auth: AuthContext; meta: CommandMeta; scope: Scope },
  unitId: string,
  request: z.infer<typeof ZOfficeHoursRequest>,
) {
  const { auth, meta } = caller;
  const hours = officeHoursFromDto(request.weekly, request.extraWorkingDay);
  const cutoff = calendarGuard(() => cutoffMinuteFromDto(request.onlineCutoff));
  await deps.db.transaction(async (tx) => {
    if (!(await findUnitInScope(tx, unitId, caller.scope))) throw notFound();
    const now = deps.clock.now();
    const current = await findOwnOfficeHoursForUpdate(tx, unitId);
    if ((current?.version ?? 0) !== request.version) throw versionConflict();
    const columns = {
      weekly: periodsByDay(hours.weekly),
      extraWorkingDay: periodsToDto(hours.extraWorkingDay),
      onlineCutoffMinute: cutoff,
      version: request.version + 1,
      updatedAt: now,
      updatedBy: auth.userId,
    };
    if (current)
      await tx.update(unitOfficeHours).set(columns).where(sql`${unitOfficeHours.unitId} = ${unitId}`);
    else await tx.insert(unitOfficeHours).values({ ...columns, unitId });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId,
      action: 'calendar.office_hours_saved',
      targetType: 'unit',
      targetId: unitId,
      ip: meta.ip,
      details: {
        weekly: columns.weekly,
        extraWorkingDay: columns.extraWorkingDay,
        onlineCutoff: request.onlineCutoff,
      },
    });
  });
  return officeHoursOf(deps.db, unitId);
}

const periodsByDay = (weekly: readonly (readonly { start: number; end: number }[])[]) =>
  weekly.map(periodsToDto);

export async function announcementHistory(db: DbOrTx, year: number, jurisdiction: string) {
  const rows = await listAnnouncementHistory(db, year, jurisdiction);
  return {
    entries: rows.map((row) => ({
      version: row.version,
      changedAt: row.changedAt.toISOString(),
      changedBy: row.changedByName,
      reason: row.reason,
      legalBasis: row.legalBasis,
      holidaySpans: row.holidaySpans as HolidaySpan[],
      extraDaysOff: row.extraDaysOff as AnnouncedDay[],
      extraWorkingDays: row.extraWorkingDays as AnnouncedDay[],
      recomputedChanged: row.recomputedChanged,
    })),
  };
}
