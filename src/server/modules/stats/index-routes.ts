import { problemResponses } from '../../../contracts/common';
import {
  ZIndexGains,
  ZIndexQuery,
  ZIndexRanking,
  ZPortalIndex,
  ZProcedureDrill,
  ZProcedureDrillQuery,
  ZRankingQuery,
  ZServiceIndex,
  ZStatsScopeQuery,
} from '../../../contracts/stats';
import { rolesAccess } from '../../platform/access';
import { type RouteModule, requireAuth, typed } from '../../platform/http';
import { gainsView, indexView, portalView, proceduresView, rankingView } from './index-views';
import { serviceIndex } from './service-index';
import { resolveStatsScope, STATS_ROLES } from './stats-scope';

/** The national service index (Decision 766/QĐ-TTg) computed live from our data, and its breakdowns. */
export const statsIndexRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const access = rolesAccess(...STATS_ROLES);
  const scopeOf = (
    request: Parameters<typeof requireAuth>[0],
    query: Parameters<typeof resolveStatsScope>[3],
  ) => resolveStatsScope(deps.db, deps.config.PROVINCE_CODE, requireAuth(request), query, deps.clock.now());

  r.get(
    '/api/stats/index',
    {
      config: { access },
      schema: {
        operationId: 'getServiceIndex',
        tags: ['statistics'],
        summary:
          'The service index of a unit and period: groups and indicators (no data / not applicable kept apart from 0), the points computed over, band and rank; `format=portal` answers in the national portal’s reporting shape',
        querystring: ZIndexQuery,
        response: { 200: ZServiceIndex.or(ZPortalIndex), ...problemResponses },
      },
    },
    async (request) => {
      const { format, ...query } = request.query;
      const scope = await scopeOf(request, query);
      if (format === 'portal') {
        const { result } = await serviceIndex(deps.db, deps.config, scope, deps.clock.now());
        return portalView(scope, result);
      }
      return indexView(deps.db, deps.config, scope, deps.clock.now());
    },
  );
  r.get(
    '/api/stats/index/ranking',
    {
      config: { access },
      schema: {
        operationId: 'rankServiceIndex',
        tags: ['statistics'],
        summary:
          'Departments or communes ranked on the service index of a period (competition ranking: 1, 2, 2, 4)',
        querystring: ZRankingQuery,
        response: { 200: ZIndexRanking, ...problemResponses },
      },
    },
    async (request) => {
      const { among, ...query } = request.query;
      return rankingView(deps, await scopeOf(request, query), among);
    },
  );
  r.get(
    '/api/stats/index/gains',
    {
      config: { access },
      schema: {
        operationId: 'listServiceIndexGains',
        tags: ['statistics'],
        summary: 'Where the points are: the few actions that would gain the unit most points',
        querystring: ZStatsScopeQuery,
        response: { 200: ZIndexGains, ...problemResponses },
      },
    },
    async (request) =>
      gainsView(deps.db, deps.config, await scopeOf(request, request.query), deps.clock.now()),
  );
  r.get(
    '/api/stats/procedures',
    {
      config: { access },
      schema: {
        operationId: 'listIndicatorProcedures',
        tags: ['statistics'],
        summary:
          'The procedures of a unit an index indicator counts (all, offered online, fully online, not online)',
        querystring: ZProcedureDrillQuery,
        response: { 200: ZProcedureDrill, ...problemResponses },
      },
    },
    async (request) => {
      const { filter, limit, offset, ...query } = request.query;
      const scope = await scopeOf(request, query);
      return proceduresView(deps.db, deps.config, scope, deps.clock.now(), { filter, limit, offset });
    },
  );
};
