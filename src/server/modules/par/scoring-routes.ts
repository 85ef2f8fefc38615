import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import {
  ZAnswerRequest,
  ZAppraisalRequest,
  ZCouncilCandidates,
  ZCouncilRequest,
  ZCreateRoundRequest,
  ZEditCriteriaRequest,
  ZEvidenceUploadQuery,
  ZPublishRequest,
  ZReturnRequest,
  ZRoundDetail,
  ZRoundList,
  ZScoreSheet,
  ZScoreWritten,
  ZSelfScoreRequest,
  ZSubmitRequest,
  ZSurveyImportResponse,
  ZUpdateRoundRequest,
} from '../../../contracts/par-scoring';
import { rolesAccess } from '../../platform/access';
import { contentDisposition } from '../../platform/content-disposition';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';
import { uploadedTable } from '../../platform/uploaded-sheet';
import { PAR_ROLES } from './par-access';
import { editRoundCriteria } from './scoring-criteria';
import { deleteEvidence } from './scoring-evidence';
import { roundResultsWorkbook } from './scoring-export';
import {
  councilCandidates,
  createRound,
  listRounds,
  publishRound,
  roundDetail,
  setCouncil,
  updateRound,
} from './scoring-rounds';
import {
  answerReturn,
  attachEvidence,
  evidenceDownload,
  importSurvey,
  returnForExplanation,
  scoreSheet,
  submitSheet,
  writeAppraisal,
  writeSelfScore,
} from './scoring-sheets';

const ZIdParams = z.strictObject({ id: ZUuid });
const ZSheetParams = z.strictObject({ id: ZUuid, unitId: ZUuid });
const ZLeafParams = z.strictObject({ id: ZUuid, unitId: ZUuid, code: z.string().trim().min(1).max(20) });
const access = rolesAccess(...PAR_ROLES);
const officers = rolesAccess('par_officer', 'system_admin');

const leafOf = (p: z.infer<typeof ZLeafParams>) => ({ roundId: p.id, unitId: p.unitId, code: p.code });

