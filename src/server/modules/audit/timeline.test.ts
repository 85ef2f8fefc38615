import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZAuditTimeline, ZAuditTimelineEntry } from '../../../contracts/audit';
import type { DossierDto } from '../../../contracts/dossiers';
import {
  ADMINISTRATIVE_ACTION_WORDS,
  AUDIT_ACTION_WORDS,
  dossierActionCode,
} from '../../../domain/audit/action-words';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { ACTION_LABELS } from '../dossiers/labels';
import { labelInDetails } from './timeline';

type Timeline = z.infer<typeof ZAuditTimeline>;
type Entry = z.infer<typeof ZAuditTimelineEntry>;

let t: TestApp;
let admin: Session;
let dossier: DossierDto;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const procedureId = await publishDossierProcedure(t, '2.000301');
  const clerk = await t.login('clerk.a');
  t.clock.advanceMinutes(5);
  dossier = await expectDossier(t.as(clerk, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
  const officer = await t.login('officer.a');
  t.clock.advanceMinutes(5);
  dossier = await expectDossier(act(t, officer, dossier, 'accept'));
  t.clock.advanceMinutes(5);
  dossier = await expectDossier(act(t, officer, dossier, 'forward', { note: 'Đủ điều kiện' }));
});
afterAll(() => t.close());

