/**
 * Dossier commands through the service layer (receipt = intake + Mẫu 01 + clock + hand-over;
 * then forward and approve) with 8 concurrent clients (BENCH_CLIENTS), at one desk and at 8 desks,
 * each against a baseline of plain statements writing the same rows in the same run; on embedded
 * PGlite and, when one answers, on a PostgreSQL server.
 * Then the inbox query's latency with many dossiers loaded (BENCH_INBOX_DOSSIERS, default
 * 1,000,000 on PostgreSQL, 100,000 on PGlite).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/client';
import { callerOf } from '../src/server/demo/dossiers';
import { inbox } from '../src/server/modules/dossiers/inbox';
import { receiveAtDesk } from '../src/server/modules/dossiers/intake';
import { approveResult, forwardStep } from '../src/server/modules/dossiers/processing';
import { findDossier } from '../src/server/modules/dossiers/repo';
import type { AppDeps } from '../src/server/platform/http';
import { uuidv7 } from '../src/server/platform/ids';
import type { OrgFixture } from '../src/server/testing/fixtures';
import { intake, type Place, setUp } from './dossier-setup';

/** Concurrent clients (clerks); the goal is stated for 8. */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 4000);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** This process's CPU time per job (ms) in the last `throughput` run. */
let lastCpuPerJob = 0;

/** Runs `total` jobs on `clients` concurrent workers; answers jobs per second. */
async function throughput(
  total: number,
  clients: number,
  job: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) await job(i);
    }),
  );
  const used = process.cpuUsage(cpu);
  lastCpuPerJob = (used.user + used.system) / 1000 / total;
  return total / ((performance.now() - started) / 1000);
}

/** A dossier the baseline wrote, with its open step. */
interface PlainDossier {
  readonly id: string;
  stepId: string;
  ordinal: number;
}

/** The same rows a receipt writes, as plain inserts in one transaction each (the baseline). */
async function plainInsert(
  deps: AppDeps,
  place: Place,
  procedureId: string,
  versionId: string,
  i: number,
): Promise<PlainDossier> {
  const id = uuidv7(deps.clock);
  const stepId = uuidv7(deps.clock);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`insert into dossier_code_sequences (unit_id, day, last) values (${place.commune}, '2026-11-25', 1)
      on conflict (unit_id, day) do update set last = dossier_code_sequences.last + 1`);
    await tx.execute(sql`insert into dossiers (id, province_code, code, procedure_id, procedure_version_id, receiving_unit_id,
      competent_unit_id, channel, state, applicant, documents, notes, created_at, updated_at, row_version)
      values (${id}, ${deps.config.PROVINCE_CODE}, ${`BASE-${id}`}, ${procedureId}, ${versionId}, ${place.desk},
      ${place.commune}, 'counter', 'processing', ${JSON.stringify({ name: `B ${i}` })}::jsonb, '[]'::jsonb, '', ${now}, ${now}, 2)`);
    for (const seq of [1, 2])
      await tx.execute(sql`insert into dossier_events (id, dossier_id, seq, type, at, before, after)
        values (${uuidv7(deps.clock)}, ${id}, ${seq}, 'receive', ${now}, '{}'::jsonb, '{}'::jsonb)`);
    await tx.execute(sql`insert into dossier_forms (id, dossier_id, kind, form_number, issued_at, issuing_unit_id, issued_by, content)
      values (${uuidv7(deps.clock)}, ${id}, 'receipt', 'Mẫu 01', ${now}, ${place.desk}, 'x', '{}'::jsonb)`);
    await tx.execute(sql`insert into dossier_steps (id, dossier_id, ordinal, workflow_index, kind, name, role, unit_id, state,
      budget_minutes, started_at) values (${stepId}, ${id}, 1, 1, 'workflow', 'Thẩm định', 'officer', ${place.commune}, 'active', 100, ${now})`);
    for (const [type, subject] of [
      ['dossier', id],
      ['dossier_step', stepId],
    ] as const)
      await tx.execute(sql`insert into deadline_clocks (id, province_code, subject_type, subject_id, unit_id, state, started_at,
        duration_unit, duration_amount, due_at, updated_at) values (${uuidv7(deps.clock)}, ${deps.config.PROVINCE_CODE}, ${type},
        ${subject}, ${place.commune}, 'running', ${now}, 'working_days', 20, ${now}, ${now})`);
  });
  return { id, stepId, ordinal: 1 };
}

