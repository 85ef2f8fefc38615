import type { z } from 'zod';
import type { ZDossierFigures, ZReportFigures, ZTaskCounts } from '../../../contracts/par-reports';
import { periodDates, type ReportPeriod } from '../../../domain/par/report-periods';
import { countStatuses, type TaskStatus } from '../../../domain/par/tasks';
import { onTimeRate, type ReportFigures } from '../../../domain/stats/report-figures';
import type { AuthContext } from '../../platform/access';
import type { AppDeps } from '../../platform/http';
import { unitSummariesOf } from '../organisation/unit-tree';
import { periodFigures } from '../stats/period-figures';
import type { ParCaller } from './par-access';
import { provinceUnit } from './plans';
import { inspectionFigures, targetFigures, type YearTarget, yearTargets } from './report-reform-figures';
import { type FrozenFiguresRow, frozenFiguresOf, type ReportRoundRow, unitsOfRounds } from './reports-repo';
import { listRounds, roundDetail } from './scoring-rounds';
import { readableTaskViews, type TaskView } from './task-views';

/**
 * The figures a periodic report does not ask anyone to type: computed from the dossier statistics,
 * the reform tasks, the plans' targets, the PAR inspections and the published PAR index, for one unit (or the whole province) and the
 * round's period. Each is read through its own module's functions.
 */

type FiguresDto = z.infer<typeof ZReportFigures>;

export function dossierFiguresDto(f: ReportFigures): z.infer<typeof ZDossierFigures> {
  return {
    carriedOver: f.carriedOver,
    received: f.received,
    receivedOnline: f.receivedOnline,
    resolved: f.resolved,
    resolvedOnTimeOrEarly: f.resolvedEarly + f.resolvedOnTime,
    resolvedLate: f.resolvedLate,
    onTimeRate: onTimeRate(f),
    inProgress: f.inProgress,
    inProgressOverdue: f.inProgressOverdue,
    apologies: f.apologies,
  };
}

export const taskCountsDto = (statuses: Iterable<TaskStatus>): z.infer<typeof ZTaskCounts> => {
  const counts = countStatuses(statuses);
  return { ...counts, byStatus: { ...counts.byStatus } };
};

/**
 * The reform tasks due in the round's period, with their status now: those the unit leads, or
 * every task of the province for its own report. (The report has been authorised for the unit;
 * the tasks are read as the province's officers see them.)
 */
export async function periodTasks(
  deps: AppDeps,
  auth: AuthContext,
  round: ReportRoundRow,
  unitId: string | null,
): Promise<TaskView[]> {
  const { from, to } = periodDates(round.year, round.period as ReportPeriod);
  const provinceWide: ParCaller = { auth, manages: { all: true }, actsFor: { all: false, unitIds: [] } };
  const views = await readableTaskViews(
    deps.db,
    deps.config.PROVINCE_CODE,
    provinceWide,
    unitId ? { unit: unitId } : {},
    deps.clock.now(),
  );
  return views.filter(
    (v) => (unitId === null || v.row.leadUnitId === unitId) && v.row.dueDate >= from && v.row.dueDate <= to,
  );
}

/**
 * The last published PAR index up to the round's year (this year's once published, else last
 * year's): the unit's total, rank and band in its group, or — for the province — how many units
 * are in each band.
 */
async function scoringFigures(
  deps: AppDeps,
  auth: AuthContext,
  year: number,
  unitId: string | null,
): Promise<FiguresDto['scoring']> {
  const { rounds } = await listRounds(deps);
  const published = rounds.filter((r) => r.stage === 'published' && r.year <= year);
  const latest = Math.max(...published.map((r) => r.year));
  if (!Number.isFinite(latest)) return null;
  const details = await Promise.all(
    published.filter((r) => r.year === latest).map((r) => roundDetail(deps, auth, r.id)),
  );
  const bands = new Map<string, number>();
  let unit: NonNullable<FiguresDto['scoring']>['unit'] = null;
  for (const detail of details) {
    for (const line of detail.units) {
      if (unitId === null) bands.set(line.band, (bands.get(line.band) ?? 0) + 1);
      if (line.unit.id === unitId)
        unit = { total: line.total, rank: line.rank, band: line.band, of: detail.units.length };
    }
  }
  if (unitId !== null && unit === null) return null;
  return { year: latest, unit, bands: [...bands].map(([band, count]) => ({ band, count })) };
}

