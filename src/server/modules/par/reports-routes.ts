import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import {
  ZCloseReportRoundRequest,
  ZCreateReportRoundRequest,
  ZReportBoard,
  ZReportRoundDetail,
  ZReportRoundList,
  ZReportSectionCode,
  ZSectionWritten,
  ZSubmitReportRequest,
  ZUnitReport,
  ZWriteSectionRequest,
} from '../../../contracts/par-reports';
import { rolesAccess } from '../../platform/access';
import { contentDisposition } from '../../platform/content-disposition';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { PAR_ROLES } from './par-access';
import { consolidatedReportFile, DOCX_CONTENT_TYPE } from './report-export';
import { closeReportRound, createReportRound } from './report-round-commands';
import { submitUnitReport, unitReport, writeReportSection } from './report-sections';
import { listReportRoundSummaries, reportBoard, reportRoundDetail } from './reports';

const ZIdParams = z.strictObject({ id: ZUuid });
const ZUnitParams = z.strictObject({ id: ZUuid, unitId: ZUuid });
const ZSectionParams = z.strictObject({ id: ZUuid, unitId: ZUuid, section: ZReportSectionCode });
const access = rolesAccess(...PAR_ROLES);
const officers = rolesAccess('par_officer', 'system_admin');

/** Periodic reform reports (báo cáo định kỳ CCHC): rounds, units' sections, the consolidated report (domain.md §10). */
export const parReportRoutes: RouteModule = (app, deps) => {
  const r = typed(app);

  r.get(
    '/api/par/reports/rounds',
    {
      config: { access },
      schema: {
        operationId: 'listReportRounds',
        tags: ['reform'],
        summary:
          'Periodic report rounds, newest first, with how many units have sent and how many are late or missing',
        response: { 200: ZReportRoundList, ...problemResponses },
      },
    },
    async (request) => listReportRoundSummaries(deps, requireAuth(request)),
  );

  r.post(
    '/api/par/reports/rounds',
    {
      config: { access: officers },
      schema: {
        operationId: 'openReportRound',
        tags: ['reform'],
        summary:
          'Open a report round for a period (Q1–Q4, H1, M9, Y) with a due date: every open department and commune by default, and the province itself',
        body: ZCreateReportRoundRequest,
        response: { 201: ZReportRoundDetail, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createReportRound(deps, requireAuth(request), request.body, requestMeta(request))),
  );

  r.get(
    '/api/par/reports/board',
    {
      config: { access },
      schema: {
        operationId: 'getReportBoard',
        tags: ['reform'],
        summary:
          'For the leaders’ board: the open rounds and the units (of those the caller sees) late or missing',
        response: { 200: ZReportBoard, ...problemResponses },
      },
    },
    async (request) => reportBoard(deps, requireAuth(request)),
  );

  r.get(
    '/api/par/reports/rounds/:id',
    {
      config: { access },
      schema: {
        operationId: 'getReportRound',
        tags: ['reform'],
        summary:
          'A round: each unit the caller may see (all for managers, their own for a unit’s staff) with its status and sections written, and those late or missing',
        params: ZIdParams,
        response: { 200: ZReportRoundDetail, ...problemResponses },
      },
    },
    async (request) => reportRoundDetail(deps, requireAuth(request), request.params.id),
  );

  r.post(
    '/api/par/reports/rounds/:id/close',
    {
      config: { access: officers },
      schema: {
        operationId: 'closeReportRound',
        tags: ['reform'],
        summary: 'Close the round (send the version you read): nothing in it changes afterwards',
        params: ZIdParams,
        body: ZCloseReportRoundRequest,
        response: { 200: ZReportRoundDetail, ...problemResponses },
      },
    },
    async (request) =>
      closeReportRound(
        deps,
        requireAuth(request),
        request.params.id,
        request.body.version,
        requestMeta(request),
      ),
  );

  const consolidatedReportOperations = {
    docx: 'downloadConsolidatedReportDocx',
    pdf: 'downloadConsolidatedReportPdf',
  } as const;
  for (const kind of ['docx', 'pdf'] as const)
    r.get(
      `/api/par/reports/rounds/:id/report.${kind}`,
      {
        config: { access },
        schema: {
          operationId: consolidatedReportOperations[kind],
          tags: ['reform'],
          summary: `The province’s consolidated report as ${kind === 'docx' ? 'a Word document' : 'PDF'}: its sections, the figures the system computed, and the units’ sections in an appendix`,
          params: ZIdParams,
        },
      },
      async (request, reply) => {
        const file = await consolidatedReportFile(deps, requireAuth(request), request.params.id, kind);
        return reply
          .type(kind === 'docx' ? DOCX_CONTENT_TYPE : 'application/pdf')
          .header('content-disposition', contentDisposition('attachment', file.fileName))
          .send(file.bytes);
      },
    );

  r.get(
    '/api/par/reports/rounds/:id/units/:unitId',
    {
      config: { access },
      schema: {
        operationId: 'getUnitReport',
        tags: ['reform'],
        summary:
          'A unit’s report: its sections with their versions, and the figures the system computes for the unit and period (marked computed)',
        params: ZUnitParams,
        response: { 200: ZUnitReport, ...problemResponses },
      },
    },
    async (request) => unitReport(deps, requireAuth(request), request.params.id, request.params.unitId),
  );

  r.put(
    '/api/par/reports/rounds/:id/units/:unitId/sections/:section',
    {
      config: { access },
      schema: {
        operationId: 'writeReportSection',
        tags: ['reform'],
        summary:
          'Write one section over the version read (0: never written); a stale version answers 409 with who changed it and its current text',
        params: ZSectionParams,
        body: ZWriteSectionRequest,
        response: { 200: ZSectionWritten, ...problemResponses },
      },
    },
    async (request) =>
      writeReportSection(
        deps,
        requireAuth(request),
        { roundId: request.params.id, unitId: request.params.unitId, section: request.params.section },
        request.body,
      ),
  );

  r.post(
    '/api/par/reports/rounds/:id/units/:unitId/submit',
    {
      config: { access },
      schema: {
        operationId: 'submitUnitReport',
        tags: ['reform'],
        summary: 'The unit sends its report (once; its sections are then fixed)',
        params: ZUnitParams,
        body: ZSubmitReportRequest,
        response: { 200: ZUnitReport, ...problemResponses },
      },
    },
    async (request) =>
      submitUnitReport(
        deps,
        requireAuth(request),
        request.params.id,
        request.params.unitId,
        requestMeta(request),
      ),
  );
};
