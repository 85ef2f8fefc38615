import { z } from 'zod';
import {
  ZFormTemplate,
  ZFormTemplateList,
  ZFormTemplateListQuery,
  ZFormTemplateQuery,
} from '../../../contracts/catalog';
import { problemResponses, ZUuid } from '../../../contracts/common';
import { publicAccess, rolesAccess } from '../../platform/access';
import { contentDisposition } from '../../platform/content-disposition';
import { AppError } from '../../platform/errors';
import { type RouteModule, requireAuth, typed } from '../../platform/http';
import { listFormTemplates, loadFormTemplate, storeFormTemplate } from './form-templates';

const ZIdParams = z.strictObject({ id: ZUuid });
const adminAccess = rolesAccess('system_admin', 'agency_admin');

/** Form templates (mẫu đơn, tờ khai): upload and list for catalog admins, download for anyone. */
export const formTemplateRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const province = deps.config.PROVINCE_CODE;
  const admin = (summary: string) => ({ tags: ['catalog admin'], summary });

  r.post(
    '/api/catalog/form-templates',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'uploadFormTemplate',
        ...admin('Upload a form template (the raw file: PDF, DOC, DOCX, XLSX or ODT) to link from documents'),
        querystring: ZFormTemplateQuery,
        response: { 201: ZFormTemplate, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type', 415);
      const auth = requireAuth(request);
      const stored = await deps.db.transaction((tx) =>
        storeFormTemplate(
          tx,
          deps.clock,
          province,
          {
            fileName: request.query.fileName,
            contentType: request.headers['content-type'] ?? '',
            bytes: body,
          },
          auth,
          request.ip,
        ),
      );
      return reply.code(201).send(stored);
    },
  );

  r.get(
    '/api/catalog/form-templates',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'listFormTemplates',
        ...admin('Form templates stored for the province, newest first, to link from documents'),
        querystring: ZFormTemplateListQuery,
        response: { 200: ZFormTemplateList, ...problemResponses },
      },
    },
    async (request) => listFormTemplates(deps.db, province, request.query),
  );

  r.get(
    '/api/catalog/form-templates/:id',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'downloadFormTemplate',
        tags: ['catalog'],
        summary: 'Download a form template',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const file = await loadFormTemplate(deps.db, province, request.params.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'public, max-age=86400, immutable')
        .send(file.bytes);
    },
  );
};
