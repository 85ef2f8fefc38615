import { sql } from 'drizzle-orm';
import { type Counter, dayCountChanges, dayCountsOf } from '../../../domain/stats/daily-counts';
import { type DossierFacts, factsOf } from '../../../domain/stats/dossier-facts';
import { type DbOrTx, queryRows } from '../../db/client';
import type { AppDeps } from '../../platform/http';
import { procedureDimensionsOf } from '../catalog/procedure-for-dossiers';
import { statsEventsOf } from '../dossiers/events-for-stats';
import { levelsOfUnits } from '../organisation/repo';
import {
  addDailyChanges,
  type DailyChange,
  type Dimensions,
  type StoredFacts,
  storedFactsOf,
  writeFacts,
} from './rollups-repo';

/** How many dossiers one round of the projector takes at most (one transaction). */
export const ROUND_SIZE = 1_000;

export interface RoundResult {
  readonly dossiers: number;
  readonly events: number;
  /** The dossiers this round projected. */
  readonly ids: readonly string[];
  /** Another process was projecting: nothing was done. */
  readonly busy: boolean;
}

/**
 * Dimensions of dossiers from their facts: the unit's level, the procedure's field and its
 * version's online level (read from their modules).
 */
async function dimensionsOf(
  db: DbOrTx,
  facts: ReadonlyMap<string, DossierFacts>,
): Promise<Map<string, Dimensions>> {
  const all = [...facts.values()];
  const [levels, procedures] = await Promise.all([
    levelsOfUnits(db, [...new Set(all.map((f) => f.unitId))]),
    procedureDimensionsOf(db, [...new Set(all.map((f) => f.procedureVersionId))]),
  ]);
  const out = new Map<string, Dimensions>();
  for (const [id, f] of facts) {
    const procedure = procedures.get(f.procedureVersionId);
    out.set(id, {
      unitId: f.unitId,
      levelCode: levels.get(f.unitId) ?? 'unknown',
      procedureId: f.procedureId,
      fieldCode: procedure?.fieldCode ?? 'unknown',
      channel: f.channel,
      onlineLevel: procedure?.online ?? 'none',
    });
  }
  return out;
}

const dimensionKey = (d: Dimensions) =>
  `${d.unitId}|${d.levelCode}|${d.procedureId}|${d.fieldCode}|${d.channel}|${d.onlineLevel}`;

/** Sums a dossier's day counts (negated: taken back) into the changes by dimensions and day. */
function accumulate(
  into: Map<string, DailyChange>,
  dimensions: Dimensions,
  counts: readonly { day: string; counter: Counter; delta: number }[],
  sign: 1 | -1,
): void {
  for (const c of counts) {
    const key = `${dimensionKey(dimensions)}|${c.day}`;
    let change = into.get(key);
    if (!change) {
      change = { ...dimensions, day: c.day, counts: {} };
      into.set(key, change);
    }
    const counts = change.counts as Partial<Record<Counter, number>>;
    counts[c.counter] = (counts[c.counter] ?? 0) + sign * c.delta;
  }
}

/**
 * The changes that take back what `before` counted and count `after` instead. When the dimensions
 * did not change, only the difference is written.
 */
export function changesOf(
  into: Map<string, DailyChange>,
  before: StoredFacts | undefined,
  after: StoredFacts | undefined,
): void {
  const beforeCounts = before ? dayCountsOf(before.facts) : [];
  const afterCounts = after ? dayCountsOf(after.facts) : [];
  if (before && after && dimensionKey(before.dimensions) === dimensionKey(after.dimensions)) {
    accumulate(into, after.dimensions, dayCountChanges(beforeCounts, afterCounts), 1);
    return;
  }
  if (before) accumulate(into, before.dimensions, beforeCounts, -1);
  if (after) accumulate(into, after.dimensions, afterCounts, 1);
}

