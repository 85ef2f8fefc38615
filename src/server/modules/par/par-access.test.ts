import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, uuidArray } from '../../db/client';
import { callerOf } from '../../demo/dossiers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { parCaller, taskPermissions } from './par-access';
import { readableTasksSql } from './tasks-repo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the tasks a caller reads, in SQL', () => {
  it('agrees with taskPermissions for every fixture user and every way a task can involve the units', async () => {
    const units = Object.values(t.org.unit);
    // Assigned by one unit, led by one, with no, one or two cooperating units.
    const tasks = units.flatMap((assigning, a) =>
      units.flatMap((lead, l) => {
        const other = units[(a + l + 1) % units.length] ?? lead;
        return [[], [other], [other, assigning]].map((cooperating) => ({
          assigningUnitId: assigning,
          leadUnitId: lead,
          cooperatingUnitIds: cooperating,
        }));
      }),
    );
    const rows = sql.join(
      tasks.map(
        (task, i) =>
          sql`(${i}, ${task.assigningUnitId}::uuid, ${task.leadUnitId}::uuid, ${uuidArray(task.cooperatingUnitIds)})`,
      ),
      sql`, `,
    );
    let readable = 0;
    for (const username of Object.keys(t.org.users)) {
      const caller = await parCaller(t.database.db, (await callerOf(t.database, username)).auth);
      const found = await queryRows<{ i: string }>(
        t.database.db,
        sql`select t.i from (values ${rows}) t(i, assigning_unit_id, lead_unit_id, cooperating_unit_ids)
             where ${readableTasksSql(caller)}`,
      );
      const expected = tasks.flatMap((task, i) => (taskPermissions(caller, task).read ? [i] : []));
      expect(
        found.map((r) => Number(r.i)).sort((x, y) => x - y),
        username,
      ).toEqual(expected);
      readable += expected.length;
    }
    expect(readable).toBeGreaterThan(0);
    expect(readable).toBeLessThan(tasks.length * Object.keys(t.org.users).length);
  });
});
