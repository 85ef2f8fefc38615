/**
 * The reform programme at a province's size (issue "Administrative-reform management", Speed):
 * the leaders' task board with 5,000 tasks over every department and commune, and the PAR-index
 * ranking of ~150 units, each through the service layer against the naive way in the same run —
 * one query per task for its lead unit's calendar (board), one query per unit for its scores
 * (ranking). Both answers are checked equal before anything is timed. PGlite, and PostgreSQL when
 * one answers (BENCH_SKIP_PG to skip).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { classify } from '../src/domain/par/score-bands';
import { rankUnits, unitScore } from '../src/domain/par/scoring';
import { countStatuses, type TaskStatus, taskDeadline, taskStatus } from '../src/domain/par/tasks';
import { testConfig } from '../src/server/config';
import { type Database, openDatabase, queryRows } from '../src/server/db/client';
import { prepareDatabase } from '../src/server/db/prepare';
import { parScores, parScoringUnits, parTasks } from '../src/server/db/schema-par';
import { loadDemo } from '../src/server/demo/load';
import { demoActor } from '../src/server/demo/par';
import { workingCalendarOf } from '../src/server/modules/calendar/deadline-clocks';
import { parCaller } from '../src/server/modules/par/par-access';
import { provinceUnit } from '../src/server/modules/par/plans';
import {
  bandsOf,
  criteriaOf,
  findRound,
  flattenCriteria,
  leafScoreOf,
} from '../src/server/modules/par/scoring-repo';
import { createRound, roundDetail } from '../src/server/modules/par/scoring-rounds';
import { board } from '../src/server/modules/par/task-views';
import { TestClock } from '../src/server/platform/clock';
import type { AppDeps } from '../src/server/platform/http';
import { uuidv7 } from '../src/server/platform/ids';

const TASKS = Number(process.env.BENCH_PAR_TASKS ?? 5_000);
/** Timed rounds of the naive reads (seconds each); ours run more, for a p95 that is not the worst-but-one sample. */
const ROUNDS = Number(process.env.BENCH_PAR_ROUNDS ?? 30);
const OUR_ROUNDS = Number(process.env.BENCH_PAR_OUR_ROUNDS ?? 200);
/** Departments and communes: the province size. */
const UNITS = Number(process.env.BENCH_PAR_UNITS ?? 150);
const NOW = '2026-12-01T03:00:00Z';
const DAY = 86_400_000;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function time(fn: () => Promise<unknown>, rounds = ROUNDS) {
  for (let i = 0; i < 3; i++) await fn();
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { p50: percentile(runs, 50), p95: percentile(runs, 95) };
}

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

/** Tasks spread over every open department and commune, due through the year, most of the past ones done. */
async function loadTasks(deps: AppDeps, unitIds: readonly string[], rootId: string) {
  const now = Date.parse(NOW);
  const rows = Array.from({ length: TASKS }, (_, i) => {
    const due = new Date(now + Math.floor((random() * 420 - 330) * DAY)).toISOString().slice(0, 10);
    const past = Date.parse(`${due}T10:00:00Z`) < now;
    const done = past ? random() < 0.8 : random() < 0.15;
    const completedAt = done
      ? new Date(Date.parse(`${due}T03:00:00Z`) + Math.floor((random() * 10 - 7) * DAY))
      : null;
    const progress = done ? 100 : random() < 0.5 ? Math.floor(random() * 90) : 0;
    return {
      id: uuidv7(deps.clock),
      provinceCode: deps.config.PROVINCE_CODE,
      title: `Nhiệm vụ thử ${i + 1}`,
      sourceDocument: 'Kế hoạch 31/KH-UBND',
      assignedBy: 'committee',
      assigningUnitId: rootId,
      leadUnitId: unitIds[i % unitIds.length] ?? rootId,
      cooperatingUnitIds: [],
      dueDate: due,
      originalDueDate: due,
      expectedOutput: 'Báo cáo',
      progressPercent: progress,
      progressAt: progress > 0 ? new Date(now - 5 * DAY) : null,
      completedAt: completedAt && completedAt.getTime() < now ? completedAt : null,
      output: completedAt && completedAt.getTime() < now ? 'Báo cáo' : null,
      createdAt: new Date(now - 400 * DAY),
      updatedAt: new Date(now - DAY),
      rowVersion: 1,
    };
  }).map((r) =>
    r.completedAt ? r : { ...r, progressPercent: Math.min(r.progressPercent, 99), output: null },
  );
  for (let i = 0; i < rows.length; i += 500) await deps.db.insert(parTasks).values(rows.slice(i, i + 500));
}

