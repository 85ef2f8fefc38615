import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ZCreateProcedureRequest,
  ZFieldList,
  ZManagedList,
  ZManagedQuery,
  ZNewDraftRequest,
  ZProcedureDetail,
  ZProcedureSearchQuery,
  ZProcedureSearchResult,
  ZProcedureVersion,
  ZPublishRequest,
  ZUpdateDraftRequest,
  ZVersionList,
  ZWithdrawRequest,
} from '../../../contracts/catalog';
import { problemResponses, ZUuid } from '../../../contracts/common';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import { publicAccess, rolesAccess } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';
import { uploadedTable } from '../../platform/uploaded-sheet';
import { type CatalogCaller, createProcedure, todayIn } from './admin-service';
import { formTemplateRoutes } from './form-template-routes';
import { exportCatalog, importCatalog, importTemplate } from './import-export';
import { getVersion, listManaged, listVersions } from './managed-reads';
import { publishDraft, withdrawVersion } from './publication';
import { listFieldsWithCounts } from './repo';
import { procedureDetail, searchProcedures } from './service';
import { createDraft, updateDraft } from './version-commands';

const ZIdParams = z.strictObject({ id: ZUuid });
const ZImportResult = z.object({ imported: z.number().int() });
const ADMINS = ['system_admin', 'agency_admin'] as const;
const adminAccess = rolesAccess(...ADMINS);

const callerOf = async (request: FastifyRequest): Promise<CatalogCaller> => ({
  auth: requireAuth(request),
  meta: requestMeta(request),
  scope: await request.scope(ADMINS),
});

export const catalogRoutes: RouteModule = async (app, deps) => {
  const r = typed(app);
  const province = deps.config.PROVINCE_CODE;

  r.get(
    '/api/catalog/procedures',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'searchProcedures',
        tags: ['catalog'],
        summary: 'Search published procedures: accent- and case-insensitive words, ranked, filtered, paged',
        querystring: ZProcedureSearchQuery,
        response: { 200: ZProcedureSearchResult, ...problemResponses },
      },
    },
    async (request) => searchProcedures(deps.db, province, request.query, todayIn(deps)),
  );

  r.get(
    '/api/catalog/procedures/:id',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'getProcedure',
        tags: ['catalog'],
        summary: 'The current version of a procedure: documents, fees, time, where to submit',
        params: ZIdParams,
        response: { 200: ZProcedureDetail, ...problemResponses },
      },
    },
    async (request) => procedureDetail(deps.db, province, request.params.id, todayIn(deps)),
  );

  r.get(
    '/api/catalog/fields',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'listProcedureFields',
        tags: ['catalog'],
        summary: 'Fields of procedures with the number of procedures in force in each',
        response: { 200: ZFieldList, ...problemResponses },
      },
    },
    async () => ({ fields: await listFieldsWithCounts(deps.db, province, todayIn(deps)) }),
  );

  const admin = (summary: string) => ({ tags: ['catalog admin'], summary });

  r.post(
    '/api/catalog/procedures',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'createProcedure',
        ...admin('Create a procedure with its first version as a draft'),
        body: ZCreateProcedureRequest,
        response: { 201: ZProcedureVersion, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await createProcedure(deps, await callerOf(request), request.body);
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/catalog/procedures/:id/versions',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'listProcedureVersions',
        ...admin('Every version of a procedure the caller manages, newest first'),
        params: ZIdParams,
        response: { 200: ZVersionList, ...problemResponses },
      },
    },
    async (request) =>
      listVersions(deps.db, province, await request.scope(ADMINS), request.params.id, todayIn(deps)),
  );

  r.post(
    '/api/catalog/procedures/:id/versions',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'createProcedureDraft',
        ...admin('Start a new draft version (a copy of the latest unless content is given)'),
        params: ZIdParams,
        body: ZNewDraftRequest,
        response: { 201: ZProcedureVersion, ...problemResponses },
      },
    },
    async (request, reply) => {
      const draft = await createDraft(
        deps,
        await callerOf(request),
        request.params.id,
        request.body.content as ProcedureContent | undefined,
      );
      return reply.code(201).send(draft);
    },
  );

  r.get(
    '/api/catalog/versions/:id',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'getProcedureVersion',
        ...admin('One version with its full content and what stops it from being published'),
        params: ZIdParams,
        response: { 200: ZProcedureVersion, ...problemResponses },
      },
    },
    async (request) =>
      getVersion(deps.db, province, await request.scope(ADMINS), request.params.id, todayIn(deps)),
  );

  r.patch(
    '/api/catalog/versions/:id',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'updateProcedureDraft',
        ...admin('Edit a draft (send the rowVersion read)'),
        params: ZIdParams,
        body: ZUpdateDraftRequest,
        response: { 200: ZProcedureVersion, ...problemResponses },
      },
    },
    async (request) => updateDraft(deps, await callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/catalog/versions/:id/publish',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'publishProcedureVersion',
        ...admin(
          'Publish a draft from a day: today or earlier, in force at once (the previous version ends the day before); later, scheduled',
        ),
        params: ZIdParams,
        body: ZPublishRequest,
        response: { 200: ZProcedureVersion, ...problemResponses },
      },
    },
    async (request) => publishDraft(deps, await callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/catalog/versions/:id/withdraw',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'withdrawProcedureVersion',
        ...admin(
          'Withdraw the version in force (the procedure leaves the public catalog) or cancel a scheduled one',
        ),
        params: ZIdParams,
        body: ZWithdrawRequest,
        response: { 200: ZProcedureVersion, ...problemResponses },
      },
    },
    async (request) => withdrawVersion(deps, await callerOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/catalog/import',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'importProcedures',
        ...admin(
          'Import new procedures from the template (text/csv, UTF-8 or Windows-1258, or .xlsx): all rows or none, published from today',
        ),
        response: { 200: ZImportResult, ...problemResponses },
      },
    },
    async (request) => {
      const body = request.body as unknown;
      if (typeof body !== 'string' && !Buffer.isBuffer(body))
        throw new AppError('unsupported_media_type', 415);
      const table = await uploadedTable(body);
      const { auth, meta, scope } = await callerOf(request);
      return importCatalog(deps, auth, meta, scope, table);
    },
  );

  r.get(
    '/api/catalog/import-template.xlsx',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'downloadProcedureImportTemplate',
        ...admin('The import template: columns, an example row, and a guide in both languages'),
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', 'attachment; filename="mau-nhap-thu-tuc.xlsx"')
        .send(await importTemplate()),
  );

  r.get(
    '/api/catalog/export.xlsx',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'exportCatalog',
        tags: ['catalog'],
        summary: 'The published catalog as Excel, in the import columns',
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', 'attachment; filename="danh-muc-thu-tuc.xlsx"')
        .send(await exportCatalog(deps.db, province, todayIn(deps))),
  );

  r.get(
    '/api/catalog/managed',
    {
      config: { access: adminAccess },
      schema: {
        operationId: 'listManagedProcedures',
        ...admin('Procedures the caller manages, by their latest version (drafts and withdrawn included)'),
        querystring: ZManagedQuery,
        response: { 200: ZManagedList, ...problemResponses },
      },
    },
    async (request) =>
      listManaged(deps.db, province, await request.scope(ADMINS), request.query, todayIn(deps)),
  );

  await formTemplateRoutes(app, deps);
};
