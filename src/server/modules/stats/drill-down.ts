import { type SQL, sql } from 'drizzle-orm';
import type { DrillDownDto, DrillFigure } from '../../../contracts/stats';
import { addDays } from '../../../domain/calendar/civil-date';
import type { CountingPolicy } from '../../../domain/stats/report-figures';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { procedureLabelsOf } from '../catalog/procedure-labels';
import { dossierListFactsOf } from '../dossiers/events-for-stats';
import { finalSuccessorOf } from '../organisation/unit-tree';
import { type GroupDimension, overdueNowSql } from './report-queries';
import { type ResolvedScope, startOfLocalDay } from './stats-scope';

type Figure = DrillFigure;

const ENDED = sql`f.closing in ('refused','stopped','withdrawn','cancelled')`;

/** A span of the jsonb list `column` (epoch ms) that covers the instant just before `at`. */
const spanCovers = (column: string, at: Date) =>
  sql`exists (select 1 from jsonb_array_elements(${sql.raw(column)}) s
        where (s->>'from')::bigint < ${at.getTime()} and (s->'to' = 'null'::jsonb or (s->>'to')::bigint >= ${at.getTime()}))`;

/**
 * The dossiers one number of the standard report counts, as a condition on the statistics facts
 * (alias f): the same definitions the daily counts are made of (domain/stats/daily-counts.ts), so
 * a list has exactly as many dossiers as its number says (a test checks every figure).
 */
export function figureCondition(figure: Figure, scope: ResolvedScope, policy: CountingPolicy): SQL {
  const start = startOfLocalDay(scope.period.from);
  const end = startOfLocalDay(addDays(scope.period.to, 1));
  const at = scope.stocksAt;
  const within = (column: string) => sql`${sql.raw(column)} >= ${start} and ${sql.raw(column)} < ${end}`;
  const excludeWaiting = policy.waitingForSupplement === 'excluded';
  const openAt = (instant: Date, live: boolean) => {
    const open = live
      ? sql`f.open`
      : sql`f.received_at < ${instant} and (f.closed_at is null or f.closed_at >= ${instant})`;
    if (!excludeWaiting) return open;
    return live
      ? sql`${open} and not f.waiting_for_supplement`
      : sql`${open} and not ${spanCovers('f.supplement_spans', instant)}`;
  };
  const live = scope.liveAt !== null;
  const overdueAt = live ? overdueNowSql(at) : spanCovers('f.overdue_spans', at);
  const resolvedWith = (completion: string | null) => {
    const closings =
      policy.endedWithoutResult === 'resolved'
        ? sql`(f.closing = 'resolved' or ${ENDED})`
        : sql`f.closing = 'resolved'`;
    const completed = completion === null ? sql`true` : sql`f.completion = ${completion}`;
    return sql`${closings} and ${completed} and ${within('f.closed_at')}`;
  };
  switch (figure) {
    case 'carriedOver':
      return openAt(start, false);
    case 'received':
      return within('f.received_at');
    case 'receivedOnline':
      return sql`${within('f.received_at')} and f.channel = 'online'`;
    case 'receivedCounter':
      return sql`${within('f.received_at')} and f.channel = 'counter'`;
    case 'receivedPostal':
      return sql`${within('f.received_at')} and f.channel = 'postal'`;
    case 'toHandle':
      return sql`((${openAt(start, false)}) or (${within('f.received_at')}))`;
    case 'resolved':
      return resolvedWith(null);
    case 'resolvedEarly':
      return resolvedWith('early');
    case 'resolvedOnTime':
      return resolvedWith('on_time');
    case 'resolvedLate':
      return resolvedWith('late');
    case 'inProgress':
      return openAt(at, live);
    case 'inProgressOverdue':
      return sql`${openAt(at, live)} and ${overdueAt}`;
    case 'inProgressInTime':
      return sql`${openAt(at, live)} and not ${overdueAt}`;
    case 'endedWithoutResult':
      return sql`${ENDED} and ${within('f.closed_at')}`;
    case 'refused':
    case 'stopped':
    case 'withdrawn':
    case 'cancelled':
      return sql`f.ended = ${figure} and ${within('f.ended_at')}`;
    case 'returned':
      return within('f.returned_at');
    case 'returnedElectronic':
      return sql`${within('f.returned_at')} and f.electronic_result`;
    case 'apologies':
      return within('f.apology_at');
    // The service index's processing progress: (early + on time + in progress in time) / (resolved + in progress).
    case 'onTimeOrInTime':
      return sql`((${resolvedWith('early')}) or (${resolvedWith('on_time')}) or (${openAt(at, live)} and not ${overdueAt}))`;
    case 'resolvedOrInProgress':
      return sql`((${resolvedWith(null)}) or (${openAt(at, live)}))`;
    case 'receivedOnlineOfFullOnline':
      return sql`${within('f.received_at')} and f.channel = 'online' and f.online_level = 'full'`;
    case 'receivedOfFullOnline':
      return sql`${within('f.received_at')} and f.online_level = 'full'`;
    case 'receivedOnlineOfOnline':
      return sql`${within('f.received_at')} and f.channel = 'online' and f.online_level in ('full','partial')`;
    case 'receivedOfOnline':
      return sql`${within('f.received_at')} and f.online_level in ('full','partial')`;
  }
}

