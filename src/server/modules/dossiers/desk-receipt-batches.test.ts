import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCounterIntakeRequest } from '../../../contracts/dossiers';
import { queryRows } from '../../db/client';
import { callerOf } from '../../demo/dossiers';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { intakeBody, publishDossierProcedure } from '../../testing/dossier-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { DossierCaller } from './command';
import { receiveAtDesk } from './intake';
import { rebuiltAndLive, recordsAgree } from './rebuild';

// Receipts handed in together are taken in one transaction (platform/group-commit.ts): called
// at once, the first runs alone and the others queue for the next batch. Each must still get
// the answer it would get alone.

let t: TestApp;
let deps: AppDeps;
let clerkA: DossierCaller;
let procedureId: string;

beforeAll(async () => {
  t = await createTestApp();
  deps = { database: t.database, db: t.database.db, clock: t.clock, config: t.config };
  procedureId = await publishDossierProcedure(t, '2.000031');
  clerkA = await callerOf(deps, 'clerk.a');
});
afterAll(() => t.close());

/** A valid intake for `name`, as the route parses it. */
const body = (name: string, overrides: Record<string, unknown> = {}) => {
  const base = intakeBody(t, procedureId, overrides);
  return ZCounterIntakeRequest.parse({ ...base, applicant: { ...base.applicant, name } });
};
const sequenceOf = (code: string) => Number(code.slice(-4));
const problemOf = (reason: unknown) =>
  reason instanceof AppError ? [reason.status, reason.code] : ['not a problem', String(reason)];

async function applicantOf(id: string): Promise<string | undefined> {
  const [row] = await queryRows<{ name: string }>(
    t.database.db,
    sql`select applicant->>'name' as name from dossiers where id = ${id}`,
  );
  return row?.name;
}

describe('desk receipts taken together', () => {
  it('get consecutive distinct codes, each caller its own dossier, each row the fold of its events', async () => {
    const names = ['Người 1', 'Người 2', 'Người 3', 'Người 4', 'Người 5', 'Người 6'];
    const results = await Promise.all(
      names.map((name) => receiveAtDesk(deps, clerkA, body(name), undefined)),
    );
    const codes = results.map((r) => r.answer.code);
    expect(new Set(codes).size).toBe(names.length);
    const sequences = codes.map(sequenceOf).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => (sequences[0] ?? 0) + i));
    for (const [i, result] of results.entries()) {
      expect(result.replayed).toBe(false);
      expect(await applicantOf(result.answer.id)).toBe(names[i]);
      const pair = await rebuiltAndLive(t.database.db, result.answer.id);
      expect(recordsAgree(pair?.rebuilt ?? null, pair?.live ?? ({} as never))).toBe(true);
      expect(pair?.eventCount).toBe(2);
    }
  });

  it('a batch with failing receipts still answers the others, and each failure as it would alone', async () => {
    const [before] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from dossiers`,
    );
    const settled = await Promise.allSettled([
      receiveAtDesk(deps, clerkA, body('Người A'), undefined),
      receiveAtDesk(deps, clerkA, body('Người B'), undefined),
      receiveAtDesk(deps, clerkA, body('Người ngoài', { deskUnitId: t.org.unit.communeB }), undefined),
      receiveAtDesk(deps, clerkA, body('Người C'), undefined),
      receiveAtDesk(deps, clerkA, body('Người D', { procedureId: t.org.unit.deskA }), undefined),
      receiveAtDesk(deps, clerkA, body('Người E'), undefined),
    ]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? 'ok' : problemOf(s.reason)))).toEqual([
      'ok',
      'ok',
      [404, 'not_found'],
      'ok',
      [422, 'dossier_procedure_unavailable'],
      'ok',
    ]);
    const made = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.answer] : []));
    // Nothing of the failed batch was kept: no gap in the codes, one dossier per success.
    const sequences = made.map((d) => sequenceOf(d.code)).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => (sequences[0] ?? 0) + i));
    const [after] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from dossiers`,
    );
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(4);
    expect(await Promise.all(made.map((d) => applicantOf(d.id)))).toEqual([
      'Người A',
      'Người B',
      'Người C',
      'Người E',
    ]);
  });

  it('a retry inside a batch gets the first dossier; twins share one; a reused key is refused alone', async () => {
    const first = await receiveAtDesk(deps, clerkA, body('Người gốc'), 'batch-key-0001');
    const settled = await Promise.allSettled([
      receiveAtDesk(deps, clerkA, body('Người mở đầu'), undefined),
      receiveAtDesk(deps, clerkA, body('Người gốc'), 'batch-key-0001'),
      receiveAtDesk(deps, clerkA, body('Người song sinh'), 'batch-key-0002'),
      receiveAtDesk(deps, clerkA, body('Người song sinh'), 'batch-key-0002'),
      receiveAtDesk(deps, clerkA, body('Người khác'), 'batch-key-0001'),
      receiveAtDesk(deps, clerkA, body('Người thường'), undefined),
    ]);
    const [opener, retry, twin1, twin2, reused, plain] = settled;
    expect(retry).toEqual({ status: 'fulfilled', value: { replayed: true, answer: first.answer } });
    expect(reused?.status === 'rejected' && problemOf(reused.reason)).toEqual([
      422,
      'idempotency_key_reused',
    ]);
    if (twin1?.status !== 'fulfilled' || twin2?.status !== 'fulfilled') throw new Error('twins must succeed');
    expect(twin2.value.answer).toEqual(twin1.value.answer);
    expect([twin1.value.replayed, twin2.value.replayed]).toEqual([false, true]);
    expect(await applicantOf(twin1.value.answer.id)).toBe('Người song sinh');
    for (const alone of [opener, plain]) expect(alone?.status).toBe('fulfilled');
    const [twins] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from dossiers where applicant->>'name' = 'Người song sinh'`,
    );
    expect(twins?.n).toBe(1);
  });
});

describe('a province with its own code layout', () => {
  it('numbers dossiers in that layout, per unit and day', async () => {
    const other = await createTestApp({ DOSSIER_CODE_PATTERN: '{agency}.{yyyymmdd}.{seq5}' });
    try {
      const otherDeps = {
        database: other.database,
        db: other.database.db,
        clock: other.clock,
        config: other.config,
      };
      const procedure = await publishDossierProcedure(other, '2.000032');
      const clerk = await callerOf(otherDeps, 'clerk.a');
      const parsed = ZCounterIntakeRequest.parse(intakeBody(other, procedure));
      const [first, second] = await Promise.all([
        receiveAtDesk(otherDeps, clerk, parsed, undefined),
        receiveAtDesk(otherDeps, clerk, parsed, undefined),
      ]);
      const codes = [first?.answer.code, second?.answer.code].sort();
      expect(codes).toEqual(['P.XA.20261123.00001', 'P.XA.20261123.00002']);
    } finally {
      await other.close();
    }
  });
});
