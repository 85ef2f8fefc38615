import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZInboxQuery } from '../../../contracts/dossiers';
import { workingMinutesBetween } from '../../../domain/calendar/deadlines';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { onlineReviewDueAt, urgencyOf } from '../../../domain/dossier/rules';
import { type DossierState, OPEN_STATES } from '../../../domain/dossier/state-machine';
import { type DbOrTx, queryRows } from '../../db/client';
import { type AuthContext, inScope, resolveScope, resolveScopesByRoles } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { workingCalendarsOf } from '../calendar/calendar-source';
import { DOSSIER_ROLES } from './command';
import { inboxFilterSql } from './inbox-filters';
import { OPEN_STATES_SQL } from './state-sql';

/**
 * One's own open steps are counted up to this many ("1,000+"): nobody pages further than a search
 * would take them, and counting tens of thousands of steps on every page costs more than the page.
 */
export const MY_STEPS_COUNT_CAP = 1000;

interface InboxRow {
  dossierId: string;
  code: string;
  state: DossierState;
  procedureName: string;
  applicantName: string;
  competentUnitId: string;
  stepUnitId: string | null;
  unit: string;
  stepName: string | null;
  stepId: string | null;
  assignee: string | null;
  stepDueAt: Date | string | null;
  legalDueAt: Date | string | null;
  submittedAt: Date | string | null;
  version: number;
  total?: number;
}

const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));

/**
 * The work lists of a civil servant, each row with its step's due time (hạn bước) and the
 * dossier's legal due time (hạn hồ sơ), both marked due soon or overdue:
 * `mine` = open steps assigned to me, or not assigned yet and of my roles in my units;
 * `review` = online dossiers waiting at my desks; `to_return` = results to hand back;
 * `overdue` = open dossiers past their legal due time; `all` = every dossier of my units, newest
 * first. The filters of `inboxFilterSql` narrow any of them.
 */
