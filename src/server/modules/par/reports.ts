import type { z } from 'zod';
import type {
  ZReportBoard,
  ZReportRoundDetail,
  ZReportRoundSummary,
  ZReportUnitLine,
} from '../../../contracts/par-reports';
import { formatLocalDateTime } from '../../../domain/calendar/local-time';
import {
  isLateOrMissing,
  periodDates,
  REPORT_SECTIONS,
  type ReportPeriod,
  type SubmissionStatus,
  submissionStatus,
} from '../../../domain/par/report-periods';
import type { DbOrTx } from '../../db/client';
import { type AuthContext, scopeContains } from '../../platform/access';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { type UnitSummary, unitSummariesOf } from '../organisation/unit-tree';
import { type ParCaller, parCaller } from './par-access';
import { provinceUnit } from './plans';
import {
  findReportRound,
  listReportRounds,
  type ReportRoundRow,
  type ReportUnitRow,
  unitsOfRounds,
  writtenCounts,
} from './reports-repo';

/** Periodic report rounds: who may do what in them, and how they read (list, detail, board). */

type SummaryDto = z.infer<typeof ZReportRoundSummary>;
type UnitLineDto = z.infer<typeof ZReportUnitLine>;

/** Who runs report rounds and writes the province's consolidated report: the PAR officers. */
const RUNS_REPORTS = ['par_officer', 'system_admin'];
export const runsReports = (auth: AuthContext) => auth.assignments.some((a) => RUNS_REPORTS.includes(a.role));

/** A round is closed for good once closed: every change answers 409 naming when and by whom. */
export function assertOpen(round: ReportRoundRow): void {
  if (round.closedAt !== null)
    throw new AppError('par_report_closed', 409, {
      at: formatLocalDateTime(round.closedAt.getTime()),
      by: round.closedBy ?? '—',
    });
}

/** The caller's part in one unit's report: reading it (its managers, its staff) and writing it. */
export function reportParty(caller: ParCaller, unitId: string, province: boolean) {
  const manages = scopeContains(caller.manages, unitId);
  const actsFor = scopeContains(caller.actsFor, unitId);
  // The province's sections are the consolidated report, which its PAR officers write.
  const writes = province ? runsReports(caller.auth) : actsFor;
  return { reads: manages || actsFor || writes, writes, manages };
}

export const statusOf = (round: ReportRoundRow, row: Pick<ReportUnitRow, 'submittedAt'>, now: Date) =>
  submissionStatus(round.dueDate, row.submittedAt?.getTime() ?? null, now.getTime());

export function summaryDto(
  round: ReportRoundRow,
  units: readonly ReportUnitRow[],
  provinceId: string,
  now: Date,
): SummaryDto {
  const reporting = units.filter((u) => u.unitId !== provinceId);
  const statuses = reporting.map((u) => statusOf(round, u, now));
  const period = round.period as ReportPeriod;
  return {
    id: round.id,
    year: round.year,
    period,
    ...periodDates(round.year, period),
    title: round.title,
    dueDate: round.dueDate,
    closedAt: round.closedAt?.toISOString() ?? null,
    closedBy: round.closedBy,
    unitCount: reporting.length,
    submittedCount: reporting.filter((u) => u.submittedAt !== null).length,
    lateOrMissingCount: statuses.filter(isLateOrMissing).length,
    version: round.rowVersion,
  };
}

export async function listReportRoundSummaries(deps: AppDeps, auth: AuthContext) {
  const province = await provinceUnit(deps.db, deps.config.PROVINCE_CODE);
  const rounds = await listReportRounds(deps.db, deps.config.PROVINCE_CODE);
  const units = await unitsOfRounds(
    deps.db,
    rounds.map((r) => r.id),
  );
  const now = deps.clock.now();
  return {
    rounds: rounds.map((r) =>
      summaryDto(
        r,
        units.filter((u) => u.roundId === r.id),
        province.id,
        now,
      ),
    ),
    mayCreate: runsReports(auth),
  };
}

