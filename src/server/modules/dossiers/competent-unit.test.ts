import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCounterIntakeRequest } from '../../../contracts/dossiers';
import { localDateOf } from '../../../domain/calendar/local-time';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import { decidingUnit } from '../../../domain/dossier/deciding-unit';
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
import { type DeskReceipt, readReceiptContext } from './receipt-context';

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

/** Rolls the probe's transaction back: it reserved numbers it must not keep. */
class RollBack extends Error {}

describe('the receipt statement’s choice of unit', () => {
  it('agrees with decidingUnit on every branch of the rule', async () => {
    const cases: (Case & { expected: Unit | null })[] = [
      {
        caller: () => clerkA,
        procedure: 'CU.COMMUNES',
        desk: 'deskA',
        asked: 'communeB',
        expected: 'communeB',
      },
      {
        caller: () => clerkA,
        procedure: 'CU.COMMUNES',
        desk: 'communeB',
        asked: 'communeA',
        expected: 'communeA',
      },
      { caller: () => clerkA, procedure: 'CU.COMMUNES', desk: 'deskA', asked: 'department', expected: null },
      { caller: () => clerkA, procedure: 'CU.COMMUNES', desk: 'communeB', expected: 'communeB' },
      { caller: () => clerkA, procedure: 'CU.COMMUNES', desk: 'deskA', expected: 'communeA' },
      { caller: () => clerkA, procedure: 'CU.DEPARTMENT', desk: 'deskA', expected: 'department' },
      { caller: () => clerkA, procedure: 'CU.DEPARTMENT', desk: 'province', expected: 'department' },
      { caller: () => clerkA, procedure: 'CU.ELSEWHERE', desk: 'deskA', expected: null },
      { caller: () => clerkA, procedure: 'CU.ELSEWHERE', desk: 'province', expected: null },
      { caller: () => clerkA, procedure: 'CU.ELSEWHERE', desk: 'communeB', expected: 'communeB' },
    ];
    const receipts: DeskReceipt[] = cases.map((c, i) => ({
      caller: c.caller(),
      request: receipt(c, i),
      claim: { userId: c.caller().auth.userId, key: undefined, fingerprint: `probe-${i}` },
    }));
    const today = localDateOf(t.clock.now().getTime());
    let compared: { bySql: string | null; byRule: string | null }[] = [];
    await t.database.db
      .transaction(async (tx) => {
        const context = await readReceiptContext(deps, tx, receipts, today);
        const units = new Map(context.units.map((u) => [u.id, u]));
        compared = receipts.map((r, i) => {
          const procedure = context.procedures.find((p) => p.procedureId === r.request.procedureId);
          if (!procedure) throw new Error('the procedure is in force');
          return {
            bySql: context.chosen[String(i)] ?? null,
            byRule: decidingUnit({
              asked: r.request.competentUnitId ?? null,
              desk: units.get(r.request.deskUnitId) ?? null,
              competentUnitIds: procedure.competentUnitIds,
            }),
          };
        });
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    const expected = cases.map((c) => (c.expected === null ? null : t.org.unit[c.expected]));
    expect(compared.map((c) => c.byRule)).toEqual(expected);
    expect(compared.map((c) => c.bySql)).toEqual(expected);
  });
});
