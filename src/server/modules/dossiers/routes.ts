import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import { DOSSIER_COMMAND_ROUTES as ROUTE } from '../../../contracts/dossier-command-routes';
import {
  ZApologyRequest,
  ZApproveRequest,
  ZCounterIntakeRequest,
  ZDossier,
  ZFormVerification,
  ZForwardRequest,
  ZInbox,
  ZInboxQuery,
  ZInterAgencyDoneRequest,
  ZInterAgencyRequest,
  ZLogBookQuery,
  ZLookupQuery,
  ZOnlineSubmission,
  ZPublicStatus,
  ZReasonRequest,
  ZResultUploadQuery,
  ZReturnRequest,
  ZReviewRequest,
  ZSendBackRequest,
  ZSupplementedRequest,
  ZSupplementRequest,
  ZVersionOnlyRequest,
} from '../../../contracts/dossiers';
import { publicAccess, rolesAccess } from '../../platform/access';
import { contentDisposition } from '../../platform/content-disposition';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';
import { DOSSIER_ROLES, type DossierCaller, runDossierCommand } from './command';
import { endDossier, issueApology, recordSupplement, returnResult, reviewSubmitted } from './desk';
import { dossierDetail } from './detail';
import { controlSlipPdf, issuedFormPdf, logBook } from './documents';
import { inbox } from './inbox';
import { receiveAtDesk, submitOnline } from './intake';
import {
  acceptStep,
  approveResult,
  finishInterAgency,
  forwardStep,
  pauseDossier,
  requestSupplementInProcessing,
  resumeDossier,
  sendBack,
  sendInterAgency,
} from './processing';
import { handOverToCompetentUnit } from './processing-steps';
import { publicStatus, verifyIssuedForm } from './public-lookup';
import { attachResultFile, resultFile } from './result-files';

const ZIdParams = z.strictObject({ id: ZUuid });
const ZIdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(8).max(100).optional(),
});
const staff = rolesAccess(...DOSSIER_ROLES);

const callerOf = (request: FastifyRequest): DossierCaller => ({
  auth: requireAuth(request),
  meta: requestMeta(request),
});

