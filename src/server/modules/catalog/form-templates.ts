import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  FORM_TEMPLATE_MAX_BYTES,
  FORM_TEMPLATE_TYPES,
  type FormTemplateContentType,
  type FormTemplateDto,
} from '../../../contracts/catalog';
import { foldingTable, queryWords } from '../../../domain/catalog/vietnamese-text';
import type { DbOrTx } from '../../db/client';
import { formTemplates } from '../../db/schema';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors';
import { type FileKind, sniffFileKind } from '../../platform/file-type';
import { uuidv7 } from '../../platform/ids';

/** The kinds of form files accepted, by content type, with the extension they must carry. */
export const FORM_CONTENT_TYPES: Readonly<Record<string, string>> = FORM_TEMPLATE_TYPES;

/** What the content of each accepted type must be (a renamed file is refused). */
const KIND_OF_TYPE: Record<FormTemplateContentType, FileKind> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

const isFormType = (contentType: string): contentType is FormTemplateContentType =>
  contentType in KIND_OF_TYPE;

/** The address a citizen downloads a form template from. */
export const formTemplateUrl = (id: string) => `/api/catalog/form-templates/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isTemplateId = (value: string | null): value is string => value !== null && UUID.test(value);

/**
 * Stores an uploaded form template: the file name must carry the extension of its content type,
 * and the content must be of that type (checked by its magic bytes, not by what the client says).
 */
export async function storeFormTemplate(
  tx: DbOrTx,
  clock: Clock,
  provinceCode: string,
  upload: { fileName: string; contentType: string; bytes: Uint8Array },
  actor: Pick<AuthContext, 'userId' | 'fullName' | 'homeUnitId'> | null,
  ip?: string,
): Promise<FormTemplateDto> {
  const contentType = upload.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const fileName = upload.fileName.normalize('NFC').trim();
  const types = Object.values(FORM_TEMPLATE_TYPES).join(', ');
  if (!isFormType(contentType) || !fileName.toLowerCase().endsWith(FORM_TEMPLATE_TYPES[contentType])) {
    throw new AppError('form_template_invalid', 422, { types });
  }
  if (upload.bytes.length === 0 || upload.bytes.length > FORM_TEMPLATE_MAX_BYTES) {
    throw new AppError('form_template_invalid', 422, { types });
  }
  if (sniffFileKind(upload.bytes) !== KIND_OF_TYPE[contentType]) {
    throw new AppError('form_template_content_mismatch', 422, { type: FORM_TEMPLATE_TYPES[contentType] });
  }
  const row = {
    id: uuidv7(clock),
    provinceCode,
    fileName,
    contentType,
    size: upload.bytes.length,
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    bytes: upload.bytes,
    uploadedAt: clock.now(),
    uploadedBy: actor?.userId ?? null,
  };
  await tx.insert(formTemplates).values(row);
  await appendAudit(tx, clock, {
    actorUserId: actor?.userId ?? null,
    actorName: actor?.fullName ?? 'system',
    unitId: actor?.homeUnitId ?? null,
    action: 'catalog.form_template_uploaded',
    targetType: 'form_template',
    targetId: row.id,
    ip,
    details: { fileName, size: row.size, sha256: row.sha256 },
  });
  return templateDto(row);
}

const summaryColumns = {
  id: formTemplates.id,
  fileName: formTemplates.fileName,
  contentType: formTemplates.contentType,
  size: formTemplates.size,
  uploadedAt: formTemplates.uploadedAt,
};

function templateDto(row: {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
}): FormTemplateDto {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
    url: formTemplateUrl(row.id),
  };
}

const FOLDING = foldingTable();
/** A file name folded like foldVietnamese (accents off, đ → d, lower case), in SQL. */
const foldedFileName: SQL = sql`lower(translate(${formTemplates.fileName}, ${FOLDING.from}, ${FOLDING.to}))`;

/** The province's form templates, newest first; every word of `q` must occur in the file name. */
export async function listFormTemplates(
  db: DbOrTx,
  provinceCode: string,
  query: { q: string; limit: number; offset: number },
) {
  const where = and(
    eq(formTemplates.provinceCode, provinceCode),
    ...queryWords(query.q).map((w) => sql`${foldedFileName} like ${`%${w}%`}`),
  );
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(formTemplates).where(where);
  const rows = await db
    .select(summaryColumns)
    .from(formTemplates)
    .where(where)
    .orderBy(desc(formTemplates.uploadedAt), desc(formTemplates.id))
    .limit(query.limit)
    .offset(query.offset);
  return { total: counted?.total ?? 0, items: rows.map(templateDto) };
}

/** The stored templates among `ids` (a procedure's documents link them), in the order of `ids`. */
export async function formTemplateSummaries(
  db: DbOrTx,
  provinceCode: string,
  ids: readonly (string | null)[],
): Promise<FormTemplateDto[]> {
  const wanted = [...new Set(ids.filter(isTemplateId))];
  if (wanted.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(formTemplates)
    .where(and(inArray(formTemplates.id, wanted), eq(formTemplates.provinceCode, provinceCode)));
  const byId = new Map(rows.map((r) => [r.id, templateDto(r)]));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}

export async function loadFormTemplate(db: DbOrTx, provinceCode: string, id: string) {
  const [row] = await db
    .select()
    .from(formTemplates)
    .where(and(eq(formTemplates.id, id), eq(formTemplates.provinceCode, provinceCode)));
  if (!row) throw notFound();
  return { ...row, bytes: Buffer.from(row.bytes) };
}

/** File names of stored templates by id. */
export async function formTemplateNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: formTemplates.id, fileName: formTemplates.fileName })
    .from(formTemplates)
    .where(inArray(formTemplates.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.fileName]));
}
