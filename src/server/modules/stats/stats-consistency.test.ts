import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import type { DrillDownDto, StandardReportDto } from '../../../contracts/stats';
import { addDays } from '../../../domain/calendar/civil-date';
import { queryRows } from '../../db/client';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { directFigures } from '../../testing/stats-direct-count';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { projectAllPending } from './projector';
import { clearStatistics } from './rollups-repo';
import { startOfLocalDay } from './stats-scope';

let t: TestApp;
let sessions: Record<'clerk' | 'officer' | 'approver' | 'leader', Session>;
const procedures: string[] = [];

const deps = () => ({ database: t.database, db: t.database.db, clock: t.clock, config: t.config });

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  procedures.push(
    await publishDossierProcedure(t, '2.000301', { processing: { unit: 'working_days', amount: 1 } }),
    await publishDossierProcedure(t, '2.000302', {
      processing: { unit: 'working_days', amount: 3 },
      pauseAllowed: true,
    }),
    await publishDossierProcedure(t, '2.000303', {
      supplementPolicy: 'pause',
      processing: { unit: 'working_days', amount: 2 },
    }),
  );
  sessions = {
    clerk: await t.login('clerk.a'),
    officer: await t.login('officer.a'),
    approver: await t.login('approver.a'),
    leader: await t.login('leader'),
  };
});
afterAll(() => t.close());

/** The read models as rows (zero rows left by taken-back counts dropped), to compare live with rebuilt. */
async function readModels() {
  const zero = (table: string) =>
    sql.raw(
      `select * from ${table} t where (${['received', 'open_change', 'overdue_change', 'resolved_early', 'resolved_on_time', 'resolved_late', 'ended_early', 'ended_on_time', 'ended_late', 'refused', 'stopped', 'withdrawn', 'cancelled', 'returned', 'returned_electronic', 'apologies', 'supplement_change', 'supplement_overdue_change'].map((c) => `t.${c} <> 0`).join(' or ')})`,
    );
  const daily = await queryRows(
    t.database.db,
    sql`${zero('stats_daily')} order by day, unit_id, procedure_id, channel, online_level`,
  );
  const monthly = await queryRows(
    t.database.db,
    sql`${zero('stats_monthly')} order by month, unit_id, channel, online_level`,
  );
  const monthlyByProcedure = await queryRows(
    t.database.db,
    sql`${zero('stats_monthly_procedure')} order by month, unit_id, procedure_id, channel, online_level`,
  );
  const facts = await queryRows(
    t.database.db,
    sql`select dossier_id, facts from stats_dossier_facts order by dossier_id`,
  );
  return { daily, monthly, monthlyByProcedure, facts };
}

