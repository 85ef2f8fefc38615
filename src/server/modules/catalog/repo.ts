import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import type { SearchRank } from '../../../domain/catalog/search-rank';
import { type DbOrTx, queryRows } from '../../db/client';
import { catalogFields, procedures, procedureUnits, procedureVersions, units } from '../../db/schema';

export interface SearchFilters {
  readonly provinceCode: string;
  /** Folded query words (see queryWords); empty lists everything. */
  readonly words: readonly string[];
  readonly field?: string;
  readonly level?: string;
  readonly online?: string;
  readonly unitId?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchRow {
  id: string;
  code: string;
  fieldCode: string;
  fieldNameVi: string;
  fieldNameEn: string;
  versionId: string;
  version: number;
  name: string;
  levels: string[];
  online: string;
  onlinePayment: boolean;
  processing: ProcedureContent['processing'];
  rank: SearchRank;
  total: number;
}

/**
 * The published procedures matching every word, ranked as `searchRank` (domain) does: every
 * word must start a word of the folded name or documents. `search_folded like '%word%'` lets the
 * trigram index find candidates; the word-start test and the rank run on those only.
 */
export async function searchPublished(db: DbOrTx, f: SearchFilters): Promise<SearchRow[]> {
  const conditions: SQL[] = [sql`v.status = 'published'`, sql`p.province_code = ${f.provinceCode}`];
  for (const word of f.words) {
    conditions.push(sql`v.search_folded like ${`%${word}%`}`);
    conditions.push(sql`(' ' || v.search_folded) like ${`% ${word}%`}`);
  }
  if (f.field) conditions.push(sql`p.field_code = ${f.field}`);
  if (f.level) conditions.push(sql`${f.level} = any(v.levels)`);
  if (f.online) conditions.push(sql`v.online = ${f.online}`);
  if (f.unitId) {
    conditions.push(
      sql`exists (select 1 from procedure_units pu where pu.procedure_id = p.id and pu.unit_id = ${f.unitId})`,
    );
  }
  const phrase = f.words.join(' ');
  const allInName =
    f.words.length === 0
      ? sql`false`
      : sql.join(
          f.words.map((w) => sql`(' ' || v.name_folded) like ${`% ${w}%`}`),
          sql` and `,
        );
  const rank =
    f.words.length === 0
      ? sql`4`
      : sql`case
          when v.name_folded = ${phrase} then 0
          when v.name_folded like ${`${phrase}%`} then 1
          when (' ' || v.name_folded) like ${`% ${phrase}%`} then 2
          when ${allInName} then 3
          else 4 end`;
  return queryRows<SearchRow>(
    db,
    sql`select p.id, p.code, p.field_code as "fieldCode", fl.name_vi as "fieldNameVi",
               fl.name_en as "fieldNameEn", v.id as "versionId", v.version, v.name, v.levels,
               v.online, v.online_payment as "onlinePayment", v.content->'processing' as processing,
               ${rank} as rank, count(*) over () as total
          from procedure_versions v
          join procedures p on p.id = v.procedure_id
          join catalog_fields fl on fl.code = p.field_code
         where ${sql.join(conditions, sql` and `)}
         order by rank, length(v.name_folded), v.name_folded collate "C", p.code collate "C"
         limit ${f.limit} offset ${f.offset}`,
  );
}

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
