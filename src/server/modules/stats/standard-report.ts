import type { StandardReportDto } from '../../../contracts/stats';
import {
  addFigures,
  type CountingPolicy,
  type GroupCounts,
  onTimeRate,
  type ReportFigures,
  reportFigures,
  shareBasisPoints,
} from '../../../domain/stats/report-figures';
import type { AppConfig } from '../../config';
import type { DbOrTx } from '../../db/client';
import { fieldNames, procedureLabelsOf } from '../catalog/procedure-labels';
import { listLevels } from '../organisation/repo';
import { finalSuccessorOf } from '../organisation/unit-tree';
import { countGroups, type GroupDimension, type GroupKey } from './report-queries';
import type { ResolvedScope } from './stats-scope';

/** What the standard report may be grouped by. */
export type ReportGrouping = Exclude<GroupDimension, 'online'>;

/** The counting policy in force (configuration; printed under every report). */
export function countingPolicyOf(config: AppConfig): CountingPolicy {
  return {
    endedWithoutResult: config.STATS_ENDED_WITHOUT_RESULT,
    waitingForSupplement: config.STATS_WAITING_FOR_SUPPLEMENT,
  };
}

export interface GroupLabel {
  readonly code: string | null;
  readonly label: string;
  readonly labelEn: string;
  /** Where the row sorts. */
  readonly order: string;
}

const CHANNEL_LABELS: Record<string, [string, string, string]> = {
  online: ['Trực tuyến', 'Online', '1'],
  counter: ['Trực tiếp', 'At the counter', '2'],
  postal: ['Dịch vụ bưu chính', 'By post', '3'],
};

/** Names of the groups of a report, in both languages, and the order rows take. */
export async function labelsOf(
  db: DbOrTx,
  scope: ResolvedScope,
  by: GroupDimension,
  keys: readonly GroupKey[],
): Promise<Map<GroupKey, GroupLabel>> {
  const out = new Map<GroupKey, GroupLabel>();
  if (by === 'level') {
    const levels = await listLevels(db);
    for (const level of levels) {
      out.set(level.code, {
        code: level.code,
        label: level.nameVi,
        labelEn: level.nameEn,
        order: String(level.rank).padStart(4, '0'),
      });
    }
  } else if (by === 'unit') {
    const byId = new Map(scope.units.map((u) => [u.id, u]));
    for (const key of keys) {
      const unit = byId.get(key);
      if (unit) out.set(key, { code: unit.code, label: unit.name, labelEn: unit.name, order: unit.code });
    }
  } else if (by === 'field') {
    const fields = await fieldNames(db);
    for (const key of keys) {
      const field = fields.get(key);
      out.set(key, { code: key, label: field?.nameVi ?? key, labelEn: field?.nameEn ?? key, order: key });
    }
  } else if (by === 'procedure') {
    const procedures = await procedureLabelsOf(db, keys);
    for (const key of keys) {
      const p = procedures.get(key);
      out.set(key, {
        code: p?.code ?? null,
        label: p?.name ?? key,
        labelEn: p?.name ?? key,
        order: p?.code ?? key,
      });
    }
  } else {
    for (const [key, [vi, en, order]] of Object.entries(CHANNEL_LABELS)) {
      out.set(key, { code: key, label: vi, labelEn: en, order });
    }
  }
  return out;
}

/** Groups of closed units merged into their last successor's (a history rolled up when asked). */
export function rolledUpToSuccessors(
  scope: ResolvedScope,
  groups: ReadonlyMap<GroupKey, GroupCounts>,
): Map<GroupKey, GroupCounts> {
  const byId = new Map(scope.units.map((u) => [u.id, u]));
  const out = new Map<GroupKey, GroupCounts>();
  for (const [key, counts] of groups) {
    const target = finalSuccessorOf(byId, key);
    const current = out.get(target);
    out.set(target, current ? addGroupCounts(current, counts) : counts);
  }
  return out;
}

function addGroupCounts(a: GroupCounts, b: GroupCounts): GroupCounts {
  const channels = new Set([...Object.keys(a.flowsByChannel), ...Object.keys(b.flowsByChannel)]);
  const flowsByChannel: Record<string, Record<string, number>> = {};
  for (const channel of channels) {
    const x = (a.flowsByChannel as Record<string, Record<string, number>>)[channel] ?? {};
    const y = (b.flowsByChannel as Record<string, Record<string, number>>)[channel] ?? {};
    const sum: Record<string, number> = { ...x };
    for (const [k, v] of Object.entries(y)) sum[k] = (sum[k] ?? 0) + v;
    flowsByChannel[channel] = sum;
  }
  const add = (s: GroupCounts['stocksAtEnd'], t: GroupCounts['stocksAtEnd']) => ({
    open: s.open + t.open,
    overdue: s.overdue + t.overdue,
    supplement: s.supplement + t.supplement,
    supplementOverdue: s.supplementOverdue + t.supplementOverdue,
  });
  return {
    flowsByChannel,
    stocksBefore: add(a.stocksBefore, b.stocksBefore),
    stocksAtEnd: add(a.stocksAtEnd, b.stocksAtEnd),
  };
}

export const ratesOf = (f: ReportFigures) => ({
  onTime: onTimeRate(f),
  late: shareBasisPoints(f.resolvedLate, f.resolved),
});

/** The counts of a report's groups for a scope (successors rolled up when asked and grouped by unit). */
export async function reportGroups(
  db: DbOrTx,
  provinceCode: string,
  scope: ResolvedScope,
  by: readonly GroupDimension[],
): Promise<Map<GroupKey, GroupCounts>> {
  const groups = await countGroups(db, {
    provinceCode,
    unitIds: scope.unitIds,
    period: scope.period,
    groupBy: by,
    liveAt: scope.liveAt,
  });
  return by.length === 1 && by[0] === 'unit' && scope.successors
    ? rolledUpToSuccessors(scope, groups)
    : groups;
}

/**
 * The standard report (domain.md §9) of a scope grouped by one dimension: a row per group with
 * data, sorted as the reports list them, and the total.
 */
export async function standardReport(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  by: ReportGrouping,
): Promise<StandardReportDto> {
  const policy = countingPolicyOf(config);
  const groups = await reportGroups(db, config.PROVINCE_CODE, scope, [by]);
  const labels = await labelsOf(db, scope, by, [...groups.keys()]);
  const rows = [...groups.entries()]
    .map(([key, counts]) => {
      const figures = reportFigures(counts, policy);
      const label = labels.get(key) ?? { code: key, label: key, labelEn: key, order: key };
      return {
        key,
        code: label.code,
        label: label.label,
        labelEn: label.labelEn,
        order: label.order,
        figures,
      };
    })
    .filter((r) => Object.values(r.figures).some((v) => v !== 0))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map(({ order: _order, ...row }) => ({ ...row, rates: ratesOf(row.figures) }));
  const total = addFigures(rows.map((r) => r.figures));
  return {
    period: scope.period,
    stocksAt: scope.stocksAt.toISOString(),
    live: scope.liveAt !== null,
    unit: {
      id: scope.unit.id,
      code: scope.unit.code,
      name: scope.unit.name,
      levelCode: scope.unit.levelCode,
    },
    children: scope.children,
    successors: scope.successors,
    by,
    policy,
    rows,
    total: {
      key: '',
      code: null,
      label: 'Tổng cộng',
      labelEn: 'Total',
      figures: total,
      rates: ratesOf(total),
    },
  };
}