/**
 * The figures of one unit's report (`unitId` null: the province's consolidated report): as frozen
 * when the round closed, or computed now while it is open.
 */
export async function reportFigures(
  deps: AppDeps,
  auth: AuthContext,
  round: ReportRoundRow,
  unitId: string | null,
): Promise<FiguresDto> {
  if (round.closedAt !== null) {
    const key = unitId ?? (await provinceUnit(deps.db, deps.config.PROVINCE_CODE)).id;
    const frozen = await frozenFiguresOf(deps.db, round.id, key);
    if (frozen) return frozen.figures as FiguresDto;
  }
  return computedFigures(deps, auth, round, unitId);
}

/** The period's tasks counted by lead unit, for the consolidated report's table. */
export interface TasksByLead {
  readonly unitName: string;
  readonly statuses: readonly TaskStatus[];
}

/** As frozen at closing, or counted now while the round is open. */
export async function tasksByLead(
  deps: AppDeps,
  auth: AuthContext,
  round: ReportRoundRow,
): Promise<TasksByLead[]> {
  if (round.closedAt !== null) {
    const province = await provinceUnit(deps.db, deps.config.PROVINCE_CODE);
    const frozen = await frozenFiguresOf(deps.db, round.id, province.id);
    if (frozen?.tasksByLead) return frozen.tasksByLead as TasksByLead[];
  }
  return countedTasksByLead(deps, auth, round);
}

async function countedTasksByLead(deps: AppDeps, auth: AuthContext, round: ReportRoundRow) {
  const byLead = new Map<string, TaskStatus[]>();
  for (const t of await periodTasks(deps, auth, round, null)) {
    const statuses = byLead.get(t.row.leadUnitId);
    if (statuses) statuses.push(t.status);
    else byLead.set(t.row.leadUnitId, [t.status]);
  }
  const leads = await unitSummariesOf(deps.db, [...byLead.keys()]);
  return [...byLead]
    .map(([id, statuses]) => ({ unitName: leads.get(id)?.name ?? id, statuses }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
}

/**
 * What the round shows at the moment it closes, for every unit in it and the province (with its
 * tasks by lead unit): computed before the closing transaction, stored in it.
 */
export async function figuresSnapshot(
  deps: AppDeps,
  auth: AuthContext,
  round: ReportRoundRow,
): Promise<FrozenFiguresRow[]> {
  const province = await provinceUnit(deps.db, deps.config.PROVINCE_CODE);
  // The plans' targets are read once for every unit of the round.
  const targets = await yearTargets(deps, auth, round.year);
  const rows: FrozenFiguresRow[] = [];
  for (const member of await unitsOfRounds(deps.db, [round.id])) {
    const isProvince = member.unitId === province.id;
    rows.push({
      roundId: round.id,
      unitId: member.unitId,
      figures: await computedFigures(deps, auth, round, isProvince ? null : member.unitId, targets),
      tasksByLead: isProvince ? await countedTasksByLead(deps, auth, round) : null,
    });
  }
  return rows;
}

async function computedFigures(
  deps: AppDeps,
  auth: AuthContext,
  round: ReportRoundRow,
  unitId: string | null,
  targetsOfYear?: readonly YearTarget[],
): Promise<FiguresDto> {
  const now = deps.clock.now();
  const period = periodDates(round.year, round.period as ReportPeriod);
  const [dossiers, tasks, scoring, targets, inspections] = await Promise.all([
    periodFigures(deps.db, deps.config, deps.config.PROVINCE_CODE, unitId, period, now),
    periodTasks(deps, auth, round, unitId),
    scoringFigures(deps, auth, round.year, unitId),
    targetsOfYear ?? yearTargets(deps, auth, round.year),
    inspectionFigures(deps, auth, round.year, period, unitId),
  ]);
  return {
    computed: true,
    asOf: now.toISOString(),
    countedTo: dossiers?.countedTo ?? null,
    dossiers: dossiers ? dossierFiguresDto(dossiers.figures) : null,
    tasks: taskCountsDto(tasks.map((t) => t.status)),
    scoring,
    targets: targetFigures(round.year, targets, unitId),
    inspections,
  };
}