/** The naive board: every task, and its lead unit's calendar read for each task in turn. */
async function naiveBoard(deps: AppDeps) {
  const tasks = await deps.db
    .select()
    .from(parTasks)
    .where(eq(parTasks.provinceCode, deps.config.PROVINCE_CODE));
  const byUnit = new Map<string, TaskStatus[]>();
  const all: TaskStatus[] = [];
  for (const task of tasks) {
    const calendar = await workingCalendarOf(deps.db, deps.config.PROVINCE_CODE, task.leadUnitId);
    const status = taskStatus(
      {
        deadline: taskDeadline(calendar, task.dueDate),
        completedAt: task.completedAt?.getTime() ?? null,
        started: task.progressAt !== null || task.progressPercent > 0,
      },
      deps.clock.now().getTime(),
    );
    all.push(status);
    byUnit.set(task.leadUnitId, [...(byUnit.get(task.leadUnitId) ?? []), status]);
  }
  return { counts: countStatuses(all), units: byUnit.size };
}

/** The naive ranking: each unit's scores read one unit at a time, totalled, ranked. */
async function naiveRanking(deps: AppDeps, roundId: string) {
  const round = await findRound(deps.db, deps.config.PROVINCE_CODE, roundId);
  const units = await deps.db.select().from(parScoringUnits).where(eq(parScoringUnits.roundId, roundId));
  const totals: { unitId: string; total: number }[] = [];
  for (const u of units) {
    const rows = await deps.db
      .select()
      .from(parScores)
      .where(and(eq(parScores.roundId, roundId), eq(parScores.unitId, u.unitId)));
    const map = new Map(rows.map((r) => [r.code, leafScoreOf(r, 1)]));
    totals.push({ unitId: u.unitId, total: unitScore(criteriaOf(round), map).total });
  }
  return rankUnits(totals).map((r) => ({ ...r, band: classify(r.total, bandsOf(round)) }));
}

