import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCounterIntakeRequest } from '../../../contracts/dossiers';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import { queryRows } from '../../db/client';
import { DEMO_FIELDS } from '../../demo/catalog';
import { callerOf } from '../../demo/dossiers';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { procedureContent } from '../../testing/catalog-fixtures';
import { intakeBody } from '../../testing/dossier-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { insertPublishedCatalog } from '../catalog/service';
import type { DossierCaller } from './command';
import { receiveAtDesk } from './intake';

// Which unit decides a dossier received at a desk (Decree 118/2025 art. 14: any desk of the
// province may receive): the one asked for when competent; else the desk itself or the unit it
// belongs to when competent; else the procedure's only competent unit; else none (422). The
// dossier's code is numbered at that unit.

let t: TestApp;
let deps: AppDeps;
let clerkA: DossierCaller;
let clerkB: DossierCaller;
const procedureIds: Record<string, string> = {};

/** Publishes a procedure decided by `competent`, received at desk A and at commune B. */
async function publish(code: string, competent: (keyof TestApp['org']['unit'])[]) {
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(tx, t.clock, t.config.PROVINCE_CODE, DEMO_FIELDS, [
      {
        code,
        fieldCode: 'HT',
        content: procedureContent() as ProcedureContent,
        effectiveFrom: '2025-07-01',
        competentUnitIds: competent.map((u) => t.org.unit[u]),
        receivingUnitIds: [t.org.unit.deskA, t.org.unit.communeB],
      },
    ]),
  );
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from procedures where code = ${code}`,
  );
  if (!row) throw new Error('not published');
  procedureIds[code] = row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  deps = { database: t.database, db: t.database.db, clock: t.clock, config: t.config };
  await publish('CU.COMMUNES', ['communeA', 'communeB']);
  await publish('CU.DEPARTMENT', ['department']);
  await publish('CU.ELSEWHERE', ['communeB', 'department']);
  clerkA = await callerOf(deps, 'clerk.a');
  clerkB = await callerOf(deps, 'clerk.b');
});
afterAll(() => t.close());

type Unit = keyof TestApp['org']['unit'];

interface Case {
  readonly caller: () => DossierCaller;
  readonly procedure: string;
  readonly desk: Unit;
  readonly asked?: Unit;
}

const receipt = (c: Case, i: number) => {
  const base = intakeBody(t, procedureIds[c.procedure] ?? '', {
    deskUnitId: t.org.unit[c.desk],
    ...(c.asked ? { competentUnitId: t.org.unit[c.asked] } : {}),
  });
  return ZCounterIntakeRequest.parse({ ...base, applicant: { ...base.applicant, name: `Người ${i}` } });
};

/** The competent unit's code of each receipt's dossier, or its problem; all handed in at once. */
async function decide(cases: readonly Case[]) {
  const settled = await Promise.allSettled(
    cases.map((c, i) => receiveAtDesk(deps, c.caller(), receipt(c, i), `cu-${Date.now()}-${i}`)),
  );
  return Promise.all(
    settled.map(async (s) => {
      if (s.status === 'rejected')
        return s.reason instanceof AppError ? `${s.reason.status} ${s.reason.code}` : String(s.reason);
      const [row] = await queryRows<{ unit: string; code: string }>(
        t.database.db,
        sql`select u.code as unit, d.code from dossiers d join units u on u.id = d.competent_unit_id
             where d.id = ${s.value.answer.id}`,
      );
      // The dossier's code is numbered at its competent unit (agency code first).
      expect(row?.code.startsWith(row.unit)).toBe(true);
      return row?.unit;
    }),
  );
}

describe('the unit competent for a dossier received at a desk', () => {
  it('is chosen by the rule, for receipts handed in together, one wrong ask failing alone', async () => {
    const A = () => clerkA;
    const B = () => clerkB;
    expect(
      await decide([
        { caller: A, procedure: 'CU.COMMUNES', desk: 'deskA' },
        { caller: B, procedure: 'CU.COMMUNES', desk: 'communeB' },
        { caller: A, procedure: 'CU.COMMUNES', desk: 'deskA', asked: 'communeB' },
        { caller: A, procedure: 'CU.COMMUNES', desk: 'deskA', asked: 'department' },
        { caller: A, procedure: 'CU.DEPARTMENT', desk: 'deskA' },
        { caller: A, procedure: 'CU.ELSEWHERE', desk: 'deskA' },
        { caller: A, procedure: 'CU.ELSEWHERE', desk: 'deskA', asked: 'department' },
      ]),
    ).toEqual([
      // Desk A belongs to commune A, which is competent.
      'P.XA',
      // Commune B receives for itself.
      'P.XB',
      // Asked for commune B at desk A: a non-territorial receipt.
      'P.XB',
      // The department is not competent for this procedure.
      '422 dossier_unit_not_competent',
      // The procedure's only competent unit.
      'P.S01',
      // Two competent units, neither the desk's: the clerk must say which.
      '422 dossier_unit_not_competent',
      'P.S01',
    ]);
  });

  it('numbers each unit’s dossiers of the day consecutively, whichever desk received them', async () => {
    const A = () => clerkA;
    const B = () => clerkB;
    const cases: Case[] = [
      { caller: A, procedure: 'CU.COMMUNES', desk: 'deskA', asked: 'communeB' },
      { caller: B, procedure: 'CU.COMMUNES', desk: 'communeB' },
      { caller: A, procedure: 'CU.COMMUNES', desk: 'deskA', asked: 'communeB' },
      { caller: A, procedure: 'CU.COMMUNES', desk: 'deskA' },
    ];
    const made = await Promise.all(
      cases.map((c, i) => receiveAtDesk(deps, c.caller(), receipt(c, i), undefined)),
    );
    const rows = await queryRows<{ code: string; unit: string }>(
      t.database.db,
      sql`select d.code, u.code as unit from dossiers d join units u on u.id = d.competent_unit_id
           where d.id = any(${sql.param(made.map((m) => m.answer.id))}::uuid[])`,
    );
    const sequences = (unit: string) =>
      rows
        .filter((r) => r.unit === unit)
        .map((r) => Number(r.code.slice(-4)))
        .sort((a, b) => a - b);
    const atB = sequences('P.XB');
    expect(atB).toHaveLength(3);
    expect(atB).toEqual([atB[0], (atB[0] ?? 0) + 1, (atB[0] ?? 0) + 2]);
    expect(sequences('P.XA')).toHaveLength(1);
  });
});
