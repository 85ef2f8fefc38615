import type { DbOrTx } from '../db/client';

/** A measured value of a reform metric: a share, with what it was counted from. */
export interface MetricValue {
  /** Percent with two decimals (hundredths kept exact as an integer count of basis points / 100). */
  readonly percent: number;
  readonly numerator: number;
  readonly denominator: number;
  /** The last day counted (the year's end, or today in the running year). */
  readonly asOf: string;
}

/**
 * A figure the system computes that a reform target may be linked to (domain.md §10). Each module
 * contributes the metrics its data measures; a metric whose capability has not landed yet has no
 * `measure` and shows "no data yet".
 */
export interface ReformMetric {
  readonly code: string;
  readonly titleVi: string;
  readonly titleEn: string;
  /** The module that measures it (or will). */
  readonly source: 'statistics' | 'catalog' | 'reform' | 'payments' | 'digitisation' | 'feedback';
  /** The year's value up to `asOf` (null: nothing to count). */
  readonly measure:
    | ((
        db: DbOrTx,
        ctx: { readonly provinceCode: string; readonly year: number; readonly now: Date },
      ) => Promise<MetricValue | null>)
    | null;
  /**
   * The same figure for one unit (its own and its children's), where the module can count it; a
   * metric without it is measured province-wide only.
   */
  readonly measureUnit?: (
    db: DbOrTx,
    ctx: {
      readonly provinceCode: string;
      readonly year: number;
      readonly now: Date;
      readonly unitId: string;
    },
  ) => Promise<MetricValue | null>;
}

/** A share in percent with two decimals, rounded half up, from integer counts. */
export function shareValue(numerator: number, denominator: number, asOf: string): MetricValue | null {
  if (denominator <= 0) return null;
  const basisPoints = Math.floor((numerator * 10_000) / denominator + 0.5);
  return { percent: basisPoints / 100, numerator, denominator, asOf };
}
