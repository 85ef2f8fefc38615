import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto, InboxDto, PublicStatusDto } from '../../../contracts/dossiers';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { closeExpiredSupplements } from './expired-supplements';
import { rebuiltAndLive, recordsAgree } from './rebuild';

let t: TestApp;
let oneDay: string;
let twentyDays: string;
let keepsTime: string;
let clerkA: Session;
let officerA: Session;
let approverA: Session;
let officerDept: Session;
let citizen: Session;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  oneDay = await publishDossierProcedure(t, '2.000101', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  twentyDays = await publishDossierProcedure(t, '2.000102', { pauseAllowed: true });
  keepsTime = await publishDossierProcedure(t, '2.000103', {
    name: 'Đăng ký biến động đất đai',
    supplementPolicy: 'pause',
  });
  clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  approverA = await t.login('approver.a');
  officerDept = await t.login('officer.dept');
  citizen = await t.login('citizen');
});
afterAll(() => t.close());

const receive = (procedureId: string) =>
  expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
const reload = (d: DossierDto, session: Session = clerkA) =>
  expectDossier(t.as(session, 'GET', `/api/dossiers/${d.id}`));
const errorCode = async (res: Promise<{ json<T>(): T; statusCode: number }>) => {
  const answer = await res;
  return [answer.statusCode, answer.json<{ code: string }>().code] as const;
};

describe('a late dossier', () => {
  let dossier: DossierDto;

  it('shows due soon, then overdue in the lists, with the legal due time one working day on', async () => {
    t.clock.set('2026-11-25T02:00:00Z'); // Wednesday 09:00
    dossier = await receive(oneDay);
    expect(dossier.legalDueAt).toBe('2026-11-26T02:00:00.000Z');
    expect(dossier).toMatchObject({ dueSoon: true, overdue: false });
    const mine = (await t.as(officerA, 'GET', '/api/dossiers?view=mine')).json<InboxDto>();
    expect(mine.items.find((i) => i.dossierId === dossier.id)?.stepUrgency).toBe('due_soon');
    t.clock.set('2026-11-26T04:00:00Z'); // Thursday 11:00, past the due time
    const overdue = (await t.as(clerkA, 'GET', '/api/dossiers?view=overdue')).json<InboxDto>();
    expect(overdue.items.find((i) => i.dossierId === dossier.id)?.legalUrgency).toBe('overdue');
    dossier = await reload(dossier);
    expect(dossier).toMatchObject({ overdue: true, dueSoon: false, apologyRequired: true });
  });

  it('cannot be returned until the unit at fault apologises; the appointment moves once, the legal due time stays', async () => {
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    dossier = await expectDossier(act(t, approverA, dossier, 'approve', { paperResult: true }));
    expect(dossier.completion).toBe('late');
    expect(await errorCode(act(t, clerkA, dossier, 'return', { delivery: 'counter' }))).toEqual([
      409,
      'dossier_apology_required',
    ]);
    dossier = await expectDossier(
      act(t, approverA, dossier, 'apology', {
        reason: 'Chờ xác minh thông tin hộ tịch',
        newAppointmentAt: '2026-11-27T09:00:00Z',
      }),
    );
    expect(dossier.appointmentAt).toBe('2026-11-27T09:00:00.000Z');
    expect(dossier.legalDueAt).toBe('2026-11-26T02:00:00.000Z');
    expect(dossier.forms.map((f) => [f.kind, f.formNumber])).toContainEqual(['apology', 'Mẫu 04']);
    expect(
      await errorCode(
        act(t, approverA, dossier, 'apology', {
          reason: 'Lần hai',
          newAppointmentAt: '2026-11-30T09:00:00Z',
        }),
      ),
    ).toEqual([409, 'dossier_apology_refused']);
    dossier = await expectDossier(act(t, clerkA, dossier, 'return', { delivery: 'postal' }));
    expect(dossier).toMatchObject({ state: 'returned', completion: 'late', delivery: 'postal' });
    const status = (
      await t.as(null, 'GET', `/api/public/dossiers/status?code=${dossier.code}&factor=1234`)
    ).json<PublicStatusDto>();
    expect(status.apology?.reason).toBe('Chờ xác minh thông tin hộ tịch');
  });
});

