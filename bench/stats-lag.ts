/**
 * The statistics' lag behind the desks: receipts at a steady 500 per second (BENCH_LAG_RATE, for
 * BENCH_LAG_SECONDS) from 8 clerks at 8 desks, while the projector runs as the server runs it (every
 * STATS_POLL_MS, and woken by each answer of this process). For each dossier: the time from its
 * receipt's answer to the end of the projector round that counted it. Goal: under 1 s.
 * PostgreSQL when one answers, and PGlite (which runs both on one connection).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/client';
import { callerOf } from '../src/server/demo/dossiers';
import { receiveAtDesk } from '../src/server/modules/dossiers/intake';
import { pendingCount, projectAllPending } from '../src/server/modules/stats/projector';
import { announceWrite, onWrite } from '../src/server/platform/writes';
import { every } from '../src/server/workers';
import { intake, setUp } from './dossier-setup';

const RATE = Number(process.env.BENCH_LAG_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 20);
const CLIENTS = 8;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const quiet = { error: (...args: unknown[]) => console.error(...args) } as unknown as FastifyBaseLogger;

async function run(label: string, database: Database) {
  const { deps, places, procedureId } = await setUp(database);
  const clerk = await callerOf(deps, 'clerk.a');
  await projectAllPending(deps);
  const answeredAt = new Map<string, number>();
  const projectedAt = new Map<string, number>();
  let projectorBusy = 0;
  let inFlight: Promise<void> = Promise.resolve();
  const stop = every(
    deps.config.STATS_POLL_MS,
    quiet,
    'statistics projector',
    () => {
      inFlight = (async () => {
        const t0 = performance.now();
        await projectAllPending(deps, {
          maxRounds: 20,
          onRound: (_, ids) => {
            const now = performance.now();
            for (const id of ids) projectedAt.set(id, now);
          },
        });
        projectorBusy += performance.now() - t0;
      })();
      return inFlight;
    },
    onWrite,
  );
  const total = RATE * SECONDS;
  const started = performance.now();
  let next = 0;
  let late = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < total; i = next++) {
        const due = started + (i * 1000) / RATE;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        else if (wait < -100) late++;
        const place = places[i % places.length] ?? places[0];
        if (!place) throw new Error('no desk');
        const { answer } = await receiveAtDesk(deps, clerk, intake(place, procedureId, i), `lag-${i}`);
        answeredAt.set(answer.id, performance.now());
        announceWrite();
      }
    }),
  );
  const sent = (performance.now() - started) / 1000;
  // The last receipts are counted within a few polls.
  for (let waited = 0; (await pendingCount(deps.db)) > 0 && waited < 30_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  stop();
  await inFlight;
  const lags = [...answeredAt].map(([id, at]) => Math.max(0, (projectedAt.get(id) ?? Number.NaN) - at));
  const missing = lags.filter((l) => Number.isNaN(l)).length;
  const sorted = lags.filter((l) => !Number.isNaN(l)).sort((a, b) => a - b);
  console.log(
    `statistics lag on ${label}: ${total.toLocaleString('en-US')} receipts at ${(total / sent).toFixed(0)}/s ` +
      `(asked ${RATE}/s; ${late} sent over 100 ms late), from answer to counted: p50 ${percentile(sorted, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${(sorted[sorted.length - 1] ?? Number.NaN).toFixed(0)} ms` +
      `${missing > 0 ? `, ${missing} never counted` : ''}; the projector ran ${((projectorBusy / 1000 / sent) * 100).toFixed(0)} % of the time`,
  );
}

const name = `motcua_lag_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
const reachable = await admin.connect().then(
  () => true,
  () => false,
);
if (reachable) {
  await admin.query(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: CLIENTS + 2 });
  try {
    await run('PostgreSQL', database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
} else {
  console.log(`PostgreSQL not reachable at ${serverUrl}`);
}
if (!process.env.BENCH_SKIP_PGLITE) {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await run('PGlite (embedded)', database);
  } finally {
    await database.close();
  }
}
console.log('(goal: the statistics within 1 s of a receipt, at 500 receipts/s)');
