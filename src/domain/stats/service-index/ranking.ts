/**
 * Ranking units on the service index and naming the band of a score. Units are ranked on `points`
 * as computed, not on points / max: the portal ranks on points, and a unit with no data for an
 * indicator should not climb by having less counted. `percentOfComputed` is shown beside it.
 */
import { ServiceIndexError } from './errors';
import { percentOfComputed, roundPoints } from './score';

export interface RankEntry {
  readonly unitId: string;
  readonly points: number;
  readonly max: number;
}

export interface RankedUnit extends RankEntry {
  /** Competition rank: 1, 2, 2, 4. */
  readonly rank: number;
  /** points / max × 100; null when nothing could be computed (max 0). */
  readonly percentOfComputed: number | null;
}

/**
 * Competition ranking ("1, 2, 2, 4") by points, highest first, comparing points rounded to 2
 * decimals so that floating noise does not split a tie; ties are listed by unit id.
 */
export function rankUnits(entries: readonly RankEntry[]): readonly RankedUnit[] {
  for (const entry of entries) assertFinite(entry.points, entry.unitId);
  const sorted = entries
    .map((entry) => ({ entry, shown: roundPoints(entry.points) }))
    .sort((a, b) => b.shown - a.shown || compareIds(a.entry.unitId, b.entry.unitId));
  const ranked: RankedUnit[] = [];
  sorted.forEach(({ entry, shown }, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && roundPoints(previous.points) === shown;
    ranked.push({
      ...entry,
      rank: tied ? previous.rank : index + 1,
      percentOfComputed: percentOfComputed(entry.points, entry.max),
    });
  });
  return ranked;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertFinite(points: number, unitId: string): void {
  if (!Number.isFinite(points)) {
    throw new ServiceIndexError(
      'invalid_input',
      `unit ${unitId} has no finite points`,
      `đơn vị ${unitId} không có điểm hợp lệ`,
    );
  }
}

export type BandKey = 'good' | 'fair' | 'average' | 'weak';

export interface Band {
  readonly key: BandKey;
  /** The lowest points (rounded to 2 decimals) in the band. */
  readonly minPoints: number;
  readonly labelVi: string;
  readonly labelEn: string;
}

/**
 * Rating bands. Only "Tốt from 80 points" is known (domain.md §9); the official cut-offs for Khá,
 * Trung bình and Yếu were not found, so 65 and 50 are our assumption. Configurable: pass your own.
 */
export const DEFAULT_BANDS: readonly Band[] = [
  { key: 'good', minPoints: 80, labelVi: 'Tốt', labelEn: 'Good' },
  { key: 'fair', minPoints: 65, labelVi: 'Khá', labelEn: 'Fair' },
  { key: 'average', minPoints: 50, labelVi: 'Trung bình', labelEn: 'Average' },
  { key: 'weak', minPoints: Number.NEGATIVE_INFINITY, labelVi: 'Yếu', labelEn: 'Weak' },
];

/**
 * The band of a score: the one with the highest `minPoints` at or below the points rounded to 2
 * decimals (79.995 is shown as 80.00, so it is Tốt). Throws `invalid_bands` if no band covers it.
 */
export function bandOf(points: number, bands: readonly Band[] = DEFAULT_BANDS): Band {
  const shown = roundPoints(points);
  let best: Band | undefined;
  for (const band of bands) {
    if (band.minPoints <= shown && (best === undefined || band.minPoints > best.minPoints)) best = band;
  }
  if (best === undefined) {
    throw new ServiceIndexError(
      'invalid_bands',
      `no rating band covers ${points} points`,
      `không có mức xếp loại nào cho ${points} điểm`,
    );
  }
  return best;
}
