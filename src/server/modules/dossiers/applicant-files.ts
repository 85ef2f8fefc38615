import { createHash } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { commandAppliesIn } from '../../../domain/dossier/command-table';
import type { DossierStatus } from '../../../domain/dossier/state-machine';
import { dossierFiles } from '../../db/schema';
import type { AuthContext } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { findVisibleDossier } from './detail';
import { findDossier } from './repo';
import { RESULT_MAX_BYTES, resultContentTypeOf } from './result-files';

/** An online dossier carries at most this many uploaded papers (a checklist is rarely longer). */
export const APPLICANT_FILES_MAX = 30;

/**
 * The applicant uploads a paper (PDF, PNG or JPEG, checked by content, at most 10 MB) to their own
 * online dossier while the desk has not decided on it, or when asked for a supplement: one
 * transaction that locks the dossier, so the count limit holds against parallel uploads.
 */
export async function attachApplicantFile(
  deps: AppDeps,
  auth: AuthContext,
  dossierId: string,
  input: { fileName: string; contentType: string; bytes: Buffer },
): Promise<{ id: string }> {
  const actual = resultContentTypeOf(input.bytes);
  if (actual === null || actual !== input.contentType || input.bytes.length === 0) {
    throw new AppError('dossier_file_invalid', 415, { types: 'PDF, PNG, JPEG' });
  }
  if (input.bytes.length > RESULT_MAX_BYTES) throw new AppError('body_too_large', 413);
  return deps.db.transaction(async (tx) => {
    const row = await findDossier(tx, deps.config.PROVINCE_CODE, dossierId, { lock: true });
    // Another person's dossier, or one not filed online, does not exist for this caller.
    if (!row || row.createdBy !== auth.userId || row.channel !== 'online') throw notFound();
    const status = { state: row.state, supplementPhase: row.supplementPhase } as DossierStatus;
    if (!commandAppliesIn('attach_applicant_file', status))
      throw new AppError('dossier_applicant_files_closed', 409);
    const [held] = await tx
      .select({ n: count() })
      .from(dossierFiles)
      .where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.kind, 'applicant')));
    if ((held?.n ?? 0) >= APPLICANT_FILES_MAX)
      throw new AppError('dossier_applicant_files_full', 409, { max: APPLICANT_FILES_MAX });
    const id = uuidv7(deps.clock);
    await tx.insert(dossierFiles).values({
      id,
      dossierId,
      kind: 'applicant',
      fileName: input.fileName,
      contentType: actual,
      size: input.bytes.length,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      bytes: input.bytes,
      uploadedAt: deps.clock.now(),
      uploadedBy: auth.fullName,
    });
    return { id };
  });
}

/** The papers uploaded with an online dossier, for the staff who may see it (opened through the file route). */
export async function applicantFilesOf(deps: AppDeps, auth: AuthContext, dossierId: string) {
  await findVisibleDossier(deps, deps.db, auth, dossierId);
  const rows = await deps.db
    .select({
      id: dossierFiles.id,
      fileName: dossierFiles.fileName,
      contentType: dossierFiles.contentType,
      size: dossierFiles.size,
      uploadedAt: dossierFiles.uploadedAt,
    })
    .from(dossierFiles)
    .where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.kind, 'applicant')))
    .orderBy(asc(dossierFiles.uploadedAt), asc(dossierFiles.id));
  return { files: rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() })) };
}
