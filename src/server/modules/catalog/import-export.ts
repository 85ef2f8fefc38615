import { and, eq, isNull, sql } from 'drizzle-orm';
import { localDateOf } from '../../../domain/calendar/local-time';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import {
  IMPORT_GUIDE,
  PROCEDURE_IMPORT_COLUMNS,
  procedureToRow,
  validateProcedureImport,
} from '../../../domain/catalog/procedure-import';
import { type DbOrTx, queryRows } from '../../db/client';
import { catalogFields, procedures, units } from '../../db/schema';
import { type AuthContext, inScope, type Scope } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import type { Lang } from '../../platform/messages';
import { writeWorkbook } from '../../platform/spreadsheet';
import { inForceSql } from './repo';
import { insertPublishedCatalog } from './service';

/**
 * Imports new procedures, published from today, all or none: every row is checked against the
 * catalog, the fields and the units the importer may use before anything is written.
 */
export async function importCatalog(
  deps: AppDeps,
  actor: Pick<AuthContext, 'userId' | 'fullName' | 'homeUnitId'> | null,
  meta: { ip: string | null; lang: Lang },
  scope: Scope,
  table: readonly (readonly string[])[],
  onProgress: (done: number, total: number) => void = () => {},
) {
  return deps.db.transaction(async (tx) => {
    const province = deps.config.PROVINCE_CODE;
    const [existing, fields, usable] = await Promise.all([
      tx.select({ code: procedures.code }).from(procedures).where(eq(procedures.provinceCode, province)),
      tx.select({ code: catalogFields.code }).from(catalogFields),
      tx
        .select({ id: units.id, code: units.code })
        .from(units)
        .where(and(eq(units.provinceCode, province), isNull(units.validTo), inScope(units.id, scope))),
    ]);
    const verdict = validateProcedureImport(table, {
      existingCodes: new Set(existing.map((r) => r.code)),
      fieldCodes: new Set(fields.map((r) => r.code)),
      usableUnitCodes: new Set(usable.map((r) => r.code)),
    });
    if (!verdict.ok) {
      throw new AppError(
        'import_invalid',
        422,
        { count: new Set(verdict.errors.map((e) => e.row)).size },
        verdict.errors.map((e) => ({
          path: `row ${e.row}: ${e.column}`,
          message: meta.lang === 'vi' ? e.vi : e.en,
          code: 'invalid_row',
        })),
      );
    }
    const idOf = new Map(usable.map((u) => [u.code, u.id]));
    const ids = (codes: readonly string[]) => [...new Set(codes.map((c) => idOf.get(c) ?? ''))];
    const today = localDateOf(deps.clock.now().getTime());
    await insertPublishedCatalog(
      tx,
      deps.clock,
      province,
      [],
      verdict.procedures.map((p) => ({
        code: p.code,
        fieldCode: p.fieldCode,
        content: p.content,
        effectiveFrom: today,
        competentUnitIds: ids(p.competentUnitCodes),
        receivingUnitIds: ids(p.receivingUnitCodes),
      })),
      onProgress,
    );
    await appendAudit(tx, deps.clock, {
      actorUserId: actor?.userId ?? null,
      actorName: actor?.fullName ?? 'cli',
      unitId: actor?.homeUnitId ?? null,
      action: 'catalog.imported',
      targetType: 'catalog',
      targetId: province,
      ip: meta.ip,
      details: {
        procedures: verdict.procedures.length,
        codes: verdict.procedures.slice(0, 50).map((p) => p.code),
      },
    });
    return { imported: verdict.procedures.length };
  });
}

const sheetColumns = PROCEDURE_IMPORT_COLUMNS.map((key) => ({
  header: key,
  key,
  width: key === 'name' ? 60 : 28,
}));

const guideSheet = {
  name: 'Huong dan - Guide',
  columns: [
    { header: 'column', key: 'column', width: 20 },
    { header: 'Tiếng Việt', key: 'vi', width: 70 },
    { header: 'English', key: 'en', width: 70 },
    { header: 'ví dụ / example', key: 'example', width: 60 },
  ],
  rows: PROCEDURE_IMPORT_COLUMNS.map((column) => ({ column, ...IMPORT_GUIDE[column] })),
};

/** The import template: the columns with one example row, and a guide sheet in both languages. */
export function importTemplate(): Promise<Buffer> {
  const example = Object.fromEntries(PROCEDURE_IMPORT_COLUMNS.map((c) => [c, IMPORT_GUIDE[c].example]));
  return writeWorkbook([{ name: 'Thu tuc', columns: sheetColumns, rows: [example] }, guideSheet]);
}

/** The catalog in force on `today` (local date) in the import columns, so an export imports back. */
export async function exportCatalog(db: DbOrTx, provinceCode: string, today: string): Promise<Buffer> {
  const rows = await queryRows<{
    code: string;
    fieldCode: string;
    content: ProcedureContent;
    competent: string[] | null;
    receiving: string[] | null;
  }>(
    db,
    sql`select p.code, p.field_code as "fieldCode", v.content,
               array(select u.code from procedure_units pu join units u on u.id = pu.unit_id
                      where pu.procedure_id = p.id and pu.role = 'competent' order by u.code) as competent,
               array(select u.code from procedure_units pu join units u on u.id = pu.unit_id
                      where pu.procedure_id = p.id and pu.role = 'receiving' order by u.code) as receiving
          from procedure_versions v join procedures p on p.id = v.procedure_id
         where ${inForceSql(sql.raw('v'), today)} and p.province_code = ${provinceCode}
         order by p.code`,
  );
  return writeWorkbook([
    {
      name: 'Thu tuc',
      columns: sheetColumns,
      rows: rows.map((r) =>
        procedureToRow(r.code, r.fieldCode, r.content, r.competent ?? [], r.receiving ?? []),
      ),
    },
    guideSheet,
  ]);
}