/** PAR-index scoring (Chỉ số CCHC): rounds, sheets, council, survey, publication (domain.md §10). */
export const scoringRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const send = (
    reply: FastifyReply,
    file: { fileName: string; bytes: Buffer },
    type: string,
    kind: 'inline' | 'attachment',
  ) =>
    reply.type(type).header('content-disposition', contentDisposition(kind, file.fileName)).send(file.bytes);

  r.get(
    '/api/par/scoring/rounds',
    {
      config: { access },
      schema: {
        operationId: 'listScoringRounds',
        tags: ['reform'],
        summary: 'PAR-index scoring rounds, newest year first',
        response: { 200: ZRoundList, ...problemResponses },
      },
    },
    async () => listRounds(deps),
  );

  r.post(
    '/api/par/scoring/rounds',
    {
      config: { access: officers },
      schema: {
        operationId: 'openScoringRound',
        tags: ['reform'],
        summary:
          'Open a scoring round for a year and a group of units: criteria from a template or as a list, bands, entry window',
        body: ZCreateRoundRequest,
        response: { 201: ZRoundDetail, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createRound(deps, requireAuth(request), request.body, requestMeta(request))),
  );

  r.get(
    '/api/par/scoring/rounds/:id',
    {
      config: { access },
      schema: {
        operationId: 'getScoringRound',
        tags: ['reform'],
        summary:
          'A round: criteria, bands, and the units as the caller may see them (all once published) with totals, rank, band and last year',
        params: ZIdParams,
        response: { 200: ZRoundDetail, ...problemResponses },
      },
    },
    async (request) => roundDetail(deps, requireAuth(request), request.params.id),
  );

  r.patch(
    '/api/par/scoring/rounds/:id',
    {
      config: { access: officers },
      schema: {
        operationId: 'moveScoringWindow',
        tags: ['reform'],
        summary: 'Move the round’s entry window (send the version you read)',
        params: ZIdParams,
        body: ZUpdateRoundRequest,
        response: { 200: ZRoundDetail, ...problemResponses },
      },
    },
    async (request) =>
      updateRound(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.put(
    '/api/par/scoring/rounds/:id/criteria',
    {
      config: { access: officers },
      schema: {
        operationId: 'replaceScoringCriteria',
        tags: ['reform'],
        summary:
          'Replace the round’s criteria tree and bands (send the version you read); only before self-assessment opens and before any score',
        params: ZIdParams,
        body: ZEditCriteriaRequest,
        response: { 200: ZRoundDetail, ...problemResponses },
      },
    },
    async (request) =>
      editRoundCriteria(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.get(
    '/api/par/scoring/rounds/:id/council-candidates',
    {
      config: { access: officers },
      schema: {
        operationId: 'listCouncilCandidates',
        tags: ['reform'],
        summary: 'People who may sit on the appraisal council (PAR officers, leaders, approvers)',
        params: ZIdParams,
        response: { 200: ZCouncilCandidates, ...problemResponses },
      },
    },
    async (request) => councilCandidates(deps, requireAuth(request)),
  );

  r.put(
    '/api/par/scoring/rounds/:id/council',
    {
      config: { access: officers },
      schema: {
        operationId: 'setUnitCouncil',
        tags: ['reform'],
        summary: 'Set the council members who appraise one unit (they alone score it)',
        params: ZIdParams,
        body: ZCouncilRequest,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await setCouncil(deps, requireAuth(request), request.params.id, request.body, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/par/scoring/rounds/:id/survey',
    {
      config: { access: officers },
      schema: {
        operationId: 'importSurveyScores',
        tags: ['reform'],
        summary:
          'Import survey scores (text/csv or .xlsx; columns unit_code, criterion, score): all rows or none, with a row report',
        params: ZIdParams,
        response: { 200: ZSurveyImportResponse, ...problemResponses },
      },
    },
    async (request) =>
      importSurvey(
        deps,
        requireAuth(request),
        request.params.id,
        await uploadedTable(request.body),
        requestMeta(request),
      ),
  );

  r.post(
    '/api/par/scoring/rounds/:id/publish',
    {
      config: { access: officers },
      schema: {
        operationId: 'publishScoringRound',
        tags: ['reform'],
        summary: 'Publish the round once its window has closed: totals, ranks and bands are frozen',
        params: ZIdParams,
        body: ZPublishRequest,
        response: { 200: ZRoundDetail, ...problemResponses },
      },
    },
    async (request) =>
      publishRound(deps, requireAuth(request), request.params.id, request.body.version, requestMeta(request)),
  );

  r.get(
    '/api/par/scoring/rounds/:id/results.xlsx',
    {
      config: { access },
      schema: {
        operationId: 'exportScoringResults',
        tags: ['reform'],
        summary: 'The ranking and each unit’s points per area as an Excel workbook',
        params: ZIdParams,
      },
    },
    async (request, reply) =>
      send(
        reply,
        await roundResultsWorkbook(deps, requireAuth(request), request.params.id),
        XLSX_CONTENT_TYPE,
        'attachment',
      ),
  );

  r.get(
    '/api/par/scoring/rounds/:id/units/:unitId',
    {
      config: { access },
      schema: {
        operationId: 'getScoreSheet',
        tags: ['reform'],
        summary:
          'A unit’s score sheet: criteria, its scores, evidence, the council’s, measured figures, totals',
        params: ZSheetParams,
        response: { 200: ZScoreSheet, ...problemResponses },
      },
    },
    async (request) => scoreSheet(deps, requireAuth(request), request.params.id, request.params.unitId),
  );

  r.post(
    '/api/par/scoring/rounds/:id/units/:unitId/submit',
    {
      config: { access },
      schema: {
        operationId: 'submitSelfAssessment',
        tags: ['reform'],
        summary: 'The unit sends its self-assessment to the council (once; its self-scores are then fixed)',
        params: ZSheetParams,
        body: ZSubmitRequest,
        response: { 200: ZScoreSheet, ...problemResponses },
      },
    },
    async (request) =>
      submitSheet(deps, requireAuth(request), request.params.id, request.params.unitId, requestMeta(request)),
  );

  r.put(
    '/api/par/scoring/rounds/:id/units/:unitId/criteria/:code/self',
    {
      config: { access },
      schema: {
        operationId: 'setSelfScore',
        tags: ['reform'],
        summary:
          'The unit’s self-score on a leaf (or not applicable, with the reason), with the evidence location or an explanation',
        params: ZLeafParams,
        body: ZSelfScoreRequest,
        response: { 200: ZScoreWritten, ...problemResponses },
      },
    },
    async (request) => writeSelfScore(deps, requireAuth(request), leafOf(request.params), request.body),
  );

  r.put(
    '/api/par/scoring/rounds/:id/units/:unitId/criteria/:code/appraisal',
    {
      config: { access },
      schema: {
        operationId: 'setAppraisalScore',
        tags: ['reform'],
        summary: 'The council’s score on a leaf (a comment when it differs from the self-score)',
        params: ZLeafParams,
        body: ZAppraisalRequest,
        response: { 200: ZScoreWritten, ...problemResponses },
      },
    },
    async (request) => writeAppraisal(deps, requireAuth(request), leafOf(request.params), request.body),
  );

  r.post(
    '/api/par/scoring/rounds/:id/units/:unitId/criteria/:code/return',
    {
      config: { access },
      schema: {
        operationId: 'returnCriterionForExplanation',
        tags: ['reform'],
        summary: 'The council returns a leaf to the unit for explanation (once per leaf)',
        params: ZLeafParams,
        body: ZReturnRequest,
        response: { 200: ZScoreWritten, ...problemResponses },
      },
    },
    async (request) => returnForExplanation(deps, requireAuth(request), leafOf(request.params), request.body),
  );

  r.post(
    '/api/par/scoring/rounds/:id/units/:unitId/criteria/:code/answer',
    {
      config: { access },
      schema: {
        operationId: 'answerCriterionReturn',
        tags: ['reform'],
        summary: 'The unit answers a return with its explanation',
        params: ZLeafParams,
        body: ZAnswerRequest,
        response: { 200: ZScoreWritten, ...problemResponses },
      },
    },
    async (request) => answerReturn(deps, requireAuth(request), leafOf(request.params), request.body),
  );

  r.post(
    '/api/par/scoring/rounds/:id/units/:unitId/criteria/:code/evidence',
    {
      config: { access },
      schema: {
        operationId: 'attachScoreEvidence',
        tags: ['reform'],
        summary:
          'Attach an evidence file to a leaf (PDF, DOCX, XLSX, PNG or JPEG, checked by content, at most 10 MB); raw body',
        params: ZLeafParams,
        querystring: ZEvidenceUploadQuery,
        response: { 200: ZScoreWritten, ...problemResponses },
      },
    },
    async (request) =>
      attachEvidence(deps, requireAuth(request), leafOf(request.params), {
        version: request.query.version,
        fileName: request.query.fileName,
        contentType: (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
        bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
      }),
  );

  r.delete(
    '/api/par/scoring/evidence/:id',
    {
      config: { access },
      schema: {
        operationId: 'deleteScoreEvidence',
        tags: ['reform'],
        summary:
          'Delete an evidence file: the unit that owns the sheet, while it may still write its self-score (or answers a return)',
        params: ZIdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteEvidence(deps, requireAuth(request), request.params.id, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/par/scoring/evidence/:id',
    {
      config: { access },
      schema: {
        operationId: 'downloadScoreEvidence',
        tags: ['reform'],
        summary: 'An evidence file, for whoever may read its sheet',
        params: ZIdParams,
      },
    },
    async (request, reply) => {
      const file = await evidenceDownload(deps, requireAuth(request), request.params.id);
      return send(reply, file, file.contentType, 'inline');
    },
  );
};