const timeline = async (session: Session, query = '') => {
  const res = await t.as(session, 'GET', `/api/audit/timeline${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Timeline>();
};

/** Every line, page after page of `limit`. */
async function allPages(session: Session, limit: number, filters = ''): Promise<Entry[]> {
  const out: Entry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const before: string = cursor ? `&before=${encodeURIComponent(cursor)}` : '';
    const answer = await timeline(session, `?limit=${limit}${filters}${before}`);
    out.push(...answer.entries);
    cursor = answer.nextCursor;
    if (!cursor) return out;
  }
  throw new Error('the pages never end');
}

describe('the audit timeline', () => {
  it('shows dossier commands beside sign-ins, newest first, with names, roles, units and the dossier code', async () => {
    const { entries } = await timeline(admin);
    const forward = entries.find((e) => e.action === 'dossier.forward');
    expect(forward).toMatchObject({
      source: 'dossier',
      kind: 'dossier',
      actor: { name: 'Người dùng officer.a', role: 'officer' },
      unit: { name: 'UBND xã Tân An' },
      subject: { type: 'dossier', id: dossier.id, label: dossier.code },
      reason: 'Đủ điều kiện',
      chain: null,
    });
    expect(entries.some((e) => e.action === 'dossier.receive' && e.actor.role === 'clerk')).toBe(true);
    const signIn = entries.find(
      (e) => e.action === 'auth.sign_in' && e.actor.name === 'Người dùng officer.a',
    );
    expect(signIn).toMatchObject({
      source: 'administrative',
      kind: 'auth',
      actor: { role: 'officer' },
      unit: { name: 'UBND xã Tân An' },
      subject: { type: 'user', label: 'Người dùng officer.a' },
    });
    expect(signIn?.chain?.seq).toBeGreaterThan(0);
    const times = entries.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    // The forward came last of all that was done.
    expect(entries[0]?.action).toBe('dossier.forward');
  });

  it('walks every line once by keyset pages, whatever the page size', async () => {
    const whole = await allPages(admin, 100);
    const byTwo = await allPages(admin, 2);
    expect(byTwo.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(new Set(whole.map((e) => e.id)).size).toBe(whole.length);
    expect(whole.length).toBeGreaterThan(6);
  });

  it('filters by kind, actor, subject and time', async () => {
    const dossierLines = await allPages(admin, 50, '&kind=dossier');
    expect(dossierLines.length).toBeGreaterThanOrEqual(3);
    expect(dossierLines.every((e) => e.source === 'dossier')).toBe(true);
    const signIns = await allPages(admin, 50, '&kind=auth');
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns.every((e) => e.action.startsWith('auth.'))).toBe(true);
    const byOfficer = await allPages(admin, 50, '&actor=OFFICER.A');
    expect(byOfficer.length).toBeGreaterThan(0);
    expect(byOfficer.every((e) => e.actor.name === 'Người dùng officer.a')).toBe(true);
    const ofDossier = await allPages(admin, 50, `&subject=${encodeURIComponent(dossier.code.slice(0, -2))}`);
    expect(ofDossier.map((e) => e.action).sort()).toEqual(
      ['dossier.accept_step', 'dossier.forward', 'dossier.receive', 'dossier.start_processing'].sort(),
    );
    const forwardAt = dossierLines[0]?.occurredAt ?? '';
    const since = await allPages(admin, 50, `&from=${encodeURIComponent(forwardAt)}`);
    expect(since.map((e) => e.action)).toEqual(['dossier.forward']);
    const until = await allPages(admin, 50, `&kind=dossier&to=${encodeURIComponent('2026-11-23T02:00:00Z')}`);
    expect(until).toEqual([]);
  });

  it('shows an agency admin their own unit’s lines only', async () => {
    const own = await allPages(await t.login('agencyadmin.a'), 50);
    expect(own.some((e) => e.action === 'dossier.forward')).toBe(true);
    const other = await allPages(await t.login('agencyadmin.b'), 50);
    expect(other.some((e) => e.source === 'dossier')).toBe(false);
    expect(other.every((e) => e.unit?.name !== 'UBND xã Tân An')).toBe(true);
    expect(other.some((e) => e.action === 'auth.sign_in')).toBe(true);
  });

  it('is for admins only', async () => {
    for (const who of ['clerk.a', 'officer.a', 'leader']) {
      const res = await t.as(await t.login(who), 'GET', '/api/audit/timeline');
      expect(res.statusCode).toBe(403);
    }
    expect((await t.as(null, 'GET', '/api/audit/timeline')).statusCode).toBe(401);
  });

  it.each([
    ['?before=yesterday', 'before'],
    ['?limit=0', 'limit'],
    ['?limit=1000', 'limit'],
    ['?kind=payments', 'kind'],
    ['?from=07/12/2026', 'from'],
    ['?page=2', ''],
  ])('answers bad input %s with a problem in Vietnamese or English, never a 500', async (query, field) => {
    for (const language of ['vi', 'en']) {
      const res = await t.as(admin, 'GET', `/api/audit/timeline${query}`, undefined, {
        'accept-language': language,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json<{ title: string; errors: { path: string }[] }>();
      expect(problem.title.length).toBeGreaterThan(0);
      if (field) expect(problem.errors.map((e) => e.path).join(' ')).toContain(field);
    }
  });
});

describe('the words of audit lines', () => {
  it('has words in both languages for every dossier command the dossiers module records', () => {
    for (const action of Object.keys(ACTION_LABELS)) {
      const words = (AUDIT_ACTION_WORDS as Record<string, { vi: string; en: string }>)[
        dossierActionCode(action)
      ];
      expect(words, action).toBeDefined();
      expect(words?.vi.trim().length, action).toBeGreaterThan(0);
      expect(words?.en.trim().length, action).toBeGreaterThan(0);
    }
    // Intake records its outcome as the event type, and an online dossier starts with "submit".
    for (const type of ['receive', 'request_supplement', 'refuse', 'submit'])
      expect(Object.keys(AUDIT_ACTION_WORDS)).toContain(dossierActionCode(type));
  });

  it('says each administrative action in Vietnamese and in English, naming the subject alike', () => {
    for (const [code, words] of Object.entries(ADMINISTRATIVE_ACTION_WORDS)) {
      expect(words.vi.trim(), code).not.toBe('');
      expect(words.en.trim(), code).not.toBe('');
      expect(words.vi.includes('{subject}'), code).toBe(words.en.includes('{subject}'));
    }
  });
});

describe('the name of an administrative subject', () => {
  it.each([
    [{ documentNumber: '3612/KH-UBND', year: 2021 }, '3612/KH-UBND'],
    [{ fileName: 'Tờ khai.xlsx', size: 10 }, 'Tờ khai.xlsx'],
    [{ year: 2026, units: 20 }, '2026'],
    [{ members: 1 }, null],
    [null, null],
  ])('is read from the entry’s details %j', (details, label) => {
    expect(labelInDetails(details)).toBe(label);
  });
});
