import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar/civil-date';
import { COUNTERS, type Counter, type Counts } from '../../../domain/stats/daily-counts';
import type { Channel } from '../../../domain/stats/dossier-facts';
import { monthOf, type Period, splitIntoMonths } from '../../../domain/stats/periods';
import type { GroupCounts, Stocks } from '../../../domain/stats/report-figures';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { runningDueAtSql } from '../calendar/deadline-clocks';

/**
 * What counts may be grouped by; each is a column of the read models. Reports group by the first
 * five; the service index also splits by how far a procedure is offered online.
 */
export const GROUP_DIMENSIONS = ['level', 'unit', 'field', 'procedure', 'channel', 'online'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

const COLUMN: Record<GroupDimension, string> = {
  level: 'level_code',
  unit: 'unit_id',
  field: 'field_code',
  procedure: 'procedure_id',
  channel: 'channel',
  online: 'online_level',
};

/** Dimensions the monthly counts by unit do not keep: grouping by them reads the monthly counts by procedure. */
const BY_PROCEDURE: ReadonlySet<GroupDimension> = new Set(['field', 'procedure']);

type MonthlyTable = 'stats_monthly' | 'stats_monthly_procedure';

const FLOW_COUNTERS = COUNTERS.filter((c) => !c.endsWith('_change'));
const STOCK_COUNTERS = [
  'open_change',
  'overdue_change',
  'supplement_change',
  'supplement_overdue_change',
] as const;

/** Which dossiers a report counts: a province, optionally some units only, optionally filtered by dimension values. */
export interface CountScope {
  readonly provinceCode: string;
  /** The units counted (null: the whole province). */
  readonly unitIds: readonly string[] | null;
  /** Only rows whose dimension has this value (a drill-down's group). */
  readonly where?: Partial<Record<GroupDimension, string>>;
}

export interface CountQuery extends CountScope {
  readonly period: Period;
  readonly groupBy: readonly GroupDimension[];
  /** The stocks at the end of the period from the open dossiers now (the period has not ended yet). */
  readonly liveAt: Date | null;
}

/** A group's key: its dimension values joined by '|', in `groupBy` order ('' for no grouping). */
export type GroupKey = string;

function scopeFilter(scope: CountScope, alias = ''): SQL {
  const parts: SQL[] = [sql`${sql.raw(`${alias}province_code`)} = ${scope.provinceCode}`];
  if (scope.unitIds) parts.push(sql`${sql.raw(`${alias}unit_id`)} = any(${uuidArray(scope.unitIds)})`);
  for (const [dimension, value] of Object.entries(scope.where ?? {})) {
    const column = sql.raw(`${alias}${COLUMN[dimension as GroupDimension]}`);
    parts.push(
      dimension === 'unit' || dimension === 'procedure'
        ? sql`${column} = ${value}::uuid`
        : sql`${column} = ${value}`,
    );
  }
  return sql.join(parts, sql` and `);
}

interface DayRange {
  readonly table: 'stats_daily' | MonthlyTable;
  readonly from: string | null;
  readonly to: string;
  readonly inPeriod: boolean;
}

/**
 * The parts of history a report reads, each from the coarsest counts that hold it: whole months
 * (and the history before the period) from the monthly counts — by unit, or by procedure when the
 * report groups or filters by procedure or field — and the days of partial months day by day.
 */
function rangesOf(period: Period, monthly: MonthlyTable): DayRange[] {
  const before = addDays(period.from, -1);
  const out: DayRange[] = [];
  const firstMonth = monthOf(period.from);
  out.push({ table: monthly, from: null, to: addDays(firstMonth, -1), inPeriod: false });
  if (period.from > firstMonth)
    out.push({ table: 'stats_daily', from: firstMonth, to: before, inPeriod: false });
  const { months, edgeDays } = splitIntoMonths(period);
  if (months) out.push({ table: monthly, ...months, inPeriod: true });
  for (const edge of edgeDays) out.push({ table: 'stats_daily', ...edge, inPeriod: true });
  return out;
}

function rangeQuery(range: DayRange, groupColumns: string[], scope: CountScope): SQL {
  const time = range.table === 'stats_daily' ? 'day' : 'month';
  const from =
    range.from === null
      ? sql`true`
      : sql`${sql.raw(time)} >= ${range.table === 'stats_daily' ? range.from : monthOf(range.from)}::date`;
  const to = sql`${sql.raw(time)} <= ${range.table === 'stats_daily' ? range.to : monthOf(range.to)}::date`;
  const flows = FLOW_COUNTERS.map((c) => (range.inPeriod ? `sum("${c}")` : '0')).join(', ');
  const stocks = STOCK_COUNTERS.map((c) => `sum("${c}")`).join(', ');
  const before = STOCK_COUNTERS.map((c) => (range.inPeriod ? '0' : `sum("${c}")`)).join(', ');
  const groups = [...groupColumns, 'channel'].join(', ');
  return sql`select ${sql.raw(groups)}, ${sql.raw(flows)}, ${sql.raw(stocks)}, ${sql.raw(before)}
    from ${sql.raw(range.table)} where ${scopeFilter(scope)} and ${from} and ${to} group by ${sql.raw(groups)}`;
}

type SumRow = Record<string, string | number | null>;

const num = (value: unknown) => Number(value ?? 0);

function stocksOf(row: SumRow, prefix: 'end_' | 'before_'): Stocks {
  return {
    open: num(row[`${prefix}open_change`]),
    overdue: num(row[`${prefix}overdue_change`]),
    supplement: num(row[`${prefix}supplement_change`]),
    supplementOverdue: num(row[`${prefix}supplement_overdue_change`]),
  };
}

const EMPTY: GroupCounts = {
  flowsByChannel: {},
  stocksBefore: { open: 0, overdue: 0, supplement: 0, supplementOverdue: 0 },
  stocksAtEnd: { open: 0, overdue: 0, supplement: 0, supplementOverdue: 0 },
};

const addStocks = (a: Stocks, b: Stocks): Stocks => ({
  open: a.open + b.open,
  overdue: a.overdue + b.overdue,
  supplement: a.supplement + b.supplement,
  supplementOverdue: a.supplementOverdue + b.supplementOverdue,
});

/**
 * The counts of a report, by group: the flows of the period by channel from the daily and
 * monthly counts; the stocks carried over from the start; the stocks at the end from the same
 * counts for a period that has ended, or from the open dossiers and their clocks now.
 */
export async function countGroups(db: DbOrTx, q: CountQuery): Promise<Map<GroupKey, GroupCounts>> {
  const byProcedure =
    q.groupBy.some((g) => BY_PROCEDURE.has(g)) ||
    Object.keys(q.where ?? {}).some((g) => BY_PROCEDURE.has(g as GroupDimension));
  const groupColumns = q.groupBy.map((g) => COLUMN[g]);
  const parts = rangesOf(q.period, byProcedure ? 'stats_monthly_procedure' : 'stats_monthly').map((r) =>
    rangeQuery(r, groupColumns, q),
  );
  const flowNames = FLOW_COUNTERS.map((c) => `"${c}"`);
  const endNames = STOCK_COUNTERS.map((c) => `"end_${c}"`);
  const beforeNames = STOCK_COUNTERS.map((c) => `"before_${c}"`);
  const columns = [...groupColumns, 'channel', ...flowNames, ...endNames, ...beforeNames];
  const groups = [...groupColumns, 'channel'].join(', ');
  const sums = [...flowNames, ...endNames, ...beforeNames].map((c) => `sum(${c})::bigint as ${c}`).join(', ');
  const rows = await queryRows<SumRow>(
    db,
    sql`select ${sql.raw(groups)}, ${sql.raw(sums)} from (${sql.join(parts, sql` union all `)}) as parts(${sql.raw(columns.join(', '))})
        group by ${sql.raw(groups)}`,
  );
  const out = new Map<GroupKey, GroupCounts>();
  for (const row of rows) {
    const key = groupColumns.map((c) => String(row[c])).join('|');
    const current = out.get(key) ?? EMPTY;
    const flows: Counts = {};
    for (const c of FLOW_COUNTERS) flows[c as Counter] = num(row[c]);
    const channel = String(row.channel) as Channel;
    out.set(key, {
      flowsByChannel: { ...current.flowsByChannel, [channel]: flows },
      stocksBefore: addStocks(current.stocksBefore, stocksOf(row, 'before_')),
      stocksAtEnd: addStocks(current.stocksAtEnd, stocksOf(row, 'end_')),
    });
  }
  if (q.liveAt) {
    const live = await liveStocks(db, q, q.liveAt);
    for (const key of new Set([...out.keys(), ...live.keys()])) {
      const current = out.get(key) ?? EMPTY;
      out.set(key, { ...current, stocksAtEnd: live.get(key) ?? EMPTY.stocksAtEnd });
    }
  }
  return out;
}

/**
 * The stocks now, by group: open dossiers; overdue when the running legal clock's due time has
 * passed (a calendar change that moved it counts at once), or, while the clock stands still, as
 * it was when it stopped; waiting for the applicant's supplement.
 */
export async function liveStocks(
  db: DbOrTx,
  q: CountScope & { readonly groupBy: readonly GroupDimension[] },
  now: Date,
): Promise<Map<GroupKey, Stocks>> {
  const groupColumns = q.groupBy.map((g) => `f.${COLUMN[g]}`);
  const overdue = overdueNowSql(now);
  const select = groupColumns.length > 0 ? `${groupColumns.join(', ')}, ` : '';
  const rows = await queryRows<SumRow>(
    db,
    sql`select ${sql.raw(select)} count(*)::int as "open",
          count(*) filter (where ${overdue})::int as "overdue",
          count(*) filter (where f.waiting_for_supplement)::int as "supplement",
          count(*) filter (where f.waiting_for_supplement and ${overdue})::int as "supplementOverdue"
        from stats_dossier_facts f
        where f.open and ${scopeFilter(q, 'f.')}
        ${groupColumns.length > 0 ? sql`group by ${sql.raw(groupColumns.join(', '))}` : sql``}`,
  );
  return new Map(
    rows.map((row) => [
      q.groupBy.map((g) => String(row[COLUMN[g]])).join('|'),
      {
        open: num(row.open),
        overdue: num(row.overdue),
        supplement: num(row.supplement),
        supplementOverdue: num(row.supplementOverdue),
      },
    ]),
  );
}

/** Whether an open dossier of the facts (alias f) is overdue now. */
export function overdueNowSql(now: Date): SQL {
  const due = runningDueAtSql({
    subjectType: 'dossier',
    subjectId: sql.raw('f.dossier_id') as unknown as string,
  });
  return sql`coalesce(${due} < ${now}, f.stopped_overdue)`;
}
