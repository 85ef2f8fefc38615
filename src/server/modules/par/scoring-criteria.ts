import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZEditCriteriaRequest } from '../../../contracts/par-scoring';
import { vietnameseDay } from '../../../domain/calendar/civil-date';
import { bandsHighestFirst } from '../../../domain/par/criteria-editing';
import { criteriaEditRefusal } from '../../../domain/par/scoring-round';
import { parScoringRounds } from '../../db/schema-par';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { findRound, roundHasScores } from './scoring-repo';
import { roundDetail, runsScoring, stageOf, todayOf } from './scoring-rounds';
import { assertValidSetup, treeFromInput } from './scoring-setup';

/** Editing a round's criteria tree and bands before its units start scoring. */

const REFUSALS = {
  published: 'par_scoring_published',
  opened: 'par_scoring_criteria_locked',
  scored: 'par_scoring_criteria_scored',
} as const;

/**
 * Replaces a round's criteria and bands in one transaction: the round locked at the version the
 * editor read (else 409), still before self-assessment with no score (`criteriaEditRefusal`), the
 * new setup valid as a whole.
 */
export async function editRoundCriteria(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  input: z.infer<typeof ZEditCriteriaRequest>,
  meta: CommandMeta,
) {
  if (!runsScoring(auth)) throw new AppError('forbidden', 403);
  const tree = treeFromInput(deps, input.criteria);
  const bands = bandsHighestFirst(input.bands);
  assertValidSetup(tree, bands);
  await deps.db.transaction(async (tx) => {
    const round = await findRound(tx, deps.config.PROVINCE_CODE, id, 'update');
    if (round.rowVersion !== input.version) throw versionConflict();
    const refusal = criteriaEditRefusal(stageOf(round, todayOf(deps)), await roundHasScores(tx, id));
    if (refusal) throw new AppError(REFUSALS[refusal], 409, { opens: vietnameseDay(round.entryOpensOn) });
    await tx
      .update(parScoringRounds)
      .set({ criteria: tree, bands, rowVersion: sql`${parScoringRounds.rowVersion} + 1` })
      .where(eq(parScoringRounds.id, id));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.scoring.criteria',
      targetType: 'par_scoring_round',
      targetId: id,
      ip: meta.ip,
      details: {
        criteria: input.criteria.length,
        bands: bands.map((b) => `${b.code}≥${b.minScore}`).join(', '),
      },
    });
  });
  return roundDetail(deps, auth, id);
}
