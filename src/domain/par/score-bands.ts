import {
  assertDistinctUnits,
  makeProblem,
  ParError,
  type ParProblem,
  type ProblemCatalogue,
  toHundredths,
  totalHundredths,
} from './scoring';

/** A classification band (xếp loại): a score at or above `minScore` and below the next band's. */
export interface ScoreBand {
  readonly code: string;
  readonly minScore: number;
}

/** Bands are on the 100-point scale the criteria trees use (totals are rescaled to it). */
export const BAND_SCALE_MAX = 100;

/**
 * The demo year's bands. Bands are set per year in the province's decision approving the PAR
 * index, so they are configuration, not law; many provinces use Xuất sắc ≥ 90 and Tốt 80–< 90 and
 * differ below that.
 */
export const DEMO_SCORE_BANDS: readonly ScoreBand[] = [
  { code: 'xuat_sac', minScore: 90 }, // Xuất sắc
  { code: 'tot', minScore: 80 }, // Tốt
  { code: 'kha', minScore: 70 }, // Khá
  { code: 'trung_binh', minScore: 50 }, // Trung bình
  { code: 'yeu', minScore: 0 }, // Yếu
];

export type BandProblemCode =
  | 'no_bands'
  | 'blank_code'
  | 'duplicate_code'
  | 'invalid_min'
  | 'duplicate_min'
  | 'no_zero_band';

export type BandProblem = ParProblem<BandProblemCode>;

/** What each problem says: {c} is the band, {other} the band it clashes with. */
export const BAND_PROBLEM_TEXT: ProblemCatalogue<BandProblemCode> = {
  no_bands: { vi: 'Chưa có mức xếp loại nào', en: 'No classification bands are set' },
  blank_code: { vi: 'Mức xếp loại chưa có mã', en: 'A band has no code' },
  duplicate_code: { vi: 'Mã xếp loại {c} bị trùng', en: 'Band code {c} is repeated' },
  invalid_min: {
    vi: `Điểm sàn của mức {c} phải từ 0 đến ${BAND_SCALE_MAX}, tối đa 2 chữ số thập phân`,
    en: `The minimum of band {c} must be 0 to ${BAND_SCALE_MAX} with at most 2 decimals`,
  },
  duplicate_min: {
    vi: 'Mức {c} và {other} có cùng điểm sàn',
    en: 'Bands {c} and {other} have the same minimum',
  },
  no_zero_band: { vi: 'Cần một mức xếp loại từ 0 điểm', en: 'A band must start at 0' },
};

const problem = (code: BandProblemCode, subject?: string, values?: Readonly<Record<string, string>>) =>
  makeProblem(BAND_PROBLEM_TEXT, code, subject, values);

/** Every problem of a year's bands, in any order; empty when every score from 0 to 100 has a band. */
export function validateScoreBands(bands: readonly ScoreBand[]): readonly BandProblem[] {
  if (bands.length === 0) return [problem('no_bands')];
  const problems: BandProblem[] = [];
  const codes = new Set<string>();
  const mins = new Map<number, string>();
  for (const band of bands) {
    const c = band.code;
    if (c.trim() === '') problems.push(problem('blank_code', c));
    else if (codes.has(c)) problems.push(problem('duplicate_code', c));
    codes.add(c);
    const min = toHundredths(band.minScore);
    if (min === null || min < 0 || min > BAND_SCALE_MAX * 100) {
      problems.push(problem('invalid_min', c));
      continue;
    }
    const other = mins.get(min);
    if (other !== undefined) problems.push(problem('duplicate_min', c, { other }));
    mins.set(min, c);
  }
  // Without a band at 0 the lowest scores would have no classification at all.
  if (!mins.has(0)) problems.push(problem('no_zero_band'));
  return problems;
}

/** The band with the highest minimum not above the score (90 → xuat_sac, 89.99 → tot); any order of bands. */
export function classify(score: number, bands: readonly ScoreBand[]): string {
  if (!Number.isFinite(score)) {
    throw new ParError('invalid_total', `cannot classify ${score}`, `Không xếp loại được điểm ${score}`);
  }
  let best: ScoreBand | null = null;
  for (const band of bands) {
    if (band.minScore <= score && (best === null || band.minScore > best.minScore)) best = band;
  }
  if (best === null) {
    throw new ParError(
      'score_below_bands',
      `no band covers the score ${score}`,
      `Không có mức xếp loại nào cho điểm ${score}`,
    );
  }
  return best.code;
}

export interface RankedTotal {
  readonly unitId: string;
  readonly total: number;
  readonly rank: number;
}

export interface YearOnYear extends RankedTotal {
  readonly previousTotal: number | null;
  readonly previousRank: number | null;
  /** Current minus previous total, 2 decimals; null for a unit not ranked last year. */
  readonly totalDelta: number | null;
  /** Previous rank minus current rank: positive means the unit moved up the table. */
  readonly placesClimbed: number | null;
}

/**
 * Each current unit beside its result last year, in the current order. Units ranked only last year
 * (merged or dissolved) are left out: there is nothing to compare them with.
 */
export function compareWithLastYear(
  current: readonly RankedTotal[],
  previous: readonly RankedTotal[],
): readonly YearOnYear[] {
  assertDistinctUnits(current);
  assertDistinctUnits(previous);
  const before = new Map(previous.map((entry) => [entry.unitId, entry]));
  return current.map((entry): YearOnYear => {
    const last = before.get(entry.unitId);
    if (last === undefined) {
      return { ...entry, previousTotal: null, previousRank: null, totalDelta: null, placesClimbed: null };
    }
    // In hundredths, so 87.33 − 85.1 is 2.23 and not 2.2299999999999898.
    const delta = totalHundredths(entry.unitId, entry.total) - totalHundredths(last.unitId, last.total);
    return {
      ...entry,
      previousTotal: last.total,
      previousRank: last.rank,
      totalDelta: delta / 100,
      placesClimbed: last.rank - entry.rank,
    };
  });
}
