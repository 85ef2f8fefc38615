import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZInboxQuery } from '../../../contracts/dossiers';
import { workingMinutesBetween } from '../../../domain/calendar/deadlines';
import { onlineReviewDueAt, urgencyOf } from '../../../domain/dossier/rules';
import type { DossierState } from '../../../domain/dossier/state-machine';
import { type DbOrTx, queryRows } from '../../db/client';
import { type AuthContext, inScope, resolveScope, resolveScopesByRoles } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { workingCalendarsOf } from '../calendar/calendar-source';
import { DOSSIER_ROLES } from './command';

/**
 * One's own open steps are counted up to this many ("1,000+"): nobody pages further than a search
 * would take them, and counting tens of thousands of steps on every page costs more than the page.
 */
export const MY_STEPS_COUNT_CAP = 1000;

const OPEN_STATES = `('received','processing','inter_agency','paused','needs_supplement','submitted')`;

interface InboxRow {
  dossierId: string;
  code: string;
  state: DossierState;
  procedureName: string;
  applicantName: string;
  unitId: string;
  unit: string;
  stepName: string | null;
  stepId: string | null;
  dueAt: Date | string | null;
  legalDueAt: Date | string | null;
  submittedAt: Date | string | null;
  version: number;
  total?: number;
}

const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));

/**
 * The work lists of a civil servant, sorted by due time with due-soon and overdue marked:
 * `mine` = open steps for my roles in my units; `review` = online dossiers waiting at my desks;
 * `to_return` = results to hand back; `overdue` = open dossiers past their legal due time;
 * `all` = every dossier of my units, newest first.
 */
export async function inbox(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
  query: z.infer<typeof ZInboxQuery>,
) {
  const province = deps.config.PROVINCE_CODE;
  const scopeOf = (roles: Parameters<typeof resolveScope>[2]) => resolveScope(db, auth, roles);
  const search = query.q
    ? sql`and (d.code ilike ${`%${query.q}%`} or d.applicant->>'name' ilike ${`%${query.q}%`})`
    : sql``;
  const base = sql`select d.id as "dossierId", d.code, d.state, v.name as "procedureName",
         d.applicant->>'name' as "applicantName", d.row_version as version, d.submitted_at as "submittedAt",
         lc.due_at as "legalDueAt"`;
  const legalClock = sql`left join deadline_clocks lc on lc.subject_type = 'dossier' and lc.subject_id = d.id`;
  let rows: InboxRow[];
  if (query.view === 'mine') {
    const [clerk, officer, approver] = await resolveScopesByRoles(db, auth, [
      ['clerk'],
      ['officer'],
      ['approver'],
    ]);
    if (!clerk || !officer || !approver) throw new Error('a scope per role');
    const mySteps = sql`s.state = 'active'
             and ((s.role = 'clerk' and ${inScope(sql`s.unit_id`, clerk)})
               or (s.role = 'officer' and ${inScope(sql`s.unit_id`, officer)})
               or (s.role = 'approver' and ${inScope(sql`s.unit_id`, approver)}))`;
    // Walk the open step clocks in due order (an index) and stop after the page; count apart, at
    // the same time on another connection. Units in scope belong to this province, so without a
    // search the count needs only the steps.
    const [[counted], page] = await Promise.all([
      queryRows<{ total: number }>(
        db,
        query.q
          ? sql`select count(*)::int as total from (select 1 from dossier_steps s join dossiers d on d.id = s.dossier_id
               where ${mySteps} ${search} limit ${MY_STEPS_COUNT_CAP + 1}) mine`
          : sql`select count(*)::int as total from (select 1 from dossier_steps s where ${mySteps}
               limit ${MY_STEPS_COUNT_CAP + 1}) mine`,
      ),
      queryRows<InboxRow>(
        db,
        sql`${base}, s.id as "stepId", s.name as "stepName", s.unit_id as "unitId", u.name as unit, sc.due_at as "dueAt"
            from deadline_clocks sc
            join dossier_steps s on s.id = sc.subject_id
            join dossiers d on d.id = s.dossier_id
            join procedure_versions v on v.id = d.procedure_version_id
            join units u on u.id = s.unit_id
            ${legalClock}
           where sc.subject_type = 'dossier_step' and sc.state in ('running', 'paused')
             and ${mySteps} and d.province_code = ${province} ${search}
           order by sc.due_at asc, sc.subject_id
           limit ${query.limit} offset ${query.offset}`,
      ),
    ]);
    rows = page;
    const total = counted?.total ?? 0;
    return {
      total: Math.min(total, MY_STEPS_COUNT_CAP),
      totalCapped: total > MY_STEPS_COUNT_CAP,
      items: await withUrgency(deps, db, rows, query.view),
    };
  } else {
    const scope = await scopeOf(
      query.view === 'review' || query.view === 'to_return' ? ['clerk'] : DOSSIER_ROLES,
    );
    const unitColumn =
      query.view === 'review' || query.view === 'to_return' ? sql`d.receiving_unit_id` : null;
    const inUnits = unitColumn
      ? inScope(unitColumn, scope)
      : sql`(${inScope(sql`d.receiving_unit_id`, scope)} or ${inScope(sql`d.competent_unit_id`, scope)})`;
    const filter =
      query.view === 'review'
        ? sql`d.state = 'submitted'`
        : query.view === 'to_return'
          ? sql`d.state in ('resolved', 'received')`
          : query.view === 'overdue'
            ? sql`d.state in ${sql.raw(OPEN_STATES)} and lc.state <> 'ended' and lc.due_at < ${deps.clock.now().toISOString()}::timestamptz`
            : sql`true`;
    const order =
      query.view === 'all'
        ? sql`d.created_at desc`
        : query.view === 'review'
          ? sql`d.submitted_at asc`
          : sql`lc.due_at asc nulls last`;
    rows = await queryRows<InboxRow>(
      db,
      sql`${base}, count(*) over ()::int as total, null as "stepId", null as "stepName", d.competent_unit_id as "unitId", u.name as unit,
                  lc.due_at as "dueAt"
            from dossiers d
            join procedure_versions v on v.id = d.procedure_version_id
            join units u on u.id = d.competent_unit_id
            ${legalClock}
           where d.province_code = ${province} and ${inUnits} and ${filter} ${search}
           order by ${order}, d.code
           limit ${query.limit} offset ${query.offset}`,
    );
  }
  return {
    total: rows[0]?.total ?? 0,
    totalCapped: false,
    items: await withUrgency(deps, db, rows, query.view),
  };
}

