import type { ServiceIndexDto } from '../../../contracts/stats';
import { localDateOf } from '../../../domain/calendar/local-time';
import type { Period } from '../../../domain/stats/periods';
import { addFigures, type ReportFigures, reportFigures } from '../../../domain/stats/report-figures';
import type { FormulaSet, ScopeKind } from '../../../domain/stats/service-index/formula-types';
import { formulaSetFor } from '../../../domain/stats/service-index/formulas';
import { emptyInputs, type IndexInputs } from '../../../domain/stats/service-index/inputs';
import { type Band, bandOf, DEFAULT_BANDS, rankUnits } from '../../../domain/stats/service-index/ranking';
import { computeIndex, type IndexResult, percentOfComputed } from '../../../domain/stats/service-index/score';
import type { AppConfig } from '../../config';
import type { DbOrTx } from '../../db/client';
import {
  type ProcedureOffer,
  procedureOffersDecidedBy,
  procedureOffersOn,
} from '../catalog/procedure-labels';
import type { UnitSummary } from '../organisation/unit-tree';
import { countGroups } from './report-queries';
import { countingPolicyOf } from './standard-report';
import type { ResolvedScope } from './stats-scope';

type OnlineLevel = 'full' | 'partial' | 'none';

/** What the index of one scope is computed from: its report figures split by online offer, and its procedures. */
export interface IndexData {
  readonly byOnline: ReadonlyMap<OnlineLevel, ReportFigures>;
  readonly offers: readonly ProcedureOffer[];
}

const ZERO_FIGURES = addFigures([]);

const figuresOf = (data: IndexData, levels: readonly OnlineLevel[]) =>
  levels.map((l) => data.byOnline.get(l) ?? ZERO_FIGURES);
const sum = (rows: readonly ReportFigures[], f: (r: ReportFigures) => number) =>
  rows.reduce((s, r) => s + f(r), 0);

/**
 * The index inputs our data can give (inputs/ts names them all): processing progress, online
 * service and electronic results; the rest (publication, payment, feedback, digitization) stay
 * "no data" until their capability lands.
 */
export function inputsOf(data: IndexData): IndexInputs {
  const all = figuresOf(data, ['full', 'partial', 'none']);
  const full = figuresOf(data, ['full']);
  const online = figuresOf(data, ['full', 'partial']);
  const offered = data.offers.filter((o) => o.online !== 'none').length;
  return {
    ...emptyInputs(),
    processing_on_time: {
      numerator: sum(all, (f) => f.resolvedEarly + f.resolvedOnTime + f.inProgressInTime),
      denominator: sum(all, (f) => f.resolved + f.inProgress),
    },
    full_online_dossiers: {
      numerator: sum(full, (f) => f.receivedOnline),
      denominator: sum(full, (f) => f.received),
    },
    procedures_offered_online: { numerator: offered, denominator: data.offers.length },
    online_dossiers_of_online_procedures: {
      numerator: sum(online, (f) => f.receivedOnline),
      denominator: sum(online, (f) => f.received),
    },
    online_channel_share: {
      numerator: sum(all, (f) => f.receivedOnline),
      denominator: sum(all, (f) => f.received),
    },
    electronic_results: {
      numerator: sum(all, (f) => f.returnedElectronic),
      denominator: sum(all, (f) => f.returned),
    },
  };
}

/** Which indicators apply to a unit: the province, a provincial department, or local government. */
export function scopeKindOf(unit: UnitSummary): ScopeKind {
  if (unit.kind === 'province') return 'province';
  return unit.levelCode === 'province' ? 'department' : 'commune';
}

/** The day whose catalog the index reads: the period's last day, or today while it runs. */
const catalogDay = (period: Period, now: Date) => {
  const today = localDateOf(now.getTime());
  return period.to < today ? period.to : today;
};

/** Bands of the index, from configuration ("80,65,50": Tốt, Khá, Trung bình; below: Yếu). */
export function bandsOf(config: AppConfig): readonly Band[] {
  const cuts = config.STATS_INDEX_BANDS.split(',').map(Number);
  return DEFAULT_BANDS.map((band, i) =>
    i < cuts.length ? { ...band, minPoints: cuts[i] ?? band.minPoints } : band,
  );
}

/** Each unit's offers (the procedures it is competent to decide), in one pass over the offers. */
function offersByUnit(offers: readonly ProcedureOffer[]): Map<string, ProcedureOffer[]> {
  const out = new Map<string, ProcedureOffer[]>();
  for (const offer of offers) {
    for (const unitId of offer.unitIds) {
      const list = out.get(unitId);
      if (list) list.push(offer);
      else out.set(unitId, [offer]);
    }
  }
  return out;
}

/** The index data of every unit of a province for a period (one grouped query), and of the whole. */
async function indexDataByUnit(
  db: DbOrTx,
  config: AppConfig,
  period: Period,
  now: Date,
  liveAt: Date | null,
): Promise<{ byUnit: Map<string, IndexData>; offers: ProcedureOffer[] }> {
  const policy = countingPolicyOf(config);
  const [groups, offers] = await Promise.all([
    countGroups(db, {
      provinceCode: config.PROVINCE_CODE,
      unitIds: null,
      period,
      groupBy: ['unit', 'online'],
      liveAt,
    }),
    procedureOffersOn(db, config.PROVINCE_CODE, catalogDay(period, now)),
  ]);
  const offersOf = offersByUnit(offers);
  const byUnit = new Map<string, { byOnline: Map<OnlineLevel, ReportFigures>; offers: ProcedureOffer[] }>();
  // Every unit that decides procedures has index data, with dossiers or without.
  for (const [unitId, own] of offersOf) byUnit.set(unitId, { byOnline: new Map(), offers: own });
  for (const [key, counts] of groups) {
    const [unitId = '', online = 'none'] = key.split('|');
    let data = byUnit.get(unitId);
    if (!data) {
      data = { byOnline: new Map(), offers: [] };
      byUnit.set(unitId, data);
    }
    data.byOnline.set(online as OnlineLevel, reportFigures(counts, policy));
  }
  return { byUnit, offers };
}

