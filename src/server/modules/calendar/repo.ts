import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnnouncedDay, HolidaySpan, YearAnnouncement } from '../../../domain/calendar/year-announcement';
import { type DbOrTx, queryRows, uuidList } from '../../db/client';
import {
  calendarAnnouncementHistory,
  calendarAnnouncements,
  deadlineClocks,
  unitOfficeHours,
  units,
} from '../../db/schema';
import { inScope, type Scope } from '../../platform/access';

export type AnnouncementRow = typeof calendarAnnouncements.$inferSelect;
export type AnnouncementHistoryRow = typeof calendarAnnouncementHistory.$inferSelect;
export type DeadlineClockRow = typeof deadlineClocks.$inferSelect;

export function toYearAnnouncement(row: AnnouncementRow): YearAnnouncement {
  return {
    year: row.year,
    jurisdiction: row.jurisdiction,
    legalBasis: row.legalBasis,
    holidaySpans: row.holidaySpans as HolidaySpan[],
    extraDaysOff: row.extraDaysOff as AnnouncedDay[],
    extraWorkingDays: row.extraWorkingDays as AnnouncedDay[],
  };
}

export async function findAnnouncementForUpdate(db: DbOrTx, year: number, jurisdiction: string) {
  const [row] = await db
    .select()
    .from(calendarAnnouncements)
    .where(and(eq(calendarAnnouncements.year, year), eq(calendarAnnouncements.jurisdiction, jurisdiction)))
    .for('update');
  return row;
}

export function listAnnouncementHistory(db: DbOrTx, year: number, jurisdiction: string) {
  return db
    .select()
    .from(calendarAnnouncementHistory)
    .where(
      and(
        eq(calendarAnnouncementHistory.year, year),
        eq(calendarAnnouncementHistory.jurisdiction, jurisdiction),
      ),
    )
    .orderBy(desc(calendarAnnouncementHistory.version));
}

/** Office hours as they apply to a unit (`for`): its own row, else its nearest ancestor's (`unitId`). */
export interface EffectiveOfficeHoursRow {
  readonly for: string;
  readonly unitId: string;
  readonly weekly: unknown;
  readonly extraWorkingDay: unknown;
  readonly onlineCutoffMinute: number | null;
  readonly version: number;
}

/**
 * The office hours that apply to each of `unitIds` (a list or a subquery of unit ids): its own
 * row, else the nearest ancestor's, as rows of `EffectiveOfficeHoursRow` (none for a unit on the
 * national default). A statement not yet run, so a caller can embed it in its own.
 */
export function effectiveOfficeHoursSql(unitIds: SQL): SQL {
  return sql`with recursive chain(start, id, parent_id, depth) as (
          select id, id, parent_id, 0 from units where id in (${unitIds})
          union all
          select c.start, u.id, u.parent_id, c.depth + 1 from units u join chain c on u.id = c.parent_id
          where c.depth < 32)
        select distinct on (c.start) c.start as "for", o.unit_id as "unitId", o.weekly,
               o.extra_working_day as "extraWorkingDay", o.online_cutoff_minute as "onlineCutoffMinute", o.version
          from chain c join unit_office_hours o on o.unit_id = c.id
         order by c.start, c.depth`;
}

/** `effectiveOfficeHoursSql` run for a list of units, by unit (absent: the national default). */
export async function effectiveOfficeHoursOf(
  db: DbOrTx,
  unitIds: readonly string[],
): Promise<Map<string, EffectiveOfficeHoursRow>> {
  if (unitIds.length === 0) return new Map();
  const rows = await queryRows<EffectiveOfficeHoursRow>(db, effectiveOfficeHoursSql(uuidList(unitIds)));
  return new Map(rows.map((r) => [r.for, r]));
}

/**
 * The text that names what the announcements of `jurisdictions` say now (md5 of what makes a
 * calendar: year, jurisdiction, legal basis, days off and working days): equal keys, equal
 * calendars. A scalar subquery, so a caller's statement can carry it.
 */
export function announcementsKeySql(jurisdictions: readonly string[]): SQL {
  return sql`(select md5(coalesce(string_agg(concat_ws('|', a.year, a.jurisdiction, a.legal_basis, a.holiday_spans,
      a.extra_days_off, a.extra_working_days), '#' order by a.year, a.jurisdiction), ''))
    from calendar_announcements a where a.jurisdiction in (${sql.join(
      jurisdictions.map((j) => sql`${j}`),
      sql`, `,
    )}))`;
}

/** The key of no announcements at all (`announcementsKeySql` over no row). */
const NO_ANNOUNCEMENTS_KEY = createHash('md5').update('').digest('hex');

/**
 * Every announcement of the national schedule and of one province (a small table), with the key
 * of the rows read (`announcementsKeySql`), from one snapshot.
 */
export async function listAnnouncementsWithKey(
  db: DbOrTx,
  jurisdictions: readonly string[],
): Promise<{ key: string; rows: AnnouncementRow[] }> {
  const read = await db
    .select({ row: calendarAnnouncements, key: sql<string>`${announcementsKeySql(jurisdictions)}` })
    .from(calendarAnnouncements)
    .where(inArray(calendarAnnouncements.jurisdiction, [...jurisdictions]))
    .orderBy(calendarAnnouncements.year, calendarAnnouncements.jurisdiction);
  return { key: read[0]?.key ?? NO_ANNOUNCEMENTS_KEY, rows: read.map((r) => r.row) };
}

/** The unit if it exists and is in the caller's scope (the one scope filter, in the query). */
export async function findUnitInScope(db: DbOrTx, unitId: string, scope: Scope) {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), inScope(units.id, scope)));
  return row;
}

export async function findOwnOfficeHoursForUpdate(db: DbOrTx, unitId: string) {
  const [row] = await db
    .select()
    .from(unitOfficeHours)
    .where(eq(unitOfficeHours.unitId, unitId))
    .for('update');
  return row;
}

/** Running clocks whose counted time may cross [from, to): started before `to`, due after `from`. */
export function runningClocksCrossing(db: DbOrTx, provinceCode: string, from: Date, to: Date) {
  return db
    .select()
    .from(deadlineClocks)
    .where(
      and(
        eq(deadlineClocks.provinceCode, provinceCode),
        eq(deadlineClocks.state, 'running'),
        sql`${deadlineClocks.startedAt} < ${to.toISOString()}`,
        sql`${deadlineClocks.dueAt} >= ${from.toISOString()}`,
      ),
    );
}

/** Sets new due times in batches of one statement each. */
export async function updateDueTimes(
  db: DbOrTx,
  changes: readonly { id: string; dueAt: Date }[],
  now: Date,
): Promise<void> {
  const BATCH = 1000;
  for (let i = 0; i < changes.length; i += BATCH) {
    const values = sql.join(
      changes.slice(i, i + BATCH).map((c) => sql`(${c.id}::uuid, ${c.dueAt.toISOString()}::timestamptz)`),
      sql`, `,
    );
    await db.execute(
      sql`update deadline_clocks d set due_at = v.due_at, updated_at = ${now.toISOString()}::timestamptz
            from (values ${values}) as v(id, due_at) where d.id = v.id`,
    );
  }
}
