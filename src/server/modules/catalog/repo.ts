import { and, asc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { catalogFields, procedures, procedureUnits, procedureVersions, units } from '../../db/schema';

/** The naive search many systems run: ILIKE on the raw name and documents. For the benchmark. */
export async function searchNaive(db: DbOrTx, provinceCode: string, query: string, limit: number) {
  return queryRows<{ id: string }>(
    db,
    sql`select p.id from procedure_versions v join procedures p on p.id = v.procedure_id
         where v.status = 'published' and p.province_code = ${provinceCode}
           and (v.name ilike ${`%${query}%`} or v.content::text ilike ${`%${query}%`})
         order by v.name limit ${limit}`,
  );
}

export function listFieldsWithCounts(db: DbOrTx, provinceCode: string) {
  return queryRows<{ code: string; nameVi: string; nameEn: string; procedures: number }>(
    db,
    sql`select f.code, f.name_vi as "nameVi", f.name_en as "nameEn",
               count(v.id)::int as procedures
          from catalog_fields f
          left join procedures p on p.field_code = f.code and p.province_code = ${provinceCode}
          left join procedure_versions v on v.procedure_id = p.id and v.status = 'published'
         group by f.code, f.name_vi, f.name_en
         order by f.name_vi`,
  );
}

export async function findPublished(db: DbOrTx, provinceCode: string, procedureId: string) {
  const [row] = await db
    .select({ procedure: procedures, version: procedureVersions, field: catalogFields })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .innerJoin(catalogFields, eq(catalogFields.code, procedures.fieldCode))
    .where(
      and(
        eq(procedures.id, procedureId),
        eq(procedures.provinceCode, provinceCode),
        eq(procedureVersions.status, 'published'),
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
