import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnnouncedDay, HolidaySpan, YearAnnouncement } from '../../../domain/calendar/year-announcement';
import { type DbOrTx, queryRows } from '../../db/client';
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
export type OfficeHoursRow = typeof unitOfficeHours.$inferSelect;
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

/** Every announcement of the national schedule and of one province (a small table). */
export function listAnnouncements(db: DbOrTx, jurisdictions: readonly string[]) {
  return db
    .select()
    .from(calendarAnnouncements)
    .where(inArray(calendarAnnouncements.jurisdiction, [...jurisdictions]))
    .orderBy(calendarAnnouncements.year, calendarAnnouncements.jurisdiction);
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

/**
 * The office hours that apply to a unit: its own row, else the nearest ancestor's (undefined for
 * the national default), with the unit that defines them.
 */
export async function effectiveOfficeHours(db: DbOrTx, unitId: string) {
  const rows = await queryRows<OfficeHoursRow & { depth: number }>(
    db,
    sql`with recursive chain(id, parent_id, depth) as (
          select id, parent_id, 0 from units where id = ${unitId}
          union all
          select u.id, u.parent_id, c.depth + 1 from units u join chain c on u.id = c.parent_id
          where c.depth < 32)
        select o.unit_id as "unitId", o.weekly, o.extra_working_day as "extraWorkingDay",
               o.online_cutoff_minute as "onlineCutoffMinute", o.version,
               o.updated_at as "updatedAt", o.updated_by as "updatedBy", c.depth
          from chain c join unit_office_hours o on o.unit_id = c.id
         order by c.depth
         limit 1`,
  );
  return rows[0];
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
