import { desc, eq, sql } from 'drizzle-orm';
import type { VersionStatus } from '../../../domain/catalog/version-dates';
import { queryWords } from '../../../domain/catalog/vietnamese-text';
import { type DbOrTx, queryRows } from '../../db/client';
import { procedureVersions } from '../../db/schema';
import { inScope, type Scope } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { findManagedProcedure, fullVersionDto, versionDto } from './admin-service';
import { inForceSql, statusOnSql } from './repo';

/** What agency admins read of the procedures they manage; statuses as they stand on `today`. */

export async function listVersions(
  db: DbOrTx,
  provinceCode: string,
  scope: Scope,
  procedureId: string,
  today: string,
) {
  const procedure = await findManagedProcedure(db, provinceCode, scope, procedureId);
  const rows = await db
    .select()
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(desc(procedureVersions.version));
  return {
    versions: rows.map((row) => {
      const { content: _content, formTemplates: _templates, ...rest } = versionDto(procedure, row, today);
      return { ...rest, name: row.name };
    }),
  };
}

export async function getVersion(
  db: DbOrTx,
  provinceCode: string,
  scope: Scope,
  versionId: string,
  today: string,
) {
  const [version] = await db.select().from(procedureVersions).where(eq(procedureVersions.id, versionId));
  if (!version) throw notFound();
  const procedure = await findManagedProcedure(db, provinceCode, scope, version.procedureId);
  return fullVersionDto(db, provinceCode, procedure, version, today);
}

const V = sql.raw('v');
const PV = sql.raw('pv');

/**
 * The procedures the caller manages (one of their competent units in scope), by their latest
 * version, drafts and withdrawn ones included; `q` matches word starts of the folded name.
 */
export async function listManaged(
  db: DbOrTx,
  provinceCode: string,
  scope: Scope,
  query: { q: string; status?: VersionStatus; limit: number; offset: number },
  today: string,
) {
  const words = queryWords(query.q);
  const conditions = [
    sql`p.province_code = ${provinceCode}`,
    ...words.map((w) => sql`(' ' || v.name_folded) like ${`% ${w}%`}`),
    ...(query.status ? [sql`${statusOnSql(V, today)} = ${query.status}`] : []),
    ...(scope.all
      ? []
      : [
          sql`exists (select 1 from procedure_units pu where pu.procedure_id = p.id
                and pu.role = 'competent' and ${inScope(sql`pu.unit_id`, scope)})`,
        ]),
  ];
  const rows = await queryRows<{
    id: string;
    code: string;
    fieldCode: string;
    name: string;
    latestVersionId: string;
    latestVersion: number;
    latestStatus: VersionStatus;
    latestEffectiveFrom: string | null;
    publishedVersion: number | null;
    updatedAt: Date | string;
    total: number | string;
  }>(
    db,
    sql`select p.id, p.code, p.field_code as "fieldCode", v.name, v.id as "latestVersionId",
               v.version as "latestVersion", ${statusOnSql(V, today)} as "latestStatus",
               v.effective_from::text as "latestEffectiveFrom",
               (select pv.version from procedure_versions pv
                 where pv.procedure_id = p.id and ${inForceSql(PV, today)}) as "publishedVersion",
               v.updated_at as "updatedAt", count(*) over () as total
          from procedures p
          join lateral (select * from procedure_versions lv where lv.procedure_id = p.id
                         order by lv.version desc limit 1) v on true
         where ${sql.join(conditions, sql` and `)}
         order by v.updated_at desc, p.code
         limit ${query.limit} offset ${query.offset}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _total, updatedAt, ...row }) => ({
      ...row,
      updatedAt: new Date(updatedAt).toISOString(),
    })),
  };
}
