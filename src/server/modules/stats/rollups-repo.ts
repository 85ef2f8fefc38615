import { sql } from 'drizzle-orm';
import { COUNTERS, type Counter } from '../../../domain/stats/daily-counts';
import { type DossierFacts, overdueSpansAt, type Span } from '../../../domain/stats/dossier-facts';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';

/** What a dossier is counted under: its unit and level, procedure and field, channel and online level. */
export interface Dimensions {
  readonly unitId: string;
  readonly levelCode: string;
  readonly procedureId: string;
  readonly fieldCode: string;
  readonly channel: string;
  readonly onlineLevel: string;
}

/** A dossier's stored facts with the dimensions they were counted under. */
export interface StoredFacts {
  readonly dimensions: Dimensions;
  readonly facts: DossierFacts;
}

/** Changes to add to the daily counts of one combination of dimensions on one day. */
export interface DailyChange extends Dimensions {
  readonly day: string;
  readonly counts: Partial<Record<Counter, number>>;
}

const COUNTER_LIST = sql.raw(COUNTERS.map((c) => `"${c}"`).join(', '));
const COUNTER_TYPES = sql.raw(COUNTERS.map((c) => `"${c}" integer`).join(', '));
const COUNTER_SUMS = (table: string) =>
  sql.raw(COUNTERS.map((c) => `"${c}" = ${table}."${c}" + excluded."${c}"`).join(', '));
const COALESCED = sql.raw(COUNTERS.map((c) => `coalesce("${c}", 0)`).join(', '));

/** The stored facts of dossiers, by dossier id. */
export async function storedFactsOf(db: DbOrTx, ids: readonly string[]): Promise<Map<string, StoredFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<Dimensions & { dossierId: string; facts: DossierFacts }>(
    db,
    // Joined to the ids (a round asks for thousands): looked up through the key, one by one.
    sql`select f.dossier_id as "dossierId", f.unit_id as "unitId", f.level_code as "levelCode",
               f.procedure_id as "procedureId", f.field_code as "fieldCode", f.channel, f.online_level as "onlineLevel", f.facts
          from unnest(${uuidArray(ids)}) as asked(id) join stats_dossier_facts f on f.dossier_id = asked.id`,
  );
  return new Map(rows.map(({ dossierId, facts, ...dimensions }) => [dossierId, { dimensions, facts }]));
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
const lastOpen = (spans: readonly Span[]) => spans[spans.length - 1]?.to === null;

