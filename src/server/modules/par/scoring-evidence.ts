import { and, eq, sql } from 'drizzle-orm';
import { checkSelfScore } from '../../../domain/par/scoring';
import { parScoreEvidence, parScores } from '../../db/schema-par';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { criteriaOf, evidenceFile, findRound, flattenCriteria, scoreRow } from './scoring-repo';
import { assertMayChangeEvidence, evidenceBacking, evidenceCount, sheetContext } from './scoring-sheets';

/**
 * Deletes an evidence file from a unit's sheet, in one transaction: only the unit itself (who
 * cannot read the sheet gets 404, its council or managers 403), only while it may still write its self-score or is
 * answering a return (else 409), and never leaving a self-score with nothing behind it (422).
 * The leaf's version moves, so a form opened before the deletion is told to look again. A file
 * already deleted — also by a concurrent request — is 404.
 */
export async function deleteEvidence(deps: AppDeps, auth: AuthContext, fileId: string, meta: CommandMeta) {
  await deps.db.transaction(async (tx) => {
    const file = await evidenceFile(tx, fileId);
    if (!file) throw notFound();
    const round = await findRound(tx, deps.config.PROVINCE_CODE, file.roundId, 'share');
    const ctx = await sheetContext(deps, tx, auth, round, file.unitId);
    const leafKey = and(
      eq(parScores.roundId, file.roundId),
      eq(parScores.unitId, file.unitId),
      eq(parScores.code, file.code),
    );
    assertMayChangeEvidence(round, ctx, await scoreRow(tx, file.roundId, file.unitId, file.code));
    // The leaf's row is locked first, so two deletions on one leaf count what the other left.
    const [row] = await tx
      .update(parScores)
      .set({
        updatedAt: deps.clock.now(),
        updatedBy: auth.fullName,
        rowVersion: sql`${parScores.rowVersion} + 1`,
      })
      .where(leafKey)
      .returning();
    const deleted = await tx
      .delete(parScoreEvidence)
      .where(eq(parScoreEvidence.id, fileId))
      .returning({ id: parScoreEvidence.id });
    if (deleted.length === 0) throw notFound();
    const leaf = flattenCriteria(criteriaOf(round)).leaves.get(file.code);
    if (leaf && row && row.selfHundredths !== null && !row.notApplicable) {
      const left = await evidenceCount(tx, file.roundId, file.unitId, file.code);
      const backing = evidenceBacking(leaf, left, row.evidenceLocation);
      if (checkSelfScore(leaf, row.selfHundredths / 100, backing, row.explanation) !== null)
        throw new AppError('par_scoring_evidence_needed', 422, { code: file.code });
    }
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: file.unitId,
      action: 'par.scoring.evidence_delete',
      targetType: 'par_scoring_round',
      targetId: file.roundId,
      ip: meta.ip,
      details: { code: file.code, fileName: file.fileName, sha256: file.sha256 },
    });
  });
}
