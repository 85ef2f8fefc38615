import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCounterIntakeRequest } from '../../../contracts/dossiers';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import { procedures } from '../../db/schema';
import { DEMO_FIELDS } from '../../demo/catalog';
import { callerOf } from '../../demo/dossiers';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { procedureContent } from '../../testing/catalog-fixtures';
import {
  expectDossier,
  insertDeskUnderDivision,
  intakeBody,
  publishDossierProcedure,
} from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { insertPublishedCatalog } from '../catalog/service';
import { receiveAtDesk } from './intake';

// Decree 118/2025 art. 14: a desk may receive a procedure of another level (non-territorial
// receipt), but only knowingly: the request says the clerk confirmed it, and the dossier keeps it.

let t: TestApp;
let deps: AppDeps;
let clerkA: Session;
let provinceProcedure: string;

/** A province-level procedure decided by the department, received anywhere in the province. */
async function publishProvinceProcedure(): Promise<string> {
  const code = '1.000777';
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(tx, t.clock, t.config.PROVINCE_CODE, DEMO_FIELDS, [
      {
        code,
        fieldCode: 'HT',
        content: procedureContent({
          name: 'Cấp phiếu lý lịch tư pháp',
          levels: ['province'],
        }) as ProcedureContent,
        effectiveFrom: '2025-07-01',
        competentUnitIds: [t.org.unit.department],
        receivingUnitIds: [t.org.unit.department],
      },
    ]),
  );
  const [row] = await t.database.db
    .select({ id: procedures.id })
    .from(procedures)
    .where(eq(procedures.code, code));
  if (!row) throw new Error('the procedure was not published');
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  deps = { database: t.database, db: t.database.db, clock: t.clock, config: t.config };
  provinceProcedure = await publishProvinceProcedure();
  clerkA = await t.login('clerk.a');
});
afterAll(() => t.close());

const receipt = (overrides: Record<string, unknown> = {}) => intakeBody(t, provinceProcedure, overrides);

describe('receiving a procedure of another level at a commune desk', () => {
  it('without the confirmation answers 422 naming the procedure’s level and agency, in vi and en, and writes nothing', async () => {
    const vi = await t.as(clerkA, 'POST', '/api/dossiers', receipt());
    expect(vi.statusCode).toBe(422);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.json()).toMatchObject({ code: 'dossier_other_level_unconfirmed' });
    expect(vi.json().detail).toContain('cấp tỉnh');
    expect(vi.json().detail).toContain('Sở Tư pháp');
    const en = await t.as(clerkA, 'POST', '/api/dossiers', receipt(), { 'accept-language': 'en' });
    expect(en.statusCode).toBe(422);
    expect(en.json().detail).toContain('province level');
    expect(en.json().detail).toContain('commune level');
    const inbox = await t.as(clerkA, 'GET', '/api/dossiers?limit=100');
    expect(inbox.json<{ total: number }>().total).toBe(0);
  });

  it('with the confirmation is received (201) for the department, and the receive event says it was another level’s', async () => {
    const dossier = await expectDossier(
      t.as(clerkA, 'POST', '/api/dossiers', receipt({ otherLevelConfirmed: true })),
    );
    expect(dossier.state).toBe('processing');
    const received = dossier.events.find((e) => e.type === 'receive');
    expect(received?.reason).toContain('Tiếp nhận không theo cấp');
    expect(received?.reason).toContain('cấp tỉnh');
    // The dossier keeps it as data too: the desk's level, which its page shows as a badge.
    expect(dossier.otherLevelReceipt).toBe('commune');
  });

  it('a procedure of the desk’s own level needs no confirmation and records no such note; a bad flag is 400', async () => {
    const communeProcedure = await publishDossierProcedure(t, '2.000778');
    const own = await expectDossier(t.as(clerkA, 'POST', '/api/dossiers', intakeBody(t, communeProcedure)));
    expect(own.events.find((e) => e.type === 'receive')?.reason ?? null).toBeNull();
    expect(own.otherLevelReceipt).toBeNull();
    const bad = await t.as(clerkA, 'POST', '/api/dossiers', { ...receipt(), otherLevelConfirmed: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('in a batch, each unconfirmed receipt fails alone and the confirmed ones are received', async () => {
    const clerk = await callerOf(deps, 'clerk.a');
    const body = (name: string, confirmed: boolean) => {
      const base = receipt({ otherLevelConfirmed: confirmed });
      return ZCounterIntakeRequest.parse({ ...base, applicant: { ...base.applicant, name } });
    };
    const settled = await Promise.allSettled([
      receiveAtDesk(deps, clerk, body('Người 1', true), undefined),
      receiveAtDesk(deps, clerk, body('Người 2', false), undefined),
      receiveAtDesk(deps, clerk, body('Người 3', true), undefined),
    ]);
    expect(
      settled.map((s) =>
        s.status === 'fulfilled' ? 'ok' : s.reason instanceof AppError ? s.reason.code : String(s.reason),
      ),
    ).toEqual(['ok', 'dossier_other_level_unconfirmed', 'ok']);
  });
});

describe('the level of a desk deeper in its commune’s tree', () => {
  it('is the commune’s: a provincial procedure there still asks for the confirmation', async () => {
    // A desk under a division of commune A: its level comes from the nearest commune up the tree.
    const desk = await insertDeskUnderDivision(t, '1');
    const refused = await t.as(clerkA, 'POST', '/api/dossiers', receipt({ deskUnitId: desk }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'dossier_other_level_unconfirmed' });
    expect(refused.json<{ detail: string }>().detail).toContain('cấp xã');
    const received = await expectDossier(
      t.as(clerkA, 'POST', '/api/dossiers', receipt({ deskUnitId: desk, otherLevelConfirmed: true })),
    );
    expect(received.otherLevelReceipt).toBe('commune');
  });
});
