import { and, eq, lt } from 'drizzle-orm';
import { dossiers } from '../../db/schema';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { runDossierCommand } from './command';
import { SYSTEM_ACTOR } from './command-facts';
import { closeAllWork } from './processing';

/**
 * A dossier sent back for completion is closed when the applicant has not completed it within
 * this many days (Decree 118/2025 art. 19.5; counted in calendar days — verify against the
 * provincial regulation, which may count working days).
 */
export const SUPPLEMENT_LIMIT_DAYS = 15;

const DAY_MS = 86_400_000;

/**
 * Cancels the dossiers waiting for a supplement longer than the legal limit, one command each
 * (a dossier the desk changed meanwhile is skipped and caught on the next run). Safe to run in
 * many processes: each cancellation checks the version it read.
 */
export async function closeExpiredSupplements(deps: AppDeps): Promise<number> {
  const limit = new Date(deps.clock.now().getTime() - SUPPLEMENT_LIMIT_DAYS * DAY_MS);
  const waiting = await deps.db
    .select({ id: dossiers.id, version: dossiers.rowVersion })
    .from(dossiers)
    .where(
      and(
        eq(dossiers.provinceCode, deps.config.PROVINCE_CODE),
        eq(dossiers.state, 'needs_supplement'),
        lt(dossiers.updatedAt, limit),
      ),
    )
    .limit(500);
  let closed = 0;
  for (const { id, version } of waiting) {
    try {
      await runDossierCommand(
        deps,
        { auth: SYSTEM_ACTOR, meta: { ip: '127.0.0.1', lang: 'vi' } },
        { dossierId: id, version, action: 'cancel' },
        async (ctx) => {
          await closeAllWork(ctx, id);
          return {
            patch: {},
            unitId: ctx.record.receivingUnitId,
            reason: `Quá ${SUPPLEMENT_LIMIT_DAYS} ngày không bổ sung, hoàn thiện hồ sơ`,
          };
        },
      );
      closed++;
    } catch (error) {
      // Someone acted on it since it was read (409): the next run sees its new state.
      if (!(error instanceof AppError && error.code === 'dossier_changed')) throw error;
    }
  }
  return closed;
}
