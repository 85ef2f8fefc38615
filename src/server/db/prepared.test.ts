import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { queryRows, queryRowsPrepared, setNamedStatements } from './client';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('prepared statements named after their text', () => {
  it('answer each run with its own parameters, on a connection that already prepared them', async () => {
    const answers = await t.database.db.transaction(async (tx) => {
      const doubled: number[] = [];
      for (const n of [1, 2, 3]) {
        const [row] = await queryRowsPrepared<{ n: number }>(tx, sql`select ${n}::integer * 2 as n`);
        doubled.push(row?.n ?? -1);
      }
      return doubled;
    });
    expect(answers).toEqual([2, 4, 6]);
  });
});

// Behind a pooler in transaction mode a named statement may meet another server connection: the
// process can run every statement unnamed instead (PGlite ignores the names either way).
describe('with prepared statements turned off (DB_PREPARED_STATEMENTS=false)', () => {
  it('runs every statement unnamed, with the same answers', async () => {
    setNamedStatements(false);
    try {
      const { answers, prepared } = await t.database.db.transaction(async (tx) => {
        const got: number[] = [];
        for (const n of [5, 6]) {
          const [row] = await queryRowsPrepared<{ n: number }>(tx, sql`select ${n}::integer + 41 as n`);
          got.push(row?.n ?? -1);
        }
        const [count] = await queryRows<{ count: number }>(
          tx,
          sql`select count(*)::integer as count from pg_prepared_statements where statement like '%+ 41 as n%'`,
        );
        return { answers: got, prepared: count?.count ?? -1 };
      });
      expect(answers).toEqual([46, 47]);
      expect(prepared).toBe(0);
    } finally {
      setNamedStatements(true);
    }
  });
});

// Last: it fills the process's bound of prepared texts.
describe('prepared statements named after their text, many of them', () => {
  it('stop being prepared past a bound of texts, still answering right', async () => {
    const { answers, prepared } = await t.database.db.transaction(async (tx) => {
      const got: number[] = [];
      for (let i = 0; i < 260; i++) {
        const [row] = await queryRowsPrepared<{ n: number }>(
          tx,
          sql`select ${sql.raw(String(i))}::integer as n`,
        );
        got.push(row?.n ?? -1);
      }
      // On PostgreSQL the connection holds what it prepared; PGlite runs every statement unnamed.
      const [count] =
        t.database.driver === 'postgres'
          ? await queryRows<{ count: number }>(
              tx,
              sql`select count(*)::integer as count from pg_prepared_statements where name like 'motcua_%'`,
            )
          : [{ count: 0 }];
      return { answers: got, prepared: count?.count ?? -1 };
    });
    expect(answers).toEqual(Array.from({ length: 260 }, (_, i) => i));
    expect(prepared).toBeLessThanOrEqual(200);
    if (t.database.driver === 'postgres') expect(prepared).toBeGreaterThan(100);
  });
});
