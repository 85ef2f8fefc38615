import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../db/schema';
import { insertDeskUnderDivision } from '../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

type Unit = {
  id: string;
  code: string;
  version: number;
  validTo: string | null;
  successorId: string | null;
  parentId: string | null;
};
const newCommune = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `UBND xã ${code}`,
  kind: 'commune',
  levelCode: 'commune',
  parentId: t.org.unit.province,
  validFrom: '2026-01-01',
  ...extra,
});
const countUnits = async () =>
  Number((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(units))[0]?.n);

describe('creating and editing units', () => {
  it('a system admin creates a commune under the province and it is audited', async () => {
    const res = await t.as(admin, 'POST', '/api/units', newCommune('C1'));
    expect(res.statusCode).toBe(201);
    const unit = res.json<Unit>();
    expect(unit).toMatchObject({ code: 'C1', parentId: t.org.unit.province, validTo: null, version: 1 });
    const audit = await t.as(admin, 'GET', '/api/audit?action=unit.create');
    expect(audit.json<{ entries: { targetId: string }[] }>().entries.map((e) => e.targetId)).toContain(
      unit.id,
    );
  });

  it('refuses a duplicate code, an unknown parent, a desk as parent and a level not in force', async () => {
    await t.as(admin, 'POST', '/api/units', newCommune('C2'));
    const before = await countUnits();
    expect((await t.as(admin, 'POST', '/api/units', newCommune('C2'))).statusCode).toBe(409);
    expect(
      (
        await t.as(
          admin,
          'POST',
          '/api/units',
          newCommune('C3', { parentId: '01900000-0000-7000-8000-000000000000' }),
        )
      ).statusCode,
    ).toBe(422);
    const underDesk = await t.as(
      admin,
      'POST',
      '/api/units',
      newCommune('C4', { parentId: t.org.unit.deskA }),
      { 'accept-language': 'en' },
    );
    expect(underDesk.statusCode).toBe(422);
    expect(underDesk.json<{ detail: string }>().detail).toContain('desk');
    const district = await t.as(
      admin,
      'POST',
      '/api/units',
      newCommune('C5', { kind: 'district', levelCode: 'district' }),
    );
    expect(district.statusCode).toBe(422);
    expect(await countUnits()).toBe(before);
  });

  it('two admins editing the same version: one wins, the other gets 409', async () => {
    const unit = (await t.as(admin, 'POST', '/api/units', newCommune('C6'))).json<Unit>();
    const [a, b] = await Promise.all([
      t.as(admin, 'PATCH', `/api/units/${unit.id}`, { name: 'UBND xã Sáu A', version: unit.version }),
      t.as(admin, 'PATCH', `/api/units/${unit.id}`, { name: 'UBND xã Sáu B', version: unit.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('a double-submitted create makes one unit and one 409', async () => {
    const before = await countUnits();
    const results = await Promise.all([
      t.as(admin, 'POST', '/api/units', newCommune('C7')),
      t.as(admin, 'POST', '/api/units', newCommune('C7')),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await countUnits()).toBe(before + 1);
  });

  it('refuses to move a unit under its own descendant', async () => {
    const parent = (await t.as(admin, 'POST', '/api/units', newCommune('C8'))).json<Unit>();
    const child = (
      await t.as(admin, 'POST', '/api/units', {
        ...newCommune('C8.MC'),
        kind: 'division',
        parentId: parent.id,
      })
    ).json<Unit>();
    const res = await t.as(admin, 'PATCH', `/api/units/${parent.id}`, {
      parentId: child.id,
      version: parent.version,
    });
    expect(res.statusCode).toBe(422);
  });
});

describe('closing and merging', () => {
  it('closing needs every child closed first, then keeps the unit with its end date', async () => {
    const parent = (await t.as(admin, 'POST', '/api/units', newCommune('D1'))).json<Unit>();
    const desk = (
      await t.as(admin, 'POST', '/api/units', { ...newCommune('D1.MC'), kind: 'desk', parentId: parent.id })
    ).json<Unit>();
    const refused = await t.as(admin, 'POST', `/api/units/${parent.id}/close`, {
      validTo: '2026-06-30',
      reason: 'Giải thể',
      version: 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'unit_has_open_children' });
    expect(
      (
        await t.as(admin, 'POST', `/api/units/${desk.id}/close`, {
          validTo: '2026-06-30',
          reason: 'Giải thể',
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    const closed = await t.as(admin, 'POST', `/api/units/${parent.id}/close`, {
      validTo: '2026-06-30',
      reason: 'Giải thể',
      version: 1,
    });
    expect(closed.json<Unit>().validTo).toBe('2026-06-30');
    const onlyOpen = await t.as(admin, 'GET', '/api/units?on=2026-07-01');
    expect(onlyOpen.json<{ units: Unit[] }>().units.map((u) => u.id)).not.toContain(parent.id);
    const then = await t.as(admin, 'GET', '/api/units?on=2026-03-01');
    expect(then.json<{ units: Unit[] }>().units.map((u) => u.id)).toContain(parent.id);
  });

  it('merging closes the sources and their desks the day before, pointing to a new successor', async () => {
    const a = (await t.as(admin, 'POST', '/api/units', newCommune('M1'))).json<Unit>();
    const aDesk = (
      await t.as(admin, 'POST', '/api/units', { ...newCommune('M1.MC'), kind: 'desk', parentId: a.id })
    ).json<Unit>();
    const b = (await t.as(admin, 'POST', '/api/units', newCommune('M2'))).json<Unit>();
    const res = await t.as(admin, 'POST', '/api/units/merge', {
      sourceIds: [a.id, b.id],
      successor: {
        create: {
          code: 'M12',
          name: 'UBND xã Hợp Nhất',
          kind: 'commune',
          levelCode: 'commune',
          parentId: t.org.unit.province,
        },
      },
      effectiveFrom: '2026-07-01',
      reason: 'Sáp nhập theo Nghị quyết mẫu',
    });
    expect(res.statusCode).toBe(200);
    const { successor, closed } = res.json<{ successor: Unit; closed: Unit[] }>();
    expect(closed.map((u) => u.id).sort()).toEqual([a.id, aDesk.id, b.id].sort());
    expect(closed.every((u) => u.validTo === '2026-06-30' && u.successorId === successor.id)).toBe(true);
    // A clerk of the successor sees the merged units' history in scope.
    const clerk = await t.as(admin, 'POST', '/api/users', {
      username: 'clerk.m12',
      fullName: 'Cán bộ Một Cửa',
      password: 'Matkhau-2026x',
      homeUnitId: successor.id,
      assignments: [{ role: 'clerk', unitId: successor.id }],
    });
    expect(clerk.statusCode).toBe(201);
    const seen = await t.as(await t.login('clerk.m12', 'Matkhau-2026x'), 'GET', '/api/units');
    expect(new Set(seen.json<{ units: Unit[] }>().units.map((u) => u.id))).toEqual(
      new Set([successor.id, a.id, aDesk.id, b.id]),
    );
  });

  it('refuses a merge into one of its own sources, and writes nothing', async () => {
    const a = (await t.as(admin, 'POST', '/api/units', newCommune('N1'))).json<Unit>();
    const res = await t.as(admin, 'POST', '/api/units/merge', {
      sourceIds: [a.id],
      successor: { existingId: a.id },
      effectiveFrom: '2026-07-01',
      reason: 'Thử sai',
    });
    expect(res.statusCode).toBe(422);
    const [row] = await t.database.db.select().from(units).where(eq(units.id, a.id));
    expect(row?.validTo).toBeNull();
  });
});

describe('CSV import', () => {
  const header = 'code,name,kind,level,parent_code,valid_from';
  it('imports every row, parents from the tree or from rows above, with a BOM', async () => {
    const csv = `\uFEFF${header}\r\nI1,"UBND xã Nhập, Một",commune,commune,P,2026-01-01\r\nI1.MC,Bộ phận Một cửa xã Nhập Một,desk,commune,I1,2026-01-01\r\n`;
    const res = await t.as(admin, 'POST', '/api/units/import', csv, { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2, errors: [] });
    const [row] = await t.database.db.select().from(units).where(eq(units.code, 'I1'));
    expect(row?.name).toBe('UBND xã Nhập, Một');
  });

  it('reports every bad row by row and column, and imports nothing', async () => {
    const before = await countUnits();
    const csv = [
      header,
      'J1,UBND xã J1,commune,commune,P,2026-01-01',
      'P.XA,Trùng mã,commune,commune,P,2026-01-01',
      'J2,X,village,commune,NOPE,2026-13-01',
      'J3,UBND xã J3,commune,commune,P',
    ].join('\n');
    const res = await t.as(admin, 'POST', '/api/units/import', csv, {
      'content-type': 'text/csv',
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(body.code).toBe('import_invalid');
    const paths = body.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'row 3: code',
        'row 4: name',
        'row 4: kind',
        'row 4: parent_code',
        'row 4: valid_from',
        'row 5: *',
      ]),
    );
    expect(paths.some((p) => p.startsWith('row 2'))).toBe(false);
    expect(await countUnits()).toBe(before);
  });

  it('a file without the required columns is refused', async () => {
    const res = await t.as(admin, 'POST', '/api/units/import', 'ma,ten\nA,B\n', {
      'content-type': 'text/csv',
    });
    expect(res.statusCode).toBe(422);
  });
});

describe('the public portal names its province', () => {
  it('anyone, signed in or not, reads the province’s name; it is cached briefly', async () => {
    for (const session of [null, admin]) {
      const res = await t.as(session, 'GET', '/api/public/province');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ code: 'P', name: 'UBND tỉnh Kiểm Thử' });
      expect(res.headers['cache-control']).toBe('public, max-age=300');
    }
  });

  it('an address below it is no page of the app but a problem+json 404', async () => {
    const res = await t.as(null, 'GET', '/api/public/province/extra', undefined, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('the level each unit serves', () => {
  it('is the commune level under a commune, however deep, and the province level elsewhere', async () => {
    const desk = await insertDeskUnderDivision(t, '2');
    const listed = await t.as(admin, 'GET', '/api/units');
    expect(listed.statusCode).toBe(200);
    const served = new Map(
      listed.json<{ units: { id: string; levelServed: string }[] }>().units.map((u) => [u.id, u.levelServed]),
    );
    expect(served.get(t.org.unit.deskA)).toBe('commune');
    expect(served.get(desk)).toBe('commune');
    expect(served.get(t.org.unit.department)).toBe('province');
    expect(served.get(t.org.unit.province)).toBe('province');
    // The directory (every unit) answers the same levels.
    const directory = await t.as(admin, 'GET', '/api/units/directory');
    for (const unit of directory.json<{ units: { id: string; levelServed: string }[] }>().units)
      expect(unit.levelServed, unit.id).toBe(served.get(unit.id) ?? unit.levelServed);
  });
});
