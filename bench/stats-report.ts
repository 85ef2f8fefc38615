/**
 * The statistics read models (issue 14) with many dossiers: the standard report through the
 * service layer (resolveStatsScope + standardReport, whole province, by level, unit and procedure,
 * for a year, a month and the running year) against the naive baseline of one GROUP BY over the
 * dossier facts computing the same figures; the service index; the projector's throughput on real
 * dossiers and events; on embedded PGlite and, when one answers, on a PostgreSQL server.
 *
 * The read models are filled directly with SQL (`generate_series`) for BENCH_STATS_DOSSIERS
 * synthetic dossiers on PostgreSQL (default 1,000,000) and a tenth of that on PGlite (default
 * 100,000; BENCH_STATS_DOSSIERS_PGLITE sets it alone) over 2024-01-01..2026-11-30, and for a tenth of that first, to show how report
 * latency grows with history. The facts and the daily and monthly counts written are those the
 * projector would write for the same facts (domain/stats/daily-counts.ts); the report and the
 * baseline are checked to agree before anything is timed.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { addDays } from '../src/domain/calendar/civil-date';
import { COUNTERS, type Counter } from '../src/domain/stats/daily-counts';
import { type AppConfig, testConfig } from '../src/server/config';
import { type Database, type DbOrTx, openDatabase, queryRows } from '../src/server/db/client';
import { prepareDatabase } from '../src/server/db/prepare';
import { loadDemo } from '../src/server/demo/load';
import { generateDossiersFromProfile, readProfile } from '../src/server/demo/stats-history';
import { projectAllPending } from '../src/server/modules/stats/projector';
import { countGroups } from '../src/server/modules/stats/report-queries';
import { serviceIndex } from '../src/server/modules/stats/service-index';
import { type ReportGrouping, standardReport } from '../src/server/modules/stats/standard-report';
import { resolveStatsScope, startOfLocalDay } from '../src/server/modules/stats/stats-scope';
import { TestClock } from '../src/server/platform/clock';
import type { AppDeps } from '../src/server/platform/http';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Timed calls per measure (after WARM-UPS untimed); fewer when one call takes over SLOW_MS. */
const ROUNDS = Number(process.env.BENCH_STATS_ROUNDS ?? 30);
const WARM_UPS = 3;
const SLOW_MS = 1_500;
const SLOW_ROUNDS = 10;
/** Dossiers the projector is timed on (real dossiers and events from the demo history generator). */
const PROJECTOR_PROFILE = `level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue
commune,2025-01-01,2025-12-31,20000,500,0,0
`;
/** The bench's now: 10:00 on 1 December 2026, Vietnam time (the synthetic history ends the day before). */
const NOW = '2026-12-01T03:00:00Z';
const NOW_LOCAL = '2026-12-01 10:00:00';
const FIRST_DAY = '2024-01-01';
/** Days of synthetic receipts: 2024-01-01 .. 2026-11-30. */
const DAYS = 1065;
/** Share of dossiers under provincial procedures (decided by a department); the rest local. */
const PROVINCIAL_SHARE = 0.25;

const LABEL = 60;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const count = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const seconds = (t0: number) => (performance.now() - t0) / 1000;

interface Timing {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
}