export async function inbox(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
  query: z.infer<typeof ZInboxQuery>,
) {
  const province = deps.config.PROVINCE_CODE;
  const scopeOf = (roles: Parameters<typeof resolveScope>[2]) => resolveScope(db, auth, roles);
  const filtered = hasFilters(query);
  const base = sql`select d.id as "dossierId", d.code, d.state, v.name as "procedureName",
         d.applicant->>'name' as "applicantName", d.row_version as version, d.submitted_at as "submittedAt",
         d.competent_unit_id as "competentUnitId", lc.due_at as "legalDueAt"`;
  const legalClock = sql`left join deadline_clocks lc on lc.subject_type = 'dossier' and lc.subject_id = d.id`;
  let rows: InboxRow[];
  if (query.view === 'mine') {
    const [clerk, officer, approver] = await resolveScopesByRoles(db, auth, [
      ['clerk'],
      ['officer'],
      ['approver'],
    ]);
    if (!clerk || !officer || !approver) throw new Error('a scope per role');
    // A step assigned to someone is theirs alone; one nobody has yet is everyone's of its role there.
    const mySteps = sql`s.state = 'active'
             and (s.assignee_id = ${auth.userId} or (s.assignee_id is null
               and ((s.role = 'clerk' and ${inScope(sql`s.unit_id`, clerk)})
               or (s.role = 'officer' and ${inScope(sql`s.unit_id`, officer)})
               or (s.role = 'approver' and ${inScope(sql`s.unit_id`, approver)}))))`;
    const filters = await inboxFilterSql(deps, db, auth, query, { rowStep: true });
    // Walk the open step clocks in due order (an index) and stop after the page; count apart, at
    // the same time on another connection. Units in scope belong to this province, so without a
    // filter the count needs only the steps.
    const [[counted], page] = await Promise.all([
      queryRows<{ total: number }>(
        db,
        filtered
          ? sql`select count(*)::int as total from (select 1 from dossier_steps s join dossiers d on d.id = s.dossier_id
               ${legalClock} where ${mySteps} and ${filters} limit ${MY_STEPS_COUNT_CAP + 1}) mine`
          : sql`select count(*)::int as total from (select 1 from dossier_steps s where ${mySteps}
               limit ${MY_STEPS_COUNT_CAP + 1}) mine`,
      ),
      queryRows<InboxRow>(
        db,
        sql`${base}, s.id as "stepId", s.name as "stepName", s.unit_id as "stepUnitId", u.name as unit,
                s.assignee_name as assignee, sc.due_at as "stepDueAt"
            from deadline_clocks sc
            join dossier_steps s on s.id = sc.subject_id
            join dossiers d on d.id = s.dossier_id
            join procedure_versions v on v.id = d.procedure_version_id
            join units u on u.id = s.unit_id
            ${legalClock}
           where sc.subject_type = 'dossier_step' and sc.state in ('running', 'paused')
             and ${mySteps} and d.province_code = ${province} and ${filters}
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
    const view =
      query.view === 'review'
        ? sql`d.state = 'submitted'`
        : query.view === 'to_return'
          ? sql`d.state in ('resolved', 'received')`
          : query.view === 'overdue'
            ? sql`d.state in ${OPEN_STATES_SQL} and lc.state <> 'ended' and lc.due_at < ${deps.clock.now().toISOString()}::timestamptz`
            : sql`true`;
    const filters = await inboxFilterSql(deps, db, auth, query, { rowStep: false });
    const order =
      query.view === 'all'
        ? sql`d.created_at desc`
        : query.view === 'review'
          ? sql`d.submitted_at asc`
          : sql`lc.due_at asc nulls last`;
    // The same order over the page's own columns.
    const pageOrder =
      query.view === 'all'
        ? sql`page."createdAt" desc`
        : query.view === 'review'
          ? sql`page."submittedAt" asc`
          : sql`page."legalDueAt" asc nulls last`;
    // The page first, then the open step due first of each of its dossiers (a dossier may have an
    // inter-agency part open too): looking up steps for every matching dossier would cost the count.
    rows = await queryRows<InboxRow>(
      db,
      sql`select page.*, st.id as "stepId", st.name as "stepName", st.unit_id as "stepUnitId",
                 st.assignee_name as assignee, st.due_at as "stepDueAt"
            from (${base}, count(*) over ()::int as total, u.name as unit, d.created_at as "createdAt"
                    from dossiers d
                    join procedure_versions v on v.id = d.procedure_version_id
                    join units u on u.id = d.competent_unit_id
                    ${legalClock}
                   where d.province_code = ${province} and ${inUnits} and ${view} and ${filters}
                   order by ${order}, d.code
                   limit ${query.limit} offset ${query.offset}) page
            left join lateral (
              select s.id, s.name, s.unit_id, s.assignee_name, sc.due_at from dossier_steps s
                left join deadline_clocks sc on sc.subject_type = 'dossier_step' and sc.subject_id = s.id
               where s.dossier_id = page."dossierId" and s.state = 'active'
               order by sc.due_at asc nulls last, s.ordinal limit 1) st on true
           order by ${pageOrder}, page.code`,
    );
  }
  return {
    total: rows[0]?.total ?? 0,
    totalCapped: false,
    items: await withUrgency(deps, db, rows, query.view),
  };
}

/** Whether a list query narrows beyond its view (then counting needs the dossiers too). */
function hasFilters(query: z.infer<typeof ZInboxQuery>): boolean {
  return Boolean(
    query.q ||
      query.receivedFrom ||
      query.receivedTo ||
      query.procedureId ||
      query.field ||
      query.state ||
      query.channel ||
      query.due ||
      query.assignee,
  );
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
    rows.flatMap((r) => (r.stepUnitId ? [r.competentUnitId, r.stepUnitId] : [r.competentUnitId])),
  );
  const now = deps.clock.now().getTime();
  const calendarOf = (unitId: string) => {
    const calendar = calendars.get(unitId);
    if (!calendar) throw new Error(`no calendar for unit ${unitId}`);
    return calendar;
  };
  const urgency = (calendar: WorkingCalendar, dueAt: number | null) =>
    urgencyOf(
      {
        dueAt,
        now,
        remainingWorkingMinutes: dueAt === null ? 0 : workingMinutesBetween(calendar, now, dueAt),
      },
      deps.config.DUE_SOON_WORKING_DAYS * calendar.workingDayMinutes,
    );
  return rows.map((row) => {
    const open = OPEN_STATES.includes(row.state);
    const legalCalendar = calendarOf(row.competentUnitId);
    const submitted = toDate(row.submittedAt);
    // An online dossier awaiting review has one step: the desk's check within 8 working hours.
    const stepDue =
      view === 'review' && submitted && row.state === 'submitted'
        ? new Date(onlineReviewDueAt(legalCalendar, submitted.getTime()))
        : toDate(row.stepDueAt);
    const legalDue = toDate(row.legalDueAt);
    const stepCalendar = row.stepUnitId ? calendarOf(row.stepUnitId) : legalCalendar;
    return {
      dossierId: row.dossierId,
      code: row.code,
      state: row.state,
      procedureName: row.procedureName,
      applicantName: row.applicantName,
      unit: row.unit,
      stepName: row.stepName,
      stepId: row.stepId,
      assignee: row.assignee,
      stepDueAt: stepDue ? stepDue.toISOString() : null,
      stepUrgency: urgency(stepCalendar, open && stepDue ? stepDue.getTime() : null),
      legalDueAt: legalDue ? legalDue.toISOString() : null,
      legalUrgency: urgency(legalCalendar, open && legalDue ? legalDue.getTime() : null),
      version: row.version,
    };
  });
}
