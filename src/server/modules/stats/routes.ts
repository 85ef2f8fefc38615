import { problemResponses } from '../../../contracts/common';
import { ZDrillDown, ZDrillDownQuery, ZReportQuery, ZStandardReport } from '../../../contracts/stats';
import { rolesAccess } from '../../platform/access';
import { type RouteModule, requireAuth, typed } from '../../platform/http';
import { dossiersBehind } from './drill-down';
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
};
