import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/identity/roles';
import { queryRows } from '../db/client';
import { callerOf } from '../demo/dossiers';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  anyInScope,
  inScope,
  resolveScope,
  resolveScopes,
  scopeContains,
  scopeReaches,
  scopesOfCaller,
  unitsAboveSql,
} from './access';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the scope filter in SQL', () => {
  it('inScope and anyInScope agree with scopeContains for every fixture user, role and unit', async () => {
    let checked = 0;
    let held = 0;
    for (const username of Object.keys(t.org.users)) {
      const { auth } = await callerOf(t.database, username);
      for (const role of ROLES) {
        const [scope] = await resolveScopes(t.database.db, [auth], [role]);
        if (!scope) throw new Error('one scope per caller');
        // Each unit alone, and with its parent as a row naming two units (a root has none).
        const rows = await queryRows<{ id: string; parentId: string | null; one: boolean; any: boolean }>(
          t.database.db,
          sql`select u.id, u.parent_id as "parentId", ${inScope(sql`u.id`, scope)} as one,
                     ${anyInScope(sql`array_remove(array[u.parent_id, u.id], null)`, scope)} as any
                from units u where u.province_code = ${t.config.PROVINCE_CODE}`,
        );
        for (const row of rows) {
          const label = `${username} ${role} ${row.id}`;
          const expected = scopeContains(scope, row.id);
          expect(row.one, label).toBe(expected);
          expect(row.any, label).toBe(
            expected || (row.parentId !== null && scopeContains(scope, row.parentId)),
          );
          checked += 1;
          if (expected) held += 1;
        }
      }
    }
    expect(held).toBeGreaterThan(0);
    expect(checked - held).toBeGreaterThan(0);
  });
});

describe('checking one unit against a scope by the units above it', () => {
  it('agrees with the scope for every fixture user, role and unit (merged units included)', async () => {
    const unitIds = Object.values(t.org.unit);
    const [row] = await queryRows<{ above: Record<string, string[]> }>(
      t.database.db,
      sql`select ${unitsAboveSql(sql`select id from units`)} as above`,
    );
    const above = row?.above ?? {};
    // A unit merged into another is held by its successor's scope, and sees its successor above.
    expect(above[t.org.unit.oldCommune]).toEqual(
      expect.arrayContaining([t.org.unit.oldCommune, t.org.unit.communeA, t.org.unit.province]),
    );
    expect(above[t.org.unit.deskA]).toEqual(
      expect.arrayContaining([t.org.unit.deskA, t.org.unit.communeA, t.org.unit.province]),
    );
    expect(above[t.org.unit.communeB]).not.toContain(t.org.unit.communeA);
    let checked = 0;
    let reached = 0;
    for (const username of Object.keys(t.org.users)) {
      const { auth } = await callerOf(t.database, username);
      for (const role of ROLES) {
        const [scope] = await resolveScopes(t.database.db, [auth], [role]);
        if (!scope) throw new Error('one scope per caller');
        for (const unitId of unitIds) {
          const expected = scopeContains(scope, unitId);
          expect(scopeReaches(auth, [role], above[unitId] ?? []), `${username} ${role} ${unitId}`).toBe(
            expected,
          );
          checked += 1;
          if (expected) reached += 1;
        }
      }
    }
    // The comparison is not empty either way.
    expect(reached).toBeGreaterThan(0);
    expect(checked - reached).toBeGreaterThan(0);
  });
});

describe('a caller’s scopes for any set of roles, from one query', () => {
  it('equal the scope resolved for that set, for every fixture user', async () => {
    const sets: Role[][] = [
      ...ROLES.map((role) => [role]),
      [...ROLES],
      ['clerk', 'officer', 'approver'],
      ['agency_admin', 'officer'],
    ];
    for (const username of Object.keys(t.org.users)) {
      const { auth } = await callerOf(t.database, username);
      const scopeFor = scopesOfCaller(t.database.db, auth);
      for (const roles of sets) {
        const expected = await resolveScope(t.database.db, auth, roles);
        const got = await scopeFor(roles);
        const sorted = (scope: typeof got) => (scope.all ? 'all' : [...scope.unitIds].sort());
        expect(sorted(got), `${username} ${roles.join(',')}`).toEqual(sorted(expected));
      }
    }
  });
});