/** Writes dossiers' facts (insert or replace), with the columns lists and drill-downs filter on. */
export async function writeFacts(
  db: DbOrTx,
  provinceCode: string,
  rows: readonly (StoredFacts & { dossierId: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map(({ dossierId, dimensions: d, facts: f }) => ({
    dossier_id: dossierId,
    unit_id: d.unitId,
    level_code: d.levelCode,
    procedure_id: d.procedureId,
    field_code: d.fieldCode,
    online_level: d.onlineLevel,
    channel: d.channel,
    received_at: iso(f.receivedAt),
    closed_at: iso(f.closedAt),
    closing: f.closing,
    completion: f.completion,
    ended_at: iso(f.endedAt),
    ended: f.ended,
    returned_at: iso(f.returnedAt),
    electronic_result: f.electronicResult,
    apology_at: iso(f.apologyAt),
    open: f.receivedAt !== null && f.closedAt === null,
    stopped_overdue: f.stoppedOverdue,
    waiting_for_supplement: lastOpen(f.supplementSpans),
    // As they will stand if nothing happens: a running clock's span opens after its due time.
    overdue_spans: overdueSpansAt(f, Number.POSITIVE_INFINITY),
    supplement_spans: f.supplementSpans,
    facts: f,
  }));
  await queryRows(
    db,
    sql`insert into stats_dossier_facts (dossier_id, province_code, unit_id, level_code, procedure_id, field_code,
          online_level, channel, received_at, closed_at, closing, completion, ended_at, ended, returned_at,
          electronic_result, apology_at, open, stopped_overdue, waiting_for_supplement, overdue_spans, supplement_spans, facts)
        select dossier_id, ${provinceCode}, unit_id, level_code, procedure_id, field_code, online_level, channel,
          received_at, closed_at, closing, completion, ended_at, ended, returned_at, electronic_result, apology_at,
          open, stopped_overdue, waiting_for_supplement, overdue_spans, supplement_spans, facts
        from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as r(dossier_id uuid, unit_id uuid, level_code text,
          procedure_id uuid, field_code text, online_level text, channel text, received_at timestamptz,
          closed_at timestamptz, closing text, completion text, ended_at timestamptz, ended text,
          returned_at timestamptz, electronic_result boolean, apology_at timestamptz, open boolean,
          stopped_overdue boolean, waiting_for_supplement boolean, overdue_spans jsonb, supplement_spans jsonb, facts jsonb)
        order by dossier_id
        on conflict (dossier_id) do update set unit_id = excluded.unit_id, level_code = excluded.level_code,
          procedure_id = excluded.procedure_id, field_code = excluded.field_code, online_level = excluded.online_level,
          channel = excluded.channel, received_at = excluded.received_at, closed_at = excluded.closed_at,
          closing = excluded.closing, completion = excluded.completion, ended_at = excluded.ended_at,
          ended = excluded.ended, returned_at = excluded.returned_at, electronic_result = excluded.electronic_result,
          apology_at = excluded.apology_at, open = excluded.open, stopped_overdue = excluded.stopped_overdue,
          waiting_for_supplement = excluded.waiting_for_supplement, overdue_spans = excluded.overdue_spans,
          supplement_spans = excluded.supplement_spans, facts = excluded.facts`,
  );
}

function changeRows(changes: readonly DailyChange[]) {
  return changes.map((c) => ({
    day: c.day,
    month: `${c.day.slice(0, 7)}-01`,
    unit_id: c.unitId,
    level_code: c.levelCode,
    procedure_id: c.procedureId,
    field_code: c.fieldCode,
    channel: c.channel,
    online_level: c.onlineLevel,
    ...c.counts,
  }));
}

/**
 * Adds changes to the daily counts and, summed by month and unit, to the monthly ones, in one
 * statement; rows in key order, so concurrent writers lock alike.
 */
export async function addDailyChanges(
  db: DbOrTx,
  provinceCode: string,
  changes: readonly DailyChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const rows = sql`jsonb_to_recordset(${JSON.stringify(changeRows(changes))}::jsonb) as r(day date, month date,
    unit_id uuid, level_code text, procedure_id uuid, field_code text, channel text, online_level text, ${COUNTER_TYPES})`;
  const monthlySums = sql.raw(COUNTERS.map((c) => `sum(coalesce("${c}", 0))::int`).join(', '));
  await queryRows(
    db,
    // The changes' JSON is read once (a materialised CTE), for the three rollups.
    sql`with changes as materialized (select * from ${rows}),
        daily as (
          insert into stats_daily (province_code, day, unit_id, procedure_id, channel, online_level, level_code, field_code, ${COUNTER_LIST})
          select ${provinceCode}, day, unit_id, procedure_id, channel, online_level, level_code, field_code, ${COALESCED}
            from changes order by day, unit_id, procedure_id, channel, online_level
          on conflict (province_code, day, unit_id, procedure_id, channel, online_level)
          do update set ${COUNTER_SUMS('stats_daily')}
          returning 1
        ),
        monthly as (
          insert into stats_monthly (province_code, month, unit_id, channel, online_level, level_code, ${COUNTER_LIST})
          select ${provinceCode}, month, unit_id, channel, online_level, min(level_code), ${monthlySums}
            from changes group by month, unit_id, channel, online_level order by month, unit_id, channel, online_level
          on conflict (province_code, month, unit_id, channel, online_level)
          do update set ${COUNTER_SUMS('stats_monthly')}
          returning 1
        )
        insert into stats_monthly_procedure (province_code, month, unit_id, procedure_id, channel, online_level,
          level_code, field_code, ${COUNTER_LIST})
        select ${provinceCode}, month, unit_id, procedure_id, channel, online_level, min(level_code), min(field_code), ${monthlySums}
          from changes group by month, unit_id, procedure_id, channel, online_level
          order by month, unit_id, procedure_id, channel, online_level
        on conflict (province_code, month, unit_id, procedure_id, channel, online_level)
        do update set ${COUNTER_SUMS('stats_monthly_procedure')}`,
  );
}

/** Empties every statistics table of a province (before a rebuild). */
export async function clearStatistics(db: DbOrTx, provinceCode: string): Promise<void> {
  await queryRows(db, sql`delete from stats_daily where province_code = ${provinceCode}`);
  await queryRows(db, sql`delete from stats_monthly where province_code = ${provinceCode}`);
  await queryRows(db, sql`delete from stats_monthly_procedure where province_code = ${provinceCode}`);
  await queryRows(db, sql`delete from stats_dossier_facts where province_code = ${provinceCode}`);
}
