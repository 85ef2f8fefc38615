import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { levels, units } from '../../db/schema';
import { inScope, type Scope } from '../../platform/access';

export type UnitRow = typeof units.$inferSelect;

export async function listUnitsInScope(
  db: DbOrTx,
  scope: Scope,
  filter: { on?: string; q?: string },
): Promise<UnitRow[]> {
  const conditions: (SQL | undefined)[] = [inScope(units.id, scope)];
  if (filter.on)
    conditions.push(
      sql`${units.validFrom} <= ${filter.on}`,
      or(isNull(units.validTo), sql`${units.validTo} >= ${filter.on}`),
    );
  if (filter.q) {
    const like = `%${filter.q.toLowerCase()}%`;
    conditions.push(or(sql`lower(${units.name}) like ${like}`, sql`lower(${units.code}) like ${like}`));
  }
  return db
    .select()
    .from(units)
    .where(and(...conditions))
    .orderBy(asc(units.code));
}

/** Every unit of the province with its kind and parent: the tree a unit's place in it is read from. */
export function unitTreeOf(db: DbOrTx, provinceCode: string) {
  return db
    .select({ id: units.id, kind: units.kind, parentId: units.parentId })
    .from(units)
    .where(eq(units.provinceCode, provinceCode));
}

export async function findUnitInScope(db: DbOrTx, scope: Scope, id: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, id), inScope(units.id, scope)));
  return row;
}

export async function findUnitForUpdate(db: DbOrTx, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).for('update');
  return row;
}

export async function findUnitByCode(
  db: DbOrTx,
  provinceCode: string,
  code: string,
): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.provinceCode, provinceCode), eq(units.code, code)));
  return row;
}

/** The province's own unit: the root of its tree. */
export async function findProvinceRoot(db: DbOrTx, provinceCode: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.provinceCode, provinceCode), isNull(units.parentId), eq(units.kind, 'province')))
    .orderBy(asc(units.validFrom))
    .limit(1);
  return row;
}

export async function allUnitsOfProvince(db: DbOrTx, provinceCode: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.provinceCode, provinceCode));
}

export async function openChildren(db: DbOrTx, parentId: string, on: string): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(and(eq(units.parentId, parentId), or(isNull(units.validTo), sql`${units.validTo} >= ${on}`)));
}

export async function listLevels(db: DbOrTx) {
  return db.select().from(levels).orderBy(asc(levels.rank));
}

export async function parentChain(db: DbOrTx, id: string): Promise<Map<string, string | null>> {
  const rows = await queryRows<{ id: string; parent_id: string | null }>(
    db,
    sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from units where id = ${id}::uuid
      union
      select u.id, u.parent_id from units u join up on u.id = up.parent_id
    ) select id, parent_id from up`,
  );
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** The level (tỉnh / huyện / xã) of each unit, by id: a unit keeps its level for life. */
export async function levelsOfUnits(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; level_code: string }>(
    db,
    sql`select id, level_code from units where id = any(${uuidArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, r.level_code]));
}
