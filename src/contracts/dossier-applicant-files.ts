import { z } from 'zod';
import { ZUuid } from './common';

/** The file name of a paper the applicant uploads (the bytes are the raw body). */
export const ZApplicantFileUploadQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
});

/** The papers uploaded with an online dossier; each opens at /api/dossiers/{id}/files/{fileId}. */
export const ZApplicantFiles = z
  .object({
    files: z.array(
      z.object({
        id: ZUuid,
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        uploadedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'ApplicantFiles' });

export type ApplicantFilesDto = z.infer<typeof ZApplicantFiles>;
