import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { createTestApp, type Session, type TestApp } from '../testing/test-app';

/**
 * Role × route × own unit / other unit. Changing an id in a URL never reveals or changes another
 * unit's data: out-of-scope resources answer 404, roles without the right answer 403.
 */
let t: TestApp;
const sessions: Record<string, Session> = {};
const usernames = [
  'admin',
  'leader',
  'par',
  'clerk.a',
  'officer.a',
  'approver.a',
  'agencyadmin.a',
  'clerk.b',
  'agencyadmin.b',
  'officer.dept',
  'citizen',
];

beforeAll(async () => {
  t = await createTestApp();
  for (const name of usernames) sessions[name] = await t.login(name);
});
afterAll(() => t.close());

const session = (name: string): Session => {
  const s = sessions[name];
  if (!s) throw new Error(`no session for ${name}`);
  return s;
};
const userId = (name: string) => t.org.users[name]?.id ?? '';

type UnitKey = 'province' | 'department' | 'communeA' | 'deskA' | 'communeB' | 'oldCommune';
const ALL_UNITS: UnitKey[] = ['province', 'department', 'communeA', 'deskA', 'communeB', 'oldCommune'];
/** What each user's unit scope is: their unit, its descendants and the units merged into it. */
const unitScope: Record<string, UnitKey[] | 'none'> = {
  admin: ALL_UNITS,
  leader: ALL_UNITS,
  par: ['department'],
  'clerk.a': ['communeA', 'deskA', 'oldCommune'],
  'officer.a': ['communeA', 'deskA', 'oldCommune'],
  'approver.a': ['communeA', 'deskA', 'oldCommune'],
  'agencyadmin.a': ['communeA', 'deskA', 'oldCommune'],
  'clerk.b': ['communeB'],
  'agencyadmin.b': ['communeB'],
  'officer.dept': ['department'],
  citizen: 'none',
};

function scopeOf(who: string): UnitKey[] | 'none' {
  const scope = unitScope[who];
  if (!scope) throw new Error(`no expected scope for ${who}`);
  return scope;
}

describe('units: reading by id', () => {
  const cases = usernames.flatMap((who) => ALL_UNITS.map((unit) => [who, unit] as const));
  it.each(cases)('%s reading unit %s', async (who, unit) => {
    const res = await t.as(session(who), 'GET', `/api/units/${t.org.unit[unit]}`);
    const scope = scopeOf(who);
    if (scope === 'none') expect(res.statusCode).toBe(403);
    else expect(res.statusCode).toBe(scope.includes(unit) ? 200 : 404);
  });

  it.each(usernames.filter((u) => scopeOf(u) !== 'none'))(
    'the unit list of %s holds exactly their scope',
    async (who) => {
      const res = await t.as(session(who), 'GET', '/api/units');
      expect(res.statusCode).toBe(200);
      const ids = res.json<{ units: { id: string }[] }>().units.map((u) => u.id);
      const scope = scopeOf(who);
      const expected = scope === 'none' ? [] : scope.map((k) => t.org.unit[k]);
      expect(new Set(ids)).toEqual(new Set(expected));
    },
  );
});

describe('units: changing', () => {
  it.each(usernames.filter((u) => u !== 'admin'))(
    '%s cannot rename a unit, not even their own',
    async (who) => {
      const res = await t.as(session(who), 'PATCH', `/api/units/${t.org.unit.communeA}`, {
        name: 'Đổi tên',
        version: 1,
      });
      expect(res.statusCode).toBe(403);
    },
  );
  it.each(usernames.filter((u) => u !== 'admin'))(
    '%s cannot create, close, merge or import units',
    async (who) => {
      const s = session(who);
      const statuses = [
        (
          await t.as(s, 'POST', '/api/units', {
            code: 'Z1',
            name: 'Xã Z',
            kind: 'commune',
            levelCode: 'commune',
            parentId: t.org.unit.province,
            validFrom: '2026-01-01',
          })
        ).statusCode,
        (
          await t.as(s, 'POST', `/api/units/${t.org.unit.communeB}/close`, {
            validTo: '2026-12-31',
            reason: 'thử',
            version: 1,
          })
        ).statusCode,
        (
          await t.as(s, 'POST', '/api/units/merge', {
            sourceIds: [t.org.unit.communeB],
            successor: { existingId: t.org.unit.communeA },
            effectiveFrom: '2027-01-01',
            reason: 'thử',
          })
        ).statusCode,
        (
          await t.as(s, 'POST', '/api/units/import', 'code,name,kind,level,parent_code,valid_from\n', {
            'content-type': 'text/csv',
          })
        ).statusCode,
      ];
      expect(statuses).toEqual([403, 403, 403, 403]);
    },
  );
});

