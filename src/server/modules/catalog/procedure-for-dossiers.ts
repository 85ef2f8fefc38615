import { type SQL, sql } from 'drizzle-orm';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { inForceSql } from './repo';

/** What the dossier module needs of a procedure version: its content and implementing units. */
export interface ProcedureForDossier {
  readonly procedureId: string;
  readonly code: string;
  readonly versionId: string;
  readonly version: number;
  readonly content: ProcedureContent;
  readonly competentUnitIds: readonly string[];
  readonly receivingUnitIds: readonly string[];
}

const UNITS_OF_P = sql`coalesce((select array_agg(unit_id::text) from procedure_units u where u.procedure_id = p.id and u.role = 'competent'), '{}') as "competentUnitIds",
  coalesce((select array_agg(unit_id::text) from procedure_units u where u.procedure_id = p.id and u.role = 'receiving'), '{}') as "receivingUnitIds"`;

/** The version in force on `today` (local date) that new dossiers are filed under; null if none. */
export async function procedureInForceForIntake(
  db: DbOrTx,
  provinceCode: string,
  procedureId: string,
  today: string,
): Promise<ProcedureForDossier | null> {
  return (await proceduresInForceForIntake(db, provinceCode, [procedureId], today)).get(procedureId) ?? null;
}

/** `procedureInForceForIntake` for several procedures in one query, by procedure id (absent: none). */
export async function proceduresInForceForIntake(
  db: DbOrTx,
  provinceCode: string,
  procedureIds: readonly string[],
  today: string,
): Promise<Map<string, ProcedureForDossier>> {
  if (procedureIds.length === 0) return new Map();
  const rows = await queryRows<ProcedureForDossier>(
    db,
    proceduresInForceSql(provinceCode, procedureIds, today),
  );
  return new Map(rows.map((r) => [r.procedureId, r]));
}

/**
 * The statement, not yet run, of `proceduresInForceForIntake`: rows of `ProcedureForDossier`, so a
 * caller can embed it in its own statement.
 */
export function proceduresInForceSql(
  provinceCode: string,
  procedureIds: readonly string[],
  today: string,
): SQL {
  return sql`select distinct on (p.id) p.id as "procedureId", p.code, v.id as "versionId", v.version, v.content, ${UNITS_OF_P}
          from procedure_versions v join procedures p on p.id = v.procedure_id
         where p.id = any(${uuidArray(procedureIds)}) and p.province_code = ${provinceCode} and ${inForceSql(sql.raw('v'), today)}`;
}

/** The exact version a dossier was filed under (later versions never change it), with its units, in one query. */
export async function procedureVersionOfDossier(db: DbOrTx, versionId: string): Promise<ProcedureForDossier> {
  const [row] = await queryRows<ProcedureForDossier>(
    db,
    sql`select p.id as "procedureId", p.code, v.id as "versionId", v.version, v.content, ${UNITS_OF_P}
          from procedure_versions v join procedures p on p.id = v.procedure_id where v.id = ${versionId}`,
  );
  if (!row) throw new Error(`procedure version ${versionId} is missing`);
  return row;
}

/** What a dossier's command reads of its procedure version: the text it was filed under. */
export type ProcedureVersionText = Omit<ProcedureForDossier, 'competentUnitIds' | 'receivingUnitIds'>;

/** Versions already read, by id: a version past its draft never changes (only drafts are edited). */
const versionTexts = new Map<string, ProcedureVersionText>();
const VERSION_TEXTS_KEPT = 2000;

/**
 * The exact version a dossier was filed under, without its units (which belong to the procedure
 * and may change): read once per process, since a version's text is fixed when it leaves draft.
 */
export async function procedureVersionText(db: DbOrTx, versionId: string): Promise<ProcedureVersionText> {
  const known = versionTexts.get(versionId);
  if (known) return known;
  const [row] = await queryRows<ProcedureVersionText & { draft: boolean }>(
    db,
    sql`select p.id as "procedureId", p.code, v.id as "versionId", v.version, v.content, v.status = 'draft' as draft
          from procedure_versions v join procedures p on p.id = v.procedure_id where v.id = ${versionId}`,
  );
  if (!row) throw new Error(`procedure version ${versionId} is missing`);
  const { draft, ...text } = row;
  if (!draft) {
    if (versionTexts.size >= VERSION_TEXTS_KEPT) versionTexts.delete(versionTexts.keys().next().value ?? '');
    versionTexts.set(versionId, text);
  }
  return text;
}

/** What statistics group a dossier's procedure version by: its field and how far it is offered online. */
export interface ProcedureDimensions {
  readonly procedureId: string;
  readonly fieldCode: string;
  readonly online: 'full' | 'partial' | 'none';
}

/** `ProcedureDimensions` of procedure versions, by version id. */
export async function procedureDimensionsOf(
  db: DbOrTx,
  versionIds: readonly string[],
): Promise<Map<string, ProcedureDimensions>> {
  if (versionIds.length === 0) return new Map();
  const rows = await queryRows<ProcedureDimensions & { versionId: string }>(
    db,
    sql`select v.id as "versionId", p.id as "procedureId", p.field_code as "fieldCode", v.online
          from procedure_versions v join procedures p on p.id = v.procedure_id where v.id = any(${uuidArray(versionIds)})`,
  );
  return new Map(rows.map(({ versionId, ...dims }) => [versionId, dims]));
}

/** The statement, not yet run, selecting the ids of the procedures of a field (lĩnh vực). */
export function procedureIdsOfFieldSql(provinceCode: string, fieldCode: string): SQL {
  return sql`select p.id from procedures p where p.province_code = ${provinceCode} and p.field_code = ${fieldCode}`;
}
