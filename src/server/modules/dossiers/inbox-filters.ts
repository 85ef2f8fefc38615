import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZInboxQuery } from '../../../contracts/dossiers';
import { VIETNAM_UTC_OFFSET_MS } from '../../../domain/calendar/working-calendar';
import { containsPattern, dossierSearchTerms } from '../../../domain/dossier/dossier-search';
import { dueSoonUntil } from '../../../domain/dossier/due-status';
import { type DbOrTx, queryRows } from '../../db/client';
import type { AuthContext } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { workingCalendarsOf } from '../calendar/calendar-source';
import { procedureIdsOfFieldSql } from '../catalog/procedure-for-dossiers';
import { OPEN_STATES_SQL } from './state-sql';

type InboxQuery = z.infer<typeof ZInboxQuery>;

/** The instant a local (Asia/Ho_Chi_Minh) day starts. */
const localDayStart = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) - VIETNAM_UTC_OFFSET_MS);
const ONE_DAY_MS = 86_400_000;

/**
 * The search condition over dossier `d`: every folded word in its folded code and applicant name
 * (any order; the trigram index of migration 0013 serves it), or the phone, or the exact id number.
 * The query text is never logged.
 */
export function dossierSearchSql(query: string): SQL {
  const terms = dossierSearchTerms(query);
  if (!terms) return sql`true`;
  const folded = sql`dossier_search_fold(d.code || ' ' || (d.applicant->>'name'))`;
  const words = sql.join(
    terms.words.map((word) => sql`${folded} like ${containsPattern(word)}`),
    sql` and `,
  );
  const alternatives = [sql`(${words})`];
  if (terms.phone) alternatives.push(sql`d.lookup_phone = ${terms.phone}`);
  if (terms.idNumber) {
    alternatives.push(sql`d.applicant->>'personalId' = ${terms.idNumber}`);
    alternatives.push(sql`d.applicant->>'organisationCode' = ${terms.idNumber}`);
  }
  return sql`(${sql.join(alternatives, sql` or `)})`;
}

/**
 * The filters of a work list over dossier `d` with its legal clock `lc`; `stepAssignee` is the
 * condition on one step `s` that the assignee filter applies to (the row's own step in `mine`,
 * any open step of the dossier elsewhere).
 */
export async function inboxFilterSql(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
  query: InboxQuery,
  options: { rowStep: boolean },
): Promise<SQL> {
  const province = deps.config.PROVINCE_CODE;
  const conditions: SQL[] = [];
  if (query.q) conditions.push(dossierSearchSql(query.q));
  if (query.receivedFrom) conditions.push(sql`d.received_at >= ${localDayStart(query.receivedFrom)}`);
  if (query.receivedTo)
    conditions.push(sql`d.received_at < ${new Date(localDayStart(query.receivedTo).getTime() + ONE_DAY_MS)}`);
  if (query.procedureId) conditions.push(sql`d.procedure_id = ${query.procedureId}`);
  if (query.field) conditions.push(sql`d.procedure_id in (${procedureIdsOfFieldSql(province, query.field)})`);
  if (query.state) conditions.push(sql`d.state = ${query.state}`);
  if (query.channel) conditions.push(sql`d.channel = ${query.channel}`);
  if (query.assignee) {
    const person =
      query.assignee === 'none'
        ? sql`s.assignee_id is null`
        : sql`s.assignee_id = ${query.assignee === 'me' ? auth.userId : query.assignee}`;
    conditions.push(
      options.rowStep
        ? person
        : sql`exists (select 1 from dossier_steps s where s.dossier_id = d.id and s.state = 'active' and ${person})`,
    );
  }
  if (query.due) conditions.push(await dueStatusSql(deps, db, query.due));
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}

/**
 * Where the legal due time stands, as `urgencyOf` marks it: overdue before now; due soon up to the
 * bound of the competent unit's calendar; in time after it. Finished dossiers have none.
 */
async function dueStatusSql(deps: AppDeps, db: DbOrTx, due: NonNullable<InboxQuery['due']>): Promise<SQL> {
  const now = deps.clock.now();
  const open = sql`d.state in ${OPEN_STATES_SQL} and lc.due_at is not null`;
  if (due === 'overdue') return sql`(${open} and lc.due_at < ${now})`;
  const units = await queryRows<{ unitId: string }>(
    db,
    sql`select distinct competent_unit_id as "unitId" from dossiers
         where province_code = ${deps.config.PROVINCE_CODE} and state in ${OPEN_STATES_SQL}`,
  );
  const calendars = await workingCalendarsOf(
    db,
    deps.config.PROVINCE_CODE,
    units.map((u) => u.unitId),
  );
  const bounds: Record<string, string> = {};
  for (const [unitId, calendar] of calendars) {
    const until = dueSoonUntil(
      calendar,
      now.getTime(),
      deps.config.DUE_SOON_WORKING_DAYS * calendar.workingDayMinutes,
    );
    bounds[unitId] = new Date(until).toISOString();
  }
  const bound = sql`(${JSON.stringify(bounds)}::jsonb ->> d.competent_unit_id::text)::timestamptz`;
  return due === 'due_soon'
    ? sql`(${open} and lc.due_at >= ${now} and lc.due_at <= ${bound})`
    : sql`(${open} and lc.due_at > ${bound})`;
}
