import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StandardReportDto } from '../contracts/stats';
import { expectDossier, intakeBody, publishDossierProcedure } from './testing/dossier-fixtures';
import { createTestApp, type TestApp } from './testing/test-app';
import { startWorkers } from './workers';

let t: TestApp;
let stop: () => void;

beforeAll(async () => {
  // A poll so slow that only the wake after a command can explain figures that follow at once.
  t = await createTestApp({ STATS_POLL_MS: 60_000, OUTBOX_POLL_SECONDS: 3_600 });
  t.clock.set('2026-12-01T02:00:00Z');
  stop = startWorkers(
    { database: t.database, db: t.database.db, clock: t.clock, config: t.config },
    t.app.log,
  );
});
afterAll(async () => {
  stop();
  await t.close();
});

it('a command of this process wakes the statistics projector: the report counts it without waiting for a poll', async () => {
  const procedure = await publishDossierProcedure(t, '2.000201', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  const leader = await t.login('leader');
  const received = async () => {
    const res = await t.as(leader, 'GET', '/api/stats/report?from=2026-12-01&to=2026-12-31&by=level');
    return res.json<StandardReportDto>().total.figures.received;
  };
  const before = await received();
  const clerk = await t.login('clerk.a');
  await expectDossier(t.as(clerk, 'POST', '/api/dossiers', intakeBody(t, procedure)));
  const deadline = Date.now() + 5_000;
  while ((await received()) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(await received()).toBe(before + 1);
});
