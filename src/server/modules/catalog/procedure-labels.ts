import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';

export interface ProcedureLabel {
  readonly code: string;
  readonly name: string;
  readonly fieldCode: string;
}

/** Code, name (of the version published now, else the latest) and field of procedures, by id. */
export async function procedureLabelsOf(
  db: DbOrTx,
  procedureIds: readonly string[],
): Promise<Map<string, ProcedureLabel>> {
  if (procedureIds.length === 0) return new Map();
  const rows = await queryRows<ProcedureLabel & { id: string }>(
    db,
    sql`select distinct on (p.id) p.id, p.code, v.name, p.field_code as "fieldCode"
          from procedures p join procedure_versions v on v.procedure_id = p.id
         where p.id = any(${uuidArray(procedureIds)})
         order by p.id, (v.status = 'published') desc, v.version desc`,
  );
  return new Map(rows.map(({ id, ...label }) => [id, label]));
}

/** The fields of procedures (lĩnh vực), by code, in both languages. */
export async function fieldNames(db: DbOrTx): Promise<Map<string, { nameVi: string; nameEn: string }>> {
  const rows = await queryRows<{ code: string; nameVi: string; nameEn: string }>(
    db,
    sql`select code, name_vi as "nameVi", name_en as "nameEn" from catalog_fields`,
  );
  return new Map(rows.map(({ code, ...names }) => [code, names]));
}
