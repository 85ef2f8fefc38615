import { problemResponses } from '../../../contracts/common';
import type { PublicStatsDto } from '../../../contracts/stats';
import {
  ZDashboard,
  ZDrillDown,
  ZDrillDownQuery,
  ZPublicStats,
  ZReportQuery,
  ZStandardReport,
  ZStatsScopeQuery,
  ZTrend,
  ZTrendQuery,
} from '../../../contracts/stats';
import { publicAccess, rolesAccess } from '../../platform/access';
import { type RouteModule, requireAuth, typed } from '../../platform/http';
import { streamRevisions } from '../../platform/revision-events';
import { dashboard, trend } from './dashboard';
import { dossiersBehind } from './drill-down';
import { statsRevisionWatcher } from './live';
import { publicStats } from './public-stats';
import { countingPolicyOf, standardReport } from './standard-report';
import { resolveStatsScope, STATS_ROLES } from './stats-scope';

/**
 * Statistics of dossiers (domain.md §9): the standard report of any period and unit, grouped as
 * asked, and the dossiers behind each of its numbers.
 */
export const statsRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const access = rolesAccess(...STATS_ROLES);
  r.get(
    '/api/stats/report',
    {
      config: { access },
      schema: {
        operationId: 'getStandardReport',
        tags: ['statistics'],
        summary:
          'The standard report (carried over, received by channel, resolved early / on time / late, in progress in time / overdue, …) of a period and unit, grouped by level, unit, field, procedure or channel',
        querystring: ZReportQuery,
        response: { 200: ZStandardReport, ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const scope = await resolveStatsScope(
        deps.db,
        deps.config.PROVINCE_CODE,
        requireAuth(request),
        q,
        deps.clock.now(),
      );
      return standardReport(deps.db, deps.config, scope, q.by);
    },
  );
  r.get(
    '/api/stats/dossiers',
    {
      config: { access },
      schema: {
        operationId: 'listReportDossiers',
        tags: ['statistics'],
        summary: 'The dossiers one number of the standard report counts (same scope, its group and figure)',
        querystring: ZDrillDownQuery,
        response: { 200: ZDrillDown, ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const scope = await resolveStatsScope(
        deps.db,
        deps.config.PROVINCE_CODE,
        requireAuth(request),
        q,
        deps.clock.now(),
      );
      return dossiersBehind(deps.db, deps.config.PROVINCE_CODE, countingPolicyOf(deps.config), scope, {
        by: q.by,
        group: q.group,
        figure: q.figure,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );
  r.get(
    '/api/stats/dashboard',
    {
      config: { access },
      schema: {
        operationId: 'getDashboard',
        tags: ['statistics'],
        summary:
          'A dashboard of a unit (the caller’s own by default): this month and year, in progress and overdue now, the year by level or by the units under, the index with its rank',
        querystring: ZStatsScopeQuery.pick({ unit: true }),
        response: { 200: ZDashboard, ...problemResponses },
      },
    },
    async (request) => dashboard(deps.db, deps.config, requireAuth(request), request.query, deps.clock.now()),
  );
  r.get(
    '/api/stats/trend',
    {
      config: { access },
      schema: {
        operationId: 'getMonthlyTrend',
        tags: ['statistics'],
        summary:
          'Month by month of a year: received by channel, resolved, late, overdue, on-time rate, index',
        querystring: ZTrendQuery,
        response: { 200: ZTrend, ...problemResponses },
      },
    },
    async (request) => trend(deps.db, deps.config, requireAuth(request), request.query, deps.clock.now()),
  );

  const watcher = statsRevisionWatcher(deps, app.log);
  app.addHook('onClose', async () => watcher.stop());
  r.get(
    '/api/stats/live',
    {
      config: { access },
      schema: {
        operationId: 'watchStatistics',
        tags: ['statistics'],
        summary:
          'Server-sent events: `event: revision` with `{"revision": n}` each time the figures change (live dashboards refetch); a comment every 15 s keeps proxies from closing it',
      },
    },
    (request, reply) => streamRevisions(request, reply, watcher),
  );

  // Anyone may read it: computed at most once a minute per process, whoever asks.
  let cached: { at: number; value: PublicStatsDto } | null = null;
  r.get(
    '/api/public/stats',
    {
      config: { access: publicAccess, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        operationId: 'getPublicStatistics',
        tags: ['public'],
        summary:
          'Transparency: each department’s and commune’s on-time rate and service index for this month, quarter and year',
        response: { 200: ZPublicStats, ...problemResponses },
      },
    },
    async (_request, reply) => {
      const now = deps.clock.now();
      if (!cached || now.getTime() - cached.at > 60_000 || now.getTime() < cached.at) {
        cached = { at: now.getTime(), value: await publicStats(deps.db, deps.config, now) };
      }
      reply.header('cache-control', 'public, max-age=60');
      return cached.value;
    },
  );
};