const unitName = (units: ReadonlyMap<string, UnitSummary>, id: string) => ({
  id,
  code: units.get(id)?.code ?? '',
  name: units.get(id)?.name ?? id,
});

/** Most overdue first: missing units, then the latest senders, then by code. */
const STATUS_ORDER: Readonly<Record<SubmissionStatus, number>> = {
  overdue: 0,
  late: 1,
  pending: 2,
  on_time: 3,
};
function byUrgency(a: UnitLineDto, b: UnitLineDto): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (b.submittedAt ?? '').localeCompare(a.submittedAt ?? '') ||
    a.unit.code.localeCompare(b.unit.code)
  );
}

/** The unit lines of one round the caller may see, the province's first. */
async function unitLines(
  db: DbOrTx,
  caller: ParCaller,
  round: ReportRoundRow,
  units: readonly ReportUnitRow[],
  provinceId: string,
  now: Date,
  written: ReadonlyMap<string, number>,
): Promise<UnitLineDto[]> {
  const names = await unitSummariesOf(
    db,
    units.map((u) => u.unitId),
  );
  const lines: UnitLineDto[] = [];
  for (const u of units) {
    const province = u.unitId === provinceId;
    const party = reportParty(caller, u.unitId, province);
    if (!party.reads) continue;
    lines.push({
      unit: unitName(names, u.unitId),
      province,
      submittedAt: u.submittedAt?.toISOString() ?? null,
      submittedBy: u.submittedBy,
      status: statusOf(round, u, now),
      sectionsWritten: written.get(u.unitId) ?? 0,
      sectionCount: REPORT_SECTIONS.length,
      mayWrite: party.writes && round.closedAt === null && u.submittedAt === null,
    });
  }
  return lines.sort(
    (a, b) => Number(b.province) - Number(a.province) || a.unit.code.localeCompare(b.unit.code),
  );
}

const lateOrMissingOf = (lines: readonly UnitLineDto[]) =>
  lines.filter((l) => !l.province && isLateOrMissing(l.status)).sort(byUrgency);

export async function reportRoundDetail(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
): Promise<z.infer<typeof ZReportRoundDetail>> {
  const round = await findReportRound(deps.db, deps.config.PROVINCE_CODE, id);
  const [province, caller, units, written] = await Promise.all([
    provinceUnit(deps.db, deps.config.PROVINCE_CODE),
    parCaller(deps.db, auth),
    unitsOfRounds(deps.db, [id]),
    writtenCounts(deps.db, id),
  ]);
  const now = deps.clock.now();
  const lines = await unitLines(deps.db, caller, round, units, province.id, now, written);
  return {
    ...summaryDto(round, units, province.id, now),
    province: { id: province.id, code: province.code, name: province.name },
    units: lines,
    lateOrMissing: lateOrMissingOf(lines),
    mayManage: runsReports(auth),
    // The consolidated report is the province's: whoever manages the province reads it.
    mayDownload: reportParty(caller, province.id, true).manages,
  };
}

/** For the leaders' board: the open rounds and, of the units the caller sees, those late or missing. */
export async function reportBoard(deps: AppDeps, auth: AuthContext): Promise<z.infer<typeof ZReportBoard>> {
  const [province, caller, rounds] = await Promise.all([
    provinceUnit(deps.db, deps.config.PROVINCE_CODE),
    parCaller(deps.db, auth),
    listReportRounds(deps.db, deps.config.PROVINCE_CODE, true),
  ]);
  const units = await unitsOfRounds(
    deps.db,
    rounds.map((r) => r.id),
  );
  const now = deps.clock.now();
  const out: z.infer<typeof ZReportBoard>['rounds'] = [];
  for (const round of rounds) {
    const own = units.filter((u) => u.roundId === round.id);
    const lines = await unitLines(deps.db, caller, round, own, province.id, now, new Map());
    out.push({
      round: summaryDto(round, own, province.id, now),
      lateOrMissing: lateOrMissingOf(lines),
      pending: lines.filter((l) => !l.province && l.status === 'pending').length,
    });
  }
  return { asOf: now.toISOString(), rounds: out };
}