/** WARM_UPS untimed calls, then ROUNDS timed (SLOW_ROUNDS when a warm call took over SLOW_MS). */
async function timed(work: () => Promise<unknown>): Promise<Timing> {
  let slowest = 0;
  for (let i = 0; i < WARM_UPS; i++) {
    const t0 = performance.now();
    await work();
    slowest = Math.max(slowest, performance.now() - t0);
  }
  const rounds = slowest > SLOW_MS ? Math.min(ROUNDS, SLOW_ROUNDS) : ROUNDS;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { n: rounds, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** A uniform number in [0, 1) from the series value `g` and a stream `k` (deterministic). */
const rnd = (k: number) => `((hashint8(g::bigint * 32 + ${k}) & 2147483647)::float8 / 2147483648.0)`;
/** A local (Vietnam) timestamp as the instant it names. */
const utc = (local: string) => `((${local}) - interval '7 hours') at time zone 'UTC'`;
/** A local timestamp as epoch milliseconds (an `Instant`), null for null. */
const epochMs = (local: string) => `((extract(epoch from (${local})) * 1000)::bigint - 25200000)`;

/**
 * Helper tables of the demo's procedures (published version, field, online level, the deciding
 * department of a provincial one) and local units (before and after the reorganisation of
 * 1/7/2025), numbered so a synthetic dossier can pick one by index.
 */
async function helperTables(db: DbOrTx) {
  await db.execute(sql`drop table if exists bench_procs, bench_units, bench_stats_stage`);
  await db.execute(sql`create table bench_procs as
    select row_number() over (partition by d.dept is not null order by p.code)::int - 1 as idx,
      d.dept is not null as provincial, p.id, v.id as version_id, p.field_code, v.online, d.dept
    from procedures p join procedure_versions v on v.procedure_id = p.id and v.status = 'published'
    left join lateral (select pu.unit_id as dept from procedure_units pu join units u on u.id = pu.unit_id
      where pu.procedure_id = p.id and pu.role = 'competent' and u.kind = 'department' limit 1) d on true`);
  await db.execute(sql`create table bench_units as
    select row_number() over (partition by era order by code)::int - 1 as idx, era, id, level_code from (
      select 'old' as era, code, id, level_code from units
        where kind in ('district', 'commune') and valid_from <= '2024-01-01' and (valid_to is null or valid_to >= '2025-06-30')
      union all
      select 'new', code, id, level_code from units
        where kind = 'commune' and valid_from <= '2025-07-01' and valid_to is null) x`);
  await db.execute(sql`create unique index on bench_procs (provincial, idx)`);
  await db.execute(sql`create unique index on bench_units (era, idx)`);
  const [sizes] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from bench_procs where provincial) as provincial,
      (select count(*)::int from bench_procs where not provincial) as local,
      (select count(*)::int from bench_units where era = 'old') as old,
      (select count(*)::int from bench_units where era = 'new') as new`,
  );
  if (!sizes || Object.values(sizes).some((n) => !n))
    throw new Error(`demo not as expected: ${JSON.stringify(sizes)}`);
  await db.execute(sql`create table bench_stats_stage (g int primary key, dossier_id uuid, unit_id uuid, level_code text,
    procedure_id uuid, version_id uuid, field_code text, online_level text, channel text,
    rl timestamp, due timestamp, cl timestamp, closing text, completion text, ret timestamp, electronic boolean,
    apology timestamp, open boolean, waiting boolean, stopped_overdue boolean, running boolean,
    overdue boolean, od_to timestamp, supp_from timestamp, so_from timestamp, last_seq int)`);
  return sizes as { provincial: number; local: number; old: number; new: number };
}

/**
 * Synthetic dossiers `from`..`to` into the staging table. Procedures are skewed (index = n·r³:
 * the first tenth of them take about 46 % of the dossiers), units uniform in their era; legal
 * time 3–20 days; 8 % resolved late; 0.5 % stuck open; those whose close would come after now are
 * open; of the open, 20 % wait for a supplement (their clock stopped); 5 % end without a result.
 */
function stageBatch(
  from: number,
  to: number,
  n: { provincial: number; local: number; old: number; new: number },
) {
  return sql.raw(`insert into bench_stats_stage
  with r as materialized (
    select g, ${rnd(1)} r1, ${rnd(2)} r2, ${rnd(3)} r3, ${rnd(4)} r4, ${rnd(5)} r5, ${rnd(6)} r6, ${rnd(7)} r7,
      ${rnd(8)} r8, ${rnd(9)} r9, ${rnd(10)} r10, ${rnd(11)} r11, ${rnd(12)} r12, ${rnd(13)} r13, ${rnd(14)} r14, ${rnd(15)} r15
    from generate_series(${from}, ${to}) g
  ), a as materialized (
    select r.*, timestamp '${FIRST_DAY}' + floor(r1 * ${DAYS})::int * interval '1 day'
        + floor(27000 + r2 * 34200)::int * interval '1 second' as rl,
      r11 < ${PROVINCIAL_SHARE} as provincial
    from r
  ), b as materialized (
    select a.*, rl + (3 + floor(r3 * 18)::int) * interval '1 day' as due,
      case when provincial then floor(${n.provincial} * power(r12, 3))::int else floor(${n.local} * power(r12, 3))::int end as pidx,
      case when rl < '2025-07-01' then 'old' else 'new' end as era,
      case when rl < '2025-07-01' then floor(${n.old} * r13)::int else floor(${n.new} * r13)::int end as uidx
    from a
  ), c as materialized (
    select b.*, date_trunc('second', case when r4 < 0.08 then due + (0.05 + r4 / 0.08 * 10) * interval '1 day'
        else rl + interval '10 minutes' + (r4 - 0.08) / 0.92 * 0.98 * (due - rl) end) as pc
    from b
  ), d as materialized (
    select c.*, case when r5 < 0.005 or pc >= '${NOW_LOCAL}' then null else pc end as cl from c
  ), e as materialized (
    select d.*, cl is null as open,
      case when cl is null then null when r6 < 0.95 then 'resolved' when r6 < 0.97 then 'refused'
        when r6 < 0.98 then 'stopped' when r6 < 0.99 then 'withdrawn' else 'cancelled' end as closing,
      case when cl is null then null when cl > due then 'late' when cl::date < due::date then 'early' else 'on_time' end as completion,
      cl is null and r7 < 0.2 as waiting
    from d
  ), f as materialized (
    select e.*, case when waiting then date_trunc('second', rl + r8 * ('${NOW_LOCAL}'::timestamp - rl)) end as supp_from from e
  ), h as materialized (
    select f.*, waiting and supp_from > due as stopped_overdue, open and not waiting as running from f
  )
  select h.g, md5('sd' || h.g)::uuid, coalesce(p.dept, u.id), un.level_code, p.id, p.version_id, p.field_code, p.online,
    case p.online
      when 'full' then case when r14 < 0.6 then 'online' when r14 < 0.95 then 'counter' else 'postal' end
      when 'partial' then case when r14 < 0.3 then 'online' when r14 < 0.93 then 'counter' else 'postal' end
      else case when r14 < 0.95 then 'counter' else 'postal' end end,
    rl, due, cl, closing, completion,
    case when closing = 'resolved' and date_trunc('second', cl + r9 * interval '2 days') < '${NOW_LOCAL}'
      then date_trunc('second', cl + r9 * interval '2 days') end,
    coalesce(closing = 'resolved' and date_trunc('second', cl + r9 * interval '2 days') < '${NOW_LOCAL}' and r15 < 0.3, false),
    case when completion = 'late' and r10 < 0.5 then cl end,
    open, waiting, stopped_overdue, running,
    (cl is not null and cl > due) or running or stopped_overdue,
    case when cl is not null and cl > due then cl end,
    supp_from,
    case when stopped_overdue then supp_from end,
    4 + floor(r9 * 5)::int
  from h
  join bench_procs p on p.provincial = h.provincial and p.idx = h.pidx
  left join bench_units u on not h.provincial and u.era = h.era and u.idx = h.uidx
  join units un on un.id = coalesce(p.dept, u.id)`);
}

/** One counter row per dossier and day it counts on, as `dayCountsOf` gives it (columns in COUNTERS order). */
function contributions(): SQL {
  const part = (day: string, where: string, values: Partial<Record<Counter, string>>) =>
    `select ${day} as day, unit_id, procedure_id, channel, online_level, level_code, field_code,
      ${COUNTERS.map((c) => `${values[c] ?? '0'} as "${c}"`).join(', ')} from bench_stats_stage where ${where}`;
  const bit = (condition: string) => `(${condition})::int`;
  const parts = [
    part('rl::date', 'true', { received: '1', open_change: '1' }),
    part('cl::date', 'cl is not null', {
      open_change: '-1',
      resolved_early: bit(`closing = 'resolved' and completion = 'early'`),
      resolved_on_time: bit(`closing = 'resolved' and completion = 'on_time'`),
      resolved_late: bit(`closing = 'resolved' and completion = 'late'`),
      ended_early: bit(`closing <> 'resolved' and completion = 'early'`),
      ended_on_time: bit(`closing <> 'resolved' and completion = 'on_time'`),
      ended_late: bit(`closing <> 'resolved' and completion = 'late'`),
      refused: bit(`closing = 'refused'`),
      stopped: bit(`closing = 'stopped'`),
      withdrawn: bit(`closing = 'withdrawn'`),
      cancelled: bit(`closing = 'cancelled'`),
    }),
    part('ret::date', 'ret is not null', { returned: '1', returned_electronic: bit('electronic') }),
    part('apology::date', 'apology is not null', { apologies: '1' }),
    // The overdue span opens at the first instant after the due time: the due time's day here.
    part(`(due + interval '1 millisecond')::date`, 'overdue', { overdue_change: '1' }),
    part('od_to::date', 'od_to is not null', { overdue_change: '-1' }),
    part('supp_from::date', 'supp_from is not null', { supplement_change: '1' }),
    part('so_from::date', 'so_from is not null', { supplement_overdue_change: '1' }),
  ];
  return sql.raw(parts.join('\nunion all\n'));
}

const spansJson = (open: string, from: string, to: string) =>
  `case when ${open} then jsonb_build_array(jsonb_build_object('from', ${from}, 'to', ${to})) else '[]'::jsonb end`;

/** Fills the read models with `size` synthetic dossiers (emptied first); answers what it wrote. */
async function loadReadModels(deps: AppDeps, size: number, n: Awaited<ReturnType<typeof helperTables>>) {
  const { db } = deps;
  const province = deps.config.PROVINCE_CODE;
  await db.execute(
    sql`delete from deadline_clocks where id in (select md5('sc' || g)::uuid from bench_stats_stage)`,
  );
  await db.execute(
    sql`truncate stats_dossier_facts, stats_daily, stats_monthly, stats_monthly_procedure, bench_stats_stage`,
  );
  let staged = 0;
  let factsSeconds = 0;
  let countsSeconds = 0;
  // One transaction; JIT off for the bulk statements (on the server, compiling these expressions
  // costs more than running them: 50 s for 20,000 rows in a first try).
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    const t0 = performance.now();
    const BATCH = 100_000;
    for (let from = 1; from <= size; from += BATCH)
      await tx.execute(stageBatch(from, Math.min(size, from + BATCH - 1), n));
    staged = seconds(t0);
    const t1 = performance.now();
    const due = epochMs('due');
    for (let from = 1; from <= size; from += BATCH) {
      await tx.execute(sql`insert into stats_dossier_facts (dossier_id, province_code, unit_id, level_code, procedure_id, field_code,
          online_level, channel, received_at, closed_at, closing, completion, ended_at, ended, returned_at, electronic_result,
          apology_at, open, stopped_overdue, waiting_for_supplement, overdue_spans, supplement_spans, facts)
        select dossier_id, ${province}, unit_id, level_code, procedure_id, field_code, online_level, channel,
          ${sql.raw(`${utc('rl')}, ${utc('cl')}, closing, completion,
          case when closing <> 'resolved' then ${utc('cl')} end, case when closing <> 'resolved' then closing end,
          ${utc('ret')}, electronic, ${utc('apology')}, open, stopped_overdue, waiting,
          ${spansJson('overdue', `${due} + 1`, epochMs('od_to'))},
          ${spansJson('waiting', epochMs('supp_from'), 'null')},
          jsonb_build_object('unitId', unit_id, 'procedureId', procedure_id, 'procedureVersionId', version_id,
            'channel', channel, 'receivedAt', ${epochMs('rl')}, 'closedAt', ${epochMs('cl')}, 'closing', closing,
            'completion', completion, 'endedAt', case when closing <> 'resolved' then ${epochMs('cl')} end,
            'ended', case when closing <> 'resolved' then closing end, 'returnedAt', ${epochMs('ret')},
            'electronicResult', electronic, 'apologyAt', ${epochMs('apology')},
            'overdueSpans', ${spansJson('overdue and not running', `${due} + 1`, epochMs('od_to'))},
            'supplementSpans', ${spansJson('waiting', epochMs('supp_from'), 'null')},
            'runningDueAt', case when running then ${due} end, 'stoppedOverdue', stopped_overdue,
            'state', case when ret is not null then 'returned' when closing is not null then closing
              when waiting then 'needs_supplement' else 'processing' end, 'lastSeq', last_seq)`)}
        from bench_stats_stage where g between ${from} and ${Math.min(size, from + BATCH - 1)}`);
    }
    factsSeconds = seconds(t1);
    const t2 = performance.now();
    // The legal clocks of the open dossiers whose clock runs (live stocks read their due time).
    await tx.execute(sql`insert into deadline_clocks (id, province_code, subject_type, subject_id, unit_id, state, started_at,
        duration_unit, duration_amount, due_at, updated_at)
      select md5('sc' || g)::uuid, ${province}, 'dossier', dossier_id, unit_id, 'running', ${sql.raw(utc('rl'))},
        'calendar_days', extract(day from due - rl), ${sql.raw(utc('due'))}, ${sql.raw(utc('rl'))}
      from bench_stats_stage where running`);
    const sums = COUNTERS.map((c) => `sum("${c}")::int`).join(', ');
    const columns = COUNTERS.map((c) => `"${c}"`).join(', ');
    await tx.execute(sql`insert into stats_daily (province_code, day, unit_id, procedure_id, channel, online_level, level_code,
        field_code, ${sql.raw(columns)})
      select ${province}, day, unit_id, procedure_id, channel, online_level, level_code, field_code, ${sql.raw(sums)}
      from (${contributions()}) x
      group by day, unit_id, procedure_id, channel, online_level, level_code, field_code`);
    await tx.execute(sql`insert into stats_monthly (province_code, month, unit_id, channel, online_level, level_code, ${sql.raw(columns)})
      select province_code, date_trunc('month', day)::date, unit_id, channel, online_level, min(level_code), ${sql.raw(sums)}
      from stats_daily where province_code = ${province} group by 1, 2, 3, 4, 5`);
    await tx.execute(sql`insert into stats_monthly_procedure (province_code, month, unit_id, procedure_id, channel, online_level,
        level_code, field_code, ${sql.raw(columns)})
      select province_code, date_trunc('month', day)::date, unit_id, procedure_id, channel, online_level, min(level_code),
        min(field_code), ${sql.raw(sums)}
      from stats_daily where province_code = ${province} group by 1, 2, 3, 4, 5, 6`);
    countsSeconds = seconds(t2);
  });
  const t3 = performance.now();
  await db.execute(sql`vacuum analyze`);
  if (deps.database.driver === 'postgres') await db.execute(sql`checkpoint`);
  const vacuumSeconds = seconds(t3);
  const [rows] = await queryRows<{
    facts: number;
    daily: number;
    monthly: number;
    open: number;
    clocks: number;
  }>(
    db,
    sql`select (select count(*)::int from stats_dossier_facts) as facts, (select count(*)::int from stats_daily) as daily,
      (select count(*)::int from stats_monthly) as monthly, (select count(*)::int from stats_dossier_facts where open) as open,
      (select count(*)::int from deadline_clocks) as clocks`,
  );
  if (rows?.facts !== size) throw new Error(`loaded ${rows?.facts} facts, expected ${size}`);
  return {
    ...rows,
    staged,
    factsSeconds,
    countsSeconds,
    vacuumSeconds,
    total: staged + factsSeconds + countsSeconds + vacuumSeconds,
  };
}

/** The figures both sides give, by group key. */
interface Figures {
  received: number;
  receivedOnline: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  carriedOver: number;
  inProgress: number;
  inProgressOverdue: number;
}
const FIGURES: readonly (keyof Figures)[] = [
  'received',
  'receivedOnline',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'carriedOver',
  'inProgress',
  'inProgressOverdue',
];

const COLUMN: Record<ReportGrouping, string> = {
  level: 'level_code',
  unit: 'unit_id',
  procedure: 'procedure_id',
  field: 'field_code',
  channel: 'channel',
};

/**
 * The naive baseline: the same figures by one GROUP BY over the dossier facts — received (and
 * online) in the period, resolved in it by class (ended without a result included or not, by the
 * counting policy), in progress at its start and at its end, and overdue at its end (from the
 * stored overdue spans for a period that has ended; from the running clocks now for one running).
 */
async function naiveReport(
  db: DbOrTx,
  config: AppConfig,
  period: { from: string; to: string },
  by: ReportGrouping,
  now: Date,
): Promise<Map<string, Figures>> {
  const from = startOfLocalDay(period.from);
  const end = startOfLocalDay(addDays(period.to, 1));
  const live = end.getTime() > now.getTime();
  const closedIn = sql`f.closed_at >= ${from} and f.closed_at < ${end}${config.STATS_ENDED_WITHOUT_RESULT === 'resolved' ? sql`` : sql` and f.closing = 'resolved'`}`;
  const openAtEnd = sql`f.received_at < ${end} and (f.closed_at is null or f.closed_at >= ${end})`;
  const overdueAtEnd = live
    ? sql`coalesce((select c.due_at from deadline_clocks c where c.subject_type = 'dossier' and c.subject_id = f.dossier_id
        and c.state = 'running') < ${now}, f.stopped_overdue)`
    : sql`exists (select 1 from jsonb_array_elements(f.overdue_spans) s where (s->>'from')::float8 < ${end.getTime()}
        and (s->>'to' is null or (s->>'to')::float8 >= ${end.getTime()}))`;
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`select ${sql.raw(`f.${COLUMN[by]}`)}::text as key,
        count(*) filter (where f.received_at >= ${from} and f.received_at < ${end})::int as "received",
        count(*) filter (where f.received_at >= ${from} and f.received_at < ${end} and f.channel = 'online')::int as "receivedOnline",
        count(*) filter (where ${closedIn} and f.completion = 'early')::int as "resolvedEarly",
        count(*) filter (where ${closedIn} and f.completion = 'on_time')::int as "resolvedOnTime",
        count(*) filter (where ${closedIn} and f.completion = 'late')::int as "resolvedLate",
        count(*) filter (where f.received_at < ${from} and (f.closed_at is null or f.closed_at >= ${from}))::int as "carriedOver",
        count(*) filter (where ${openAtEnd})::int as "inProgress",
        count(*) filter (where ${openAtEnd} and ${overdueAtEnd})::int as "inProgressOverdue"
      from stats_dossier_facts f
      where f.province_code = ${config.PROVINCE_CODE} and f.received_at < ${end} and (f.closed_at is null or f.closed_at >= ${from})
      group by 1`,
  );
  return new Map(
    rows.map((r) => {
      const n = (k: keyof Figures) => Number(r[k] ?? 0);
      return [
        String(r.key),
        {
          received: n('received'),
          receivedOnline: n('receivedOnline'),
          resolved: n('resolvedEarly') + n('resolvedOnTime') + n('resolvedLate'),
          resolvedEarly: n('resolvedEarly'),
          resolvedOnTime: n('resolvedOnTime'),
          resolvedLate: n('resolvedLate'),
          carriedOver: n('carriedOver'),
          inProgress: n('inProgress'),
          inProgressOverdue: n('inProgressOverdue'),
        },
      ];
    }),
  );
}

async function ourReport(deps: AppDeps, period: string, by: ReportGrouping) {
  const scope = await resolveStatsScope(
    deps.db,
    deps.config.PROVINCE_CODE,
    null,
    { period },
    deps.clock.now(),
  );
  return standardReport(deps.db, deps.config, scope, by);
}

/** Throws unless the report and the baseline give the same figures, group by group and in total. */
async function checkAgree(deps: AppDeps, period: string, by: ReportGrouping): Promise<number> {
  const ours = await ourReport(deps, period, by);
  const naive = await naiveReport(deps.db, deps.config, ours.period, by, deps.clock.now());
  const oursByKey = new Map(ours.rows.map((r) => [r.key, r.figures as unknown as Figures]));
  const zero = Object.fromEntries(FIGURES.map((k) => [k, 0])) as unknown as Figures;
  const total = { ...zero };
  for (const key of new Set([...oursByKey.keys(), ...naive.keys()])) {
    const a = oursByKey.get(key) ?? zero;
    const b = naive.get(key) ?? zero;
    for (const k of FIGURES) {
      if (a[k] !== b[k])
        throw new Error(`report ${period} by ${by}, group ${key}: ${k} ours ${a[k]}, naive ${b[k]}`);
      total[k] += b[k];
    }
  }
  for (const k of FIGURES) {
    const figure = (ours.total.figures as unknown as Figures)[k];
    if (figure !== total[k])
      throw new Error(`report ${period} by ${by}, total ${k}: ours ${figure}, naive ${total[k]}`);
  }
  if (total.received === 0 || total.resolved === 0) throw new Error(`report ${period} by ${by} is empty`);
  return oursByKey.size;
}

interface Line {
  readonly label: string;
  readonly groups: number | null;
  readonly ours: Timing;
  /** The report's counting query alone (countGroups), without the scope, labels and figures. */
  readonly counts: Timing | null;
  readonly naive: Timing | null;
}

function printTable(title: string, lines: readonly Line[]) {
  console.log(`\n${title}`);
  const head = [
    'measure'.padEnd(LABEL),
    'groups'.padStart(6),
    'n'.padStart(3),
    'ours p50'.padStart(10),
    'ours p95'.padStart(10),
    'countGroups p50'.padStart(16),
    'naive p50'.padStart(10),
    'naive p95'.padStart(10),
    'naive/ours p50'.padStart(15),
  ];
  console.log(head.join(' '));
  for (const l of lines) {
    console.log(
      [
        l.label.padEnd(LABEL),
        (l.groups === null ? '' : count(l.groups)).padStart(6),
        String(l.ours.n).padStart(3),
        `${ms(l.ours.p50)} ms`.padStart(10),
        `${ms(l.ours.p95)} ms`.padStart(10),
        (l.counts ? `${ms(l.counts.p50)} ms` : '').padStart(16),
        (l.naive ? `${ms(l.naive.p50)} ms` : '').padStart(10),
        (l.naive ? `${ms(l.naive.p95)} ms` : '').padStart(10),
        (l.naive ? `${(l.naive.p50 / l.ours.p50).toFixed(1)}×` : '').padStart(15),
      ].join(' '),
    );
  }
}

const PERIODS = [
  ['2025', 'year 2025'],
  ['2025-06', 'month 2025-06'],
  ['2026', 'year 2026 (running: live stocks)'],
] as const;
const GROUPINGS: readonly ReportGrouping[] = ['level', 'unit', 'procedure'];

async function measureReads(deps: AppDeps, communeCode: string): Promise<Line[]> {
  const lines: Line[] = [];
  for (const [period, name] of PERIODS) {
    for (const by of GROUPINGS) {
      const groups = await checkAgree(deps, period, by);
      const ours = await timed(() => ourReport(deps, period, by));
      const scope = await resolveStatsScope(
        deps.db,
        deps.config.PROVINCE_CODE,
        null,
        { period },
        deps.clock.now(),
      );
      const counts = await timed(() =>
        countGroups(deps.db, {
          provinceCode: deps.config.PROVINCE_CODE,
          unitIds: scope.unitIds,
          period: scope.period,
          groupBy: [by],
          liveAt: scope.liveAt,
        }),
      );
      const naive = await timed(() => naiveReport(deps.db, deps.config, scope.period, by, deps.clock.now()));
      lines.push({ label: `standard report by ${by}, ${name}`, groups, ours, counts, naive });
    }
  }
  for (const [period, label, unit] of [
    ['2025', 'service index, province, year 2025', undefined],
    ['2026', 'service index, province, year 2026 (running)', undefined],
    ['2025', `service index + rank, commune ${communeCode}, 2025`, communeCode],
  ] as const) {
    const run = async () => {
      const scope = await resolveStatsScope(
        deps.db,
        deps.config.PROVINCE_CODE,
        null,
        unit ? { period, unit } : { period },
        deps.clock.now(),
      );
      return serviceIndex(deps.db, deps.config, scope, deps.clock.now());
    };
    const result = await run();
    if (result.result.max <= 0) throw new Error(`${label}: nothing computed`);
    lines.push({ label, groups: null, ours: await timed(run), counts: null, naive: null });
  }
  const scope = () =>
    resolveStatsScope(deps.db, deps.config.PROVINCE_CODE, null, { period: '2025' }, deps.clock.now());
  lines.push({
    label: 'resolveStatsScope alone (whole province)',
    groups: null,
    ours: await timed(scope),
    counts: null,
    naive: null,
  });
  return lines;
}

interface PlanSummary {
  readonly 'Execution Time': number;
  readonly Plan: { readonly 'Node Type': string };
  readonly JIT?: { readonly Timing?: { readonly Total?: number } };
}

/**
 * Diagnosis (BENCH_STATS_EXPLAIN): each statement of one call, as the server plans and runs it —
 * execution time, and how much of it went to JIT compilation.
 */
async function explainCall(label: string, deps: AppDeps, call: (db: DbOrTx) => Promise<unknown>) {
  const dialect = new PgDialect();
  const explaining = new Proxy(deps.db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return async (query: SQL) => {
        const text = dialect.sqlToQuery(query).sql.replace(/\s+/g, ' ');
        const [row] = await queryRows<Record<string, PlanSummary[]>>(
          target,
          sql`explain (analyze, format json) ${query}`,
        );
        const plan = row ? Object.values(row)[0]?.[0] : undefined;
        const jit = plan?.JIT?.Timing?.Total;
        console.log(
          `  ${label}: ${ms(plan?.['Execution Time'] ?? Number.NaN)} ms${jit === undefined ? '' : ` (JIT ${ms(jit)} ms)`}, ` +
            `${plan?.Plan['Node Type'] ?? '?'}: ${text.slice(0, 110)}…`,
        );
        return target.execute(query);
      };
    },
  });
  await call(explaining as DbOrTx);
}

async function explainReads(deps: AppDeps) {
  for (const [period, by] of [
    ['2025', 'level'],
    ['2025', 'procedure'],
    ['2026', 'unit'],
  ] as const) {
    const scope = await resolveStatsScope(
      deps.db,
      deps.config.PROVINCE_CODE,
      null,
      { period },
      deps.clock.now(),
    );
    await explainCall(`report ${period} by ${by}`, deps, (db) => standardReport(db, deps.config, scope, by));
    await explainCall(`naive ${period} by ${by}`, deps, (db) =>
      naiveReport(db, deps.config, scope.period, by, deps.clock.now()),
    );
  }
}

async function measureProjector(deps: AppDeps) {
  const [before] = await queryRows<{ n: number }>(
    deps.db,
    sql`select count(*)::int as n from dossier_events`,
  );
  const t0 = performance.now();
  const generated = await generateDossiersFromProfile(deps, readProfile(PROJECTOR_PROFILE), { seed: 14 });
  const generatorSeconds = seconds(t0);
  const [after] = await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from dossier_events`);
  const [pending] = await queryRows<{ n: number }>(
    deps.db,
    sql`select count(*)::int as n from stats_pending`,
  );
  const events = (after?.n ?? 0) - (before?.n ?? 0);
  console.log(
    `demo history generator: ${count(generated.dossiers)} dossiers, ${count(events)} events in ${generatorSeconds.toFixed(1)} s ` +
      `(${Math.round(generated.dossiers / generatorSeconds)} dossiers/s, ${Math.round(events / generatorSeconds)} events/s); ` +
      `${count(pending?.n ?? 0)} dossiers pending`,
  );
  const t1 = performance.now();
  const projected = await projectAllPending(deps, { limit: 5_000 });
  const projectorSeconds = seconds(t1);
  if (projected.dossiers !== pending?.n)
    throw new Error(`projected ${projected.dossiers} of ${pending?.n} pending`);
  console.log(
    `projector (projectAllPending, rounds of 5,000): ${count(projected.dossiers)} dossiers, ${count(projected.events)} events ` +
      `in ${projectorSeconds.toFixed(1)} s: ${Math.round(projected.dossiers / projectorSeconds)} dossiers/s, ` +
      `${Math.round(projected.events / projectorSeconds)} events/s`,
  );
}

