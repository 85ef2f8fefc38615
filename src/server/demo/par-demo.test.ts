import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import type { Database } from '../db/client';
import { inspectionBoard, listInspectionPlans, ownFindings } from '../modules/par/inspection-views';
import { parCaller } from '../modules/par/par-access';
import { planDetail } from '../modules/par/plans';
import { listPlanRows } from '../modules/par/plans-repo';
import { unitReport } from '../modules/par/report-sections';
import { reportBoard, reportRoundDetail } from '../modules/par/reports';
import { listReportRounds } from '../modules/par/reports-repo';
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
}, 120_000); // loads the whole PAR demo (plans, tasks, two scoring years, reports): ~17 s alone
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
    const last = rounds.find((r) => r.year === 2025 && r.group === 'department');
    const current = rounds.find((r) => r.year === 2026 && r.group === 'department');
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

  it('has last year’s communes ranked and published: mostly good and fair, a few excellent', async () => {
    const deps = { database, db: database.db, clock, config };
    const { rounds } = await listRounds(deps);
    const communes = rounds.find((r) => r.year === 2025 && r.group === 'commune');
    expect(communes).toMatchObject({ stage: 'published', treeMax: 100 });
    if (!communes) return;
    const published = await roundDetail(deps, await demoActor(database.db, 'lanhdao'), communes.id);
    expect(published.units.length).toBe(communes.unitCount);
    expect(published.units.length).toBeGreaterThan(20);
    const count = (band: string) => published.units.filter((u) => u.band === band).length;
    expect(count('xuat_sac')).toBeGreaterThanOrEqual(2);
    expect(count('xuat_sac')).toBeLessThan(published.units.length / 4);
    expect(count('tot') + count('kha')).toBeGreaterThan(published.units.length / 2);
    expect(count('tot')).toBeGreaterThan(0);
    expect(count('kha')).toBeGreaterThan(0);
    expect(published.units.every((u) => u.total > 0 && u.total <= 100)).toBe(true);
  });
});

describe('the inspections demo', () => {
  it('covers at least 30 % of departments and communes this year, with remedies closed, open and a few overdue', async () => {
    const deps = { database, db: database.db, clock, config };
    const officer = await demoActor(database.db, 'cchc');
    const { plans } = await listInspectionPlans(deps, officer);
    const [current, last] = plans;
    expect(current).toMatchObject({ year: 2026, documentNumber: '45/KH-UBND' });
    expect(last).toMatchObject({ year: 2025, openFindingCount: 0 });
    if (!current || !last) return;
    for (const plan of [current, last]) {
      expect(plan.coverage.levels.map((l) => l.level)).toEqual(['department', 'commune']);
      expect(plan.coverage.levels.every((l) => l.plannedMeetsTarget)).toBe(true);
    }
    expect(last.conductedCount).toBe(last.inspectionCount);
    expect(current.conductedCount).toBeGreaterThan(current.inspectionCount / 2);
    expect(current.conductedCount).toBeLessThan(current.inspectionCount);
    expect(current.findingCount - current.openFindingCount).toBeGreaterThan(0);
    expect(current.overdueFindingCount).toBeGreaterThanOrEqual(2);
    expect(current.overdueFindingCount).toBeLessThanOrEqual(6);
  });

  it('shows the leader the overdue remedies, one of them Sở Tư pháp’s, and the department its own', async () => {
    const deps = { database, db: database.db, clock, config };
    const board = await inspectionBoard(deps, await demoActor(database.db, 'lanhdao'), undefined);
    // By December both levels are past the target, with the last inspections still to come.
    expect(board.coverage?.levels.map((l) => [l.level, l.inspectedMeetsTarget])).toEqual([
      ['department', true],
      ['commune', true],
    ]);
    expect(board.overdueRemedies.some((f) => f.ownerUnit.code.endsWith('.S03'))).toBe(true);
    const justice = await ownFindings(deps, await demoActor(database.db, 'chuyenvien.tuphap'), 2026);
    expect(justice.findings.length).toBeGreaterThanOrEqual(3);
    expect(justice.findings.every((f) => f.ownerUnit.code.endsWith('.S03'))).toBe(true);
    expect(justice.findings.some((f) => f.inspectedUnit.code !== f.ownerUnit.code && f.mayClose)).toBe(true);
  });
});

describe('the periodic reports demo', () => {
  it('has this year’s last round open with a few departments sent, Sở Tư pháp drafting, and the round before closed', async () => {
    const deps = { database, db: database.db, clock, config };
    const officer = await demoActor(database.db, 'cchc');
    const [open, closed] = await listReportRounds(database.db, config.PROVINCE_CODE);
    // Loaded on 7 December 2026: the yearly round is being written, the 9-month one is closed.
    expect(open).toMatchObject({ year: 2026, period: 'Y', dueDate: '2026-12-17', closedAt: null });
    expect(closed).toMatchObject({ year: 2026, period: 'M9' });
    if (!open || !closed) return;
    const now = await reportRoundDetail(deps, officer, open.id);
    expect(now.submittedCount).toBeGreaterThanOrEqual(3);
    expect(now.lateOrMissing).toEqual([]);
    const justice = now.units.find((u) => u.unit.code.endsWith('.S03'));
    expect(justice).toMatchObject({ submittedAt: null, status: 'pending', sectionsWritten: 1 });
    const province = now.units.find((u) => u.province);
    expect(province?.sectionsWritten).toBeGreaterThan(0);
    expect(province?.sectionsWritten).toBeLessThan(9);
    const own = await unitReport(
      deps,
      await demoActor(database.db, 'chuyenvien.tuphap'),
      open.id,
      justice?.unit.id ?? '',
    );
    expect(own).toMatchObject({ mayWrite: true, maySubmit: true });
    const before = await reportRoundDetail(deps, officer, closed.id);
    expect(before.closedAt).not.toBeNull();
    expect(before.lateOrMissing.filter((u) => u.status === 'late').map((u) => u.unit.code)).toEqual([
      'T60.S05',
    ]);
    expect(before.lateOrMissing.filter((u) => u.status === 'overdue').length).toBeGreaterThan(0);
    const consolidated = await unitReport(deps, officer, closed.id, province?.unit.id ?? '');
    expect(consolidated.figures).toMatchObject({ computed: true, countedTo: '2026-09-30' });
    expect(consolidated.sections.every((x) => x.body !== '')).toBe(true);
    const board = await reportBoard(deps, await demoActor(database.db, 'lanhdao'));
    expect(board.rounds.map((r) => r.round.id)).toEqual([open.id]);
  });
});
