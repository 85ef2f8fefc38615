import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto, InboxDto, PublicStatusDto } from '../../../contracts/dossiers';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let procedureId: string;
let clerkA: Session;
let officerA: Session;
let approverA: Session;
let clerkB: Session;

beforeAll(async () => {
  // Days pass in these tests: sessions must outlive them.
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  procedureId = await publishDossierProcedure(t, '2.000001');
  clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  approverA = await t.login('approver.a');
  clerkB = await t.login('clerk.b');
});
afterAll(() => t.close());

const receive = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, procedureId, overrides), headers);

describe('a dossier from the counter to the returned result', () => {
  let dossier: DossierDto;

  it('a clerk receives it: a code of the competent unit and day, an appointment 20 working days on, handed to the commune', async () => {
    t.clock.set('2026-11-23T02:00:00Z'); // Monday 09:00 local
    dossier = await expectDossier(receive());
    expect(dossier.code).toMatch(/^P\.XA-261123-\d{4}$/);
    expect(dossier.state).toBe('processing');
    expect(dossier.receivedAt).toBe('2026-11-23T02:00:00.000Z');
    // 20 working days from Monday 23/11 09:00, skipping Tuesday 24/11 (Vietnamese Culture Day) and weekends.
    expect(dossier.appointmentAt).toBe('2026-12-22T02:00:00.000Z');
    expect(dossier.legalDueAt).toBe(dossier.appointmentAt);
    // Twenty working days away: neither due soon nor overdue.
    expect(dossier).toMatchObject({ dueSoon: false, overdue: false });
    expect(dossier.steps).toHaveLength(1);
    expect(dossier.steps[0]).toMatchObject({ name: 'Thẩm định', role: 'officer', state: 'active' });
    expect(dossier.forms.map((f) => [f.kind, f.formNumber])).toEqual([['receipt', 'Mẫu 01']]);
    expect(dossier.events.map((e) => e.type)).toEqual(['receive', 'start_processing']);
  });

  it('dossier codes run on per unit and day', async () => {
    const second = await expectDossier(receive());
    const seq = (code: string) => Number(code.slice(-4));
    expect(seq(second.code)).toBe(seq(dossier.code) + 1);
  });

  it("the officer finds it in their inbox with the step's due time (70 % of the time)", async () => {
    const res = await t.as(officerA, 'GET', '/api/dossiers?view=mine');
    const box = res.json<InboxDto>();
    const item = box.items.find((i) => i.dossierId === dossier.id);
    expect(item).toMatchObject({ stepName: 'Thẩm định', stepUrgency: 'in_time' });
    // 14 of the 20 working days: Monday 23/11 09:00 + 14 working days (24/11 off) = Monday 14/12 09:00.
    expect(item?.stepDueAt).toBe('2026-12-14T02:00:00.000Z');
  });

  it('a clerk of another commune neither sees it nor can act on it', async () => {
    expect((await t.as(clerkB, 'GET', `/api/dossiers/${dossier.id}`)).statusCode).toBe(404);
    expect((await act(t, clerkB, dossier, 'forward')).statusCode).toBe(404);
    const box = (await t.as(clerkB, 'GET', '/api/dossiers?view=all')).json<InboxDto>();
    expect(box.items.some((i) => i.dossierId === dossier.id)).toBe(false);
  });

  it('the approver cannot forward the officer’s step', async () => {
    const res = await act(t, approverA, dossier, 'forward');
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('dossier_not_your_step');
  });

  it('the officer takes and forwards it; the hand-over is classified against the step due time', async () => {
    t.clock.advanceMinutes(60);
    dossier = await expectDossier(act(t, officerA, dossier, 'accept'));
    dossier = await expectDossier(act(t, officerA, dossier, 'forward', { note: 'Đủ điều kiện' }));
    expect(dossier.steps.map((s) => [s.name, s.state, s.outcome])).toEqual([
      ['Thẩm định', 'done', 'early'],
      ['Phê duyệt', 'active', null],
    ]);
    expect(dossier.steps[0]?.handedTo).toBe('UBND xã Tân An');
    expect(dossier.steps[0]?.assignee).toBe('Người dùng officer.a');
  });

  it('two officers acting on the same version: one wins, the other gets 409', async () => {
    const [first, second] = await Promise.all([
      act(t, approverA, dossier, 'accept'),
      act(t, approverA, dossier, 'accept'),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json<{ code: string }>().code).toBe('dossier_changed');
    dossier = await expectDossier(t.as(approverA, 'GET', `/api/dossiers/${dossier.id}`));
  });

  it('the approver approves: resolved early; the clerk returns it; the public lookup shows it returned', async () => {
    dossier = await expectDossier(act(t, approverA, dossier, 'approve', { paperResult: true }));
    expect(dossier).toMatchObject({ state: 'resolved', completion: 'early' });
    expect((await act(t, officerA, dossier, 'return', { delivery: 'counter' })).statusCode).toBe(403);
    dossier = await expectDossier(act(t, clerkA, dossier, 'return', { delivery: 'counter' }));
    expect(dossier.state).toBe('returned');
    const lookup = await t.as(
      null,
      'GET',
      `/api/public/dossiers/status?code=${dossier.code}&factor=0912345678`,
    );
    expect(lookup.statusCode).toBe(200);
    const status = lookup.json<PublicStatusDto>();
    expect(status).toMatchObject({ state: 'returned', applicantName: 'Nguyễn T. H.' });
    expect(JSON.stringify(status)).not.toContain('079190001234');
    const typedLower = await t.as(
      null,
      'GET',
      `/api/public/dossiers/status?code=${dossier.code.toLowerCase()}&factor=0912%20345%20678`,
    );
    expect(typedLower.json<PublicStatusDto>().code).toBe(dossier.code);
  });

  it('a returned dossier refuses further commands with a clear 409', async () => {
    const res = await t.as(clerkA, 'POST', `/api/dossiers/${dossier.id}/withdraw`, {
      version: dossier.version,
      reason: 'Công dân xin rút',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ detail: string }>().detail).toContain('Đã trả kết quả');
  });
});

describe('intake input', () => {
  it('refuses a bad personal id and phone with field errors in Vietnamese and English, writing nothing', async () => {
    const before = (await t.as(clerkA, 'GET', '/api/dossiers?view=all')).json<InboxDto>().total;
    const body = intakeBody(t, procedureId, {
      applicant: { ...intakeBody(t, procedureId).applicant, personalId: '12345', phone: '0123' },
    });
    const vi = await t.as(clerkA, 'POST', '/api/dossiers', body);
    expect(vi.statusCode).toBe(422);
    const problem = vi.json<{ code: string; errors: { path: string; code: string; message: string }[] }>();
    expect(problem.code).toBe('dossier_invalid');
    expect(problem.errors.map((e) => e.code).sort()).toEqual(['personal_id_not_12_digits', 'phone_invalid']);
    expect(problem.errors[0]?.message).toMatch(/[ốịạ]/);
    const en = await t.as(clerkA, 'POST', '/api/dossiers', body, { 'accept-language': 'en' });
    expect(en.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/personal id|phone/i);
    const after = (await t.as(clerkA, 'GET', '/api/dossiers?view=all')).json<InboxDto>().total;
    expect(after).toBe(before);
  });

  it('refuses unknown fields, a desk outside the clerk’s units, and a unit that is not competent', async () => {
    expect((await receive({ extra: 1 })).statusCode).toBe(400);
    expect((await t.as(clerkB, 'POST', '/api/dossiers', intakeBody(t, procedureId))).statusCode).toBe(404);
    const res = await receive({ competentUnitId: t.org.unit.department });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('dossier_unit_not_competent');
  });

  it('a supplement request must list what is missing; a refusal needs its reason', async () => {
    const nothingMissing = await receive({ outcome: 'request_supplement', reason: 'Thiếu giấy tờ' });
    expect(nothingMissing.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual([
      'nothing_missing',
    ]);
    const noReason = await receive({ outcome: 'refuse' });
    expect(noReason.json<{ errors: { code: string }[] }>().errors.map((e) => e.code)).toEqual([
      'reason_required',
    ]);
  });

  it('non-territorial receipt: desk A receives for commune B, whose code the dossier carries', async () => {
    const dossier = await expectDossier(receive({ competentUnitId: t.org.unit.communeB }));
    expect(dossier.code.startsWith('P.XB-')).toBe(true);
    expect(dossier.competentUnit.id).toBe(t.org.unit.communeB);
    expect(dossier.receivingUnit.id).toBe(t.org.unit.deskA);
  });
});

describe('idempotent intake', () => {
  it('a retried request with the same Idempotency-Key returns the first dossier, never a second', async () => {
    const key = { 'idempotency-key': 'retry-key-0001' };
    const first = await receive({}, key);
    const [again, concurrent] = await Promise.all([receive({}, key), receive({}, key)]);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(concurrent.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const ids = [first, again, concurrent].map((r) => r.json<DossierDto>().id);
    expect(new Set(ids).size).toBe(1);
  });

  it('the same key with another body is refused', async () => {
    const key = { 'idempotency-key': 'retry-key-0002' };
    expect((await receive({}, key)).statusCode).toBe(201);
    const res = await receive({ notes: 'khác' }, key);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('idempotency_key_reused');
  });
});
