import { z } from 'zod';
import { problemResponses, ZUuid } from '../../../contracts/common';
import {
  ZCreatePlanRequest,
  ZMetricList,
  ZPlan,
  ZPlanDetail,
  ZPlanDetailQuery,
  ZPlanList,
  ZTargetImportResponse,
  ZTargetReportRequest,
  ZUpdateTargetRequest,
} from '../../../contracts/par';
import { rolesAccess } from '../../platform/access';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { uploadedRows } from '../../platform/uploaded-sheet';
import { PAR_ROLES } from './par-access';
import {
  createPlan,
  importTargets,
  listPlans,
  metricList,
  planDetail,
  reportTarget,
  updateTarget,
} from './plans';

const ZIdParams = z.strictObject({ id: ZUuid });
const access = rolesAccess(...PAR_ROLES);
const officers = rolesAccess('par_officer', 'system_admin');

/** Reform plans and their targets (domain.md §10). */
export const parPlanRoutes: RouteModule = (app, deps) => {
  const r = typed(app);

  r.get(
    '/api/par/metrics',
    {
      config: { access },
      schema: {
        operationId: 'listReformMetrics',
        tags: ['reform'],
        summary: 'The metrics a target may be linked to, from every module (available: measured today)',
        response: { 200: ZMetricList, ...problemResponses },
      },
    },
    async () => ({ metrics: metricList(deps) }),
  );

  r.get(
    '/api/par/plans',
    {
      config: { access },
      schema: {
        operationId: 'listReformPlans',
        tags: ['reform'],
        summary: 'The province’s reform plans, newest first',
        response: { 200: ZPlanList, ...problemResponses },
      },
    },
    async () => ({ plans: await listPlans(deps.db, deps.config.PROVINCE_CODE) }),
  );

  r.post(
    '/api/par/plans',
    {
      config: { access: officers },
      schema: {
        operationId: 'createReformPlan',
        tags: ['reform'],
        summary: 'Record a plan with its legal basis (number, date, signer); its targets come by import',
        body: ZCreatePlanRequest,
        response: { 201: ZPlan, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await createPlan(deps, requireAuth(request), request.body, requestMeta(request));
      return reply.code(201).send(plan);
    },
  );

  r.get(
    '/api/par/plans/:id',
    {
      config: { access },
      schema: {
        operationId: 'getReformPlan',
        tags: ['reform'],
        summary: 'A plan with its targets: milestone, actual (measured or reported) and status for one year',
        params: ZIdParams,
        querystring: ZPlanDetailQuery,
        response: { 200: ZPlanDetail, ...problemResponses },
      },
    },
    async (request) => planDetail(deps, requireAuth(request), request.params.id, request.query.year),
  );

  r.post(
    '/api/par/plans/:id/targets/import',
    {
      config: { access: officers },
      schema: {
        operationId: 'importReformTargets',
        tags: ['reform'],
        summary:
          'Import the plan’s appendix of targets (text/csv or .xlsx; columns stt, lead_agency, target, one per year, optional area and cooperating_agencies): all rows or none',
        params: ZIdParams,
        response: { 200: ZTargetImportResponse, ...problemResponses },
      },
    },
    async (request) => {
      const rows = await uploadedRows(request.body);
      return importTargets(deps, requireAuth(request), request.params.id, rows, requestMeta(request));
    },
  );

  r.patch(
    '/api/par/targets/:id',
    {
      config: { access: officers },
      schema: {
        operationId: 'linkReformTargetMetric',
        tags: ['reform'],
        summary: 'Link a target to a metric the system computes, or unlink it (send the version you read)',
        params: ZIdParams,
        body: ZUpdateTargetRequest,
        response: { 200: z.object({ id: ZUuid, version: z.number().int() }), ...problemResponses },
      },
    },
    async (request) =>
      updateTarget(deps, requireAuth(request), request.params.id, request.body, requestMeta(request)),
  );

  r.post(
    '/api/par/targets/:id/reports',
    {
      config: { access },
      schema: {
        operationId: 'reportReformTargetResult',
        tags: ['reform'],
        summary: 'The lead agency reports a target’s result for a year: a percent, or the day it was done',
        params: ZIdParams,
        body: ZTargetReportRequest,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await reportTarget(deps, requireAuth(request), request.params.id, request.body, requestMeta(request));
      return reply.code(204).send(null);
    },
  );
};
