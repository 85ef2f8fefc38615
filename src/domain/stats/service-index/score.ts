/**
 * Scores one unit's inputs with one formula set: per indicator, per group and in total, keeping
 * "no data" and "not applicable" apart from zero, and the points over which the score is computed
 * (`max`) apart from the set's full maximum (`nominalMax`). Raw values; round only to present.
 */
import type { FormulaSet, FormulaSetId, IndicatorFormula, IndicatorGroup, ScopeKind } from './formula-types';
import { assertValidCounts, type IndexInputs, rateOf } from './inputs';

export type IndicatorStatus = 'ok' | 'no_data' | 'not_applicable';

export interface IndicatorResult {
  readonly key: string;
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly status: IndicatorStatus;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The scored rate R (for a complement rate, 1 − numerator / denominator); null on 0/0. */
  readonly ratio: number | null;
  readonly target: number | null;
  readonly points: number | null;
  /** The indicator's own maximum, whatever its status. */
  readonly max: number;
}

export interface GroupResult {
  readonly key: string;
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Sum of the points of the indicators with status 'ok'. */
  readonly points: number;
  /** Sum of the maxima of the indicators with status 'ok': the points the score is computed over. */
  readonly max: number;
  /** The group's full maximum in the formula set. */
  readonly nominalMax: number;
  readonly indicators: readonly IndicatorResult[];
}

export interface IndexResult {
  readonly formulaSetId: FormulaSetId;
  readonly scopeKind: ScopeKind;
  readonly points: number;
  readonly max: number;
  /** The set's full maximum (100). */
  readonly nominalMax: number;
  readonly groups: readonly GroupResult[];
}

/** Points of a rate: max × min(1, R / target), or max × min(1, R) without a target. */
export function pointsOfRate(formula: Pick<IndicatorFormula, 'max' | 'target'>, ratio: number): number {
  return formula.max * Math.min(1, formula.target === null ? ratio : ratio / formula.target);
}

function scoreIndicator(formula: IndicatorFormula, inputs: IndexInputs, scope: ScopeKind): IndicatorResult {
  const { key, code, nameVi, nameEn, target, max } = formula;
  const base = { key, code, nameVi, nameEn, target, max };
  const empty = { numerator: null, denominator: null, ratio: null, points: null };
  if (!formula.appliesTo.includes(scope)) return { ...base, ...empty, status: 'not_applicable' };
  const counts = inputs[formula.input] ?? null; // a key missing at run time is no data too
  if (counts === null) return { ...base, ...empty, status: 'no_data' };
  assertValidCounts(counts, formula.rate, formula.input);
  const { numerator, denominator } = counts;
  if (denominator === 0) {
    if (formula.whenDenominatorZero === 'no_data') return { ...base, ...empty, status: 'no_data' };
    return { ...base, status: 'ok', numerator, denominator, ratio: null, points: max };
  }
  const ratio = rateOf(counts, formula.rate, formula.input);
  return { ...base, status: 'ok', numerator, denominator, ratio, points: pointsOfRate(formula, ratio) };
}

function scoreGroup(group: IndicatorGroup, inputs: IndexInputs, scope: ScopeKind): GroupResult {
  const indicators = group.indicators.map((formula) => scoreIndicator(formula, inputs, scope));
  let points = 0;
  let max = 0;
  for (const result of indicators) {
    if (result.status !== 'ok' || result.points === null) continue;
    points += result.points;
    max += result.max;
  }
  const { key, code, nameVi, nameEn } = group;
  return { key, code, nameVi, nameEn, points, max, nominalMax: group.max, indicators };
}

/** The index of one unit (a province, a department or a commune) for one period's inputs. */
export function computeIndex(set: FormulaSet, inputs: IndexInputs, scopeKind: ScopeKind): IndexResult {
  const groups = set.groups.map((group) => scoreGroup(group, inputs, scopeKind));
  return {
    formulaSetId: set.id,
    scopeKind,
    points: sum(groups.map((g) => g.points)),
    max: sum(groups.map((g) => g.max)),
    nominalMax: sum(set.groups.map((g) => g.max)),
    groups,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Points rounded to 2 decimals, half away from zero, on the number's shortest decimal form (so
 * 1.005 gives 1.01, not 1.00 as `Math.round(1.005 * 100) / 100` does). For presentation only.
 */
export function roundPoints(points: number): number {
  if (!Number.isFinite(points)) return points;
  const [mantissa, exponent] = Math.abs(points).toExponential().split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + 2}`));
  const rounded = Number(`${shifted}e-2`);
  return points < 0 ? -rounded : rounded;
}

/** The percentage of the points the score is computed over; null when nothing could be computed. */
export function percentOfComputed(points: number, max: number): number | null {
  return max > 0 ? (points / max) * 100 : null;
}

/** One metric as the national portal's reporting API answers it. */
export interface PortalMetric {
  readonly code: string;
  readonly name: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly ratio: number | null;
  readonly score: number | null;
  readonly maxScore: number;
}

export interface PortalGroup {
  readonly code: string;
  readonly name: string;
  readonly score: number;
  readonly maxScore: number;
  readonly metrics: readonly PortalMetric[];
}

export interface PortalShape {
  readonly groups: readonly PortalGroup[];
}

/**
 * The result in the portal's reporting shape (domain.md §9), so tools written for the portal read
 * ours: Vietnamese names, ratio as a fraction, scores rounded with `roundPoints`, a group's
 * `maxScore` the points it is computed over, and null where there is no data or it does not apply.
 */
export function toPortalShape(result: IndexResult): PortalShape {
  return {
    groups: result.groups.map((group) => ({
      code: group.code,
      name: group.nameVi,
      score: roundPoints(group.points),
      maxScore: group.max,
      metrics: group.indicators.map((indicator) => ({
        code: indicator.code,
        name: indicator.nameVi,
        numerator: indicator.numerator,
        denominator: indicator.denominator,
        ratio: indicator.ratio,
        score: indicator.points === null ? null : roundPoints(indicator.points),
        maxScore: indicator.max,
      })),
    })),
  };
}
