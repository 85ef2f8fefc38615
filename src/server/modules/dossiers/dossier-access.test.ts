import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto, InboxDto } from '../../../contracts/dossiers';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

/**
 * Role × dossier of commune A: who reads it, who lists it, who acts on it. Out of scope answers
 * 404 as if it did not exist; roles that never work on dossiers answer 403.
 */
let t: TestApp;
let dossier: DossierDto;
const sessions: Record<string, Session> = {};
const expected: Record<string, 200 | 403 | 404> = {
  admin: 200,
  leader: 403,
  par: 403,
  'clerk.a': 200,
  'officer.a': 200,
  'approver.a': 200,
  'agencyadmin.a': 200,
  'clerk.b': 404,
  'agencyadmin.b': 404,
  'officer.dept': 404,
  citizen: 403,
};
const usernames = Object.keys(expected);

beforeAll(async () => {
  t = await createTestApp();
  for (const name of usernames) sessions[name] = await t.login(name);
  const procedureId = await publishDossierProcedure(t, '2.000301');
  dossier = await expectDossier(
    t.as(sessions['clerk.a'] ?? null, 'POST', '/api/dossiers', intakeBody(t, procedureId)),
  );
});
afterAll(() => t.close());

const session = (name: string): Session => {
  const s = sessions[name];
  if (!s) throw new Error(`no session for ${name}`);
  return s;
};

describe('dossiers across units and roles', () => {
  it.each(usernames)('%s reading a dossier of commune A', async (who) => {
    const res = await t.as(session(who), 'GET', `/api/dossiers/${dossier.id}`);
    expect(res.statusCode).toBe(expected[who]);
  });

  it.each(usernames.filter((u) => expected[u] !== 403))(
    'the list of %s holds it only in scope',
    async (who) => {
      const res = await t.as(session(who), 'GET', '/api/dossiers?view=all');
      const ids = res.json<InboxDto>().items.map((i) => i.dossierId);
      expect(ids.includes(dossier.id)).toBe(expected[who] === 200);
    },
  );

  it.each(usernames.filter((u) => expected[u] !== 200))(
    '%s cannot act on it, and nothing changes',
    async (who) => {
      const res = await act(t, session(who), dossier, 'forward', { note: 'thử' });
      expect(res.statusCode).toBe(expected[who]);
      const after = await expectDossier(t.as(session('clerk.a'), 'GET', `/api/dossiers/${dossier.id}`));
      expect(after.version).toBe(dossier.version);
    },
  );

  it('an agency admin of the commune sees it but cannot do a step that is not theirs', async () => {
    const res = await act(t, session('agencyadmin.a'), dossier, 'forward');
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('dossier_not_your_step');
  });

  it('a citizen cannot use the desk intake, nor a clerk receive for a desk of another commune', async () => {
    const body = intakeBody(t, dossier.procedure.id);
    expect((await t.as(session('citizen'), 'POST', '/api/dossiers', body)).statusCode).toBe(403);
    expect(
      (await t.as(session('clerk.b'), 'POST', '/api/dossiers', { ...body, deskUnitId: t.org.unit.deskA }))
        .statusCode,
    ).toBe(404);
  });
});
