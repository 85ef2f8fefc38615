import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { includesIgnoringWraps, readPdf } from '../dossiers/forms/pdf-reading.test-support';

let t: TestApp;
let admin: Session;
let agencyAdminA: Session;
let agencyAdminB: Session;
let officerA: Session;

const chairman = {
  headTitle: 'Chủ tịch',
  headName: 'Hoàng Văn Khải',
  collectiveName: 'Ủy ban nhân dân',
  authorised: null,
};
const deputy = {
  ...chairman,
  authorised: { name: 'Đinh Thị Lan', title: 'Phó Chủ tịch', authority: 'KT' },
};

const signersUrl = () => `/api/units/${t.org.unit.communeA}/signers`;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  admin = await t.login('admin');
  agencyAdminA = await t.login('agencyadmin.a');
  agencyAdminB = await t.login('agencyadmin.b');
  officerA = await t.login('officer.a');
});
afterAll(() => t.close());

describe('who signs for a unit', () => {
  it('the system admin records the head; the block reads TM. of the committee, the title and the name', async () => {
    expect((await t.as(admin, 'GET', signersUrl())).json()).toEqual({ current: null, history: [] });
    const set = await t.as(admin, 'PUT', signersUrl(), chairman);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      ...chairman,
      setBy: 'Người dùng admin',
      block: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Hoàng Văn Khải' },
    });
    const audit = await t.as(admin, 'GET', '/api/audit?action=unit.signers_set');
    expect(audit.json<{ total: number }>().total).toBe(1);
  });

  it('the unit’s agency admin records a deputy signing KT.; the earlier record stays in the history', async () => {
    t.clock.advanceMinutes(1);
    const set = await t.as(agencyAdminA, 'PUT', signersUrl(), deputy);
    expect(set.statusCode, set.body).toBe(200);
    const view = (await t.as(agencyAdminA, 'GET', signersUrl())).json();
    expect(view.current.block).toEqual({
      authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: 'PHÓ CHỦ TỊCH',
      name: 'Đinh Thị Lan',
    });
    expect(
      view.history.map((h: { headName: string; authorised: unknown }) => [h.headName, h.authorised]),
    ).toEqual([['Hoàng Văn Khải', null]]);
  });

  it('another commune’s admin gets 404, an officer 403; nothing is written', async () => {
    expect((await t.as(agencyAdminB, 'PUT', signersUrl(), chairman)).statusCode).toBe(404);
    expect((await t.as(agencyAdminB, 'GET', signersUrl())).statusCode).toBe(404);
    expect((await t.as(officerA, 'PUT', signersUrl(), chairman)).statusCode).toBe(403);
    const view = (await t.as(admin, 'GET', signersUrl())).json();
    expect(view.current.authorised.name).toBe('Đinh Thị Lan');
    expect(view.history).toHaveLength(1);
  });

  it('bad input answers 400 problem+json in vi and en, never a 500', async () => {
    for (const body of [
      {},
      { ...chairman, headName: ' ' },
      { ...chairman, authorised: { name: 'Đinh Thị Lan', title: 'Phó Chủ tịch', authority: 'KY THAY' } },
      { ...chairman, authorised: { name: 'Đinh Thị Lan' } },
      { ...chairman, extra: true },
    ]) {
      const res = await t.as(admin, 'PUT', signersUrl(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const en = await t.as(admin, 'PUT', signersUrl(), {}, { 'accept-language': 'en' });
    expect(en.json().detail).toBe('The request data is not valid.');
    expect((await t.as(admin, 'PUT', '/api/units/not-a-uuid/signers', chairman)).statusCode).toBe(400);
  });
});

describe('the head’s forms print the signer recorded when they were issued', () => {
  it('a stop notice keeps the deputy who signed it after the head changes; a later one prints the new head', async () => {
    const procedureId = await publishDossierProcedure(t, '2.000301');
    const clerkA = await t.login('clerk.a');
    const approverA = await t.login('approver.a');
    const stoppedDossier = async () => {
      const received = await expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
      return expectDossier(act(t, approverA, received, 'stop', { reason: 'Công dân đề nghị dừng' }));
    };
    const noticeText = async (dossier: DossierDto) => {
      const notice = dossier.forms.find((f) => f.kind === 'stop_notice');
      const res = await t.as(approverA, 'GET', `/api/dossiers/${dossier.id}/forms/${notice?.id}.pdf`);
      expect(res.statusCode).toBe(200);
      return (await readPdf(res.rawPayload)).text;
    };
    t.clock.advanceMinutes(1);
    const first = await stoppedDossier();
    const before = await noticeText(first);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đinh Thị Lan'])
      expect(includesIgnoringWraps(before, line), line).toBe(true);

    t.clock.advanceMinutes(1);
    const newHead = { ...chairman, headName: 'Trương Minh Quân' };
    expect((await t.as(admin, 'PUT', signersUrl(), newHead)).statusCode).toBe(200);
    expect(await noticeText(first)).toBe(before);

    t.clock.advanceMinutes(1);
    const later = await noticeText(await stoppedDossier());
    expect(includesIgnoringWraps(later, 'Trương Minh Quân')).toBe(true);
    expect(includesIgnoringWraps(later, 'Đinh Thị Lan')).toBe(false);
    expect(includesIgnoringWraps(later, 'KT. CHỦ TỊCH')).toBe(false);
  });
});
