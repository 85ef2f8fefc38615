import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { inForceSql } from './repo';

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

/** One procedure as the service index counts it: in force, where it is decided, how far it is offered online. */
export interface ProcedureOffer {
  readonly procedureId: string;
  readonly code: string;
  readonly name: string;
  readonly online: 'full' | 'partial' | 'none';
  /** The units competent to decide it. */
  readonly unitIds: readonly string[];
}

/** The procedures of a province in force on `day`, with their competent units and online offer. */
export async function procedureOffersOn(
  db: DbOrTx,
  provinceCode: string,
  day: string,
): Promise<ProcedureOffer[]> {
  return queryRows<ProcedureOffer>(
    db,
    sql`select p.id as "procedureId", p.code, v.name, v.online,
          coalesce((select array_agg(u.unit_id::text) from procedure_units u
                     where u.procedure_id = p.id and u.role = 'competent'), '{}') as "unitIds"
          from procedures p
          join lateral (select v.name, v.online from procedure_versions v
                         where v.procedure_id = p.id and ${inForceSql(sql.raw('v'), day)}
                         order by (v.status = 'published') desc, v.version desc limit 1) v on true
         where p.province_code = ${provinceCode}`,
  );
}

/**
 * The procedures in force on `day` that any of `unitIds` is competent to decide (all of the
 * province's for null), each with just those of its competent units: one scope's share of
 * `procedureOffersOn`, without carrying every commune of a commune procedure.
 */
export async function procedureOffersDecidedBy(
  db: DbOrTx,
  provinceCode: string,
  day: string,
  unitIds: readonly string[] | null,
): Promise<ProcedureOffer[]> {
  if (unitIds !== null && unitIds.length === 0) return [];
  const competent =
    unitIds === null
      ? sql`'{}'::text[]`
      : sql`coalesce((select array_agg(u.unit_id::text) from procedure_units u
                     where u.procedure_id = p.id and u.role = 'competent'
                       and u.unit_id = any(${uuidArray(unitIds)})), '{}')`;
  const rows = await queryRows<ProcedureOffer>(
    db,
    sql`select p.id as "procedureId", p.code, v.name, v.online, ${competent} as "unitIds"
          from procedures p
          join lateral (select v.name, v.online from procedure_versions v
                         where v.procedure_id = p.id and ${inForceSql(sql.raw('v'), day)}
                         order by (v.status = 'published') desc, v.version desc limit 1) v on true
         where p.province_code = ${provinceCode}`,
  );
  return unitIds === null ? rows : rows.filter((o) => o.unitIds.length > 0);
}