const report = async (query: string) => {
  const res = await t.as(sessions.leader, 'GET', `/api/stats/report?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<StandardReportDto>();
};

describe('statistics after a random sequence of commands', () => {
  const days: string[] = [];

  beforeAll(async () => {
    t.clock.set('2026-12-01T01:30:00Z'); // Tuesday 08:30
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const { clerk, officer, approver } = sessions;
    const moves: Record<string, [Session[], string, Record<string, unknown>]> = {
      forward: [[officer], 'forward', {}],
      accept_step: [[officer, approver], 'accept', {}],
      resolve: [[approver], 'approve', { paperResult: true }],
      send_back: [[approver], 'send-back', { toStep: 1, reason: 'Xem lại hồ sơ' }],
      return_result: [[clerk], 'return', { delivery: 'counter' }],
      pause: [[officer, approver], 'pause', { reason: 'Chờ xác minh' }],
      resume: [[officer, approver], 'resume', {}],
      request_supplement: [
        [officer, approver],
        'request-supplement',
        { reason: 'Thiếu giấy tờ', missing: [{ name: 'Ảnh', originals: 1, copies: 0 }] },
      ],
      supplement: [[clerk], 'supplement', {}],
      issue_apology: [
        [approver],
        'apology',
        { reason: 'Trễ do xác minh', newAppointmentAt: '2027-06-01T02:00:00Z' },
      ],
      withdraw: [[clerk], 'withdraw', { reason: 'Công dân rút' }],
      stop: [[approver], 'stop', { reason: 'Dừng theo đề nghị' }],
    };
    const receive = async () =>
      expectDossier(
        t.as(
          clerk,
          'POST',
          '/api/dossiers',
          intakeBody(t, procedures[random(procedures.length)] as string, {
            channel: random(4) === 0 ? 'postal' : 'counter',
          }),
        ),
      );
    const open: DossierDto[] = [];
    for (let i = 0; i < 5; i++) open.push(await receive());
    for (let i = 0; i < 200; i++) {
      t.clock.advanceMinutes(40 + random(900));
      if (random(6) === 0) {
        open.push(await receive());
      } else {
        const index = random(open.length);
        const id = (open[index] as DossierDto).id;
        // What each of the three may do now (each sees the actions of their own role).
        const who = [clerk, officer, approver];
        const views = await Promise.all(who.map((s) => expectDossier(t.as(s, 'GET', `/api/dossiers/${id}`))));
        const offered = views.flatMap((v, i) =>
          v.actions.filter((a) => a in moves).map((a) => [who[i] as Session, a] as const),
        );
        if (offered.length === 0) {
          open.splice(index, 1);
          continue;
        }
        const [session, action] = offered[random(offered.length)] as readonly [Session, string];
        const [, path, body] = moves[action] as [Session[], string, Record<string, unknown>];
        const res = await act(t, session, views[0] as DossierDto, path, body);
        expect(res.statusCode, res.body).toBeLessThan(500);
      }
      // The projector runs after each command, as the live worker does: counts are taken back and added.
      await projectAllPending(deps());
    }
    const first = '2026-12-01';
    const today = new Date(t.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    for (let d = first; d <= today; d = addDays(d, 1)) days.push(d);
  }, 240_000);

  it('figures of every day, of the whole span and of the running month equal a direct count over the dossiers', async () => {
    const periods: [string, string][] = [
      ...days.slice(0, -1).map((d) => [d, d] as [string, string]),
      [days[0] as string, days[days.length - 2] as string],
      [days[0] as string, days[days.length - 1] as string],
    ];
    for (const [from, to] of periods) {
      const r = await report(`from=${from}&to=${to}&by=unit`);
      const end = startOfLocalDay(addDays(to, 1));
      const live = r.live;
      // A period still running counts up to now, the events of this very instant included.
      const justAfterNow = new Date(t.clock.now().getTime() + 1);
      const direct = await directFigures(t.database.db, {
        start: startOfLocalDay(from),
        end: live ? justAfterNow : end,
        stocksAt: live ? justAfterNow : end,
        live,
      });
      const f = r.total.figures;
      expect(
        {
          received: f.received,
          resolvedEarly: f.resolvedEarly,
          resolvedOnTime: f.resolvedOnTime,
          resolvedLate: f.resolvedLate,
          carriedOver: f.carriedOver,
          inProgress: f.inProgress,
          inProgressOverdue: f.inProgressOverdue,
          returned: f.returned,
          apologies: f.apologies,
          refused: f.refused,
          withdrawn: f.withdrawn,
          stopped: f.stopped,
        },
        `${from}..${to}`,
      ).toEqual(direct);
      // The identity of the form: carried over + received = resolved + in progress.
      expect(f.carriedOver + f.received, `${from}..${to}`).toBe(f.resolved + f.inProgress);
    }
    // The sequence went through the paths that move clocks and end dossiers without a result.
    const types = await queryRows<{ type: string }>(
      t.database.db,
      sql`select distinct type from dossier_events`,
    );
    expect(types.map((row) => row.type)).toEqual(
      expect.arrayContaining(['pause', 'resume', 'request_supplement', 'supplement', 'resolve', 'send_back']),
    );
    expect(types.map((row) => row.type).some((type) => type === 'withdraw' || type === 'stop')).toBe(true);
    const whole = await report(`from=${days[0]}&to=${days[days.length - 1]}&by=level`);
    expect(whole.total.figures.received).toBeGreaterThan(10);
    expect(whole.total.figures.resolved).toBeGreaterThan(3);
  });

  it('by procedure and by field, the totals are those by unit: whole months, and the history carried in', async () => {
    // December whole (its flows from the monthly counts), and the next month (what it carries in
    // is the history before it, from the monthly counts too): by procedure or field they come from
    // the counts by procedure, by unit from those by unit.
    for (const [from, to] of [
      ['2026-12-01', '2026-12-31'],
      ['2027-01-01', '2027-01-31'],
      [days[1] as string, '2027-01-15'],
    ]) {
      const byUnit = await report(`from=${from}&to=${to}&by=unit`);
      expect(
        byUnit.total.figures.received + byUnit.total.figures.carriedOver,
        `${from}..${to}`,
      ).toBeGreaterThan(0);
      for (const by of ['procedure', 'field']) {
        const other = await report(`from=${from}&to=${to}&by=${by}`);
        expect(other.total.figures, `${from}..${to} by ${by}`).toEqual(byUnit.total.figures);
      }
    }
  });

  it('the list behind every number of the running period has exactly that many dossiers', async () => {
    const from = days[0] as string;
    const r = await report(`from=${from}&to=${addDays(from, 40)}&by=unit`);
    for (const figure of Object.keys(r.total.figures) as (keyof typeof r.total.figures)[]) {
      const res = await t.as(
        sessions.leader,
        'GET',
        `/api/stats/dossiers?from=${from}&to=${addDays(from, 40)}&figure=${figure}&limit=1`,
      );
      expect(res.json<DrillDownDto>().total, figure).toBe(r.total.figures[figure]);
    }
  });

  it('rebuilt from the events, the read models equal the live ones', async () => {
    const live = await readModels();
    expect(live.facts.length).toBeGreaterThan(10);
    await t.database.db.transaction(async (tx) => {
      await clearStatistics(tx, t.config.PROVINCE_CODE);
      await queryRows(
        tx,
        sql`insert into stats_pending (dossier_id, marked_at) select id, now() from dossiers on conflict do nothing`,
      );
    });
    await projectAllPending(deps(), { limit: 7 });
    const rebuilt = await readModels();
    expect(rebuilt.facts).toEqual(live.facts);
    expect(rebuilt.daily).toEqual(live.daily);
    expect(rebuilt.monthly).toEqual(live.monthly);
  });
});