describe('supplements, pauses and other agencies', () => {
  it('a supplement during processing restarts the legal time from zero and reopens the asking step', async () => {
    t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 09:00
    let dossier = await receive(twentyDays);
    const firstDue = dossier.legalDueAt;
    dossier = await expectDossier(
      act(t, officerA, dossier, 'request-supplement', {
        reason: 'Thiếu giấy khai sinh',
        missing: [{ name: 'Bản sao giấy khai sinh', originals: 0, copies: 1 }],
      }),
    );
    expect(dossier).toMatchObject({ state: 'needs_supplement', supplementPhase: 'processing' });
    expect(dossier.forms.map((f) => f.kind)).toContain('supplement_request');
    t.clock.set('2026-12-03T02:00:00Z'); // two days later
    dossier = await expectDossier(act(t, clerkA, dossier, 'supplement', { note: 'Đã nộp bổ sung' }));
    expect(dossier.state).toBe('processing');
    expect(dossier.legalDueAt).not.toBe(firstDue);
    expect(Date.parse(dossier.legalDueAt ?? '') - Date.parse(firstDue ?? '')).toBe(2 * 86_400_000);
    expect(dossier.steps.at(-1)).toMatchObject({ name: 'Thẩm định', state: 'active' });
  });

  it('a pause keeps the time left: resuming two days later moves the due time by two working days', async () => {
    t.clock.set('2026-12-07T02:00:00Z'); // Monday
    let dossier = await receive(twentyDays);
    const due = Date.parse(dossier.legalDueAt ?? '');
    dossier = await expectDossier(act(t, officerA, dossier, 'pause', { reason: 'Chờ nghĩa vụ tài chính' }));
    expect(dossier.state).toBe('paused');
    t.clock.set('2026-12-09T02:00:00Z'); // Wednesday
    dossier = await expectDossier(act(t, officerA, dossier, 'resume'));
    expect(dossier.state).toBe('processing');
    expect(Date.parse(dossier.legalDueAt ?? '') - due).toBe(2 * 86_400_000);
  });

  it('a pause of a dossier whose clock has already ended is a broken invariant: 500, and nothing written', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    const dossier = await receive(twentyDays);
    await t.database.db.execute(
      sql`update deadline_clocks set state = 'ended' where subject_type = 'dossier' and subject_id = ${dossier.id}`,
    );
    const answer = await act(t, officerA, dossier, 'pause', { reason: 'Chờ nghĩa vụ tài chính' });
    expect(answer.statusCode).toBe(500);
    expect(answer.body).not.toContain('ClockOutOfStep');
    const after = await reload(dossier);
    expect(after).toMatchObject({ state: 'processing', version: dossier.version });
    expect(after.events.map((e) => e.type)).not.toContain('pause');
  });

  it('resuming a dossier whose clock is not paused is a broken invariant: 500, the dossier stays paused', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    const paused = await expectDossier(
      act(t, officerA, await receive(twentyDays), 'pause', { reason: 'Chờ nghĩa vụ tài chính' }),
    );
    await t.database.db.execute(
      sql`update deadline_clocks set state = 'running' where subject_type = 'dossier' and subject_id = ${paused.id}`,
    );
    const answer = await act(t, officerA, paused, 'resume');
    expect(answer.statusCode).toBe(500);
    expect(await reload(paused)).toMatchObject({ state: 'paused', version: paused.version });
  });

  it('a procedure that does not allow pausing refuses it, and does not offer it', async () => {
    const dossier = await receive(oneDay);
    expect(dossier.actions).not.toContain('pause');
    expect(await errorCode(act(t, officerA, dossier, 'pause', { reason: 'Chờ xác minh' }))).toEqual([
      422,
      'dossier_pause_not_allowed',
    ]);
  });

  it('a procedure whose text keeps the time across a supplement resumes with the time it had left', async () => {
    t.clock.set('2026-12-07T02:00:00Z'); // Monday
    let dossier = await receive(keepsTime);
    const due = Date.parse(dossier.legalDueAt ?? '');
    dossier = await expectDossier(
      act(t, officerA, dossier, 'request-supplement', {
        reason: 'Thiếu bản đồ địa chính',
        missing: [{ name: 'Trích lục bản đồ địa chính', originals: 1, copies: 0 }],
      }),
    );
    t.clock.set('2026-12-09T02:00:00Z'); // two working days later
    dossier = await expectDossier(act(t, clerkA, dossier, 'supplement', { note: 'Đã bổ sung' }));
    expect(dossier.state).toBe('processing');
    expect(Date.parse(dossier.legalDueAt ?? '') - due).toBe(2 * 86_400_000);
  });

  it('inter-agency: the department sees and finishes its own part only; the commune step reopens', async () => {
    t.clock.set('2026-12-10T02:00:00Z');
    let dossier = await receive(twentyDays);
    dossier = await expectDossier(
      act(t, officerA, dossier, 'inter-agency', {
        unitId: t.org.unit.department,
        task: 'Xác minh lý lịch tư pháp',
        workingDays: 3,
      }),
    );
    expect(dossier.state).toBe('inter_agency');
    const part = dossier.steps.at(-1);
    expect(part).toMatchObject({ kind: 'inter_agency', name: 'Xác minh lý lịch tư pháp', state: 'active' });
    // 3 working days from Thursday 10/12 09:00 → Tuesday 15/12 09:00.
    expect(part?.dueAt).toBe('2026-12-15T02:00:00.000Z');
    const seen = await reload(dossier, officerDept);
    expect(seen.steps.map((s) => s.kind)).toEqual(['inter_agency']);
    expect(seen.forms).toEqual([]);
    // Nor can it print them by id, or the control slip.
    const receiptId = dossier.forms.find((f) => f.kind === 'receipt')?.id;
    expect(
      (await t.as(officerDept, 'GET', `/api/dossiers/${dossier.id}/forms/${receiptId}.pdf`)).statusCode,
    ).toBe(404);
    expect((await t.as(officerDept, 'GET', `/api/dossiers/${dossier.id}/control-slip.pdf`)).statusCode).toBe(
      404,
    );
    expect(seen.actions).toContain('inter_agency_done');
    expect((await act(t, officerA, dossier, 'inter-agency-done')).statusCode).toBe(403);
    dossier = await expectDossier(
      act(t, officerDept, seen, 'inter-agency-done', { note: 'Không có án tích' }),
    );
    expect(dossier.state).toBe('processing');
    dossier = await reload(dossier);
    expect(dossier.steps.map((s) => [s.name, s.state])).toEqual([
      ['Thẩm định', 'done'],
      ['Xác minh lý lịch tư pháp', 'done'],
      ['Thẩm định', 'active'],
    ]);
  });

  it('sending back goes only to an earlier processing step, with the reason', async () => {
    let dossier = await receive(twentyDays);
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    expect(
      await errorCode(act(t, approverA, dossier, 'send-back', { toStep: 2, reason: 'Sai bước' })),
    ).toEqual([409, 'dossier_step_invalid']);
    dossier = await expectDossier(
      act(t, approverA, dossier, 'send-back', { toStep: 1, reason: 'Cần thẩm định lại chữ ký' }),
    );
    expect(dossier.steps.map((s) => [s.name, s.state])).toEqual([
      ['Thẩm định', 'done'],
      ['Phê duyệt', 'returned'],
      ['Thẩm định', 'active'],
    ]);
  });

  it('stopping issues the stop notice (Mẫu 05 of Circular 03/2025) and closes the work', async () => {
    let dossier = await receive(twentyDays);
    expect((await act(t, officerA, dossier, 'stop', { reason: 'Công dân đề nghị dừng' })).statusCode).toBe(
      403,
    );
    dossier = await expectDossier(act(t, approverA, dossier, 'stop', { reason: 'Công dân đề nghị dừng' }));
    expect(dossier.state).toBe('stopped');
    expect(dossier.forms.map((f) => [f.kind, f.formNumber])).toContainEqual(['stop_notice', 'Mẫu 05']);
    expect(dossier.steps.every((s) => s.state !== 'active')).toBe(true);
  });
});

