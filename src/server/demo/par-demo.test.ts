import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import type { Database } from '../db/client';
import { parCaller } from '../modules/par/par-access';
import { planDetail } from '../modules/par/plans';
import { listPlanRows } from '../modules/par/plans-repo';
import { board } from '../modules/par/task-views';
import { TestClock } from '../platform/clock';
import { openTestDatabase } from '../testing/test-db';
import { loadDemo } from './load';
import { demoActor, loadDemoParAsDemoAccounts } from './par';

let database: Database;
const clock = new TestClock('2026-12-07T03:00:00Z');
const config = testConfig({});

beforeAll(async () => {
  database = await openTestDatabase();
  const deps = { database, db: database.db, clock, config };
  await loadDemo(deps);
  await loadDemoParAsDemoAccounts(deps);
});
afterAll(() => database.close());

describe('the reform demo', () => {
  it('holds plan 3612/KH-UBND with its 44 targets, seven of them measured by the system', async () => {
    const deps = { database, db: database.db, clock, config };
    const plans = await listPlanRows(database.db, config.PROVINCE_CODE);
    const plan3612 = plans.find((p) => p.documentNumber === '3612/KH-UBND');
    expect(plan3612?.targetCount).toBe(44);
    if (!plan3612) return;
    const detail = await planDetail(deps, await demoActor(database.db, 'cchc'), plan3612.id, 2025);
    expect(detail.targets.filter((t) => t.metric !== null)).toHaveLength(7);
    expect(detail.targets.find((t) => t.number === '18')).toMatchObject({ status: 'met' });
  });

  it('has this year’s tasks in every status on the leader’s board', async () => {
    const leader = await parCaller(database.db, await demoActor(database.db, 'lanhdao'));
    const view = await board(database.db, config.PROVINCE_CODE, leader, {}, clock.now());
    for (const status of ['not_started', 'in_progress', 'done_on_time', 'done_late', 'overdue'] as const)
      expect(view.counts.byStatus[status], status).toBeGreaterThan(0);
  });
});
