import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import type { DrillDownDto, StandardReportDto } from '../../../contracts/stats';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { projectAllPending } from './projector';

let t: TestApp;
let oneDay: string;
let clerkA: Session;
let officerA: Session;
let approverA: Session;
let leader: Session;

const deps = () => ({ database: t.database, db: t.database.db, clock: t.clock, config: t.config });

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  oneDay = await publishDossierProcedure(t, '2.000201', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  approverA = await t.login('approver.a');
  leader = await t.login('leader');
});
afterAll(() => t.close());

const receive = (channel: 'counter' | 'postal' = 'counter') =>
  expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, oneDay, { channel })));

const report = async (query: string, session = leader) => {
  const res = await t.as(session, 'GET', `/api/stats/report?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<StandardReportDto>();
};

describe('the standard report of one commune week', () => {
  let early: DossierDto;
  let late: DossierDto;
  let open: DossierDto;

  beforeAll(async () => {
    t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 09:00, due Wednesday 09:00
    early = await receive();
    late = await receive('postal');
    open = await receive();
    t.clock.set('2026-12-01T03:00:00Z');
    early = await expectDossier(act(t, officerA, early, 'forward'));
    early = await expectDossier(act(t, approverA, early, 'approve', { paperResult: true }));
    t.clock.set('2026-12-03T03:00:00Z'); // Thursday: a day late
    late = await expectDossier(act(t, officerA, late, 'forward'));
    late = await expectDossier(act(t, approverA, late, 'approve', { paperResult: true }));
    t.clock.set('2026-12-04T03:00:00Z'); // Friday
    await projectAllPending(deps());
  });

  it('counts received by channel, resolved early and late, and one in progress overdue now', async () => {
    const r = await report('from=2026-12-01&to=2026-12-31&by=level');
    expect(r.live).toBe(true);
    expect(r.rows.map((row) => row.key)).toEqual(['commune']);
    expect(r.total.figures).toMatchObject({
      carriedOver: 0,
      received: 3,
      receivedCounter: 2,
      receivedPostal: 1,
      resolved: 2,
      resolvedEarly: 1,
      resolvedOnTime: 0,
      resolvedLate: 1,
      inProgress: 1,
      inProgressOverdue: 1,
      inProgressInTime: 0,
    });
    expect(r.total.rates.onTime).toBe(5000);
    expect(early.completion).toBe('early');
    expect(late.completion).toBe('late');
    expect(open.state).toBe('processing');
  });

  it('counts a past day with its stocks at its end: the open dossier was still in time on Tuesday night', async () => {
    const r = await report('from=2026-12-01&to=2026-12-01&by=unit');
    expect(r.live).toBe(false);
    expect(r.total.figures).toMatchObject({ received: 3, resolved: 1, inProgress: 2, inProgressInTime: 2 });
    const thursday = await report('from=2026-12-03&to=2026-12-03');
    expect(thursday.total.figures).toMatchObject({
      carriedOver: 2,
      received: 0,
      resolved: 1,
      resolvedLate: 1,
      inProgress: 1,
      inProgressOverdue: 1,
    });
  });

  it('lists exactly the dossiers behind each number', async () => {
    const r = await report('from=2026-12-01&to=2026-12-31&by=level');
    for (const figure of Object.keys(r.total.figures) as (keyof typeof r.total.figures)[]) {
      const res = await t.as(
        leader,
        'GET',
        `/api/stats/dossiers?from=2026-12-01&to=2026-12-31&by=level&group=commune&figure=${figure}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json<DrillDownDto>();
      expect(list.total, figure).toBe(r.total.figures[figure]);
      expect(list.items.length, figure).toBe(Math.min(50, r.total.figures[figure]));
    }
    const overdue = (
      await t.as(leader, 'GET', '/api/stats/dossiers?from=2026-12-01&to=2026-12-31&figure=inProgressOverdue')
    ).json<DrillDownDto>();
    expect(overdue.items.map((i) => i.code)).toEqual([open.code]);
  });
});
