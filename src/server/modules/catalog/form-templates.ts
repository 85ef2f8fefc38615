import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { formTemplates } from '../../db/schema';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';

/** The kinds of form files accepted, by content type, with the extension they must carry. */
export const FORM_CONTENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  [XLSX_CONTENT_TYPE]: '.xlsx',
  'application/vnd.oasis.opendocument.text': '.odt',
};

export const FORM_TEMPLATE_MAX_BYTES = 10 * 1_048_576;

/** The address a citizen downloads a form template from. */
export const formTemplateUrl = (id: string) => `/api/catalog/form-templates/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isTemplateId = (value: string | null): value is string => value !== null && UUID.test(value);

/** Stores an uploaded form template; the file name must carry the extension of its type. */
export async function storeFormTemplate(
  tx: DbOrTx,
  clock: Clock,
  provinceCode: string,
  upload: { fileName: string; contentType: string; bytes: Uint8Array },
  actor: Pick<AuthContext, 'userId' | 'fullName' | 'homeUnitId'> | null,
  ip?: string,
) {
  const extension = FORM_CONTENT_TYPES[upload.contentType];
  const fileName = upload.fileName.normalize('NFC').trim();
  if (!extension || !fileName.toLowerCase().endsWith(extension)) {
    throw new AppError('form_template_invalid', 422, { types: Object.values(FORM_CONTENT_TYPES).join(', ') });
  }
  if (upload.bytes.length === 0 || upload.bytes.length > FORM_TEMPLATE_MAX_BYTES) {
    throw new AppError('form_template_invalid', 422, { types: Object.values(FORM_CONTENT_TYPES).join(', ') });
  }
  const row = {
    id: uuidv7(clock),
    provinceCode,
    fileName,
    contentType: upload.contentType,
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
  return { id: row.id, fileName, contentType: row.contentType, size: row.size, url: formTemplateUrl(row.id) };
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

/** Content-Disposition for a Vietnamese file name: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
