import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRoute, DOSSIER_COMMAND_ROUTES } from '../../../contracts/dossier-command-routes';
import type { DossierDto } from '../../../contracts/dossiers';
import { DOSSIER_ACTIONS, type DossierAction } from '../../../domain/dossier/command-table';
import { loadSession } from '../../platform/auth-plugin';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { type DossierCaller, runDossierCommand } from './command';

/**
 * The command table decides once: for every dossier state reached by real commands, every staff
 * role and every command, the runner lets a command through exactly when the dossier page offers
 * it, and each offered action posts to a registered route.
 */

let t: TestApp;
let deps: AppDeps;
let procedureId: string;
const sessions: Record<string, Session> = {};
const callers: Record<string, DossierCaller> = {};
const dossiers: Record<string, DossierDto> = {};
const USERS = ['clerk.a', 'officer.a', 'approver.a', 'clerk.b', 'officer.dept'] as const;

/** Thrown by the probe's work: the runner let the command through its checks. */
class Allowed extends Error {}

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  deps = { database: t.database, db: t.database.db, clock: t.clock, config: t.config };
  procedureId = await publishDossierProcedure(t, '2.000301', { pauseAllowed: true });
  for (const user of [...USERS, 'citizen']) sessions[user] = await t.login(user);
  for (const user of USERS) {
    const token = sessions[user]?.cookie.split('=')[1] ?? '';
    const auth = await loadSession(t.database.db, t.clock, t.config, token);
    if (!auth) throw new Error(`no session for ${user}`);
    callers[user] = { auth, meta: { ip: '127.0.0.1', lang: 'vi' } };
  }
  await buildDossiersInEveryState();
}, 120_000);
afterAll(() => t.close());

const as = (user: string) => sessions[user] as Session;
const counter = () => expectDossier(t.as(as('clerk.a'), 'POST', '/api/dossiers', intakeBody(t, procedureId)));
async function online(): Promise<DossierDto> {
  const body = intakeBody(t, procedureId);
  const res = await t.as(as('citizen'), 'POST', '/api/dossiers/online', {
    procedureId,
    competentUnitId: t.org.unit.communeA,
    applicant: body.applicant,
    documents: body.documents,
    notes: '',
  });
  return expectDossier(t.as(as('clerk.a'), 'GET', `/api/dossiers/${res.json<{ id: string }>().id}`));
}
/** A counter dossier forwarded by the officer and approved on a declared paper result. */
async function approved(): Promise<DossierDto> {
  const forwarded = await expectDossier(act(t, as('officer.a'), await counter(), 'forward'));
  return expectDossier(act(t, as('approver.a'), forwarded, 'approve', { paperResult: true }));
}
const missing = [{ name: 'Giấy chứng sinh', originals: 1, copies: 0, provided: false }];

async function buildDossiersInEveryState() {
  t.clock.set('2026-11-23T02:00:00Z');
  dossiers.submitted = await online();
  dossiers.supplementAtIntake = await expectDossier(
    act(t, as('clerk.a'), await online(), 'review', {
      outcome: 'request_supplement',
      reason: 'Thiếu giấy chứng sinh',
      documents: missing,
    }),
  );
  dossiers.refused = await expectDossier(
    act(t, as('clerk.a'), await online(), 'review', { outcome: 'refuse', reason: 'Không thuộc thẩm quyền' }),
  );
  dossiers.atOfficer = await counter();
  dossiers.taken = await expectDossier(act(t, as('officer.a'), await counter(), 'accept'));
  dossiers.atApprover = await expectDossier(act(t, as('officer.a'), await counter(), 'forward'));
  dossiers.paused = await expectDossier(
    act(t, as('officer.a'), await counter(), 'pause', { reason: 'Chờ xác minh' }),
  );
  dossiers.interAgency = await expectDossier(
    act(t, as('officer.a'), await counter(), 'inter-agency', {
      unitId: t.org.unit.department,
      task: 'Xác minh lý lịch tư pháp',
      workingDays: 3,
    }),
  );
  dossiers.supplementInProcessing = await expectDossier(
    act(t, as('officer.a'), await counter(), 'request-supplement', {
      reason: 'Thiếu giấy chứng sinh',
      missing: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }],
    }),
  );
  dossiers.resolved = await approved();
  dossiers.returned = await expectDossier(
    act(t, as('clerk.a'), await approved(), 'return', { delivery: 'counter' }),
  );
  dossiers.withdrawn = await expectDossier(
    act(t, as('clerk.a'), await counter(), 'withdraw', { reason: 'Công dân rút' }),
  );
}

/** Whether the runner lets `action` through for `user` (its work is never run: the probe throws). */
async function runnerAllows(user: string, dossier: DossierDto, action: DossierAction): Promise<boolean> {
  try {
    await runDossierCommand(
      deps,
      callers[user] as DossierCaller,
      { dossierId: dossier.id, version: dossier.version, action },
      () => {
        throw new Allowed();
      },
    );
  } catch (error) {
    if (error instanceof Allowed) return true;
    if (error instanceof AppError) return false;
    throw error;
  }
  throw new Error('the probe always throws');
}

const registeredCommandRoutes = (): string[] => {
  const paths = (JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as { paths: Record<string, object> })
    .paths;
  return Object.entries(paths)
    .filter(([path, methods]) => path.startsWith('/api/dossiers/{id}/') && 'post' in methods)
    .map(([path]) => path.slice('/api/dossiers/{id}/'.length));
};

describe('one decision for what a caller may do', () => {
  it('every command route is a command of the table, and every staff command of the table has its route', () => {
    const routes = registeredCommandRoutes();
    const mapped = Object.values(DOSSIER_COMMAND_ROUTES).filter((r) => r !== null);
    expect([...routes].sort()).toEqual([...new Set(mapped)].sort());
  });

  it('the runner, the page’s actions[] and the web’s buttons agree for every state × role × command', async () => {
    const registered = new Set(registeredCommandRoutes());
    let compared = 0;
    for (const [name, dossier] of Object.entries(dossiers)) {
      const fresh = await expectDossier(t.as(as('clerk.a'), 'GET', `/api/dossiers/${dossier.id}`)).catch(
        () => dossier,
      );
      for (const user of USERS) {
        const page = await t.as(as(user), 'GET', `/api/dossiers/${dossier.id}`);
        const shown = page.statusCode === 200 ? page.json<DossierDto>() : null;
        const actions = shown?.actions ?? [];
        for (const action of DOSSIER_ACTIONS) {
          const allowed = await runnerAllows(user, fresh, action);
          expect(allowed, `${action} on ${name} (${fresh.state}) by ${user}`).toBe(actions.includes(action));
          compared++;
        }
        // The web shows these actions as buttons (dossier-commands.test.ts): each posts to a route.
        for (const action of actions)
          if (action !== 'attach_result')
            expect(registered.has(commandRoute(action as DossierAction, fresh.state) ?? '')).toBe(true);
      }
    }
    expect(compared).toBe(Object.keys(dossiers).length * USERS.length * DOSSIER_ACTIONS.length);
  }, 120_000);

  it('reaches every state a staff command applies in', () => {
    const states = new Set(Object.values(dossiers).map((d) => d.state));
    for (const state of ['submitted', 'needs_supplement', 'processing', 'inter_agency', 'paused', 'resolved'])
      expect(states).toContain(state);
  });
});
