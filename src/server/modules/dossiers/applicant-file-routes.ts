import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import { ZApplicantFiles, ZApplicantFileUploadQuery } from '../../../contracts/dossier-applicant-files';
import { rolesAccess } from '../../platform/access';
import { type RouteModule, requireAuth, typed } from '../../platform/http';
import { applicantFilesOf, attachApplicantFile } from './applicant-files';
import { DOSSIER_ROLES } from './command';

const ZIdParams = z.strictObject({ id: ZUuid });

/** Papers an applicant uploads with an online dossier, and the staff's list of them at review. */
export const applicantFileRoutes: RouteModule = (app, deps) => {
  const r = typed(app);

  r.post(
    '/api/dossiers/:id/applicant-files',
    {
      config: { access: rolesAccess('citizen') },
      schema: {
        operationId: 'uploadApplicantFile',
        tags: ['dossiers'],
        summary:
          'The applicant uploads a paper to their online dossier (PDF, PNG or JPEG, checked by content, at most 10 MB; raw body) while it awaits the desk or a supplement',
        params: ZIdParams,
        querystring: ZApplicantFileUploadQuery,
        response: { 201: z.object({ id: ZUuid }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const file = await attachApplicantFile(deps, requireAuth(request), request.params.id, {
        fileName: request.query.fileName,
        contentType: (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
        bytes,
      });
      return reply.code(201).send(file);
    },
  );

  r.get(
    '/api/dossiers/:id/applicant-files',
    {
      config: { access: rolesAccess(...DOSSIER_ROLES) },
      schema: {
        operationId: 'listApplicantFiles',
        tags: ['dossiers'],
        summary:
          'The papers uploaded with an online dossier, for the desk and the units handling it; each opens at /api/dossiers/{id}/files/{fileId}',
        params: ZIdParams,
        response: { 200: ZApplicantFiles, ...problemResponses },
      },
    },
    async (request) => applicantFilesOf(deps, requireAuth(request), request.params.id),
  );
};
