import { z } from 'zod';
import { ZDossierFile } from './dossiers';

/** The file name of a paper the applicant uploads (the bytes are the raw body). */
export const ZApplicantFileUploadQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
});

/** The papers uploaded with an online dossier; each opens at /api/dossiers/{id}/files/{fileId}. */
export const ZApplicantFiles = z
  .object({
    files: z.array(ZDossierFile),
  })
  .meta({ id: 'ApplicantFiles' });

export type ApplicantFilesDto = z.infer<typeof ZApplicantFiles>;
