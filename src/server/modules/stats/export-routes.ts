import type { FastifyReply } from 'fastify';
import { problemResponses } from '../../../contracts/common';
import { rolesAccess } from '../../platform/access';
import { contentDisposition } from '../../platform/content-disposition';
import { type RouteModule, requireAuth, typed } from '../../platform/http';
import {
  type ExportFile,
  form06File,
  indexWorkbookFile,
  quarterlyReportFile,
  standardReportWorkbookFile,
} from './exports/export-files';
import {
  ZForm06Query,
  ZIndexWorkbookQuery,
  ZQuarterlyReportQuery,
  ZReportWorkbookQuery,
} from './exports/export-queries';
import { STATS_ROLES } from './stats-scope';

/**
 * Statistics as files (domain.md §9): the standard report as Excel, Biểu số 06/VPCP/KSTT (and
 * II.06a) as Excel and PDF, and the quarterly report as an administrative document. The same
 * roles and scope as the report itself.
 */
export const statsExportRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const access = rolesAccess(...STATS_ROLES);
  const send = (reply: FastifyReply, file: ExportFile, kind: 'inline' | 'attachment') =>
    reply
      .type(file.contentType)
      .header('content-disposition', contentDisposition(kind, file.fileName))
      .send(file.bytes);

  r.get(
    '/api/stats/report.xlsx',
    {
      config: { access },
      schema: {
        operationId: 'exportStandardReport',
        tags: ['statistics'],
        summary:
          'The standard report of a period and unit, grouped as asked, as Excel (lang=vi|en): a row per group, the total, the counting policy',
        querystring: ZReportWorkbookQuery,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      send(reply, await standardReportWorkbookFile(deps, requireAuth(request), request.query), 'attachment'),
  );

  r.get(
    '/api/stats/index.xlsx',
    {
      config: { access },
      schema: {
        operationId: 'exportServiceIndex',
        tags: ['statistics'],
        summary:
          'The service index of a period and unit (groups and indicators; no data kept apart from 0) and the ranking of departments or communes (among=), as Excel (lang=vi|en)',
        querystring: ZIndexWorkbookQuery,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      send(reply, await indexWorkbookFile(deps, requireAuth(request), request.query), 'attachment'),
  );

  r.get(
    '/api/stats/form-06.xlsx',
    {
      config: { access },
      schema: {
        operationId: 'exportForm06Workbook',
        tags: ['statistics'],
        summary:
          'Biểu số 06/VPCP/KSTT (variant=ii06a: II.06a for the provincial service centre) of a period and unit, as Excel',
        querystring: ZForm06Query,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      send(reply, await form06File(deps, requireAuth(request), request.query, 'xlsx'), 'attachment'),
  );

  r.get(
    '/api/stats/form-06.pdf',
    {
      config: { access },
      schema: {
        operationId: 'exportForm06Pdf',
        tags: ['statistics'],
        summary:
          'Biểu số 06/VPCP/KSTT (variant=ii06a: II.06a for the provincial service centre) of a period and unit, as an A4 landscape PDF',
        querystring: ZForm06Query,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      send(reply, await form06File(deps, requireAuth(request), request.query, 'pdf'), 'inline'),
  );

  r.get(
    '/api/stats/quarterly-report.pdf',
    {
      config: { access },
      schema: {
        operationId: 'exportQuarterlyReport',
        tags: ['statistics'],
        summary:
          'The quarterly report of dossier results of a unit (period=2026-Q3), dated today, with Biểu số 06/VPCP/KSTT attached, as PDF',
        querystring: ZQuarterlyReportQuery,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      send(reply, await quarterlyReportFile(deps, requireAuth(request), request.query), 'inline'),
  );
};
