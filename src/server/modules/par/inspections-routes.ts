import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import {
  ZCreateInspectionPlanRequest,
  ZFinding,
  ZFindingList,
  ZFindingNoteRequest,
  ZInspectionBoard,
  ZInspectionBoardQuery,
  ZInspectionPlanDetail,
  ZInspectionPlanList,
  ZOwnFindingsQuery,
  ZRecordInspectionRequest,
  ZRemoveInspectionQuery,
  ZReopenFindingRequest,
  ZRescheduleInspectionRequest,
  ZScheduleInspectionRequest,
} from '../../../contracts/par-inspections';
import { rolesAccess } from '../../platform/access';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { closeFinding, postFindingProgress, reopenFinding } from './inspection-findings';
import { inspectionBoard, inspectionPlanDetail, listInspectionPlans, ownFindings } from './inspection-views';
import {
  createInspectionPlan,
  recordInspection,
  removeInspection,
  rescheduleInspection,
  scheduleInspection,
} from './inspections';
import { PAR_ROLES } from './par-access';

const ZIdParams = z.strictObject({ id: ZUuid });
const ZInspectionParams = z.strictObject({ id: ZUuid, inspectionId: ZUuid });
const access = rolesAccess(...PAR_ROLES);
const officers = rolesAccess('par_officer', 'system_admin');

const idsOf = (p: z.infer<typeof ZInspectionParams>) => ({ planId: p.id, inspectionId: p.inspectionId });

/** PAR inspections (kiểm tra công tác CCHC): plans, coverage, records, findings followed until closed. */
export const parInspectionRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const base = '/api/par/inspections';

  r.get(
    `${base}/plans`,
    {
      config: { access },
      schema: {
        operationId: 'listInspectionPlans',
        tags: ['reform'],
        summary: 'The yearly inspection plans, newest first, each with its coverage per level against 30 %',
        response: { 200: ZInspectionPlanList, ...problemResponses },
      },
    },
    async (request) => listInspectionPlans(deps, requireAuth(request)),
  );

  r.post(
    `${base}/plans`,
    {
      config: { access: officers },
      schema: {
        operationId: 'createInspectionPlan',
        tags: ['reform'],
        summary: 'Record the year’s inspection plan (one per year) with its document number',
        body: ZCreateInspectionPlanRequest,
        response: { 201: ZInspectionPlanDetail, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createInspectionPlan(deps, requireAuth(request), request.body, requestMeta(request))),
  );

  r.get(
    `${base}/plans/:id`,
    {
      config: { access },
      schema: {
        operationId: 'getInspectionPlan',
        tags: ['reform'],
        summary:
          'A plan: coverage per level, the inspections and findings the caller may read, and the overdue remedies',
        params: ZIdParams,
        response: { 200: ZInspectionPlanDetail, ...problemResponses },
      },
    },
    async (request) => inspectionPlanDetail(deps, requireAuth(request), request.params.id),
  );

  r.post(
    `${base}/plans/:id/inspections`,
    {
      config: { access: officers },
      schema: {
        operationId: 'scheduleInspection',
        tags: ['reform'],
        summary: 'Schedule the inspection of an open department, district or commune (once per plan)',
        params: ZIdParams,
        body: ZScheduleInspectionRequest,
        response: { 201: ZInspectionPlanDetail, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await scheduleInspection(
            deps,
            requireAuth(request),
            request.params.id,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  r.patch(
    `${base}/plans/:id/inspections/:inspectionId`,
    {
      config: { access: officers },
      schema: {
        operationId: 'rescheduleInspection',
        tags: ['reform'],
        summary: 'Reschedule an inspection not yet carried out, or change its inspectors (send the version)',
        params: ZInspectionParams,
        body: ZRescheduleInspectionRequest,
        response: { 200: ZInspectionPlanDetail, ...problemResponses },
      },
    },
    async (request) =>
      rescheduleInspection(
        deps,
        requireAuth(request),
        idsOf(request.params),
        request.body,
        requestMeta(request),
      ),
  );

  r.delete(
    `${base}/plans/:id/inspections/:inspectionId`,
    {
      config: { access: officers },
      schema: {
        operationId: 'removeInspection',
        tags: ['reform'],
        summary: 'Take a unit off the plan (not once its inspection is carried out)',
        params: ZInspectionParams,
        querystring: ZRemoveInspectionQuery,
        response: { 200: ZInspectionPlanDetail, ...problemResponses },
      },
    },
    async (request) =>
      removeInspection(
        deps,
        requireAuth(request),
        idsOf(request.params),
        request.query.version,
        requestMeta(request),
      ),
  );

  r.post(
    `${base}/plans/:id/inspections/:inspectionId/record`,
    {
      config: { access: officers },
      schema: {
        operationId: 'recordInspection',
        tags: ['reform'],
        summary:
          'Record the inspection as carried out: date, record number, conclusion, and its findings with remedies, owners and due dates',
        params: ZInspectionParams,
        body: ZRecordInspectionRequest,
        response: { 200: ZInspectionPlanDetail, ...problemResponses },
      },
    },
    async (request) =>
      recordInspection(deps, requireAuth(request), idsOf(request.params), request.body, requestMeta(request)),
  );

  r.get(
    `${base}/findings`,
    {
      config: { access },
      schema: {
        operationId: 'listInspectionFindings',
        tags: ['reform'],
        summary: 'The findings whose remedies the caller’s own units owe, of one year or all',
        querystring: ZOwnFindingsQuery,
        response: { 200: ZFindingList, ...problemResponses },
      },
    },
    async (request) => ownFindings(deps, requireAuth(request), request.query.year),
  );

  r.post(
    `${base}/findings/:id/progress`,
    {
      config: { access },
      schema: {
        operationId: 'reportFindingProgress',
        tags: ['reform'],
        summary: 'The owner unit notes how its remedy goes (send the version)',
        params: ZIdParams,
        body: ZFindingNoteRequest,
        response: { 200: ZFinding, ...problemResponses },
      },
    },
    async (request) =>
      postFindingProgress(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.post(
    `${base}/findings/:id/close`,
    {
      config: { access },
      schema: {
        operationId: 'closeFinding',
        tags: ['reform'],
        summary: 'The owner unit reports the remedy done, with what it did: the finding is closed',
        params: ZIdParams,
        body: ZFindingNoteRequest,
        response: { 200: ZFinding, ...problemResponses },
      },
    },
    async (request) =>
      closeFinding(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.post(
    `${base}/findings/:id/reopen`,
    {
      config: { access: officers },
      schema: {
        operationId: 'reopenFinding',
        tags: ['reform'],
        summary: 'A PAR officer reopens a closed finding whose remedy falls short, with the reason',
        params: ZIdParams,
        body: ZReopenFindingRequest,
        response: { 200: ZFinding, ...problemResponses },
      },
    },
    async (request) =>
      reopenFinding(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.get(
    `${base}/board`,
    {
      config: { access },
      schema: {
        operationId: 'getInspectionBoard',
        tags: ['reform'],
        summary: 'For the leader’s board: the year’s coverage per level and every overdue remedy',
        querystring: ZInspectionBoardQuery,
        response: { 200: ZInspectionBoard, ...problemResponses },
      },
    },
    async (request) => inspectionBoard(deps, requireAuth(request), request.query.year),
  );
};
