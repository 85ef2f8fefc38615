import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { catalogFields, procedures, procedureUnits, procedureVersions, units } from '../../db/schema';

/**
 * A version's status on a local day, in SQL: the same rule as `statusOn` in
 * src/domain/catalog/version-dates.ts (a scheduled version is published from its first day, a
 * published one with an end is superseded after it). `v` is the alias of procedure_versions.
 */
export const statusOnSql = (v: SQL, day: string): SQL =>
  sql`(case when ${v}.status = 'scheduled' and ${v}.effective_from <= ${day}::date then 'published'
            when ${v}.status = 'published' and ${v}.effective_to < ${day}::date then 'superseded'
            else ${v}.status end)`;

/**
 * The version citizens see on a local day (at most one per procedure). The leading `status in`
 * is implied by the rest; it is there for the planner, which otherwise loops over the versions.
 */
export const inForceSql = (v: SQL, day: string): SQL =>
  sql`(${v}.status in ('published', 'scheduled')
       and ((${v}.status = 'published' and (${v}.effective_to is null or ${v}.effective_to >= ${day}::date))
            or (${v}.status = 'scheduled' and ${v}.effective_from <= ${day}::date)))`;

const V = sql.raw('v');

/**
 * Brings a procedure's stored statuses up to `day`: the version whose end has passed becomes
 * superseded, then the scheduled one whose day has come becomes published (in that order, so at
 * most one is ever published). Row versions and update times stay: the API already showed these
 * statuses (`statusOn`), so nothing a client read has changed. Call with the procedure locked.
 */
export async function settleVersions(db: DbOrTx, procedureId: string, day: string): Promise<void> {
  await db.execute(
    sql`update procedure_versions set status = 'superseded'
         where procedure_id = ${procedureId} and status = 'published' and effective_to < ${day}::date`,
  );
  await db.execute(
    sql`update procedure_versions set status = 'published'
         where procedure_id = ${procedureId} and status = 'scheduled' and effective_from <= ${day}::date`,
  );
}

/** The naive search many systems run: ILIKE on the raw name and documents. For the benchmark. */
export async function searchNaive(
  db: DbOrTx,
  provinceCode: string,
  query: string,
  limit: number,
  today: string,
) {
  return queryRows<{ id: string }>(
    db,
    sql`select p.id from procedure_versions v join procedures p on p.id = v.procedure_id
         where ${inForceSql(V, today)} and p.province_code = ${provinceCode}
           and (v.name ilike ${`%${query}%`} or v.content::text ilike ${`%${query}%`})
         order by v.name limit ${limit}`,
  );
}

export function listFieldsWithCounts(db: DbOrTx, provinceCode: string, today: string) {
  return queryRows<{ code: string; nameVi: string; nameEn: string; procedures: number }>(
    db,
    sql`select f.code, f.name_vi as "nameVi", f.name_en as "nameEn",
               coalesce(c.n, 0)::int as procedures
          from catalog_fields f
          left join (select p.field_code, count(*) as n
                       from procedure_versions v join procedures p on p.id = v.procedure_id
                      where p.province_code = ${provinceCode} and ${inForceSql(V, today)}
                      group by p.field_code) c on c.field_code = f.code
         order by f.name_vi`,
  );
}

/** The version of a procedure in force on a local day, with its procedure and field. */
export async function findInForce(db: DbOrTx, provinceCode: string, procedureId: string, today: string) {
  const [row] = await db
    .select({ procedure: procedures, version: procedureVersions, field: catalogFields })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .innerJoin(catalogFields, eq(catalogFields.code, procedures.fieldCode))
    .where(
      and(
        eq(procedures.id, procedureId),
        eq(procedures.provinceCode, provinceCode),
        inForceSql(sql.raw('"procedure_versions"'), today),
      ),
    );
  return row;
}

export function implementingUnits(db: DbOrTx, procedureId: string) {
  return db
    .select({ id: units.id, name: units.name, role: procedureUnits.role })
    .from(procedureUnits)
    .innerJoin(units, eq(units.id, procedureUnits.unitId))
    .where(eq(procedureUnits.procedureId, procedureId))
    .orderBy(asc(units.code));
}

export async function proceduresOfUnit(db: DbOrTx, unitId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: procedureUnits.procedureId })
    .from(procedureUnits)
    .where(eq(procedureUnits.unitId, unitId));
  return rows.map((r) => r.id);
}