export const dossierRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const province = deps.config.PROVINCE_CODE;
  const detail = (request: FastifyRequest, id: string) =>
    dossierDetail(deps, deps.db, requireAuth(request), id);
  const created = async (
    request: FastifyRequest,
    reply: FastifyReply,
    result: { replayed: boolean; answer: { id: string } },
  ) => {
    const body = await detail(request, result.answer.id);
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(result.replayed ? 200 : 201).send(body);
  };

  r.post(
    '/api/dossiers',
    {
      config: { access: rolesAccess('clerk') },
      schema: {
        operationId: 'receiveDossierAtDesk',
        tags: ['dossiers'],
        summary:
          'Take a dossier at the desk: receive (Mẫu 01, handed to the competent unit), ask for a supplement (Mẫu 02) or refuse (Mẫu 03). Send an Idempotency-Key: a retry returns the first dossier.',
        headers: ZIdempotencyHeaders,
        body: ZCounterIntakeRequest,
        response: { 200: ZDossier, 201: ZDossier, ...problemResponses },
      },
    },
    async (request, reply) =>
      created(
        request,
        reply,
        await receiveAtDesk(deps, callerOf(request), request.body, request.headers['idempotency-key']),
      ),
  );

  r.post(
    '/api/dossiers/online',
    {
      config: { access: rolesAccess('citizen') },
      schema: {
        operationId: 'submitDossierOnline',
        tags: ['dossiers'],
        summary:
          "Submit a dossier online (the citizen portal's intake API); it waits in the desk's review queue",
        headers: ZIdempotencyHeaders,
        body: ZOnlineSubmission,
        response: {
          201: z.object({ id: ZUuid, code: z.string() }),
          200: z.object({ id: ZUuid, code: z.string() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const result = await submitOnline(
        deps,
        callerOf(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(result.replayed ? 200 : 201).send(result.answer);
    },
  );

  r.get(
    '/api/dossiers',
    {
      config: { access: staff },
      schema: {
        operationId: 'listDossiers',
        tags: ['dossiers'],
        summary:
          'Work lists: my steps, online dossiers to review, results to return, overdue, all — by due time',
        querystring: ZInboxQuery,
        response: { 200: ZInbox, ...problemResponses },
      },
    },
    async (request) => inbox(deps, deps.db, requireAuth(request), request.query),
  );

  r.get(
    '/api/dossiers/:id',
    {
      config: { access: staff },
      schema: {
        operationId: 'getDossier',
        tags: ['dossiers'],
        summary: 'A dossier with its steps, timeline, issued forms and the actions open to the caller',
        params: ZIdParams,
        response: { 200: ZDossier, ...problemResponses },
      },
    },
    async (request) => detail(request, request.params.id),
  );

  /** One route per command; each answers the dossier as it now is. */
  const command = <B extends z.ZodType>(
    operationId: string,
    path: string,
    summary: string,
    body: B,
    run: (caller: DossierCaller, id: string, body: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      `/api/dossiers/:id/${path}`,
      {
        config: { access: staff },
        schema: {
          operationId,
          tags: ['dossier commands'],
          summary,
          params: ZIdParams,
          body,
          response: { 200: ZDossier, ...problemResponses },
        },
      },
      async (request) => {
        await run(callerOf(request), request.params.id, request.body as z.infer<B>);
        return detail(request, request.params.id);
      },
    );

  command(
    'reviewOnlineDossier',
    ROUTE.receive,
    'Desk decision on an online dossier: receive, ask for a supplement, or refuse',
    ZReviewRequest,
    (c, id, b) => reviewSubmitted(deps, c, id, b),
  );
  command(
    'startDossierProcessing',
    ROUTE.start_processing,
    'Hand a received dossier to the competent unit (its first workflow step opens)',
    ZVersionOnlyRequest,
    (c, id, b) =>
      runDossierCommand(
        deps,
        c,
        { dossierId: id, version: b.version, action: 'start_processing' },
        handOverToCompetentUnit,
      ),
  );
  command(
    'acceptDossierStep',
    ROUTE.accept_step,
    'Take the current step (nhận xử lý)',
    ZVersionOnlyRequest,
    (c, id, b) => acceptStep(deps, c, id, b),
  );
  command(
    'forwardDossier',
    ROUTE.forward,
    'Hand the dossier on to the next workflow step',
    ZForwardRequest,
    (c, id, b) => forwardStep(deps, c, id, b),
  );
  command(
    'sendDossierBack',
    ROUTE.send_back,
    'Send the dossier back to an earlier step, with the reason',
    ZSendBackRequest,
    (c, id, b) => sendBack(deps, c, id, b),
  );
  command(
    'requestDossierSupplement',
    ROUTE.request_supplement,
    'Ask the applicant for a supplement during processing (Mẫu 02)',
    ZSupplementRequest,
    (c, id, b) => requestSupplementInProcessing(deps, c, id, b),
  );
  command(
    'recordDossierSupplement',
    ROUTE.supplement,
    'Record the applicant’s supplement (the legal time restarts during processing)',
    ZSupplementedRequest,
    (c, id, b) => recordSupplement(deps, c, id, b),
  );
  command(
    'pauseDossier',
    ROUTE.pause,
    'Pause the work where the procedure allows (the clock stops)',
    ZReasonRequest,
    (c, id, b) => pauseDossier(deps, c, id, b),
  );
  command(
    'resumeDossier',
    ROUTE.resume,
    'Resume a paused dossier with the time it had left',
    ZVersionOnlyRequest,
    (c, id, b) => resumeDossier(deps, c, id, b),
  );
  command(
    'sendDossierToOtherAgency',
    ROUTE.send_inter_agency,
    'Send a part of the work to another agency or level with its time (liên thông)',
    ZInterAgencyRequest,
    (c, id, b) => sendInterAgency(deps, c, id, b),
  );
  command(
    'finishDossierInterAgencyPart',
    ROUTE.inter_agency_done,
    'The other agency hands its part back',
    ZInterAgencyDoneRequest,
    (c, id, b) => finishInterAgency(deps, c, id, b),
  );
  command(
    'approveDossier',
    ROUTE.resolve,
    'The approver signs the result (an attached document or a declared paper result; the dossier is resolved)',
    ZApproveRequest,
    (c, id, b) => approveResult(deps, c, id, b),
  );
  command(
    'returnDossierResult',
    ROUTE.return_result,
    'Return the result (a late dossier needs its apology first)',
    ZReturnRequest,
    (c, id, b) => returnResult(deps, c, id, b),
  );
  command(
    'issueApologyLetter',
    ROUTE.issue_apology,
    'Apologise and set a new appointment, once (Mẫu 04)',
    ZApologyRequest,
    (c, id, b) => issueApology(deps, c, id, b),
  );
  command(
    'stopDossier',
    ROUTE.stop,
    'Stop processing (the stop notice is issued)',
    ZReasonRequest,
    (c, id, b) => endDossier(deps, c, id, 'stop', b),
  );
  command(
    'refuseDossier',
    ROUTE.refuse,
    'Refuse to resolve during processing (Mẫu 03)',
    ZReasonRequest,
    (c, id, b) => endDossier(deps, c, id, 'refuse', b),
  );
  command(
    'withdrawDossier',
    ROUTE.withdraw,
    'The applicant withdraws the dossier',
    ZReasonRequest,
    (c, id, b) => endDossier(deps, c, id, 'withdraw', b),
  );
  command(
    'cancelDossier',
    ROUTE.cancel,
    'Cancel a dossier whose supplement never came',
    ZReasonRequest,
    (c, id, b) => endDossier(deps, c, id, 'cancel', b),
  );

  const sendFile = (reply: FastifyReply, type: string, file: { fileName: string; bytes: Buffer }) =>
    reply
      .type(type)
      .header('content-disposition', contentDisposition('inline', file.fileName))
      .send(file.bytes);

  r.get(
    '/api/dossiers/log-book.xlsx',
    {
      config: { access: rolesAccess('clerk', 'agency_admin', 'system_admin') },
      schema: {
        operationId: 'exportDossierLogBook',
        tags: ['dossiers'],
        summary: "A desk's log book (sổ theo dõi hồ sơ, Mẫu 06/07) for a period, as Excel",
        querystring: ZLogBookQuery,
      },
    },
    async (request, reply) =>
      sendFile(reply, XLSX_CONTENT_TYPE, await logBook(deps, requireAuth(request), request.query)),
  );

  r.get(
    '/api/dossiers/:id/forms/:formId.pdf',
    {
      config: { access: staff },
      schema: {
        operationId: 'downloadDossierForm',
        tags: ['dossiers'],
        summary:
          'An issued form of the dossier as PDF (receipt, supplement request, refusal, apology, stop notice)',
        params: z.strictObject({ id: ZUuid, formId: ZUuid }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        'application/pdf',
        await issuedFormPdf(deps, requireAuth(request), request.params.id, request.params.formId),
      ),
  );

  r.get(
    '/api/dossiers/:id/control-slip.pdf',
    {
      config: { access: staff },
      schema: {
        operationId: 'downloadDossierControlSlip',
        tags: ['dossiers'],
        summary: 'The process-control slip (phiếu kiểm soát quá trình giải quyết hồ sơ) as it stands, as PDF',
        params: ZIdParams,
      },
    },
    async (request, reply) =>
      sendFile(reply, 'application/pdf', await controlSlipPdf(deps, requireAuth(request), request.params.id)),
  );

  r.post(
    `/api/dossiers/:id/${ROUTE.attach_result}`,
    {
      config: { access: staff },
      schema: {
        operationId: 'attachDossierResult',
        tags: ['dossier commands'],
        summary: 'Attach a result document (PDF, PNG or JPEG, checked by content, at most 10 MB); raw body',
        params: ZIdParams,
        querystring: ZResultUploadQuery,
        response: { 200: ZDossier, ...problemResponses },
      },
    },
    async (request) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      await attachResultFile(deps, callerOf(request), request.params.id, {
        version: request.query.version,
        fileName: request.query.fileName,
        contentType: (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
        bytes,
      });
      return detail(request, request.params.id);
    },
  );

  r.get(
    '/api/dossiers/:id/files/:fileId',
    {
      config: { access: staff },
      schema: {
        operationId: 'downloadDossierFile',
        tags: ['dossiers'],
        summary: 'A result document of the dossier',
        params: z.strictObject({ id: ZUuid, fileId: ZUuid }),
      },
    },
    async (request, reply) => {
      const file = await resultFile(deps, requireAuth(request), request.params.id, request.params.fileId);
      return sendFile(reply, file.contentType, file);
    },
  );

  r.get(
    '/api/public/dossiers/status',
    {
      config: {
        access: publicAccess,
        rateLimit: { max: deps.config.LOOKUP_RATE_PER_MINUTE, timeWindow: '1 minute' },
        moreProblems: [404], // no dossier matches the code and the phone or ID number
      },
      schema: {
        operationId: 'lookUpDossierStatus',
        tags: ['public'],
        summary:
          'Status of a dossier for its applicant: the code plus the phone or the last 4 digits of the id',
        querystring: ZLookupQuery,
        response: { 200: ZPublicStatus, ...problemResponses },
      },
    },
    async (request) => publicStatus(deps.db, province, request.query),
  );

  r.get(
    '/api/public/forms/:id',
    {
      config: {
        access: publicAccess,
        rateLimit: { max: deps.config.LOOKUP_RATE_PER_MINUTE * 3, timeWindow: '1 minute' },
      },
      schema: {
        operationId: 'verifyIssuedForm',
        tags: ['public'],
        summary: 'Verify an issued document (the target of its QR code)',
        params: ZIdParams,
        response: { 200: ZFormVerification, ...problemResponses },
      },
    },
    async (request) => verifyIssuedForm(deps.db, province, request.params.id),
  );
};