async function run(label: string, database: Database, size: number) {
  const clock = new TestClock(NOW);
  const config = testConfig();
  const deps: AppDeps = { database, db: database.db, clock, config };
  const t0 = performance.now();
  await prepareDatabase(database, clock);
  const demo = await loadDemo(deps);
  console.log(
    `\n== ${label}: migrations + demo province (${demo.units} units, ${count(demo.procedures)} procedures) in ${seconds(t0).toFixed(1)} s`,
  );
  const n = await helperTables(deps.db);
  const [commune] = await queryRows<{ code: string }>(
    deps.db,
    sql`select code from units where kind = 'commune' and valid_to is null order by code limit 1`,
  );
  const sizes = [Math.max(1, Math.round(size / 10)), size];
  const results: { size: number; lines: Line[] }[] = [];
  for (const dossiers of sizes) {
    const load = await loadReadModels(deps, dossiers, n);
    console.log(
      `\nload ${count(dossiers)} synthetic dossiers on ${label}: ${load.total.toFixed(1)} s ` +
        `(staging ${load.staged.toFixed(1)} s, facts ${load.factsSeconds.toFixed(1)} s, clocks + daily + monthly ${load.countsSeconds.toFixed(1)} s, ` +
        `vacuum analyze ${load.vacuumSeconds.toFixed(1)} s): ${count(load.facts)} facts (${count(load.open)} open, ${count(load.clocks)} running clocks), ` +
        `${count(load.daily)} daily rows, ${count(load.monthly)} monthly rows`,
    );
    const lines = await measureReads(deps, commune?.code ?? '');
    printTable(
      `${label}, ${count(dossiers)} dossiers (whole province; report and baseline checked equal first):`,
      lines,
    );
    results.push({ size: dossiers, lines });
    if (process.env.BENCH_STATS_EXPLAIN) await explainReads(deps);
  }
  const [small, large] = results;
  if (small && large && small !== large) {
    console.log(`\n${label}: p50 at ${count(large.size)} / p50 at ${count(small.size)} dossiers`);
    large.lines.forEach((l, i) => {
      const s = small.lines[i];
      if (!s) return;
      const naive = l.naive && s.naive ? `, naive ${(l.naive.p50 / s.naive.p50).toFixed(1)}×` : '';
      console.log(`  ${l.label.padEnd(LABEL)} ours ${(l.ours.p50 / s.ours.p50).toFixed(1)}×${naive}`);
    });
  }
  console.log('');
  await measureProjector(deps);
  await deps.db.execute(sql`drop table if exists bench_procs, bench_units, bench_stats_stage`);
}

if (!process.env.BENCH_SKIP_PGLITE) {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await run(
      'PGlite (embedded)',
      database,
      Number(
        process.env.BENCH_STATS_DOSSIERS_PGLITE ??
          (process.env.BENCH_STATS_DOSSIERS ? Number(process.env.BENCH_STATS_DOSSIERS) / 10 : 100_000),
      ),
    );
  } finally {
    await database.close();
  }
}

if (!process.env.BENCH_SKIP_POSTGRES) {
  const name = `motcua_bench_${randomBytes(4).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: serverUrl });
  const reachable = await adminClient.connect().then(
    () => true,
    () => false,
  );
  if (reachable) {
    await adminClient.query(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    try {
      await run('PostgreSQL', database, Number(process.env.BENCH_STATS_DOSSIERS ?? 1_000_000));
    } finally {
      await database.close();
      await adminClient.query(`drop database if exists "${name}" with (force)`);
      await adminClient.end();
    }
  } else {
    console.log(`PostgreSQL not reachable at ${serverUrl}: only PGlite measured`);
  }
}
