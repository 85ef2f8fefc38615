import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto, InboxDto } from '../../../contracts/dossiers';
import { foldForSearch } from '../../../domain/dossier/dossier-search';
import { queryRows } from '../../db/client';
import { expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let clerkA: Session;
let approverA: Session;
let officerA: Session;
let adoption: string;
let other: string;
const made: Record<string, DossierDto> = {};

const person = (name: string, phone: string, personalId: string) => ({
  kind: 'person',
  name,
  personalId,
  organisationCode: null,
  phone,
  email: null,
  address: 'Thôn 2, xã Tân An',
});

const list = async (session: Session, query: string) => {
  const res = await t.as(session, 'GET', `/api/dossiers?limit=100&${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json<InboxDto>();
};
const codesOf = (box: InboxDto) => box.items.map((i) => i.code).sort();
const codes = (...names: string[]) => names.map((n) => made[n]?.code).sort();

beforeAll(async () => {
  t = await createTestApp();
  adoption = await publishDossierProcedure(t, '2.000061');
  other = await publishDossierProcedure(t, '2.000062', { processing: { unit: 'working_days', amount: 2 } });
  // Sessions end when idle for days: sign in again after each jump of the clock.
  const receive = async (procedureId: string, applicant: object) =>
    expectDossier(
      t.as(await t.login('clerk.a'), 'POST', '/api/dossiers', intakeBody(t, procedureId, { applicant })),
    );
  t.clock.set('2026-11-23T02:00:00Z'); // Monday 09:00
  made.mai = await receive(adoption, person('Nguyễn Thị Mai', '0912 345 678', '079190001234'));
  t.clock.set('2026-11-25T02:00:00Z'); // Wednesday
  made.duc = await receive(other, person('Trần Văn Đức', '+84 98 765 4321', '001085012345'));
  made.anh = await receive(adoption, person('Lê Mai Anh', '0355 111 222', '036095004321'));
  const citizen = await t.login('citizen');
  const online = await t.as(citizen, 'POST', '/api/dossiers/online', {
    procedureId: adoption,
    competentUnitId: t.org.unit.communeA,
    applicant: person('Đỗ Thị Hoa', '0977 000 111', '040190009999'),
    documents: [],
    notes: '',
  });
  expect(online.statusCode).toBe(201);
  t.clock.set('2026-11-26T03:00:00Z'); // Thursday 10:00: the two-day dossier is due soon
  clerkA = await t.login('clerk.a');
  approverA = await t.login('approver.a');
  officerA = await t.login('officer.a');
  made.hoa = await expectDossier(t.as(clerkA, 'GET', `/api/dossiers/${online.json<{ id: string }>().id}`));
});
afterAll(() => t.close());

describe('the list search', () => {
  it.each([
    ['nguyen thi mai', ['mai']],
    ['MAI NGUYỄN', ['mai']],
    ['mai', ['mai', 'anh']],
    ['duc', ['duc']],
    ['ĐỨC', ['duc']],
    ['0912.345.678', ['mai']],
    ['+84 912 345 678', ['mai']],
    ['0987654321', ['duc']],
    ['079190001234', ['mai']],
    ['hoa', ['hoa']],
    ['khong co ai', []],
  ])('"%s" finds %j, folding accents, đ, case and word order', async (q, expected) => {
    const box = await list(clerkA, `view=all&q=${encodeURIComponent(q)}`);
    expect(codesOf(box)).toEqual(codes(...expected));
  });

  it('finds a dossier by its code or the sequence part of it, in the officer’s own list too', async () => {
    const code = made.duc?.code ?? '';
    expect(codesOf(await list(clerkA, `view=all&q=${encodeURIComponent(code)}`))).toEqual(codes('duc'));
    const tail = code.slice(-6);
    expect(codesOf(await list(clerkA, `view=all&q=${encodeURIComponent(tail)}`))).toContain(code);
    expect(codesOf(await list(officerA, 'view=mine&q=tran van duc'))).toEqual(codes('duc'));
  });

  it('folds in the database exactly as the domain folds (the index and the query agree)', async () => {
    const samples = [
      'Nguyễn Thị Mai',
      'ĐẶNG Ứng Đức',
      'Lưu Quỳnh Hương',
      'Phạm Thị Ngọc Ánh',
      'Hồ Sĩ Dũng',
      'Ỷ Lan, Ơn Ừ Ỡ Ợ',
      '000.00.17.H29-250815-0001',
    ];
    for (const text of samples) {
      const [row] = await queryRows<{ folded: string }>(
        t.database.db,
        sql`select dossier_search_fold(${text}) as folded`,
      );
      expect(row?.folded).toBe(foldForSearch(text));
    }
  });
});

describe('the list filters', () => {
  it('by channel, state, procedure and field', async () => {
    expect(codesOf(await list(clerkA, 'view=all&channel=online'))).toEqual(codes('hoa'));
    expect(codesOf(await list(clerkA, 'view=all&state=submitted'))).toEqual(codes('hoa'));
    expect(codesOf(await list(clerkA, `view=all&procedureId=${other}`))).toEqual(codes('duc'));
    expect(codesOf(await list(clerkA, 'view=all&field=HT'))).toEqual(codes('mai', 'duc', 'anh', 'hoa'));
    expect(codesOf(await list(clerkA, 'view=all&field=KHONG'))).toEqual([]);
  });

  it('by received day, counted in Vietnam time (the online one is not received yet)', async () => {
    expect(codesOf(await list(clerkA, 'view=all&receivedFrom=2026-11-23&receivedTo=2026-11-23'))).toEqual(
      codes('mai'),
    );
    expect(codesOf(await list(clerkA, 'view=all&receivedFrom=2026-11-24'))).toEqual(codes('duc', 'anh'));
    expect(codesOf(await list(clerkA, 'view=all&receivedTo=2026-11-22'))).toEqual([]);
  });

  it('by due status, agreeing with the marks each row carries', async () => {
    const all = await list(clerkA, 'view=all');
    for (const due of ['in_time', 'due_soon', 'overdue'] as const) {
      const box = await list(clerkA, `view=all&due=${due}`);
      expect(codesOf(box)).toEqual(
        all.items
          .filter((i) => i.legalUrgency === due)
          .map((i) => i.code)
          .sort(),
      );
      for (const item of box.items) expect(item.legalUrgency).toBe(due);
    }
    expect(codesOf(await list(clerkA, 'view=all&due=due_soon'))).toEqual(codes('duc'));
  });

  it('by assignee: unassigned steps for the head, and then the officer’s own', async () => {
    const unassigned = await list(approverA, 'view=all&assignee=none');
    expect(codesOf(unassigned)).toEqual(codes('mai', 'duc', 'anh'));
    const dossier = made.mai;
    if (!dossier) throw new Error('no dossier');
    const fresh = await expectDossier(t.as(approverA, 'GET', `/api/dossiers/${dossier.id}`));
    const assigned = await t.as(approverA, 'POST', `/api/dossiers/${dossier.id}/assign`, {
      version: fresh.version,
      stepId: fresh.steps.find((s) => s.state === 'active')?.id,
      assigneeId: t.org.users['officer.a']?.id,
    });
    expect(assigned.statusCode).toBe(200);
    expect(codesOf(await list(approverA, 'view=all&assignee=none'))).toEqual(codes('duc', 'anh'));
    expect(codesOf(await list(officerA, 'view=mine&assignee=me'))).toEqual(codes('mai'));
    expect(codesOf(await list(approverA, `view=all&assignee=${t.org.users['officer.a']?.id}`))).toEqual(
      codes('mai'),
    );
  });

  it('every row shows the step’s due time and the dossier’s, each with its mark', async () => {
    const box = await list(officerA, 'view=mine');
    const duc = box.items.find((i) => i.code === made.duc?.code);
    expect(duc).toMatchObject({ stepName: 'Thẩm định', legalUrgency: 'due_soon' });
    expect(Date.parse(duc?.stepDueAt ?? '')).toBeLessThan(Date.parse(duc?.legalDueAt ?? ''));
    const sameInAll = (await list(clerkA, 'view=all')).items.find((i) => i.code === made.duc?.code);
    expect(sameInAll).toMatchObject({
      stepDueAt: duc?.stepDueAt,
      legalDueAt: duc?.legalDueAt,
      stepUrgency: duc?.stepUrgency,
    });
  });

  it.each([
    'due=late',
    'state=unknown',
    'channel=fax',
    'receivedFrom=2026-13-01',
    'receivedFrom=2026-11-30&receivedTo=2026-11-01',
    'procedureId=abc',
    'assignee=someone',
    'colour=red',
    `q=${'a'.repeat(101)}`,
  ])('a bad filter "%s" is a 400 problem in Vietnamese and in English', async (query) => {
    const vi = await t.as(clerkA, 'GET', `/api/dossiers?${query}`);
    expect(vi.statusCode).toBe(400);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json().detail).toBe('Dữ liệu gửi lên không hợp lệ.');
    const en = await t.as(clerkA, 'GET', `/api/dossiers?${query}`, undefined, { 'accept-language': 'en' });
    expect(en.json().detail).toBe('The request data is not valid.');
  });

  // Last: the clock moves on for good.
  it('by due status once the time has passed', async () => {
    t.clock.set('2026-11-27T09:00:00Z'); // Friday 16:00: the two-day dossier is overdue
    const clerk = await t.login('clerk.a');
    expect(codesOf(await list(clerk, 'view=all&due=overdue'))).toEqual(codes('duc'));
    expect(codesOf(await list(clerk, 'view=overdue'))).toEqual(codes('duc'));
  });
});