async function withUrgency(
  deps: AppDeps,
  db: DbOrTx,
  rows: readonly InboxRow[],
  view: z.infer<typeof ZInboxQuery>['view'],
) {
  const calendars = await workingCalendarsOf(
    db,
    deps.config.PROVINCE_CODE,
    rows.map((r) => r.unitId),
  );
  const now = deps.clock.now().getTime();
  const items = [];
  for (const row of rows) {
    const calendar = calendars.get(row.unitId);
    if (!calendar) throw new Error(`no calendar for unit ${row.unitId}`);
    let due = toDate(row.dueAt);
    const submitted = toDate(row.submittedAt);
    if (view === 'review' && submitted) {
      due = new Date(onlineReviewDueAt(calendar, submitted.getTime()));
    }
    const open = !['resolved', 'returned', 'refused', 'stopped', 'withdrawn', 'cancelled'].includes(
      row.state,
    );
    const dueAt = open ? (due?.getTime() ?? null) : null;
    const remaining = dueAt === null ? 0 : workingMinutesBetween(calendar, now, dueAt);
    items.push({
      dossierId: row.dossierId,
      code: row.code,
      state: row.state,
      procedureName: row.procedureName,
      applicantName: row.applicantName,
      unit: row.unit,
      stepName: row.stepName,
      stepId: row.stepId,
      dueAt: due ? due.toISOString() : null,
      legalDueAt: row.legalDueAt ? new Date(row.legalDueAt).toISOString() : null,
      urgency: urgencyOf(
        { dueAt, now, remainingWorkingMinutes: remaining },
        deps.config.DUE_SOON_WORKING_DAYS * calendar.workingDayMinutes,
      ),
      version: row.version,
    });
  }
  return items;
}
