import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { roleAssignments, units, users } from '../../db/schema';
import { inScope, type Scope } from '../../platform/access';

export type UserRow = typeof users.$inferSelect;

export async function listUsersInScope(
  db: DbOrTx,
  scope: Scope,
  q: { q?: string; unitId?: string; limit: number; offset: number },
) {
  const like = q.q ? `%${q.q.toLowerCase()}%` : undefined;
  const where = and(
    inScope(users.homeUnitId, scope),
    q.unitId ? eq(users.homeUnitId, q.unitId) : undefined,
    like
      ? or(sql`lower(${users.username}) like ${like}`, sql`lower(${users.fullName}) like ${like}`)
      : undefined,
  );
  const [rows, count] = await Promise.all([
    db.select().from(users).where(where).orderBy(asc(users.username)).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

export async function findUserInScope(
  db: DbOrTx,
  scope: Scope,
  id: string,
  forUpdate = false,
): Promise<UserRow | undefined> {
  const query = db
    .select()
    .from(users)
    .where(and(eq(users.id, id), inScope(users.homeUnitId, scope)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function assignmentsOf(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: units.name,
    })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.userId, userIds));
}

export async function unitNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  return row !== undefined;
}

/** Active people holding one of `roles` anywhere, with their home unit's name, by name. */
export async function peopleWithRoles(db: DbOrTx, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, name: users.fullName, unitName: units.name })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .innerJoin(units, eq(units.id, users.homeUnitId))
    .where(and(inArray(roleAssignments.role, [...roles]), eq(users.active, true)))
    .orderBy(asc(users.fullName));
}

/** People's names by id (any state: a name stays on what they did). */
export async function personNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** E-mail and phone of the active people holding one of `roles` at the unit itself. */
export async function contactsAtUnit(db: DbOrTx, unitId: string, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email, phone: users.phone })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(
      and(
        eq(roleAssignments.unitId, unitId),
        inArray(roleAssignments.role, [...roles]),
        eq(users.active, true),
      ),
    );
}

/**
 * The people holding one of `roles` at one of `unitIds` (a unit and those above it: whose scope
 * reaches it), each with those roles; `personId` narrows to one person, active or not.
 */
export async function peopleWithRolesAtUnits(
  db: DbOrTx,
  unitIds: readonly string[],
  roles: readonly string[],
  personId?: string,
) {
  if (unitIds.length === 0 || roles.length === 0) return [];
  const rows = await db
    .selectDistinct({
      id: users.id,
      name: users.fullName,
      email: users.email,
      active: users.active,
      role: roleAssignments.role,
    })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(
      and(
        inArray(roleAssignments.unitId, [...unitIds]),
        inArray(roleAssignments.role, [...roles]),
        personId ? eq(users.id, personId) : undefined,
      ),
    )
    .orderBy(asc(users.fullName), asc(users.id));
  const people = new Map<
    string,
    { id: string; name: string; email: string | null; active: boolean; roles: string[] }
  >();
  for (const row of rows) {
    const person = people.get(row.id) ?? {
      id: row.id,
      name: row.name,
      email: row.email,
      active: row.active,
      roles: [],
    };
    person.roles.push(row.role);
    people.set(row.id, person);
  }
  return [...people.values()];
}
