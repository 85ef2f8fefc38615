import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDto } from '../../../contracts/dossiers';
import {
  act,
  expectDossier,
  intakeBody,
  problemOf,
  publishDossierProcedure,
  reloadDossier,
} from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let oneDay: string;
let electronicOnly: string;
let clerkA: Session;
let officerA: Session;
let approverA: Session;
let clerkB: Session;
let citizen: Session;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  oneDay = await publishDossierProcedure(t, '2.000401', { processing: { unit: 'working_days', amount: 1 } });
  electronicOnly = await publishDossierProcedure(t, '2.000402', {
    resultMedium: 'electronic',
  } as Record<string, unknown>);
  clerkA = await t.login('clerk.a');
  officerA = await t.login('officer.a');
  approverA = await t.login('approver.a');
  clerkB = await t.login('clerk.b');
  citizen = await t.login('citizen');
});
afterAll(() => t.close());

const receive = (procedureId: string) =>
  expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, procedureId)));
const reload = (d: DossierDto, session: Session = clerkA) => reloadDossier(t, session, d);
const apology = { reason: 'Chờ xác minh thông tin', newAppointmentAt: '2027-01-15T02:00:00Z' };
const problem = problemOf;
const attach = (session: Session, d: DossierDto) =>
  t.as(session, 'POST', `/api/dossiers/${d.id}/results?fileName=ket-qua.pdf&version=${d.version}`, PDF, {
    'content-type': 'application/pdf',
  });

describe('the apology (Mẫu 04) at the desk', () => {
  it('is neither offered nor accepted for an online dossier never received', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    const body = intakeBody(t, oneDay);
    const submitted = await t.as(citizen, 'POST', '/api/dossiers/online', {
      procedureId: oneDay,
      competentUnitId: t.org.unit.communeA,
      applicant: body.applicant,
      documents: body.documents,
      notes: '',
    });
    const dossier = await reload({ id: submitted.json<{ id: string }>().id } as DossierDto);
    expect(dossier.state).toBe('submitted');
    expect(dossier.actions).not.toContain('issue_apology');
    expect(await problem(act(t, clerkA, dossier, 'apology', apology))).toEqual([
      409,
      'dossier_transition_not_allowed',
    ]);
    expect((await reload(dossier)).apology).toBeNull();
  });

  it('opens one working day before the legal due time, not earlier', async () => {
    t.clock.set('2026-12-07T02:00:00Z'); // Monday 09:00
    const twentyDays = await publishDossierProcedure(t, '2.000403');
    const dossier = await receive(twentyDays);
    expect(dossier.actions).not.toContain('issue_apology');
    expect(await problem(act(t, officerA, dossier, 'apology', apology))).toEqual([
      409,
      'dossier_apology_refused',
    ]);
  });

  it('is not offered to an officer who already handed the dossier on; the approver holding it may', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    let dossier = await receive(oneDay);
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    t.clock.set('2026-12-08T01:00:00Z'); // an hour before the due time
    expect((await reload(dossier, officerA)).actions).not.toContain('issue_apology');
    expect(await problem(act(t, officerA, dossier, 'apology', apology))).toEqual([
      403,
      'dossier_not_your_step',
    ]);
    expect((await reload(dossier, approverA)).actions).toContain('issue_apology');
    expect((await reload(dossier, clerkA)).actions).toContain('issue_apology');
    expect((await reload(dossier, clerkB).catch(() => null))?.actions ?? []).not.toContain('issue_apology');
  });

  it('proposes a new date after now and after the current appointment', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    const dossier = await receive(oneDay);
    t.clock.set('2026-12-09T03:00:00Z'); // past the due time (Tuesday 09:00) and the appointment
    const page = await reload(dossier, approverA);
    expect(page.actions).toContain('issue_apology');
    const proposed = Date.parse(page.apologyProposedAt ?? '');
    expect(proposed).toBeGreaterThan(t.clock.now().getTime());
    expect(proposed).toBeGreaterThan(Date.parse(page.appointmentAt ?? ''));
    // One working day on from Wednesday 10:00: Thursday 10:00.
    expect(page.apologyProposedAt).toBe('2026-12-10T03:00:00.000Z');
    const issued = await expectDossier(
      act(t, approverA, page, 'apology', {
        reason: apology.reason,
        newAppointmentAt: page.apologyProposedAt,
      }),
    );
    expect(issued.apology).not.toBeNull();
    expect(issued.apologyProposedAt).toBeNull();
    expect(await problem(act(t, clerkA, issued, 'apology', apology))).toEqual([
      409,
      'dossier_apology_refused',
    ]);
  });
});

describe('the result', () => {
  it('is not approved without a document or a declared paper result', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    let dossier = await receive(oneDay);
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    expect(await problem(act(t, approverA, dossier, 'approve'))).toEqual([409, 'dossier_result_missing']);
    expect((await reload(dossier)).state).toBe('processing');
    dossier = await expectDossier(act(t, approverA, dossier, 'approve', { paperResult: true }));
    expect(dossier.state).toBe('resolved');
  });

  it('of an electronic-only procedure needs its document; a paper declaration is not enough', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    let dossier = await receive(electronicOnly);
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    expect(await problem(act(t, approverA, dossier, 'approve', { paperResult: true }))).toEqual([
      409,
      'dossier_result_missing',
    ]);
    dossier = await expectDossier(attach(approverA, dossier));
    dossier = await expectDossier(act(t, approverA, dossier, 'approve'));
    expect(dossier.state).toBe('resolved');
  });

  it('goes back electronically only with an attached electronic result', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    let dossier = await receive(oneDay);
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    dossier = await expectDossier(act(t, approverA, dossier, 'approve', { paperResult: true }));
    expect(await problem(act(t, clerkA, dossier, 'return', { delivery: 'electronic' }))).toEqual([
      409,
      'dossier_electronic_result_missing',
    ]);
    dossier = await expectDossier(attach(clerkA, dossier));
    dossier = await expectDossier(act(t, clerkA, dossier, 'return', { delivery: 'electronic' }));
    expect(dossier).toMatchObject({ state: 'returned', delivery: 'electronic' });
  });

  it('two approvals of the same version: one wins, the other is told the dossier changed', async () => {
    t.clock.set('2026-12-07T02:00:00Z');
    let dossier = await receive(oneDay);
    dossier = await expectDossier(act(t, officerA, dossier, 'forward'));
    const both = await Promise.all([
      act(t, approverA, dossier, 'approve', { paperResult: true }),
      act(t, approverA, dossier, 'approve', { paperResult: true }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await reload(dossier)).events.filter((e) => e.type === 'resolve')).toHaveLength(1);
  });
});