/**
 * The rows a processing command (forward, approve) writes, as plain statements in one
 * transaction (the baseline of commands): the dossier locked and bumped, an event, its step
 * ended and the next one started, the step clocks ended and started.
 */
async function plainCommand(deps: AppDeps, place: Place, dossier: PlainDossier) {
  const now = deps.clock.now().toISOString();
  const next = uuidv7(deps.clock);
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select id from dossiers where id = ${dossier.id} for update`);
    await tx.execute(
      sql`update dossiers set row_version = row_version + 1, updated_at = ${now} where id = ${dossier.id}`,
    );
    await tx.execute(sql`insert into dossier_events (id, dossier_id, seq, type, at, before, after)
      values (${uuidv7(deps.clock)}, ${dossier.id}, ${dossier.ordinal + 2}, 'forward', ${now}, '{}'::jsonb, '{}'::jsonb)`);
    await tx.execute(sql`update dossier_steps set state = 'done', finished_at = ${now}, outcome = 'forwarded'
      where id = ${dossier.stepId}`);
    await tx.execute(sql`insert into dossier_steps (id, dossier_id, ordinal, workflow_index, kind, name, role, unit_id, state,
      budget_minutes, started_at) values (${next}, ${dossier.id}, ${dossier.ordinal + 1}, ${dossier.ordinal + 1}, 'workflow',
      'Phê duyệt', 'approver', ${place.commune}, 'active', 100, ${now})`);
    await tx.execute(sql`update deadline_clocks set state = 'ended', updated_at = ${now}
      where subject_type = 'dossier_step' and subject_id = ${dossier.stepId}`);
    await tx.execute(sql`insert into deadline_clocks (id, province_code, subject_type, subject_id, unit_id, state, started_at,
      duration_unit, duration_amount, due_at, updated_at) values (${uuidv7(deps.clock)}, ${deps.config.PROVINCE_CODE},
      'dossier_step', ${next}, ${place.commune}, 'running', ${now}, 'working_minutes', 100, ${now}, ${now})`);
  });
  dossier.stepId = next;
  dossier.ordinal += 1;
}

async function run(label: string, database: Database, inboxDossiers: number) {
  const { deps, org, places, procedureId } = await setUp(database);
  const clerk = await callerOf(deps, 'clerk.a');
  const officer = await callerOf(deps, 'officer.a');
  const approver = await callerOf(deps, 'approver.a');
  const [deskA] = places;
  if (!deskA) throw new Error('no desk');
  const ids: string[] = [];
  const plainDossiers: PlainDossier[] = [];
  for (let i = 0; i < 20; i++)
    ids.push((await receiveAtDesk(deps, clerk, intake(deskA, procedureId, i), undefined)).answer.id);
  const first = await findDossier(deps.db, deps.config.PROVINCE_CODE, ids[0] ?? '');
  const versionId = first?.procedureVersionId ?? '';
  // Worst case: every clerk at one desk, for one commune (one code sequence row for all). Then
  // the province as it is: the clerks at `DESKS` desks of as many communes.
  for (const [where, spread] of [
    ['one desk', [deskA]],
    [`${places.length} desks`, places],
  ] as const) {
    const placeOf = (i: number) => spread[i % spread.length] ?? deskA;
    const receipts = await throughput(RECEIPTS, CLIENTS, async (i) => {
      const answer = await receiveAtDesk(
        deps,
        clerk,
        intake(placeOf(i), procedureId, i),
        `bench-${where}-${i}`,
      );
      if (placeOf(i) === deskA) ids.push(answer.answer.id);
    });
    const baseline = await throughput(RECEIPTS, CLIENTS, async (i) => {
      const written = await plainInsert(deps, placeOf(i), procedureId, versionId, i);
      if (placeOf(i) === deskA) plainDossiers.push(written);
    });
    console.log(
      `dossiers on ${label}, ${CLIENTS} clients, ${where}: ${receipts.toFixed(0)} receipts/s vs ${baseline.toFixed(0)} plain-insert transactions/s ` +
        `(ratio ${(receipts / baseline).toFixed(2)})`,
    );
  }
  const half = ids.slice(0, Math.min(ids.length, 600));
  // The versions the officers saw (their lists show them), read before the clock starts: the
  // baseline reads nothing either.
  const versions = new Map(
    (
      (await deps.db.execute(
        sql`select id, row_version as version from dossiers where id = any(${sql.param(half)}::uuid[])`,
      )) as unknown as { rows: { id: string; version: number }[] }
    ).rows.map((r) => [r.id, r.version]),
  );
  const commands = await throughput(half.length, CLIENTS, async (i) => {
    const id = half[i] ?? '';
    const version = versions.get(id) ?? 0;
    await forwardStep(deps, officer, id, { version, note: '' });
    await approveResult(deps, approver, id, { version: version + 1, note: '', paperResult: true });
  });
  const commandsCpu = lastCpuPerJob / 2;
  const plain = plainDossiers.slice(0, half.length);
  const plainCommands = await throughput(plain.length, CLIENTS, async (i) => {
    const dossier = plain[i];
    if (!dossier) return;
    await plainCommand(deps, deskA, dossier);
    await plainCommand(deps, deskA, dossier);
  });
  console.log(
    `dossier commands on ${label}, ${CLIENTS} clients: forward+approve ${(commands * 2).toFixed(0)} commands/s ` +
      `vs ${(plainCommands * 2).toFixed(0)} plain transactions/s of the same rows (ratio ${(commands / plainCommands).toFixed(2)}); ` +
      `this process's CPU ${commandsCpu.toFixed(2)} vs ${(lastCpuPerJob / 2).toFixed(2)} ms per command`,
  );
  await loadManyDossiers(deps, org, procedureId, versionId, inboxDossiers);
  if (process.env.BENCH_TIMINGS) {
    // Diagnosis: how long each statement of one inbox call takes, as the client sees it.
    const timing = new Proxy(deps.db, {
      get(target, prop, receiver) {
        if (prop !== 'execute' && prop !== 'select') return Reflect.get(target, prop, receiver);
        if (prop === 'select') return Reflect.get(target, prop, receiver);
        return async (query: ReturnType<typeof sql>) => {
          const t0 = performance.now();
          const result = await target.execute(query);
          console.log(`statement ${(performance.now() - t0).toFixed(2)} ms`);
          return result;
        };
      },
    });
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await inbox(deps, timing, officer.auth, { view: 'mine', q: '', limit: 20, offset: 0 });
      console.log(`inbox call ${(performance.now() - t0).toFixed(2)} ms`);
    }
  }
  if (process.env.BENCH_EXPLAIN) {
    // Diagnosis: print the plans of the inbox's statements.
    const explaining = new Proxy(deps.db, {
      get(target, prop, receiver) {
        if (prop !== 'execute') return Reflect.get(target, prop, receiver);
        return async (query: ReturnType<typeof sql>) => {
          const plan = (await target.execute(sql`explain analyze ${query}`)) as unknown as {
            rows: Record<string, string>[];
          };
          console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
          return target.execute(query);
        };
      },
    });
    await inbox(deps, explaining, officer.auth, { view: 'mine', q: '', limit: 20, offset: 0 });
  }
  const times: number[] = [];
  // 20 untimed calls warm the plans and caches; then 200 timed, for a p95 that means something.
  for (let i = 0; i < 220; i++) {
    const t0 = performance.now();
    await inbox(deps, deps.db, officer.auth, { view: 'mine', q: '', limit: 20, offset: 0 });
    if (i >= 20) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `inbox (my steps, page of 20) with ${inboxDossiers.toLocaleString('en-US')} dossiers on ${label}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
  );
}

/**
 * Loads `count` dossiers in bulk: 95 % finished, 5 % open with an active step spread over 40
 * units (so an officer's own inbox holds a realistic share, not all of them).
 */
async function loadManyDossiers(
  deps: AppDeps,
  org: OrgFixture,
  procedureId: string,
  versionId: string,
  count: number,
) {
  const province = deps.config.PROVINCE_CODE;
  const otherUnits = [org.unit.communeB, org.unit.department, org.unit.oldCommune, org.unit.province];
  const BATCH = 50_000;
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(count, from + BATCH);
    await deps.db.execute(sql`insert into dossiers (id, province_code, code, procedure_id, procedure_version_id, receiving_unit_id,
        competent_unit_id, channel, state, applicant, documents, notes, created_at, updated_at, row_version)
      select md5('d' || g)::uuid, ${province}, 'BULK-' || g, ${procedureId}, ${versionId}, ${org.unit.deskA},
        case when g % 40 = 0 then ${org.unit.communeA}::uuid else (array[${sql.join(
          otherUnits.map((u) => sql`${u}::uuid`),
          sql`, `,
        )}])[1 + g % 4] end,
        'counter', case when g % 20 = 0 then 'processing' else 'returned' end,
        jsonb_build_object('name', 'Người ' || g), '[]'::jsonb, '', now(), now(), 3
      from generate_series(${from}::int, ${to - 1}::int) g`);
    await deps.db.execute(sql`insert into dossier_steps (id, dossier_id, ordinal, workflow_index, kind, name, role, unit_id, state,
        budget_minutes, started_at)
      select md5('s' || g)::uuid, md5('d' || g)::uuid, 1, 1, 'workflow', 'Thẩm định', 'officer', d.competent_unit_id,
        case when g % 20 = 0 then 'active' else 'done' end, 4800, now()
      from generate_series(${from}::int, ${to - 1}::int) g join dossiers d on d.id = md5('d' || g)::uuid`);
    await deps.db.execute(sql`insert into deadline_clocks (id, province_code, subject_type, subject_id, unit_id, state, started_at,
        duration_unit, duration_amount, due_at, updated_at)
      select md5('c' || g)::uuid, ${province}, 'dossier_step', md5('s' || g)::uuid, ${org.unit.communeA},
        case when g % 20 = 0 then 'running' else 'ended' end, now(), 'working_minutes', 4800,
        now() + (g % 1000) * interval '1 hour', now()
      from generate_series(${from}::int, ${to - 1}::int) g`);
  }
  // As autovacuum leaves a live table: statistics and the visibility map (index-only counts).
  await deps.db.execute(sql`vacuum analyze`);
  // And as a server that has written out the bulk load leaves its disk: the inbox is timed in
  // steady state, not while the checkpointer flushes a gigabyte of freshly loaded pages.
  await deps.db.execute(sql`checkpoint`);
}

if (!process.env.BENCH_SKIP_PGLITE) {
  await run(
    'PGlite (embedded)',
    await openDatabase({ kind: 'pglite' }),
    Number(process.env.BENCH_INBOX_DOSSIERS_PGLITE ?? 100_000),
  );
}

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
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: CLIENTS });
  try {
    await run('PostgreSQL', database, Number(process.env.BENCH_INBOX_DOSSIERS ?? 1_000_000));
  } finally {
    await database.close();
    await adminClient.query(`drop database if exists "${name}" with (force)`);
    await adminClient.end();
  }
} else {
  console.log(`PostgreSQL not reachable at ${serverUrl}: only PGlite measured`);
}
console.log(
  '(goal on PostgreSQL: ≥ 1,000 receipts/s, ≥ 0.5 of the plain-insert baseline; inbox p95 < 10 ms at 1,000,000 dossiers)',
);
