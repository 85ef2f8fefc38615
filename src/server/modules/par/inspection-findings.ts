import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZFinding,
  ZFindingNoteRequest,
  ZReopenFindingRequest,
} from '../../../contracts/par-inspections';
import { localDateOf } from '../../../domain/calendar/local-time';
import {
  type FindingPermissions,
  findingPermissions,
  remedyDueDateProblem,
} from '../../../domain/par/inspections';
import { parInspectionFindings } from '../../db/schema-par';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { findingDto, findingParty, inspectionViewer } from './inspection-views';
import { type FindingRow, findFinding } from './inspections-repo';

/**
 * Following a finding until it is closed: the owner unit writes progress and reports the remedy
 * done, which closes it; a PAR officer reopens it when the remedy falls short (the rule:
 * `findingPermissions` in domain/par/inspections.ts).
 */

type Action = Exclude<keyof FindingPermissions, 'read'>;
type FindingPatch = Partial<typeof parInspectionFindings.$inferInsert>;

/** Why an action the caller's part allows is refused now: the finding is closed, or still open. */
const STATE_PROBLEMS = {
  progress: 'par_inspection_finding_closed',
  close: 'par_inspection_finding_closed',
  reopen: 'par_inspection_finding_open',
} as const;

/**
 * One command on one finding in one transaction: the finding locked, 404 when the caller may not
 * read it (another unit's), 403 when their part never allows the action, 409 when the finding's
 * state does not (closed, or open) or on a stale version; then the change, audited.
 */
async function runFindingCommand(
  deps: AppDeps,
  auth: AuthContext,
  findingId: string,
  command: { action: Action; version: number; meta: CommandMeta },
  change: (row: FindingRow, now: Date) => FindingPatch,
): Promise<z.infer<typeof ZFinding>> {
  await deps.db.transaction(async (tx) => {
    const row = await findFinding(tx, deps.config.PROVINCE_CODE, findingId, true);
    const party = findingParty(await inspectionViewer(deps, tx, auth), row);
    const closed = row.finding.closedAt !== null;
    const may = findingPermissions(party, closed);
    if (!may.read) throw notFound();
    if (!may[command.action]) {
      if (!findingPermissions(party, !closed)[command.action]) throw new AppError('forbidden', 403);
      throw new AppError(STATE_PROBLEMS[command.action], 409, { by: row.finding.closedBy ?? '' });
    }
    if (row.finding.rowVersion !== command.version) throw versionConflict();
    const now = deps.clock.now();
    await tx
      .update(parInspectionFindings)
      .set({ ...change(row, now), updatedAt: now, rowVersion: sql`${parInspectionFindings.rowVersion} + 1` })
      .where(eq(parInspectionFindings.id, findingId));
    // Progress notes are the unit's running account; closing and reopening are decisions.
    if (command.action !== 'progress')
      await appendAudit(tx, deps.clock, {
        actorUserId: auth.userId,
        actorName: auth.fullName,
        unitId: row.finding.ownerUnitId,
        action: `par.inspection.finding.${command.action}`,
        targetType: 'par_inspection_finding',
        targetId: findingId,
        ip: command.meta.ip,
        details: { inspectionId: row.inspection.id, seq: row.finding.seq },
      });
  });
  const viewer = await inspectionViewer(deps, deps.db, auth);
  return findingDto(viewer, await findFinding(deps.db, deps.config.PROVINCE_CODE, findingId));
}

/** The owner unit's note on how the remedy goes (the latest note is kept). */
export function postFindingProgress(
  deps: AppDeps,
  auth: AuthContext,
  findingId: string,
  input: z.infer<typeof ZFindingNoteRequest>,
  meta: CommandMeta,
) {
  return runFindingCommand(
    deps,
    auth,
    findingId,
    { action: 'progress', version: input.version, meta },
    () => ({
      progressNote: input.note,
    }),
  );
}

/** The owner unit reports the remedy done, saying what it did: the finding is closed. */
export function closeFinding(
  deps: AppDeps,
  auth: AuthContext,
  findingId: string,
  input: z.infer<typeof ZFindingNoteRequest>,
  meta: CommandMeta,
) {
  return runFindingCommand(
    deps,
    auth,
    findingId,
    { action: 'close', version: input.version, meta },
    (_row, now) => ({ closedAt: now, closedNote: input.note, closedBy: auth.fullName }),
  );
}

/**
 * A PAR officer reopens a closed finding with the reason (it becomes the finding's latest note),
 * and may move its due date, again within the year and not past.
 */
export function reopenFinding(
  deps: AppDeps,
  auth: AuthContext,
  findingId: string,
  input: z.infer<typeof ZReopenFindingRequest>,
  meta: CommandMeta,
) {
  return runFindingCommand(
    deps,
    auth,
    findingId,
    { action: 'reopen', version: input.version, meta },
    (row, now) => {
      if (input.dueDate !== undefined) {
        const context = { year: row.plan.year, today: localDateOf(now.getTime()) };
        const problem = remedyDueDateProblem(input.dueDate, context);
        if (problem)
          throw new AppError(
            'par_inspection_date_invalid',
            422,
            { reasonVi: problem.vi, reasonEn: problem.en },
            [
              {
                path: 'body.dueDate',
                message: meta.lang === 'vi' ? problem.vi : problem.en,
                code: problem.code,
              },
            ],
          );
      }
      return {
        closedAt: null,
        closedNote: null,
        closedBy: null,
        progressNote: input.note,
        ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      };
    },
  );
}
