import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { publicAccess } from '../../platform/access';
import { type RouteModule, typed } from '../../platform/http';

const ZHealth = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.string().optional(),
  migrations: z.string().optional(),
});

export const healthRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  r.get(
    '/healthz',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'checkLiveness',
        tags: ['health'],
        summary: 'The process is alive',
        response: { 200: ZHealth },
      },
    },
    () => ({ status: 'ok' as const }),
  );
  r.get(
    '/readyz',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'checkReadiness',
        tags: ['health'],
        summary: 'The database answers and every migration is applied',
        response: { 200: ZHealth, 503: ZHealth },
      },
    },
    async (_request, reply) => {
      try {
        await deps.db.execute(sql`select 1`);
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: 'unreachable' });
      }
      const current = await deps.database.migrationsCurrent();
      if (!current)
        return reply
          .code(503)
          .send({ status: 'unavailable' as const, database: deps.database.driver, migrations: 'pending' });
      return { status: 'ok' as const, database: deps.database.driver, migrations: 'current' };
    },
  );
};
