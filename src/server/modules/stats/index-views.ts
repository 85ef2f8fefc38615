import type { z } from 'zod';
import type {
  IndexRankingDto,
  ServiceIndexDto,
  ZIndexGains,
  ZIndicatorLink,
  ZPortalIndex,
  ZProcedureDrill,
} from '../../../contracts/stats';
import { onTimeRate, reportFigures } from '../../../domain/stats/report-figures';
import type { FormulaSet } from '../../../domain/stats/service-index/formula-types';
import { type GainCandidate, largestGains } from '../../../domain/stats/service-index/gains';
import type { InputKey } from '../../../domain/stats/service-index/inputs';
import {
  type IndexResult,
  percentOfComputed,
  roundPoints,
  toPortalShape,
} from '../../../domain/stats/service-index/score';
import type { AppConfig } from '../../config';
import type { DbOrTx } from '../../db/client';
import type { AppDeps } from '../../platform/http';
import { countGroups } from './report-queries';
import { formulaSetInfo, inputsOf, rankIndex, serviceIndex } from './service-index';
import { countingPolicyOf } from './standard-report';
import type { ResolvedScope } from './stats-scope';

type Link = z.infer<typeof ZIndicatorLink>;

/** Where each input's numerator and denominator can be seen: report figures, or procedures. */
const LINKS: Partial<Record<InputKey, Link>> = {
  processing_on_time: { kind: 'dossiers', numerator: 'onTimeOrInTime', denominator: 'resolvedOrInProgress' },
  full_online_dossiers: {
    kind: 'dossiers',
    numerator: 'receivedOnlineOfFullOnline',
    denominator: 'receivedOfFullOnline',
  },
  online_dossiers_of_online_procedures: {
    kind: 'dossiers',
    numerator: 'receivedOnlineOfOnline',
    denominator: 'receivedOfOnline',
  },
  online_channel_share: { kind: 'dossiers', numerator: 'receivedOnline', denominator: 'received' },
  electronic_results: { kind: 'dossiers', numerator: 'returnedElectronic', denominator: 'returned' },
  procedures_offered_online: { kind: 'procedures', numerator: 'online', denominator: 'all' },
};

const unitRef = (scope: ResolvedScope) => ({
  id: scope.unit.id,
  code: scope.unit.code,
  name: scope.unit.name,
  levelCode: scope.unit.levelCode,
});

function inputOf(set: FormulaSet, indicatorKey: string): InputKey | null {
  for (const group of set.groups) {
    for (const indicator of group.indicators) if (indicator.key === indicatorKey) return indicator.input;
  }
  return null;
}

/** The index of a scope as the API answers it, with links from each indicator to what it counts. */
export async function indexView(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  now: Date,
): Promise<ServiceIndexDto> {
  const { set, result, band, rank } = await serviceIndex(db, config, scope, now);
  return {
    period: scope.period,
    unit: unitRef(scope),
    formulaSet: formulaSetInfo(set),
    scopeKind: result.scopeKind,
    points: roundPoints(result.points),
    max: result.max,
    nominalMax: result.nominalMax,
    percentOfComputed: percentOfComputed(result.points, result.max),
    band: band ? { key: band.key, labelVi: band.labelVi, labelEn: band.labelEn } : null,
    rank,
    groups: result.groups.map((g) => ({
      key: g.key,
      code: g.code,
      nameVi: g.nameVi,
      nameEn: g.nameEn,
      points: roundPoints(g.points),
      max: g.max,
      nominalMax: g.nominalMax,
      indicators: g.indicators.map((i) => {
        const input = inputOf(set, i.key);
        return {
          ...i,
          points: i.points === null ? null : roundPoints(i.points),
          link: i.status === 'ok' && input ? (LINKS[input] ?? null) : null,
        };
      }),
    })),
  };
}

/** The index in the national portal's reporting shape. */
export function portalView(scope: ResolvedScope, result: IndexResult): z.infer<typeof ZPortalIndex> {
  const shape = toPortalShape(result);
  return {
    period: scope.period,
    unitCode: scope.unit.code,
    score: roundPoints(result.points),
    maxScore: result.max,
    groups: shape.groups.map((g) => ({ ...g, metrics: [...g.metrics] })),
  };
}

const MAX_GAINS = 8;

/**
 * "Where the points are": for each unit under the scope, its late and overdue dossiers had they
 * been on time; for each procedure not offered online that received dossiers, offering it.
 */
