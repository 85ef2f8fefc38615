import type { z } from 'zod';
import type { ZCreateReportRoundRequest } from '../../../contracts/par-reports';
import {
  dueDateProblem,
  periodDates,
  periodInSentence,
  periodLabel,
} from '../../../domain/par/report-periods';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { unitSummariesOfProvince } from '../organisation/unit-tree';
import { figuresSnapshot } from './report-figures';
import { assertOpen, reportRoundDetail, runsReports } from './reports';
import { findReportRound, insertRound, markClosed, storeFrozenFigures } from './reports-repo';

/** The PAR officers' commands on report rounds: opening one for a period, closing it. */

export async function createReportRound(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreateReportRoundRequest>,
  meta: CommandMeta,
) {
  if (!runsReports(auth)) throw new AppError('forbidden', 403);
  const problem = dueDateProblem(input.year, input.period, input.dueDate);
  if (problem) {
    const { from, to } = periodDates(input.year, input.period);
    const [reasonVi, reasonEn] =
      problem === 'before_period'
        ? [`trước ngày đầu kỳ báo cáo (${from})`, `before the period begins (${from})`]
        : [`quá 180 ngày sau ngày cuối kỳ (${to})`, `more than 180 days after the period ends (${to})`];
    throw new AppError('par_report_due_invalid', 422, { due: input.dueDate, reasonVi, reasonEn }, [
      { path: 'body.dueDate', message: reasonEn, code: problem },
    ]);
  }
  const province = deps.config.PROVINCE_CODE;
  const id = await deps.db.transaction(async (tx) => {
    const all = await unitSummariesOfProvince(tx, province);
    const root = all.find((u) => u.parentId === null && u.kind === 'province');
    if (!root) throw new Error(`province ${province} has no root unit`);
    const chosen =
      input.unitIds ??
      all.filter((u) => (u.kind === 'department' || u.kind === 'commune') && !u.validTo).map((u) => u.id);
    const known = new Map(all.map((u) => [u.id, u]));
    for (const unitId of chosen) {
      const unit = known.get(unitId);
      if (!unit || unit.validTo !== null) throw new AppError('par_unit_invalid', 422, { unit: unitId });
    }
    const roundId = uuidv7(deps.clock);
    const unitIds = [...new Set([root.id, ...chosen])];
    const inserted = await insertRound(
      tx,
      {
        id: roundId,
        provinceCode: province,
        year: input.year,
        period: input.period,
        title: input.title,
        dueDate: input.dueDate,
        createdAt: deps.clock.now(),
        createdBy: auth.userId,
        rowVersion: 1,
      },
      unitIds,
    );
    if (!inserted)
      throw new AppError('par_report_round_exists', 409, {
        periodVi: periodInSentence(input.year, input.period),
        periodEn: periodLabel(input.year, input.period, 'en'),
      });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.report.create',
      targetType: 'par_report_round',
      targetId: roundId,
      ip: meta.ip,
      details: { year: input.year, period: input.period, units: unitIds.length, due: input.dueDate },
    });
    return roundId;
  });
  return reportRoundDetail(deps, auth, id);
}

/** Closes the round (khóa sổ): no section, submission or round change after it. */
export async function closeReportRound(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  version: number,
  meta: CommandMeta,
) {
  if (!runsReports(auth)) throw new AppError('forbidden', 403);
  // The figures as they stand now, frozen with the closing (computed before its transaction).
  const before = await findReportRound(deps.db, deps.config.PROVINCE_CODE, id);
  assertOpen(before);
  if (before.rowVersion !== version) throw versionConflict();
  const snapshot = await figuresSnapshot(deps, auth, before);
  await deps.db.transaction(async (tx) => {
    const round = await findReportRound(tx, deps.config.PROVINCE_CODE, id, 'update');
    assertOpen(round);
    if (round.rowVersion !== version) throw versionConflict();
    if (!(await markClosed(tx, id, version, deps.clock.now(), auth.fullName))) throw versionConflict();
    await storeFrozenFigures(tx, snapshot);
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.report.close',
      targetType: 'par_report_round',
      targetId: id,
      ip: meta.ip,
      details: {},
    });
  });
  return reportRoundDetail(deps, auth, id);
}