/** The index data of one scope (its units together). */
export async function indexDataOf(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  now: Date,
): Promise<IndexData> {
  const policy = countingPolicyOf(config);
  const [groups, offers] = await Promise.all([
    countGroups(db, {
      provinceCode: config.PROVINCE_CODE,
      unitIds: scope.unitIds,
      period: scope.period,
      groupBy: ['online'],
      liveAt: scope.liveAt,
    }),
    procedureOffersDecidedBy(db, config.PROVINCE_CODE, catalogDay(scope.period, now), scope.unitIds),
  ]);
  const byOnline = new Map<OnlineLevel, ReportFigures>();
  for (const [key, counts] of groups) byOnline.set(key as OnlineLevel, reportFigures(counts, policy));
  return { byOnline, offers };
}

/** Which units a ranking compares: departments, or local government (districts and communes). */
const rankedKind = (among: 'department' | 'commune') => (u: UnitSummary) =>
  among === 'department' ? u.kind === 'department' : u.kind === 'commune' || u.kind === 'district';

const existedIn = (period: Period) => (u: UnitSummary) =>
  u.validFrom <= period.to && (u.validTo === null || u.validTo >= period.from);

export interface RankedIndex {
  readonly unit: UnitSummary;
  readonly result: IndexResult;
  readonly figures: ReportFigures;
  readonly rank: number;
  readonly band: Band | null;
}

const totalFigures = (data: IndexData | undefined) => addFigures(data ? [...data.byOnline.values()] : []);

/**
 * Units of one kind ranked on the index of a period. A unit with nothing to compute (no dossiers,
 * no procedures) is not ranked. Units are ranked on their points over the points computed, scaled
 * to 100, so a unit is not ranked down for an indicator the system cannot compute for it.
 */
export async function rankIndex(
  db: DbOrTx,
  config: AppConfig,
  units: readonly UnitSummary[],
  period: Period,
  among: 'department' | 'commune',
  now: Date,
  liveAt: Date | null,
): Promise<{ set: FormulaSet; ranked: RankedIndex[] }> {
  const set = formulaSetFor(period.to);
  const { byUnit } = await indexDataByUnit(db, config, period, now, liveAt);
  const bands = bandsOf(config);
  const candidates = units.filter(rankedKind(among)).filter(existedIn(period));
  const scored = candidates
    .map((unit) => {
      const data = byUnit.get(unit.id);
      const result = computeIndex(
        set,
        inputsOf(data ?? { byOnline: new Map(), offers: [] }),
        scopeKindOf(unit),
      );
      return { unit, result, figures: totalFigures(data) };
    })
    .filter((s) => s.result.max > 0);
  const ranks = rankUnits(
    scored.map((s) => ({
      unitId: s.unit.id,
      points: percentOfComputed(s.result.points, s.result.max) ?? 0,
      max: 100,
    })),
  );
  const rankOf = new Map(ranks.map((r) => [r.unitId, r.rank]));
  const ranked = scored
    .map((s) => {
      const percent = percentOfComputed(s.result.points, s.result.max);
      return {
        ...s,
        rank: rankOf.get(s.unit.id) ?? 0,
        band: percent === null ? null : bandOf(percent, bands),
      };
    })
    .sort((a, b) => a.rank - b.rank || a.unit.code.localeCompare(b.unit.code));
  return { set, ranked };
}

/** The index's formula set as the API names it. */
export function formulaSetInfo(set: FormulaSet): ServiceIndexDto['formulaSet'] {
  return {
    id: set.id,
    nameVi: set.nameVi,
    nameEn: set.nameEn,
    source: set.source,
    effectiveFrom: set.effectiveFrom,
    effectiveTo: set.effectiveTo,
    notes: set.notes,
  };
}

/** The index of a scope, with its band and its rank among units of its kind. */
export async function serviceIndex(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  now: Date,
): Promise<{
  set: FormulaSet;
  result: IndexResult;
  data: IndexData;
  band: Band | null;
  rank: { rank: number; of: number } | null;
}> {
  const set = formulaSetFor(scope.period.to);
  const data = await indexDataOf(db, config, scope, now);
  const result = computeIndex(set, inputsOf(data), scopeKindOf(scope.unit));
  const percent = percentOfComputed(result.points, result.max);
  const band = percent === null ? null : bandOf(percent, bandsOf(config));
  const kind = scopeKindOf(scope.unit);
  let rank: { rank: number; of: number } | null = null;
  if (kind !== 'province') {
    const among = kind === 'department' ? 'department' : 'commune';
    const { ranked } = await rankIndex(db, config, scope.units, scope.period, among, now, scope.liveAt);
    const mine = ranked.find((r) => r.unit.id === scope.unit.id);
    if (mine) rank = { rank: mine.rank, of: ranked.length };
  }
  return { set, result, data, band, rank };
}
