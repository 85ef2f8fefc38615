import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillDownDto, StandardReportDto } from '../../../contracts/stats';
import { expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { directFigures } from '../../testing/stats-direct-count';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { projectAllPending } from './projector';

/**
 * The statistics routes at their edges: hostile and impossible queries, callers outside the unit
 * asked about, two projectors racing, and the live stream a dashboard listens to.
 */
let t: TestApp;
let procedure: string;
const sessions: Record<string, Session> = {};

const deps = () => ({ database: t.database, db: t.database.db, clock: t.clock, config: t.config });

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  t.clock.set('2026-12-01T02:00:00Z');
  procedure = await publishDossierProcedure(t, '2.000201', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  for (const name of [
    'leader',
    'par',
    'admin',
    'clerk.a',
    'officer.a',
    'approver.a',
    'agencyadmin.a',
    'citizen',
  ]) {
    sessions[name] = await t.login(name);
  }
});
afterAll(() => t.close());

const get = (who: string | null, url: string, lang: 'vi' | 'en' = 'vi') =>
  t.as(who ? (sessions[who] ?? null) : null, 'GET', url, undefined, { 'accept-language': lang });

const receive = () =>
  expectDossier(t.as(sessions['clerk.a'] ?? null, 'POST', '/api/dossiers', intakeBody(t, procedure)));

describe('a query that cannot be answered gets a clear problem in both languages', () => {
  const cases: [string, string, number, string | null][] = [
    ['the period reversed', 'from=2026-12-31&to=2026-12-01', 422, 'stats_period_invalid'],
    ['the year 1800', 'period=1800', 422, 'stats_period_invalid'],
    ['forty years at once', 'from=1986-01-01&to=2025-12-31', 422, 'stats_period_invalid'],
    ['a period not yet begun', 'period=2027', 422, 'stats_period_in_future'],
    ['a period that is no name', 'period=2026-Q7', 422, 'stats_period_invalid'],
    ['an impossible date', 'from=2026-02-30&to=2026-03-01', 400, null],
    ['an unknown grouping', 'period=2026&by=colour', 400, null],
    ['an unknown parameter', 'period=2026&drop=table', 400, null],
    ['a unit that does not exist', 'period=2026&unit=00000000-0000-7000-8000-000000000000', 404, 'not_found'],
    ['a unit code too long', `period=2026&unit=${'X'.repeat(500)}`, 400, null],
    ['a level that is no level', 'period=2026&level=DROP%20TABLE', 400, null],
  ];
  for (const [what, query, status, code] of cases) {
    it(`${what}: ${status}`, async () => {
      for (const lang of ['vi', 'en'] as const) {
        const res = await get('leader', `/api/stats/report?${query}`, lang);
        expect(res.statusCode, res.body).toBe(status);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = res.json<{ code: string; detail: string }>();
        if (code) expect(problem.code).toBe(code);
        expect(problem.detail.length).toBeGreaterThan(5);
        if (lang === 'en') expect(problem.detail).not.toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđ]/);
      }
    });
  }

  it('the list behind a number refuses an unknown figure and a page too large', async () => {
    expect((await get('leader', '/api/stats/dossiers?period=2026&figure=everything')).statusCode).toBe(400);
    expect(
      (await get('leader', '/api/stats/dossiers?period=2026&figure=received&limit=100000')).statusCode,
    ).toBe(400);
    expect(
      (await get('leader', '/api/stats/dossiers?period=2026&figure=received&offset=-1')).statusCode,
    ).toBe(400);
  });
});

