/**
 * The shape of the national service index's formulas (Decision 766/QĐ-TTg) as data. Every
 * indicator scores one rate R of one input:
 *   points = max × min(1, R / target)   (no target: max × R)
 * The portal's "k·R capped at max" parts are the same thing with target = max / k (min(2, 2.5·B) is
 * 2 × min(1, B / 0.8)), so no indicator needs code of its own (domain.md §9).
 */
import type { InputKey, RateKind } from './inputs';

export type ScopeKind = 'province' | 'department' | 'commune';
export const SCOPE_KINDS: readonly ScopeKind[] = ['province', 'department', 'commune'];

export type FormulaSetId = '766-2022' | 'portal-2025';

export type GroupKey =
  | 'publicity'
  | 'processing'
  | 'online_service'
  | 'online_payment'
  | 'satisfaction'
  | 'digitization';

export interface IndicatorFormula {
  /** The measured quantity; the same key means the same quantity in every set. */
  readonly key: string;
  /** Short display code; one code names one key in every set and is never reused for another. */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly max: number;
  /** R at which the indicator reaches full points, as a fraction; null = max × R. */
  readonly target: number | null;
  readonly appliesTo: readonly ScopeKind[];
  /** A unit with nothing to count: "no data", or full points (e.g. no feedback received). */
  readonly whenDenominatorZero: 'no_data' | 'full_points';
  readonly input: InputKey;
  /** 'complement' scores 1 − numerator / denominator (a rate of failures). */
  readonly rate: RateKind;
}

export interface IndicatorGroup {
  readonly key: GroupKey;
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** The sum of the indicators' maxima (checked by a test). */
  readonly max: number;
  readonly indicators: readonly IndicatorFormula[];
}

export interface FormulaSet {
  readonly id: FormulaSetId;
  readonly nameVi: string;
  readonly nameEn: string;
  /** The legal or technical source, as cited in reports. */
  readonly source: string;
  /** First and last day (both included) the set is in force; null = open-ended. */
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  /** How far the formulas can be trusted; print it beside every score computed with them. */
  readonly notes: string;
  readonly groups: readonly IndicatorGroup[];
}

type IndicatorDraft = Pick<IndicatorFormula, 'code' | 'nameVi' | 'nameEn' | 'max' | 'input'> &
  Partial<IndicatorFormula>;

/** An indicator keyed by its input; defaults: direct rate, no target, every scope, "no data" on 0/0. */
export function indicator(draft: IndicatorDraft): IndicatorFormula {
  return {
    key: draft.input,
    target: null,
    appliesTo: SCOPE_KINDS,
    whenDenominatorZero: 'no_data',
    rate: 'direct',
    ...draft,
  };
}
