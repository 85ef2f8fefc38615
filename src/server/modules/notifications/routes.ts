import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { problemResponses } from '../../../contracts/common';
import { ZNotice } from '../../../contracts/dossiers';
import { ZNotificationList, ZNotificationParams, ZNotificationQuery } from '../../../contracts/notifications';
import { dossiers, outboxMessages } from '../../db/schema';
import { rolesAccess } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { noticeOfRow, requeueDeadMessage } from '../../platform/outbox';

/**
 * The province's outgoing SMS and e-mail for the system administrator: what waits, what was
 * sent, what failed for good and why; a failed message can be sent again (after the gateway or
 * the address was fixed).
 */
export const notificationRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  r.get(
    '/api/notifications',
    {
      config: { access: rolesAccess('system_admin') },
      schema: {
        operationId: 'listNotifications',
        tags: ['notifications'],
        summary: 'Outgoing SMS and e-mail of the province, newest first, by state and channel',
        querystring: ZNotificationQuery,
        response: { 200: ZNotificationList, ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const filters: SQL[] = [eq(outboxMessages.provinceCode, deps.config.PROVINCE_CODE)];
      if (q.state) filters.push(eq(outboxMessages.state, q.state));
      if (q.channel) filters.push(eq(outboxMessages.channel, q.channel));
      const where = and(...filters);
      const [rows, [total], byState] = await Promise.all([
        deps.db
          .select({ message: outboxMessages, dossierCode: dossiers.code })
          .from(outboxMessages)
          .leftJoin(dossiers, eq(dossiers.id, outboxMessages.dossierId))
          .where(where)
          .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
          .limit(q.limit)
          .offset(q.offset),
        deps.db.select({ n: count() }).from(outboxMessages).where(where),
        deps.db
          .select({ state: outboxMessages.state, n: sql<number>`count(*)::int` })
          .from(outboxMessages)
          .where(eq(outboxMessages.provinceCode, deps.config.PROVINCE_CODE))
          .groupBy(outboxMessages.state),
      ]);
      const counts = { pending: 0, sent: 0, dead: 0 };
      for (const row of byState) counts[row.state as keyof typeof counts] = Number(row.n);
      return {
        total: Number(total?.n ?? 0),
        counts,
        items: rows.map((row) => ({
          ...noticeOfRow(row.message),
          dossierId: row.message.dossierId,
          dossierCode: row.dossierCode,
        })),
      };
    },
  );
  r.post(
    '/api/notifications/:id/retry',
    {
      config: { access: rolesAccess('system_admin') },
      schema: {
        operationId: 'retryNotification',
        tags: ['notifications'],
        summary: 'Send a failed message again, from now, with a fresh count of attempts',
        params: ZNotificationParams,
        response: { 200: ZNotice, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const auth = requireAuth(request);
      return deps.db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(outboxMessages)
          .where(and(eq(outboxMessages.id, id), eq(outboxMessages.provinceCode, deps.config.PROVINCE_CODE)))
          .for('update');
        if (!row) throw notFound();
        if (!(await requeueDeadMessage(tx, deps.clock, deps.config.PROVINCE_CODE, id)))
          throw new AppError('notification_not_dead', 409);
        await appendAudit(tx, deps.clock, {
          actorUserId: auth.userId,
          actorName: auth.fullName,
          unitId: null,
          action: 'notification.retry',
          targetType: 'notification',
          targetId: id,
          ip: requestMeta(request).ip,
          details: { channel: row.channel, topic: row.topic, lastError: row.lastError },
        });
        const [after] = await tx.select().from(outboxMessages).where(eq(outboxMessages.id, id));
        if (!after) throw notFound();
        return noticeOfRow(after);
      });
    },
  );
};
