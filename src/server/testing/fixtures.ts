import type { Role } from '../../domain/identity/roles';
import type { AppConfig } from '../config';
import type { Db } from '../db/client';
import { roleAssignments, units, users } from '../db/schema';
import type { Clock } from '../platform/clock';
import { uuidv7 } from '../platform/ids';
import { hashPassword } from '../platform/passwords';

export interface OrgFixture {
  readonly unit: Record<'province' | 'department' | 'communeA' | 'deskA' | 'communeB' | 'oldCommune', string>;
  /** username per fixture user: `${role}.${where}` */
  readonly users: Record<string, { id: string; role: Role; unitId: string }>;
}

/**
 * A small organisation: a province with one department and two communes (A with a desk, B), an
 * old commune merged into A on 1/7/2025, and one user per role at each place that matters.
 */
export async function seedOrg(
  deps: { db: Db; clock: Clock; config: AppConfig },
  password: string,
): Promise<OrgFixture> {
  const { db, clock, config } = deps;
  const now = clock.now();
  const id = () => uuidv7(clock);
  const unit = {
    province: id(),
    department: id(),
    communeA: id(),
    deskA: id(),
    communeB: id(),
    oldCommune: id(),
  };
  const base = {
    provinceCode: config.PROVINCE_CODE,
    createdAt: now,
    updatedAt: now,
    validFrom: '2008-01-01',
  };
  await db.insert(units).values([
    {
      ...base,
      id: unit.province,
      code: 'P',
      name: 'UBND tỉnh Kiểm Thử',
      kind: 'province',
      levelCode: 'province',
      parentId: null,
    },
    {
      ...base,
      id: unit.department,
      code: 'P.S01',
      name: 'Sở Tư pháp',
      kind: 'department',
      levelCode: 'province',
      parentId: unit.province,
    },
    {
      ...base,
      id: unit.communeA,
      code: 'P.XA',
      name: 'UBND xã Tân An',
      kind: 'commune',
      levelCode: 'commune',
      parentId: unit.province,
      validFrom: '2025-07-01',
    },
    {
      ...base,
      id: unit.deskA,
      code: 'P.XA.MC',
      name: 'Bộ phận Một cửa xã Tân An',
      kind: 'desk',
      levelCode: 'commune',
      parentId: unit.communeA,
      validFrom: '2025-07-01',
    },
    {
      ...base,
      id: unit.communeB,
      code: 'P.XB',
      name: 'UBND xã Phú Bình',
      kind: 'commune',
      levelCode: 'commune',
      parentId: unit.province,
      validFrom: '2025-07-01',
    },
    {
      ...base,
      id: unit.oldCommune,
      code: 'P.XOLD',
      name: 'UBND xã Hòa Cũ',
      kind: 'commune',
      levelCode: 'commune',
      parentId: unit.province,
      validTo: '2025-06-30',
      successorId: unit.communeA,
    },
  ]);
  const passwordHash = await hashPassword(password);
  const people: [string, Role, string][] = [
    ['admin', 'system_admin', unit.province],
    ['leader', 'leader', unit.province],
    ['par', 'par_officer', unit.department],
    ['clerk.a', 'clerk', unit.communeA],
    ['officer.a', 'officer', unit.communeA],
    ['approver.a', 'approver', unit.communeA],
    ['agencyadmin.a', 'agency_admin', unit.communeA],
    ['clerk.b', 'clerk', unit.communeB],
    ['agencyadmin.b', 'agency_admin', unit.communeB],
    ['officer.dept', 'officer', unit.department],
    ['citizen', 'citizen', unit.province],
  ];
  const usersByName: OrgFixture['users'] = {};
  for (const [username, role, unitId] of people) {
    const userId = id();
    await db.insert(users).values({
      id: userId,
      username,
      fullName: `Người dùng ${username}`,
      email: `${username}@kiemthu.example`,
      passwordHash,
      homeUnitId: unitId,
      passwordChangedAt: now,
      createdAt: now,
    });
    await db.insert(roleAssignments).values({ userId, role, unitId });
    usersByName[username] = { id: userId, role, unitId };
  }
  return { unit, users: usersByName };
}
