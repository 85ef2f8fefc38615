import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierAssignmentsDto } from '../../../contracts/dossier-assignment';
import type { DossierDto, InboxDto } from '../../../contracts/dossiers';
import type { Role } from '../../../domain/identity/roles';
import { outboxMessages, roleAssignments, users } from '../../db/schema';
import { uuidv7 } from '../../platform/ids';
import { hashPassword } from '../../platform/passwords';
import { expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, FIXTURE_PASSWORD, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let procedureId: string;
let clerkA: Session;
let approverA: Session;
let officerA: Session;
let officerA2: Session;
const people: Record<string, string> = {};

/** A person with one role at one unit, beyond the shared fixture's one per role. */
async function addPerson(username: string, role: Role, unitId: string): Promise<string> {
  const id = uuidv7(t.clock);
  const now = t.clock.now();
  await t.database.db.insert(users).values({
    id,
    username,
    fullName: `Cán bộ ${username}`,
    passwordHash: await hashPassword(FIXTURE_PASSWORD),
    homeUnitId: unitId,
    passwordChangedAt: now,
    createdAt: now,
  });
  await t.database.db.insert(roleAssignments).values({ userId: id, role, unitId });
  people[username] = id;
  return id;
}

const received = () => expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
const assignments = async (session: Session, dossier: { id: string }) =>
  (await t.as(session, 'GET', `/api/dossiers/${dossier.id}/assignments`)).json<DossierAssignmentsDto>();
const assign = (session: Session, dossier: DossierDto, assigneeId: string, reason = '') =>
  t.as(session, 'POST', `/api/dossiers/${dossier.id}/assign`, {
    version: dossier.version,
    stepId: dossier.steps.find((s) => s.state === 'active')?.id,
    assigneeId,
    reason,
  });
const mine = async (session: Session) =>
  (await t.as(session, 'GET', '/api/dossiers?view=mine&limit=100')).json<InboxDto>();

beforeAll(async () => {
  t = await createTestApp();
  procedureId = await publishDossierProcedure(t, '2.000051');
  await addPerson('officer.a2', 'officer', t.org.unit.communeA);
  await addPerson('officer.b', 'officer', t.org.unit.communeB);
  await addPerson('approver.b', 'approver', t.org.unit.communeB);
  clerkA = await t.login('clerk.a');
  approverA = await t.login('approver.a');
  officerA = await t.login('officer.a');
  officerA2 = await t.login('officer.a2');
});
afterAll(() => t.close());

describe('assigning a step', () => {
  it('the head of the unit gives the step to an officer, who alone then has it in "mine"', async () => {
    const dossier = await received();
    const offer = await assignments(approverA, dossier);
    expect(offer.steps).toHaveLength(1);
    expect(offer.steps[0]).toMatchObject({ name: 'Thẩm định', canAssign: true, assignee: null });
    expect(offer.steps[0]?.candidates.map((c) => c.id).sort()).toEqual(
      [t.org.users['officer.a']?.id, people['officer.a2']].sort(),
    );
    // Before: every officer of the unit sees the unassigned step.
    expect((await mine(officerA)).items.map((i) => i.dossierId)).toContain(dossier.id);
    expect((await mine(officerA2)).items.map((i) => i.dossierId)).toContain(dossier.id);

    const after = await expectDossier(assign(approverA, dossier, people['officer.a2'] ?? ''));
    expect(after.steps.find((s) => s.state === 'active')?.assignee).toBe('Cán bộ officer.a2');
    expect(after.events.at(-1)).toMatchObject({ type: 'assign_step', actor: 'Người dùng approver.a' });

    const hers = (await mine(officerA2)).items.find((i) => i.dossierId === dossier.id);
    expect(hers).toMatchObject({ assignee: 'Cán bộ officer.a2', stepName: 'Thẩm định' });
    expect((await mine(officerA)).items.map((i) => i.dossierId)).not.toContain(dossier.id);
    // The other officer can no longer take it.
    const taken = await t.as(officerA, 'POST', `/api/dossiers/${dossier.id}/accept`, {
      version: after.version,
    });
    expect(taken.statusCode).toBe(403);
    expect(taken.json()).toMatchObject({ code: 'dossier_not_your_step' });
  });

  it('a reassignment needs a reason, and the history says who gave it to whom, when and why', async () => {
    const first = await expectDossier(assign(approverA, await received(), people['officer.a2'] ?? ''));
    const noReason = await assign(approverA, first, t.org.users['officer.a']?.id ?? '');
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({ code: 'dossier_assignment_refused' });
    expect(noReason.json().detail).toContain('lý do');
    const again = await assign(approverA, first, people['officer.a2'] ?? '', 'vẫn người cũ');
    expect(again.statusCode).toBe(409);

    t.clock.advanceMinutes(1);
    const second = await expectDossier(
      assign(approverA, first, t.org.users['officer.a']?.id ?? '', 'Chuyên viên nghỉ phép'),
    );
    const { history } = await assignments(officerA, second);
    expect(history).toEqual([
      expect.objectContaining({
        assignee: 'Cán bộ officer.a2',
        previousAssignee: null,
        by: 'Người dùng approver.a',
      }),
      expect.objectContaining({
        assignee: 'Người dùng officer.a',
        previousAssignee: 'Cán bộ officer.a2',
        reason: 'Chuyên viên nghỉ phép',
      }),
    ]);
    expect(Date.parse(history[1]?.at ?? '')).toBeGreaterThan(Date.parse(history[0]?.at ?? ''));
  });

  it('only the head assigns: an officer or a clerk of the unit gets 403 and sees no offer', async () => {
    const dossier = await received();
    const offer = await assignments(officerA, dossier);
    expect(offer.steps[0]).toMatchObject({ canAssign: false, candidates: [] });
    expect((await assign(officerA, dossier, people['officer.a2'] ?? '')).statusCode).toBe(403);
    expect((await assign(clerkA, dossier, people['officer.a2'] ?? '')).statusCode).toBe(403);
  });

  it("never to another unit's officer (422), and another unit's head cannot see the dossier (404)", async () => {
    const dossier = await received();
    const other = await assign(approverA, dossier, people['officer.b'] ?? '');
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    const approverB = await t.login('approver.b');
    expect((await assign(approverB, dossier, people['officer.b'] ?? '')).statusCode).toBe(404);
    expect((await t.as(approverB, 'GET', `/api/dossiers/${dossier.id}/assignments`)).statusCode).toBe(404);
    // Nobody who is not an officer takes an officer's step, even of the same unit.
    expect((await assign(approverA, dossier, t.org.users['clerk.a']?.id ?? '')).statusCode).toBe(422);
  });

  it('bad input answers 400 problem+json in the language asked for, never a 500', async () => {
    const dossier = await received();
    const url = `/api/dossiers/${dossier.id}/assign`;
    const bad = await t.as(approverA, 'POST', url, { version: 'x', stepId: 'nope', assigneeId: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    const english = await t.as(
      approverA,
      'POST',
      url,
      { version: dossier.version },
      { 'accept-language': 'en' },
    );
    expect(english.statusCode).toBe(400);
    expect(english.json().detail).toBe('The request data is not valid.');
    const unknownStep = await t.as(approverA, 'POST', url, {
      version: dossier.version,
      stepId: uuidv7(t.clock),
      assigneeId: people['officer.a2'],
    });
    expect(unknownStep.statusCode).toBe(404);
  });

  it('the officer given the step is told by e-mail in the same transaction; a refused assignment tells no one', async () => {
    const dossier = await received();
    const alertsOf = async () =>
      (
        await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.dossierId, dossier.id))
      ).filter((m) => m.topic === 'step_assigned');
    const refused = await assign(approverA, dossier, people['officer.b'] ?? '');
    expect(refused.statusCode).toBe(422);
    expect(await alertsOf()).toEqual([]);

    await expectDossier(assign(approverA, dossier, t.org.users['officer.a']?.id ?? ''));
    const alerts = await alertsOf();
    expect(alerts.map((m) => [m.channel, m.recipient, m.state])).toEqual([
      ['email', 'officer.a@kiemthu.example', 'pending'],
    ]);
    expect(alerts[0]?.subject).toContain(`“Thẩm định” của hồ sơ ${dossier.code}`);
    expect(alerts[0]?.body).toContain(`/dossiers/${dossier.id}`);
  });

  it('two heads assigning at once: one wins, the other is told the dossier changed (409)', async () => {
    const dossier = await received();
    const answers = await Promise.all([
      assign(approverA, dossier, people['officer.a2'] ?? ''),
      assign(approverA, dossier, t.org.users['officer.a']?.id ?? ''),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const { history } = await assignments(approverA, dossier);
    expect(history).toHaveLength(1);
  });
});