describe('users: reading and changing across units', () => {
  const targets = ['clerk.a', 'clerk.b', 'officer.dept'] as const;
  const homeOf: Record<(typeof targets)[number], UnitKey> = {
    'clerk.a': 'communeA',
    'clerk.b': 'communeB',
    'officer.dept': 'department',
  };
  const admins = ['admin', 'agencyadmin.a', 'agencyadmin.b'];
  const cases = usernames.flatMap((who) => targets.map((target) => [who, target] as const));

  it.each(cases)('%s reading user %s', async (who, target) => {
    const res = await t.as(session(who), 'GET', `/api/users/${userId(target)}`);
    if (!admins.includes(who)) return expect(res.statusCode).toBe(403);
    const scope = scopeOf(who);
    expect(res.statusCode).toBe(scope !== 'none' && scope.includes(homeOf[target]) ? 200 : 404);
  });

  it.each(cases.filter(([who]) => admins.includes(who)))(
    '%s editing user %s changes it only inside their scope',
    async (who, target) => {
      const before = (
        await t.database.db
          .select()
          .from(users)
          .where(eq(users.id, userId(target)))
      )[0];
      const res = await t.as(session(who), 'PATCH', `/api/users/${userId(target)}`, {
        fullName: `Sửa bởi ${who}`,
        version: before?.version ?? 1,
      });
      const after = (
        await t.database.db
          .select()
          .from(users)
          .where(eq(users.id, userId(target)))
      )[0];
      const scope = scopeOf(who);
      const allowed = scope !== 'none' && scope.includes(homeOf[target]);
      expect(res.statusCode).toBe(allowed ? 200 : 404);
      expect(after?.fullName).toBe(allowed ? `Sửa bởi ${who}` : before?.fullName);
    },
  );

  it('an agency admin cannot reset the password of another unit’s user', async () => {
    const res = await t.as(session('agencyadmin.a'), 'POST', `/api/users/${userId('clerk.b')}/password`, {
      newPassword: 'Matkhau-moi-2026',
    });
    expect(res.statusCode).toBe(404);
    await expect(t.login('clerk.b')).resolves.toBeTruthy();
  });

  it('the user list of an agency admin holds only their units’ users', async () => {
    const res = await t.as(session('agencyadmin.b'), 'GET', '/api/users');
    const names = res.json<{ users: { username: string }[] }>().users.map((u) => u.username);
    expect(names.sort()).toEqual(['agencyadmin.b', 'clerk.b']);
  });
});

describe('audit: reading across units', () => {
  it('an agency admin sees only their units’ audit entries; others cannot read it at all', async () => {
    const res = await t.as(session('agencyadmin.b'), 'GET', '/api/audit?limit=200');
    expect(res.statusCode).toBe(200);
    const unitIds = new Set(
      res.json<{ entries: { unitId: string | null }[] }>().entries.map((e) => e.unitId),
    );
    expect([...unitIds]).toEqual([t.org.unit.communeB]);
    for (const who of ['clerk.a', 'leader', 'citizen', 'officer.dept']) {
      expect((await t.as(session(who), 'GET', '/api/audit')).statusCode).toBe(403);
    }
    expect((await t.as(session('agencyadmin.a'), 'GET', '/api/audit/verify')).statusCode).toBe(403);
  });
});