async function run(label: string, database: Database) {
  const clock = new TestClock(NOW);
  const config = testConfig();
  const deps: AppDeps = { database, db: database.db, clock, config };
  await prepareDatabase(database, clock);
  await loadDemo(deps);
  const root = await provinceUnit(deps.db, config.PROVINCE_CODE);
  // The demo province after the 2025 reorganisation has fewer units than the 150: add
  // communes (copies of an open one, with their own codes) until the departments and communes are 150.
  await deps.db.execute(sql`
    insert into units (id, province_code, code, name, kind, level_code, parent_id, valid_from, created_at, updated_at)
    select gen_random_uuid(), c.province_code, c.code || '.B' || n, c.name || ' (bản ' || n || ')', 'commune',
           c.level_code, c.parent_id, c.valid_from, now(), now()
      from (select * from units where province_code = ${config.PROVINCE_CODE} and kind = 'commune'
              and valid_to is null order by code limit 1) c,
           generate_series(1, greatest(0, ${UNITS} - (select count(*)::int from units
              where province_code = ${config.PROVINCE_CODE} and valid_to is null
                and kind in ('department','commune')))) n`);
  const units = await queryRows<{ id: string }>(
    deps.db,
    sql`select id from units where province_code = ${config.PROVINCE_CODE} and valid_to is null
          and kind in ('department','commune') order by code`,
  );
  const t0 = performance.now();
  await loadTasks(
    deps,
    units.map((u) => u.id),
    root.id,
  );
  await deps.db.execute(sql`analyze par_tasks`);
  console.log(
    `\n== ${label}: ${TASKS.toLocaleString('en-US')} tasks over ${units.length} lead units loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const leader = await parCaller(deps.db, await demoActor(deps.db, 'lanhdao'));
  const ours = await board(deps.db, config.PROVINCE_CODE, leader, {}, clock.now());
  const naive = await naiveBoard(deps);
  if (JSON.stringify(ours.counts) !== JSON.stringify(naive.counts) || ours.byUnit.length !== naive.units)
    throw new Error(`the board and the naive count differ: ${JSON.stringify([ours.counts, naive.counts])}`);
  const boardOurs = await time(
    () => board(deps.db, config.PROVINCE_CODE, leader, {}, clock.now()),
    OUR_ROUNDS,
  );
  const boardNaive = await time(() => naiveBoard(deps));

  // A scoring round of every department and commune, every leaf scored.
  const officer = await demoActor(deps.db, 'cchc');
  const round = await createRound(
    deps,
    officer,
    {
      year: 2026,
      group: 'commune',
      title: 'Bench',
      template: 'commune',
      entryOpensOn: '2026-11-01',
      entryClosesOn: '2026-11-20',
      unitIds: units.map((u) => u.id),
    },
    { ip: '127.0.0.1', lang: 'vi' },
  );
  const leaves = [
    ...flattenCriteria(criteriaOf(await findRound(deps.db, config.PROVINCE_CODE, round.id))).leaves.values(),
  ];
  const scoreRows = units.flatMap((u) =>
    leaves.map((leaf) => {
      const points = Math.floor(random() * (leaf.maxPoints * 4 + 1)) * 25;
      return {
        roundId: round.id,
        unitId: u.id,
        code: leaf.code,
        selfHundredths: leaf.kind === 'survey' ? null : points,
        councilHundredths: leaf.kind === 'survey' || random() < 0.5 ? null : Math.max(0, points - 25),
        surveyHundredths: leaf.kind === 'survey' ? points : null,
        notApplicable: false,
        evidenceLocation: 'Trang 1',
        updatedAt: clock.now(),
        updatedBy: 'bench',
        rowVersion: 1,
      };
    }),
  );
  for (let i = 0; i < scoreRows.length; i += 1000)
    await deps.db.insert(parScores).values(scoreRows.slice(i, i + 1000));
  await deps.db.execute(sql`analyze par_scores`);
  const detail = await roundDetail(deps, officer, round.id);
  const naiveRanks = await naiveRanking(deps, round.id);
  const key = (r: { unitId: string; rank: number; total: number; band: string }) =>
    `${r.unitId}:${r.rank}:${r.total}:${r.band}`;
  const oursKeys = detail.units
    .map((u) => key({ unitId: u.unit.id, rank: u.rank, total: u.total, band: u.band }))
    .sort();
  if (JSON.stringify(oursKeys) !== JSON.stringify(naiveRanks.map(key).sort()))
    throw new Error('the ranking and the naive ranking differ');
  const rankOurs = await time(() => roundDetail(deps, officer, round.id), OUR_ROUNDS);
  const rankNaive = await time(() => naiveRanking(deps, round.id));

  const line = (name: string, a: { p50: number; p95: number }, b: { p50: number; p95: number }) =>
    console.log(
      `  ${name.padEnd(52)} ours p50 ${a.p50.toFixed(1)} / p95 ${a.p95.toFixed(1)} ms · naive p50 ${b.p50.toFixed(1)} / p95 ${b.p95.toFixed(1)} ms · ${(b.p50 / a.p50).toFixed(1)}×`,
    );
  console.log(`${label} (checked equal first; ${OUR_ROUNDS} timed rounds of ours, ${ROUNDS} of the naive):`);
  line(`board, ${TASKS} tasks, ${ours.byUnit.length} lead units`, boardOurs, boardNaive);
  line(`ranking, ${units.length} units × ${leaves.length} leaves (whole round view)`, rankOurs, rankNaive);
}

if (!process.env.BENCH_SKIP_PGLITE) {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await run('PGlite (embedded)', database);
  } finally {
    await database.close();
  }
}

if (!process.env.BENCH_SKIP_PG) {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `motcua_bench_par_${randomBytes(4).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  let created = false;
  try {
    await admin(`create database "${name}"`);
    created = true;
  } catch {
    console.log('\n(no PostgreSQL server answers: the PostgreSQL run is skipped)');
  }
  if (created) {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    try {
      await run('PostgreSQL', database);
    } finally {
      await database.close();
      await admin(`drop database "${name}"`);
    }
  }
}
