import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { dossierFiles } from '../../db/schema';
import type { AuthContext } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { sniffFileKind, sniffImageType } from '../../platform/file-type';
import type { AppDeps } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { runDossierCommand } from './command';
import { findVisibleDossier } from './detail';

/** Result files a dossier may carry: scanned or signed documents (PDF) and photos of them. */
type ResultContentType = 'application/pdf' | 'image/png' | 'image/jpeg';
/** 10 MB: a scanned multi-page result; larger files are refused before anything is written. */
export const RESULT_MAX_BYTES = 10 * 1_048_576;

/** The content type the bytes really are (not what the client claims), or null. */
export function resultContentTypeOf(bytes: Uint8Array): ResultContentType | null {
  return sniffImageType(bytes) ?? (sniffFileKind(bytes) === 'pdf' ? 'application/pdf' : null);
}

/**
 * Attaches a result document while the dossier is processed (the step's officer or approver) or
 * once resolved (the desk, e.g. the signed paper scanned): one event, one file row, one transaction.
 */
export function attachResultFile(
  deps: AppDeps,
  caller: Parameters<typeof runDossierCommand>[1],
  id: string,
  input: { version: number; fileName: string; contentType: string; bytes: Buffer },
) {
  const actual = resultContentTypeOf(input.bytes);
  if (actual === null || actual !== input.contentType || input.bytes.length === 0) {
    throw new AppError('dossier_file_invalid', 415, { types: 'PDF, PNG, JPEG' });
  }
  if (input.bytes.length > RESULT_MAX_BYTES) throw new AppError('body_too_large', 413);
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: input.version, action: 'attach_result' },
    async (ctx) => {
      const unitId =
        ctx.record.state === 'resolved'
          ? ctx.record.receivingUnitId
          : (ctx.steps.find((s) => s.state === 'active')?.unitId ?? ctx.record.competentUnitId);
      await ctx.tx.insert(dossierFiles).values({
        id: uuidv7(deps.clock),
        dossierId: id,
        kind: 'result',
        fileName: input.fileName,
        contentType: actual,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        bytes: input.bytes,
        uploadedAt: ctx.now,
        uploadedBy: caller.auth.fullName,
      });
      return { patch: {}, unitId, reason: input.fileName };
    },
  );
}

/** A result file's bytes, for a caller who may see the whole dossier. */
export async function resultFile(deps: AppDeps, auth: AuthContext, dossierId: string, fileId: string) {
  await findVisibleDossier(deps, deps.db, auth, dossierId); // whoever may see the dossier
  const [file] = await deps.db
    .select()
    .from(dossierFiles)
    .where(and(eq(dossierFiles.id, fileId), eq(dossierFiles.dossierId, dossierId)));
  if (!file) throw notFound();
  return { fileName: file.fileName, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