export async function gainsView(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  now: Date,
): Promise<z.infer<typeof ZIndexGains>> {
  const { set, result, data } = await serviceIndex(db, config, scope, now);
  const policy = countingPolicyOf(config);
  const base = {
    provinceCode: config.PROVINCE_CODE,
    unitIds: scope.unitIds,
    period: scope.period,
    liveAt: scope.liveAt,
  };
  const [byUnit, byProcedure] = await Promise.all([
    countGroups(db, { ...base, groupBy: ['unit'] }),
    countGroups(db, { ...base, groupBy: ['procedure'] }),
  ]);
  const unitNames = new Map(scope.units.map((u) => [u.id, u.name]));
  const candidates: GainCandidate[] = [];
  const links = new Map<string, NonNullable<z.infer<typeof ZIndexGains>['items'][number]['link']>>();
  for (const [unitId, counts] of byUnit) {
    const f = reportFigures(counts, policy);
    const misses = f.resolvedLate + f.inProgressOverdue;
    if (misses === 0) continue;
    const id = `late:${unitId}`;
    candidates.push({
      id,
      label: `${misses} hồ sơ trễ hạn, quá hạn của ${unitNames.get(unitId) ?? unitId}`,
      input: 'processing_on_time',
      numeratorDelta: misses,
      denominatorDelta: 0,
    });
    links.set(id, { kind: 'dossiers', query: { by: 'unit', group: unitId, figure: 'resolvedLate' } });
  }
  const offers = new Map(data.offers.map((o) => [o.procedureId, o]));
  const offersInScope = data.offers.length;
  for (const [procedureId, counts] of byProcedure) {
    const offer = offers.get(procedureId);
    const f = reportFigures(counts, policy);
    if (offer?.online !== 'none' || f.received === 0 || offersInScope === 0) continue;
    const id = `online:${procedureId}`;
    candidates.push({
      id,
      label: `Cung cấp trực tuyến thủ tục ${offer.code} ${offer.name} (${f.received} hồ sơ trong kỳ)`,
      input: 'procedures_offered_online',
      numeratorDelta: 1,
      denominatorDelta: 0,
    });
    links.set(id, { kind: 'procedures', query: { filter: 'not_online' } });
  }
  const gains = largestGains(set, inputsOf(data), result.scopeKind, candidates, MAX_GAINS);
  return {
    period: scope.period,
    unit: unitRef(scope),
    points: roundPoints(result.points),
    items: gains.map((g) => ({
      id: g.candidate.id,
      labelVi: g.candidate.label,
      labelEn: englishLabel(g.candidate),
      gain: roundPoints(g.gain),
      pointsAfter: roundPoints(g.pointsAfter),
      link: links.get(g.candidate.id) ?? null,
    })),
  };
}

function englishLabel(candidate: GainCandidate): string {
  if (candidate.id.startsWith('late:')) {
    return candidate.label.replace(/^(\d+) hồ sơ trễ hạn, quá hạn của /, '$1 late or overdue dossiers of ');
  }
  return candidate.label
    .replace(/^Cung cấp trực tuyến thủ tục /, 'Offer online: ')
    .replace(/ hồ sơ trong kỳ\)$/, ' dossiers in the period)');
}

/** The procedures of a scope an index indicator counts, with the dossiers each received in the period. */
export async function proceduresView(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  now: Date,
  request: { filter: 'all' | 'online' | 'full_online' | 'not_online'; limit: number; offset: number },
): Promise<z.infer<typeof ZProcedureDrill>> {
  const { data } = await serviceIndex(db, config, scope, now);
  const counts = await countGroups(db, {
    provinceCode: config.PROVINCE_CODE,
    unitIds: scope.unitIds,
    period: scope.period,
    groupBy: ['procedure'],
    liveAt: scope.liveAt,
  });
  const policy = countingPolicyOf(config);
  const keep = {
    all: () => true,
    online: (o: string) => o !== 'none',
    full_online: (o: string) => o === 'full',
    not_online: (o: string) => o === 'none',
  }[request.filter];
  const rows = data.offers
    .filter((o) => keep(o.online))
    .map((o) => {
      const c = counts.get(o.procedureId);
      return {
        id: o.procedureId,
        code: o.code,
        name: o.name,
        online: o.online,
        received: c ? reportFigures(c, policy).received : 0,
      };
    })
    .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code));
  return { total: rows.length, items: rows.slice(request.offset, request.offset + request.limit) };
}

/** Departments or communes ranked on the index of a scope's period (competition ranking). */
export async function rankingView(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  scope: ResolvedScope,
  among: 'department' | 'commune',
): Promise<IndexRankingDto> {
  const { set, ranked } = await rankIndex(
    deps.db,
    deps.config,
    scope.units,
    scope.period,
    among,
    deps.clock.now(),
    scope.liveAt,
  );
  return {
    period: scope.period,
    formulaSetId: set.id,
    among,
    units: ranked.map((entry) => ({
      unit: {
        id: entry.unit.id,
        code: entry.unit.code,
        name: entry.unit.name,
        levelCode: entry.unit.levelCode,
      },
      points: roundPoints(entry.result.points),
      max: entry.result.max,
      percentOfComputed: percentOfComputed(entry.result.points, entry.result.max),
      rank: entry.rank,
      band: entry.band
        ? { key: entry.band.key, labelVi: entry.band.labelVi, labelEn: entry.band.labelEn }
        : null,
      onTimeRate: onTimeRate(entry.figures),
      received: entry.figures.received,
    })),
  };
}
