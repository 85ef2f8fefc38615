import type { z } from 'zod';
import type { ZProcedureSearchQuery } from '../../../contracts/catalog';
import type { ProcedureContent, ProcedureLevel } from '../../../domain/catalog/procedure';
import { searchableText } from '../../../domain/catalog/procedure';
import { searchIndex } from '../../../domain/catalog/search-index';
import { foldVietnamese, queryWords } from '../../../domain/catalog/vietnamese-text';
import type { DbOrTx } from '../../db/client';
import { catalogFields, procedures, procedureUnits, procedureVersions } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { formTemplateNames, formTemplateUrl, isTemplateId } from './form-templates';
import { findInForce, implementingUnits, proceduresOfUnit } from './repo';
import { bumpCatalogRevision, catalogIndex } from './search-cache';

/** Procedures in force on `today` (local date) matching a query, ranked and filtered, one page. */
export async function searchProcedures(
  db: DbOrTx,
  provinceCode: string,
  query: z.infer<typeof ZProcedureSearchQuery>,
  today: string,
) {
  const { index, entryOf } = await catalogIndex(db, provinceCode, today);
  let allowed: ((entry: number) => boolean) | undefined;
  if (query.unitId) {
    const ids = await proceduresOfUnit(db, query.unitId);
    const entries = new Set(ids.map((id) => entryOf.get(id)));
    allowed = (n) => entries.has(n);
  }
  const result = searchIndex(index, {
    words: queryWords(query.q),
    fieldCode: query.field,
    level: query.level,
    online: query.online,
    allowed,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    total: result.total,
    items: result.items.map(({ item, rank }) => ({
      id: item.id,
      code: item.code,
      name: item.name,
      field: { code: item.fieldCode, nameVi: item.fieldNameVi, nameEn: item.fieldNameEn },
      levels: item.levels as ProcedureLevel[],
      online: item.online as ProcedureContent['online'],
      onlinePayment: item.onlinePayment,
      processing: item.processing,
      versionId: item.versionId,
      version: item.version,
      rank,
    })),
  };
}

/** Everything a citizen must know of the version of a procedure in force on `today` (local date). */
export async function procedureDetail(db: DbOrTx, provinceCode: string, procedureId: string, today: string) {
  const found = await findInForce(db, provinceCode, procedureId, today);
  if (!found) throw notFound();
  const content = found.version.content as ProcedureContent;
  const implementing = await implementingUnits(db, procedureId);
  const templateNames = await formTemplateNames(
    db,
    content.documents.map((d) => d.template).filter(isTemplateId),
  );
  const unitsWith = (role: string) =>
    implementing.filter((u) => u.role === role).map((u) => ({ id: u.id, name: u.name }));
  return {
    id: found.procedure.id,
    code: found.procedure.code,
    field: found.field,
    versionId: found.version.id,
    version: found.version.version,
    effectiveFrom: found.version.effectiveFrom,
    ...content,
    processing: { ...content.processing, online: content.processing.online ?? null },
    levels: [...content.levels],
    fees: [...content.fees],
    documents: content.documents.map((d) => ({
      ...d,
      templateUrl: isTemplateId(d.template) ? formTemplateUrl(d.template) : null,
      templateFileName: isTemplateId(d.template) ? (templateNames.get(d.template) ?? null) : null,
    })),
    steps: [...content.steps],
    workflow: [...content.workflow],
    legalBasis: [...content.legalBasis],
    competentUnits: unitsWith('competent'),
    receivingUnits: unitsWith('receiving'),
  };
}

export interface PublishedProcedureInput {
  readonly code: string;
  readonly fieldCode: string;
  readonly content: ProcedureContent;
  readonly effectiveFrom: string;
  readonly competentUnitIds: readonly string[];
  readonly receivingUnitIds: readonly string[];
}

/** Folded text the search matches: the name, then the documents. */
export function foldedSearchColumns(content: ProcedureContent) {
  const text = searchableText(content);
  const nameFolded = foldVietnamese(text.name);
  return { nameFolded, searchFolded: `${nameFolded} ${foldVietnamese(text.documents)}`.trim() };
}

/**
 * Inserts fields and published procedures in bulk (the demo catalog, tests, and later imports),
 * in the caller's transaction. Reports progress after each batch.
 */
export async function insertPublishedCatalog(
  tx: DbOrTx,
  clock: Clock,
  provinceCode: string,
  fields: readonly { code: string; nameVi: string; nameEn: string }[],
  items: readonly PublishedProcedureInput[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  if (fields.length > 0)
    await tx
      .insert(catalogFields)
      .values([...fields])
      .onConflictDoNothing();
  const BATCH = 250;
  const now = clock.now();
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items
      .slice(i, i + BATCH)
      .map((item) => ({ item, id: uuidv7(clock), versionId: uuidv7(clock) }));
    await tx.insert(procedures).values(
      batch.map(({ item, id }) => ({
        id,
        provinceCode,
        code: item.code,
        fieldCode: item.fieldCode,
        createdAt: now,
      })),
    );
    await tx.insert(procedureVersions).values(
      batch.map(({ item, id, versionId }) => ({
        id: versionId,
        procedureId: id,
        version: 1,
        status: 'published',
        effectiveFrom: item.effectiveFrom,
        name: item.content.name,
        levels: [...item.content.levels],
        online: item.content.online,
        onlinePayment: item.content.onlinePayment,
        content: item.content,
        ...foldedSearchColumns(item.content),
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
        rowVersion: 1,
      })),
    );
    const links = batch.flatMap(({ item, id }) => [
      ...item.competentUnitIds.map((unitId) => ({ procedureId: id, unitId, role: 'competent' })),
      ...item.receivingUnitIds.map((unitId) => ({ procedureId: id, unitId, role: 'receiving' })),
    ]);
    for (let j = 0; j < links.length; j += 2000)
      await tx.insert(procedureUnits).values(links.slice(j, j + 2000));
    onProgress(Math.min(i + BATCH, items.length), items.length);
  }
  await bumpCatalogRevision(tx, provinceCode);
}
