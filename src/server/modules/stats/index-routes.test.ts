import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import type {
  DashboardDto,
  DrillDownDto,
  IndexRankingDto,
  ServiceIndexDto,
  TrendDto,
} from '../../../contracts/stats';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { projectAllPending } from './projector';

/**
 * The service index, its breakdowns and the dashboards over HTTP, on one commune week: commune A
 * resolves one dossier early and one late and leaves one overdue; commune B decides the same
 * procedure and has received nothing.
 */
let t: TestApp;
let leader: Session;
const PERIOD = 'from=2026-12-01&to=2026-12-31';

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  const procedure = await publishDossierProcedure(t, '2.000201', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  const clerk = await t.login('clerk.a');
  const officer = await t.login('officer.a');
  const approver = await t.login('approver.a');
  leader = await t.login('leader');
  t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 09:00, due Wednesday 09:00
  const receive = () => expectDossier(t.as(clerk, 'POST', '/api/dossiers', intakeBody(t, procedure)));
  let early: DossierDto = await receive();
  let late: DossierDto = await receive();
  await receive();
  t.clock.set('2026-12-01T03:00:00Z');
  early = await expectDossier(act(t, officer, early, 'forward'));
  await expectDossier(act(t, approver, early, 'approve', { paperResult: true }));
  t.clock.set('2026-12-03T03:00:00Z');
  late = await expectDossier(act(t, officer, late, 'forward'));
  await expectDossier(act(t, approver, late, 'approve', { paperResult: true }));
  t.clock.set('2026-12-04T03:00:00Z');
  await projectAllPending({ database: t.database, db: t.database.db, clock: t.clock, config: t.config });
});
afterAll(() => t.close());

const get = async <T>(url: string, session: Session | null = leader): Promise<T> => {
  const res = await t.as(session, 'GET', url);
  expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
  return res.json<T>();
};

describe('the index of a unit and period', () => {
  it('adds its indicators’ points up, keeps “no data” apart from 0, and says over how many points', async () => {
    const index = await get<ServiceIndexDto>(`/api/stats/index?${PERIOD}&unit=${t.org.unit.communeA}`);
    expect(index.scopeKind).toBe('commune');
    let computed = 0;
    for (const group of index.groups) {
      const ok = group.indicators.filter((i) => i.status === 'ok');
      expect(group.points).toBeCloseTo(
        ok.reduce((n, i) => n + (i.points ?? 0), 0),
        6,
      );
      for (const indicator of group.indicators) {
        if (indicator.status === 'ok') {
          expect(indicator.points).not.toBeNull();
          expect(indicator.points ?? 0).toBeLessThanOrEqual(indicator.max);
          computed += indicator.max;
        } else {
          expect(indicator.points).toBeNull();
        }
      }
    }
    expect(index.max).toBe(computed);
    expect(index.nominalMax).toBe(100);
    expect(index.max).toBeLessThan(100); // payment, satisfaction, … have no data yet
  });

  it('counts on time or in time over resolved or in progress, and each side opens exactly its dossiers', async () => {
    const index = await get<ServiceIndexDto>(`/api/stats/index?${PERIOD}&unit=${t.org.unit.communeA}`);
    const onTime = index.groups
      .flatMap((g) => g.indicators)
      .find((i) => i.link?.kind === 'dossiers' && i.link.numerator === 'onTimeOrInTime');
    if (!onTime?.link) throw new Error('the on-time indicator links to its dossiers');
    // One early of two resolved, and the open one overdue: 1 / 3.
    expect([onTime.numerator, onTime.denominator]).toEqual([1, 3]);
    for (const [side, expected] of [
      [onTime.link.numerator, onTime.numerator],
      [onTime.link.denominator, onTime.denominator],
    ] as const) {
      const list = await get<DrillDownDto>(
        `/api/stats/dossiers?${PERIOD}&unit=${t.org.unit.communeA}&figure=${side}`,
      );
      expect(list.total, side).toBe(expected);
      expect(list.items).toHaveLength(expected ?? 0);
    }
  });

  it('answers in the national portal’s shape with the same scores', async () => {
    const ours = await get<ServiceIndexDto>(`/api/stats/index?${PERIOD}`);
    const portal = await get<{
      score: number;
      maxScore: number;
      groups: {
        code: string;
        score: number | null;
        maxScore: number;
        metrics: { code: string; score: number | null }[];
      }[];
    }>(`/api/stats/index?${PERIOD}&format=portal`);
    expect(portal.score).toBeCloseTo(ours.points, 2);
    expect(portal.groups.map((g) => g.code)).toEqual(ours.groups.map((g) => g.code));
    for (const group of ours.groups) {
      const metrics = portal.groups.find((g) => g.code === group.code)?.metrics ?? [];
      expect(metrics.map((m) => m.code)).toEqual(group.indicators.map((i) => i.code));
    }
  });

  it('lists the procedures behind the online-offer indicator, as many as it counts', async () => {
    const index = await get<ServiceIndexDto>(`/api/stats/index?${PERIOD}&unit=${t.org.unit.communeA}`);
    const offered = index.groups.flatMap((g) => g.indicators).find((i) => i.link?.kind === 'procedures');
    if (!offered?.link || offered.denominator === null) throw new Error('the offer indicator has data');
    const all = await get<{ total: number }>(
      `/api/stats/procedures?${PERIOD}&unit=${t.org.unit.communeA}&filter=${offered.link.denominator}`,
    );
    expect(all.total).toBe(offered.denominator);
    expect(all.total).toBeGreaterThan(0);
  });
});

