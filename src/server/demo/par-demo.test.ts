import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import type { Database } from '../db/client';
import { parCaller } from '../modules/par/par-access';
import { planDetail } from '../modules/par/plans';
import { listPlanRows } from '../modules/par/plans-repo';
import { listRounds, roundDetail } from '../modules/par/scoring-rounds';
import { scoreSheet } from '../modules/par/scoring-sheets';
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

describe('the scoring demo', () => {
  it('has last year’s departments ranked and published in the bands seed 000 reports, and this year open', async () => {
    const deps = { database, db: database.db, clock, config };
    const officer = await demoActor(database.db, 'cchc');
    const { rounds } = await listRounds(deps);
    const last = rounds.find((r) => r.year === 2025);
    const current = rounds.find((r) => r.year === 2026);
    expect(last).toMatchObject({ group: 'department', stage: 'published' });
    expect(current).toMatchObject({ group: 'department', stage: 'self_assessment' });
    if (!last || !current) return;
    const published = await roundDetail(deps, officer, last.id);
    const bands = new Set(published.units.map((u) => u.band));
    // Mostly excellent and good, some fair: a ranking worth looking at, ties ranked alike.
    expect(bands.has('xuat_sac') && bands.has('tot') && bands.has('kha')).toBe(true);
    expect(published.units[0]?.rank).toBe(1);
    const open = await roundDetail(deps, officer, current.id);
    const justice = open.units.find((u) => u.unit.code.endsWith('.S03'));
    expect(justice).toMatchObject({ selfScored: 0, submittedAt: null, mayAppraise: true });
    expect(open.units.filter((u) => u.submittedAt !== null).length).toBeGreaterThan(0);
    const unitUser = await demoActor(database.db, 'chuyenvien.tuphap');
    const own = await scoreSheet(deps, unitUser, current.id, justice?.unit.id ?? '');
    expect(own).toMatchObject({ maySelfScore: true, maySubmit: true });
  });
});