/**
 * Folds the events of `ids` again and writes what changed: the dossiers' facts, and the daily and
 * monthly counts (what they counted before taken back, what they count now added).
 */
export async function projectDossiers(
  db: DbOrTx,
  provinceCode: string,
  ids: readonly string[],
): Promise<{ events: number }> {
  const [eventsById, stored] = await Promise.all([statsEventsOf(db, ids), storedFactsOf(db, ids)]);
  const folded = new Map<string, DossierFacts>();
  let events = 0;
  for (const [id, list] of eventsById) {
    events += list.length;
    const facts = factsOf(list);
    if (facts) folded.set(id, facts);
  }
  const dimensions = await dimensionsOf(db, folded);
  const changes = new Map<string, DailyChange>();
  const rows: (StoredFacts & { dossierId: string })[] = [];
  for (const id of ids) {
    const facts = folded.get(id);
    const dims = dimensions.get(id);
    const after = facts && dims ? { dimensions: dims, facts } : undefined;
    const before = stored.get(id);
    if (before?.facts.lastSeq === after?.facts.lastSeq && before && after) continue;
    changesOf(changes, before, after);
    if (after) rows.push({ dossierId: id, ...after });
  }
  const nonZero = [...changes.values()].filter((c) => Object.values(c.counts).some((v) => v !== 0));
  await addDailyChanges(db, provinceCode, nonZero);
  await writeFacts(db, provinceCode, rows);
  return { events };
}

/**
 * One round of the projector, in one transaction: takes up to `limit` dossiers marked by their
 * new events (oldest first), projects them, and moves the province's revision so live dashboards
 * refresh. One process projects at a time (a transaction-scoped advisory lock); a command that
 * marks a dossier the round holds waits for the round, and is seen by the next one.
 */
export async function projectPending(deps: AppDeps, limit = ROUND_SIZE): Promise<RoundResult> {
  const province = deps.config.PROVINCE_CODE;
  return deps.db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(hashtext(${`motcua.stats.${province}`})) as locked`,
    );
    if (!lock?.locked) return { dossiers: 0, events: 0, ids: [], busy: true };
    const claimed = await queryRows<{ dossier_id: string }>(
      tx,
      sql`delete from stats_pending where dossier_id in (
            select dossier_id from stats_pending order by marked_at limit ${limit} for update skip locked)
          returning dossier_id`,
    );
    if (claimed.length === 0) return { dossiers: 0, events: 0, ids: [], busy: false };
    const ids = claimed.map((c) => c.dossier_id);
    const { events } = await projectDossiers(tx, province, ids);
    await queryRows(
      tx,
      sql`insert into stats_revisions (province_code, revision, projected_at)
          values (${province}, 1, ${deps.clock.now()})
          on conflict (province_code) do update set revision = stats_revisions.revision + 1, projected_at = excluded.projected_at`,
    );
    return { dossiers: claimed.length, events, ids, busy: false };
  });
}

/** Projects until nothing is pending (tests, the CLI, and after a bulk load); answers the totals. */
export async function projectAllPending(
  deps: AppDeps,
  options: {
    limit?: number;
    /** Stop after this many rounds (a worker's tick), even if more is pending. */
    maxRounds?: number;
    /** After each round: the totals so far, and the dossiers the round projected. */
    onRound?: (done: { dossiers: number; events: number }, ids: readonly string[]) => void;
  } = {},
): Promise<{ dossiers: number; events: number }> {
  const total = { dossiers: 0, events: 0 };
  for (let round = 0; round < (options.maxRounds ?? Number.POSITIVE_INFINITY); round++) {
    const round = await projectPending(deps, options.limit ?? ROUND_SIZE);
    if (round.busy || round.dossiers === 0) return total;
    total.dossiers += round.dossiers;
    total.events += round.events;
    options.onRound?.(total, round.ids);
  }
  return total;
}

/** How many dossiers wait for the projector. */
export async function pendingCount(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from stats_pending`);
  return row?.n ?? 0;
}