describe('the ranking', () => {
  it('ranks the communes that decide procedures, with or without dossiers, in competition order', async () => {
    const ranking = await get<IndexRankingDto>(`/api/stats/index/ranking?${PERIOD}&among=commune`);
    const ids = ranking.units.map((u) => u.unit.id);
    expect(ids).toContain(t.org.unit.communeA);
    expect(ids).toContain(t.org.unit.communeB); // no dossier yet, but its procedures count
    const ranks = ranking.units.map((u) => u.rank);
    expect(ranks[0]).toBe(1);
    ranking.units.forEach((u, i) => {
      const ahead = ranking.units.filter(
        (o) => (o.percentOfComputed ?? 0) > (u.percentOfComputed ?? 0),
      ).length;
      expect(u.rank, u.unit.code).toBe(ahead + 1);
      if (i > 0) expect(u.rank).toBeGreaterThanOrEqual(ranks[i - 1] ?? 0);
    });
    const a = ranking.units.find((u) => u.unit.id === t.org.unit.communeA);
    expect(a?.received).toBe(3);
    expect(a?.onTimeRate).toBe(5000);
  });
});

describe('where the points are', () => {
  it('names changes that would gain points, largest first, each linked to what it concerns', async () => {
    const gains = await get<{ items: { gain: number; link: unknown }[] }>(
      `/api/stats/index/gains?${PERIOD}&unit=${t.org.unit.communeA}`,
    );
    expect(gains.items.length).toBeGreaterThan(0);
    for (const [i, item] of gains.items.entries()) {
      expect(item.gain).toBeGreaterThan(0);
      if (i > 0) expect(item.gain).toBeLessThanOrEqual(gains.items[i - 1]?.gain ?? Number.POSITIVE_INFINITY);
    }
  });
});

describe('dashboards and the public page', () => {
  it('the leader’s dashboard shows the province, its month as the report counts it, and the index', async () => {
    const dashboard = await get<DashboardDto>('/api/stats/dashboard');
    expect(dashboard.unit.id).toBe(t.org.unit.province);
    expect(dashboard.month.period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(dashboard.month.figures.received).toBe(3);
    expect(dashboard.month.figures.resolvedLate).toBe(1);
    expect(dashboard.overdueNow).toBe(1);
    expect(dashboard.breakdown.by).toBe('level');
  });

  it('a commune head’s dashboard is their commune’s', async () => {
    const approver = await t.login('approver.a');
    const dashboard = await get<DashboardDto>('/api/stats/dashboard', approver);
    expect(dashboard.unit.id).toBe(t.org.unit.communeA);
    expect(dashboard.index.rank?.of).toBeGreaterThanOrEqual(2);
  });

  it('the trend has the year’s months up to now', async () => {
    const trend = await get<TrendDto>('/api/stats/trend?year=2026');
    expect(trend.months.map((m) => m.month).at(-1)).toBe('2026-12');
    expect(trend.months.find((m) => m.month === '2026-12')?.received).toBe(3);
    expect(trend.months.find((m) => m.month === '2026-11')?.received).toBe(0);
  });

  it('anyone reads the public figures, without personal data', async () => {
    const res = await t.as(null, 'GET', '/api/public/stats');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ province: { month: { received: number; onTimeRate: number } } }>();
    expect(body.province.month.received).toBe(3);
    expect(body.province.month.onTimeRate).toBe(5000);
    expect(res.body).not.toMatch(/Nguyễn Thị Hằng|079190001234|0912/);
  });
});