const COLUMN: Record<GroupDimension, string> = {
  level: 'f.level_code',
  unit: 'f.unit_id',
  field: 'f.field_code',
  procedure: 'f.procedure_id',
  channel: 'f.channel',
  online: 'f.online_level',
};

/** The condition of one group of a report grouped `by` (a unit's group holds its merged units when rolled up). */
function groupCondition(scope: ResolvedScope, by: GroupDimension, group: string | undefined): SQL {
  if (group === undefined || group === '') return sql`true`;
  if (by === 'unit') {
    const byId = new Map(scope.units.map((u) => [u.id, u]));
    const ids = scope.successors
      ? scope.units.filter((u) => finalSuccessorOf(byId, u.id) === group).map((u) => u.id)
      : scope.units.filter((u) => u.id === group).map((u) => u.id);
    return sql`f.unit_id = any(${uuidArray(ids)})`;
  }
  if (by === 'procedure') {
    return /^[0-9a-f-]{36}$/i.test(group) ? sql`f.procedure_id = ${group}::uuid` : sql`false`;
  }
  return sql`${sql.raw(COLUMN[by])} = ${group}`;
}

/** The dossiers behind one number of a report, a page at a time, newest first, with their total. */
export async function dossiersBehind(
  db: DbOrTx,
  provinceCode: string,
  policy: CountingPolicy,
  scope: ResolvedScope,
  request: { by: GroupDimension; group?: string; figure: Figure; limit: number; offset: number },
): Promise<DrillDownDto> {
  const where = sql.join(
    [
      sql`f.province_code = ${provinceCode}`,
      scope.unitIds ? sql`f.unit_id = any(${uuidArray(scope.unitIds)})` : sql`true`,
      groupCondition(scope, request.by, request.group),
      figureCondition(request.figure, scope, policy),
    ],
    sql` and `,
  );
  const [rows, [count]] = await Promise.all([
    queryRows<{
      id: string;
      unit_id: string;
      procedure_id: string;
      channel: string;
      received_at: Date | string | null;
      closed_at: Date | string | null;
      completion: string | null;
    }>(
      db,
      sql`select f.dossier_id as id, f.unit_id, f.procedure_id, f.channel, f.received_at, f.closed_at, f.completion
            from stats_dossier_facts f where ${where}
           order by coalesce(f.closed_at, f.received_at, f.ended_at) desc nulls last, f.dossier_id
           limit ${request.limit} offset ${request.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from stats_dossier_facts f where ${where}`),
  ]);
  const [dossiers, procedures] = await Promise.all([
    dossierListFactsOf(
      db,
      rows.map((r) => r.id),
    ),
    procedureLabelsOf(db, [...new Set(rows.map((r) => r.procedure_id))]),
  ]);
  const unitNames = new Map(scope.units.map((u) => [u.id, u.name]));
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  return {
    figure: request.figure,
    period: scope.period,
    total: count?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      code: dossiers.get(r.id)?.code ?? '',
      procedureCode: procedures.get(r.procedure_id)?.code ?? '',
      procedureName: procedures.get(r.procedure_id)?.name ?? '',
      unitName: unitNames.get(r.unit_id) ?? '',
      channel: r.channel as 'counter' | 'online' | 'postal',
      state: dossiers.get(r.id)?.state ?? '',
      receivedAt: iso(r.received_at),
      closedAt: iso(r.closed_at),
      legalDueAt: dossiers.get(r.id)?.legalDueAt ?? null,
      completion: r.completion as 'early' | 'on_time' | 'late' | null,
    })),
  };
}