describe('a supplement that never comes', () => {
  it('closes the dossier after the legal limit, as the system, and leaves the others alone', async () => {
    t.clock.set('2027-01-04T02:00:00Z');
    const asked = await expectDossier(
      t.as(clerkA, 'POST', '/api/dossiers', {
        ...intakeBody(t, twentyDays),
        outcome: 'request_supplement',
        reason: 'Thiếu giấy tờ',
        documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: false }],
      }),
    );
    const deps = { database: t.database, db: t.database.db, clock: t.clock, config: t.config };
    t.clock.set('2027-01-18T02:00:00Z'); // 14 days: still waiting
    expect(await closeExpiredSupplements(deps)).toBe(0);
    t.clock.set('2027-01-19T03:00:00Z'); // past 15 days
    expect(await closeExpiredSupplements(deps)).toBeGreaterThanOrEqual(1);
    const closed = await reload(asked);
    expect(closed.state).toBe('cancelled');
    expect(closed.events.at(-1)).toMatchObject({ type: 'cancel', actor: 'Hệ thống MộtCửa (tự động)' });
    expect(closed.events.at(-1)?.reason).toContain('15 ngày');
  });
});

describe('online dossiers', () => {
  it('a citizen submits; the desk reviews within the queue, receives it and it goes to the commune', async () => {
    t.clock.set('2026-12-14T01:00:00Z');
    const body = intakeBody(t, twentyDays);
    const submitted = await t.as(citizen, 'POST', '/api/dossiers/online', {
      procedureId: twentyDays,
      competentUnitId: t.org.unit.communeA,
      applicant: body.applicant,
      documents: body.documents,
      notes: '',
    });
    expect(submitted.statusCode).toBe(201);
    const { id } = submitted.json<{ id: string }>();
    const review = (await t.as(clerkA, 'GET', '/api/dossiers?view=review')).json<InboxDto>();
    const item = review.items.find((i) => i.dossierId === id);
    // 8 working hours from Monday 08:00: 3.5 h + 3.5 h on Monday (lunch not counted), 1 h on Tuesday.
    expect(item?.stepDueAt).toBe('2026-12-15T01:00:00.000Z');
    let dossier = await reload({ id } as DossierDto);
    expect(dossier.actions).toEqual(expect.arrayContaining(['receive', 'request_supplement', 'refuse']));
    dossier = await expectDossier(act(t, clerkA, dossier, 'review', { outcome: 'receive' }));
    expect(dossier).toMatchObject({ state: 'processing', channel: 'online' });
    expect(dossier.events.map((e) => e.type)).toEqual(['submit', 'receive', 'start_processing']);
  });

  it('only citizens use the online intake', async () => {
    const body = intakeBody(t, twentyDays);
    const res = await t.as(clerkA, 'POST', '/api/dossiers/online', {
      procedureId: twentyDays,
      competentUnitId: t.org.unit.communeA,
      applicant: body.applicant,
      documents: body.documents,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('events are the truth', () => {
  it('after a long random sequence of commands every dossier row equals the fold of its events', async () => {
    t.clock.set('2026-12-15T02:00:00Z');
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    // Each action a dossier offers, as the user who would take it (officer steps before approver ones).
    const moves: Record<string, [Session[], string, Record<string, unknown>]> = {
      forward: [[officerA], 'forward', {}],
      accept_step: [[officerA, approverA], 'accept', {}],
      resolve: [[approverA], 'approve', { paperResult: true }],
      send_back: [[approverA], 'send-back', { toStep: 1, reason: 'Xem lại hồ sơ' }],
      return_result: [[clerkA], 'return', { delivery: 'counter' }],
      pause: [[officerA, approverA], 'pause', { reason: 'Chờ xác minh' }],
      resume: [[officerA, approverA], 'resume', {}],
      request_supplement: [
        [officerA, approverA],
        'request-supplement',
        { reason: 'Thiếu giấy tờ', missing: [{ name: 'Ảnh', originals: 1, copies: 0 }] },
      ],
      supplement: [[clerkA], 'supplement', {}],
      issue_apology: [
        [approverA],
        'apology',
        { reason: 'Trễ do xác minh', newAppointmentAt: '2027-06-01T02:00:00Z' },
      ],
      withdraw: [[clerkA], 'withdraw', { reason: 'Công dân rút' }],
      stop: [[approverA], 'stop', { reason: 'Dừng theo đề nghị' }],
    };
    const names = Object.keys(moves);
    const dossiers: DossierDto[] = [];
    for (let i = 0; i < 6; i++) dossiers.push(await receive(twentyDays));
    const everyDossier = [...dossiers];
    let accepted = 0;
    for (let i = 0; i < 150; i++) {
      const index = random(dossiers.length);
      const current = await reload(dossiers[index] as DossierDto);
      // Mostly an action the dossier offers, sometimes any action (which must be refused cleanly).
      const offered = current.actions.filter((a) => a in moves);
      const pool = offered.length > 0 && random(5) > 0 ? offered : names;
      const [sessions, path, body] = moves[pool[random(pool.length)] as string] as [
        Session[],
        string,
        Record<string, unknown>,
      ];
      const session = sessions[random(sessions.length)] as Session;
      t.clock.advanceMinutes(30 + random(600));
      const res = await act(t, session, current, path, body);
      expect(res.statusCode, res.body).toBeLessThan(500);
      if (res.statusCode === 200) accepted++;
      if (current.state === 'returned' || current.state === 'withdrawn' || current.state === 'stopped') {
        dossiers[index] = await receive(twentyDays);
        everyDossier.push(dossiers[index] as DossierDto);
      }
    }
    expect(accepted).toBeGreaterThan(20);
    expect(everyDossier.length).toBeGreaterThan(6);
    for (const d of everyDossier) {
      const pair = await rebuiltAndLive(t.database.db, d.id);
      expect(pair?.rebuilt).not.toBeNull();
      expect(recordsAgree(pair?.rebuilt ?? null, pair?.live ?? ({} as never))).toBe(true);
      expect(pair?.eventCount).toBe(pair?.rowVersion);
    }
  }, 60_000); // hundreds of commands: ~10 s alone
});