describe('who sees which figures', () => {
  it('needs a session, and a role that reads statistics', async () => {
    expect((await get(null, '/api/stats/report?period=2026')).statusCode).toBe(401);
    for (const who of ['clerk.a', 'officer.a', 'citizen']) {
      expect((await get(who, '/api/stats/report?period=2026')).statusCode, who).toBe(403);
      expect((await get(who, '/api/stats/dashboard')).statusCode, who).toBe(403);
      expect((await get(who, '/api/stats/index?period=2026')).statusCode, who).toBe(403);
    }
  });

  it('a commune’s approver and admin see their commune, not the province nor another commune', async () => {
    const { communeA, communeB, province } = t.org.unit;
    for (const who of ['approver.a', 'agencyadmin.a']) {
      const own = await get(who, `/api/stats/report?period=2026&unit=${communeA}`);
      expect(own.statusCode, who).toBe(200);
      expect(own.json<StandardReportDto>().unit.id).toBe(communeA);
      // Asked for nothing, they get their own unit.
      expect((await get(who, '/api/stats/report?period=2026')).json<StandardReportDto>().unit.id).toBe(
        communeA,
      );
      for (const other of [communeB, province]) {
        const res = await get(who, `/api/stats/report?period=2026&unit=${other}`);
        expect(res.statusCode, `${who} → ${other}`).toBe(404);
        expect(
          (await get(who, `/api/stats/dossiers?period=2026&unit=${other}&figure=received`)).statusCode,
        ).toBe(404);
        expect((await get(who, `/api/stats/index?period=2026&unit=${other}`)).statusCode).toBe(404);
      }
    }
  });

  it('the leader, the PAR officer and the system admin see the whole province', async () => {
    for (const who of ['leader', 'par', 'admin']) {
      const res = await get(who, '/api/stats/report?period=2026');
      expect(res.statusCode, who).toBe(200);
      expect(res.json<StandardReportDto>().unit.id).toBe(t.org.unit.province);
      expect((await get(who, `/api/stats/report?period=2026&unit=${t.org.unit.communeB}`)).statusCode).toBe(
        200,
      );
    }
  });
});

describe('two projectors at once', () => {
  it('fold each dossier once: the figures equal a direct count', async () => {
    t.clock.set('2026-12-02T02:00:00Z');
    for (let i = 0; i < 12; i++) await receive();
    await Promise.all([
      projectAllPending(deps(), { limit: 3 }),
      projectAllPending(deps(), { limit: 5 }),
      projectAllPending(deps(), { limit: 7 }),
    ]);
    await projectAllPending(deps());
    const res = await get('leader', '/api/stats/report?from=2026-12-01&to=2026-12-31&by=level');
    const report = res.json<StandardReportDto>();
    const direct = await directFigures(t.database.db, {
      start: new Date('2026-11-30T17:00:00Z'), // 1/12/2026 00:00 in the province
      end: new Date('2026-12-31T17:00:00Z'),
      stocksAt: new Date(t.clock.now().getTime() + 1), // just after the receipts, as the live report
      live: true,
    });
    expect(direct.received).toBeGreaterThanOrEqual(12);
    expect(report.total.figures.received).toBe(direct.received);
    expect(report.total.figures.inProgress).toBe(direct.inProgress);
    const list = await get(
      'leader',
      '/api/stats/dossiers?from=2026-12-01&to=2026-12-31&figure=received&limit=200',
    );
    expect(list.json<DrillDownDto>().total).toBe(report.total.figures.received);
  });
});

describe('the live stream', () => {
  it('announces a new revision after a dossier is received and projected', async () => {
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const response = await fetch(`${address}/api/stats/live`, {
      headers: { cookie: sessions.leader?.cookie ?? '' },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const revisions = () =>
      [...text.matchAll(/event: revision\ndata: \{"revision":(\d+)\}/g)].map((m) => Number(m[1]));
    const readUntil = async (done: () => boolean, ms: number) => {
      const deadline = Date.now() + ms;
      while (!done()) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event in ${ms} ms; got: ${text}`);
        const chunk = await Promise.race([
          reader.read(),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), left)),
        ]);
        if (chunk && !chunk.done) text += decoder.decode(chunk.value, { stream: true });
      }
    };
    try {
      await readUntil(() => revisions().length > 0, 5_000);
      const first = revisions()[0] ?? 0;
      await receive();
      await projectAllPending(deps());
      const projectedAt = Date.now();
      await readUntil(() => revisions().some((r) => r > first), 1_000);
      expect(Date.now() - projectedAt).toBeLessThan(1_000);
    } finally {
      controller.abort();
    }
  });

  it('refuses a caller without the statistics role', async () => {
    expect((await get('clerk.a', '/api/stats/live')).statusCode).toBe(403);
  });
});
