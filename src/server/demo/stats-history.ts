import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { localDateOf } from '../../domain/calendar/local-time';
import { formatDossierCode } from '../../domain/dossier/identifiers';
import {
  describeProblem,
  type ProfileProblem,
  type ProfileRow,
  parseProfile,
} from '../../domain/stats/profile';
import { DOSSIER_CLASSES, type Readings } from '../../domain/stats/profile-plan';
import { insertRowsStatement } from '../db/rows-insert';
import { deadlineClocks, dossierCodeSequences } from '../db/schema';
import { insertNewDossiers } from '../modules/dossiers/repo';
import { projectAllPending } from '../modules/stats/projector';
import type { AppDeps } from '../platform/http';
import { SeededRandom } from './names';
import { HistoryClock, type HistoryRows, historyRows, type PlannedDossier } from './stats-history-rows';
import { checkRows, loadHistoryWorld, numberKey, RowSampler } from './stats-history-world';

/**
 * Demo history for the statistics: dossiers and their events written in bulk, in the live format,
 * so that the standard report of each profile row's dates reports exactly its figures (profile.ts).
 * Everything is checked before the first write; nothing is written when anything is wrong.
 * People, units, procedures, channels and times are drawn from `seed` (ids stay random, so a
 * second run adds to the first).
 */

/** A profile the database cannot take, with every reason (row-numbered where a row is at fault). */
export class ProfileRejected extends Error {
  constructor(readonly problems: readonly ProfileProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'ProfileRejected';
  }
}

export interface HistoryOptions {
  readonly seed?: number;
  /** Dossiers written so far, of all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Dossiers per transaction. */
  readonly batchSize?: number;
}

export interface HistoryResult {
  readonly dossiers: number;
  readonly events: number;
}

/** A profile's text as rows; throws `ProfileRejected` with every problem of the text. */
export function readProfile(text: string): ProfileRow[] {
  const { rows, problems } = parseProfile(text);
  if (problems.length > 0) throw new ProfileRejected(problems);
  return rows;
}

const byRow = (a: ProfileProblem, b: ProfileProblem) => (a.row ?? 0) - (b.row ?? 0);

const NOT_LOADED: ProfileProblem = {
  row: null,
  message: 'the demo province is not loaded: run "demo load" first',
};

/** The rows checked against the database: their setups, or every problem, in row order. */
async function checked(deps: AppDeps, rows: readonly ProfileRow[]) {
  const cache = new Map<string, Readings | null>();
  const world = await loadHistoryWorld(deps, rows);
  if (!world) return { world, setups: [], problems: [NOT_LOADED], cache };
  const { setups, problems } = checkRows(world, rows, cache);
  return { world, setups, problems: [...problems].sort(byRow), cache };
}

/** Every problem of `rows` against the database; none when they can be generated. */
export async function checkProfileRows(
  deps: AppDeps,
  rows: readonly ProfileRow[],
): Promise<ProfileProblem[]> {
  return (await checked(deps, rows)).problems;
}

/** Gives dossiers their codes in receipt order, after the numbers each unit already took that day. */
function numbered(deps: AppDeps, planned: readonly PlannedDossier[], taken: ReadonlyMap<string, number>) {
  const last = new Map(taken);
  return planned.map((p) => {
    const date = localDateOf(p.times.receivedAt);
    const key = numberKey(p.unit.id, date);
    const sequence = (last.get(key) ?? 0) + 1;
    last.set(key, sequence);
    const code = formatDossierCode(
      { agencyCode: p.unit.code, date, sequence },
      deps.config.DOSSIER_CODE_PATTERN,
    );
    return { ...p, code, date, sequence };
  });
}

/** The statement that moves each (unit, day) sequence up to the numbers used, never down. */
function sequencesStatement(batch: readonly { unit: { id: string }; date: string; sequence: number }[]) {
  const last = new Map<string, { unitId: string; day: string; last: number }>();
  for (const d of batch) {
    const key = numberKey(d.unit.id, d.date);
    const known = last.get(key);
    if (!known || known.last < d.sequence)
      last.set(key, { unitId: d.unit.id, day: d.date, last: d.sequence });
  }
  return sql`${insertRowsStatement(dossierCodeSequences, [...last.values()])}
    on conflict (unit_id, day) do update set last = greatest(dossier_code_sequences.last, excluded.last)`;
}

/**
 * Checks `rows` against the database, then writes their dossiers (row, events, legal clock, open
 * step, apology letter) in transactions of `batchSize`, moving the code sequences ahead of them.
 * The statistics projector folds them afterwards (the events mark them pending).
 */
export async function generateDossiersFromProfile(
  deps: AppDeps,
  rows: readonly ProfileRow[],
  options: HistoryOptions = {},
): Promise<HistoryResult> {
  const { world, setups, problems, cache } = await checked(deps, rows);
  if (!world || problems.length > 0) throw new ProfileRejected(problems);
  const random = new SeededRandom(options.seed ?? 1);
  const used = new Map(world.lastNumbers);
  const planned: PlannedDossier[] = [];
  for (const setup of setups) {
    const sampler = new RowSampler(setup, random, cache, used, world.maxNumber);
    for (const cls of DOSSIER_CLASSES) {
      for (let i = 0; i < setup.counts[cls]; i++) planned.push(sampler.sample(cls));
    }
  }
  planned.sort((a, b) => a.times.receivedAt - b.times.receivedAt);
  const coded = numbered(deps, planned, world.lastNumbers);
  const batchSize = options.batchSize ?? 2_000;
  const clock = new HistoryClock();
  let events = 0;
  options.onProgress?.(0, coded.length);
  for (let start = 0; start < coded.length; start += batchSize) {
    const batch = coded.slice(start, start + batchSize);
    const made: HistoryRows[] = batch.map((p) => historyRows(deps, clock, p));
    events += made.reduce((n, m) => n + m.events.length, 0);
    await deps.db.transaction((tx) =>
      insertNewDossiers(
        tx,
        {
          dossiers: made.map((m) => m.dossier),
          events: made.flatMap((m) => m.events),
          steps: made.flatMap((m) => m.steps),
          forms: made.flatMap((m) => m.forms),
          clocks: insertRowsStatement(
            deadlineClocks,
            made.flatMap((m) => m.clocks),
          ),
          outbox: [],
        },
        [sequencesStatement(batch)],
      ),
    );
    options.onProgress?.(Math.min(start + batchSize, coded.length), coded.length);
  }
  return { dossiers: coded.length, events };
}

/** The small history of the everyday demo: a few thousand dossiers from January 2025 (after the 2024 of seed 001, which `demo dossiers` loads exactly), all levels. */
export const SMALL_PROFILE_PATH = new URL('./profiles/demo-small.csv', import.meta.url);

/**
 * Loads the everyday demo's small history (profiles/demo-small.csv) into a loaded demo province
 * and brings the statistics up to date with it, so the first page a leader opens has figures.
 */
export async function loadSmallStatsHistory(
  deps: AppDeps,
  options: HistoryOptions = {},
): Promise<HistoryResult> {
  const rows = readProfile(readFileSync(SMALL_PROFILE_PATH, 'utf8'));
  const result = await generateDossiersFromProfile(deps, rows, { seed: 2024, ...options });
  await projectAllPending(deps, { limit: 5_000 });
  return result;
}
