import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let adminA: Session;
beforeAll(async () => {
  t = await createTestApp();
  adminA = await t.login('agencyadmin.a');
});
afterAll(() => t.close());

type User = {
  id: string;
  username: string;
  version: number;
  active: boolean;
  lockedUntil: string | null;
  assignments: { role: string; unitId: string }[];
};
const newUser = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  fullName: 'Trần Thị Kiểm',
  password: 'Matkhau-2026x',
  homeUnitId: t.org.unit.communeA,
  assignments: [{ role: 'officer', unitId: t.org.unit.communeA }],
  ...extra,
});

describe('an agency admin manages their own unit’s users', () => {
  it('creates a user in scope who can then sign in', async () => {
    const res = await t.as(
      adminA,
      'POST',
      '/api/users',
      newUser('nv.moi', { assignments: [{ role: 'clerk', unitId: t.org.unit.deskA }] }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json<User>().assignments).toEqual([
      expect.objectContaining({ role: 'clerk', unitId: t.org.unit.deskA }),
    ]);
    await expect(t.login('nv.moi', 'Matkhau-2026x')).resolves.toBeTruthy();
  });

  it('cannot create a user in another unit, nor hand out system admin', async () => {
    const other = await t.as(
      adminA,
      'POST',
      '/api/users',
      newUser('nv.khac', {
        homeUnitId: t.org.unit.communeB,
        assignments: [{ role: 'clerk', unitId: t.org.unit.communeB }],
      }),
    );
    expect(other.statusCode).toBe(403);
    const sys = await t.as(
      adminA,
      'POST',
      '/api/users',
      newUser('nv.sys', { assignments: [{ role: 'system_admin', unitId: t.org.unit.communeA }] }),
    );
    expect(sys.statusCode).toBe(403);
    const mixed = await t.as(
      adminA,
      'POST',
      '/api/users',
      newUser('nv.mix', {
        assignments: [
          { role: 'officer', unitId: t.org.unit.communeA },
          { role: 'officer', unitId: t.org.unit.department },
        ],
      }),
    );
    expect(mixed.statusCode).toBe(403);
  });

  it('refuses weak passwords, bad phones and duplicate usernames', async () => {
    expect(
      (await t.as(adminA, 'POST', '/api/users', newUser('nv.yeu', { password: 'abc' }))).statusCode,
    ).toBe(422);
    expect((await t.as(adminA, 'POST', '/api/users', newUser('nv.dt', { phone: '12345' }))).statusCode).toBe(
      400,
    );
    expect((await t.as(adminA, 'POST', '/api/users', newUser('Bad Name'))).statusCode).toBe(400);
    expect((await t.as(adminA, 'POST', '/api/users', newUser('clerk.a'))).statusCode).toBe(409);
  });

  it('a double-submitted create makes one user', async () => {
    const count = async () =>
      Number((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(users))[0]?.n);
    const before = await count();
    const results = await Promise.all([
      t.as(adminA, 'POST', '/api/users', newUser('nv.doi')),
      t.as(adminA, 'POST', '/api/users', newUser('nv.doi')),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await count()).toBe(before + 1);
  });

  it('changes roles, deactivates (ending sessions) and unlocks', async () => {
    const created = (await t.as(adminA, 'POST', '/api/users', newUser('nv.sua'))).json<User>();
    const s = await t.login('nv.sua', 'Matkhau-2026x');
    const roles = await t.as(adminA, 'PATCH', `/api/users/${created.id}`, {
      assignments: [{ role: 'approver', unitId: t.org.unit.communeA }],
      version: created.version,
    });
    expect(roles.statusCode).toBe(200);
    const updated = roles.json<User>();
    expect(updated.assignments.map((a) => a.role)).toEqual(['approver']);
    const stale = await t.as(adminA, 'PATCH', `/api/users/${created.id}`, {
      active: false,
      version: created.version,
    });
    expect(stale.statusCode).toBe(409);
    const off = await t.as(adminA, 'PATCH', `/api/users/${created.id}`, {
      active: false,
      version: updated.version,
    });
    expect(off.json<User>().active).toBe(false);
    expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nv.sua', password: 'Matkhau-2026x' },
    });
    expect(signIn.statusCode).toBe(403);
  });

  it('resets a password, which ends the user’s sessions', async () => {
    const created = (await t.as(adminA, 'POST', '/api/users', newUser('nv.mk'))).json<User>();
    const s = await t.login('nv.mk', 'Matkhau-2026x');
    expect(
      (await t.as(adminA, 'POST', `/api/users/${created.id}/password`, { newPassword: 'Matkhau-moi-2027' }))
        .statusCode,
    ).toBe(200);
    expect((await t.as(s, 'GET', '/api/auth/session')).statusCode).toBe(401);
    await expect(t.login('nv.mk', 'Matkhau-moi-2027')).resolves.toBeTruthy();
  });

  it('lists with search and server-side pagination', async () => {
    const page = await t.as(adminA, 'GET', '/api/users?limit=2&offset=0');
    const body = page.json<{ users: User[]; total: number }>();
    expect(body.users.length).toBe(2);
    expect(body.total).toBeGreaterThan(2);
    const found = await t.as(adminA, 'GET', '/api/users?q=nv.moi');
    expect(found.json<{ users: User[] }>().users.map((u) => u.username)).toEqual(['nv.moi']);
    expect((await t.as(adminA, 'GET', '/api/users?limit=0')).statusCode).toBe(400);
  });
});
