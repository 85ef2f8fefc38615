import {
  ZAuditList,
  ZAuditQuery,
  ZAuditTimeline,
  ZAuditTimelineQuery,
  ZAuditVerifyResponse,
} from '../../../contracts/audit';
import { problemResponses } from '../../../contracts/common';
import { auditLog } from '../../db/schema';
import { inScope, rolesAccess } from '../../platform/access';
import { listAudit, verifyAuditLog } from '../../platform/audit';
import { type RouteModule, typed } from '../../platform/http';
import { auditTimeline } from './timeline';

export const auditRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  r.get(
    '/api/audit',
    {
      config: { access: rolesAccess('system_admin', 'agency_admin') },
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Audit entries of the caller’s units, newest first, filtered',
        querystring: ZAuditQuery,
        response: { 200: ZAuditList, ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const scope = await request.scope();
      const { rows, total } = await listAudit(deps.db, {
        unitFilter: inScope(auditLog.unitId, scope),
        action: q.action,
        actor: q.actor,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.limit,
        offset: q.offset,
      });
      return {
        total,
        entries: rows.map((row) => ({
          ...row,
          occurredAt: row.occurredAt.toISOString(),
          details: (row.details ?? {}) as Record<string, unknown>,
        })),
      };
    },
  );
  r.get(
    '/api/audit/timeline',
    {
      config: { access: rolesAccess('system_admin', 'agency_admin') },
      schema: {
        operationId: 'getAuditTimeline',
        tags: ['audit'],
        summary:
          'Administrative actions and dossier commands of the caller’s units in one timeline, newest first, by keyset pages',
        querystring: ZAuditTimelineQuery,
        response: { 200: ZAuditTimeline, ...problemResponses },
      },
    },
    async (request) =>
      auditTimeline(deps.db, deps.config.PROVINCE_CODE, await request.scope(), request.query),
  );
  r.get(
    '/api/audit/verify',
    {
      config: { access: rolesAccess('system_admin') },
      schema: {
        operationId: 'verifyAuditChains',
        tags: ['audit'],
        summary: 'Verify every audit hash chain and report the first broken row',
        response: { 200: ZAuditVerifyResponse, ...problemResponses },
      },
    },
    async () => {
      const streams = await verifyAuditLog(deps.db);
      return {
        intact: streams.every((s) => s.intact),
        checked: streams.reduce((n, s) => n + s.checked, 0),
        streams,
      };
    },
  );
};
