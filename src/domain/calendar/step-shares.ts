import { CalendarError } from './errors';

/**
 * Splits a total time (in whole working minutes) into per-step budgets in proportion to `shares`
 * (weights, e.g. the workflow's percentages), as whole minutes summing exactly to the total.
 * Largest-remainder method: each step gets the floor of its exact share, and the minutes left over
 * go to the largest fractions, earlier steps first on ties.
 */
export function splitIntoStepShares(totalMinutes: number, shares: readonly number[]): readonly number[] {
  if (!Number.isInteger(totalMinutes) || totalMinutes < 0) {
    throw new CalendarError('invalid_shares', `the total must be whole minutes ≥ 0, got ${totalMinutes}`);
  }
  if (shares.length === 0 || shares.some((s) => !Number.isFinite(s) || s < 0)) {
    throw new CalendarError('invalid_shares', 'shares must be a non-empty list of finite weights ≥ 0');
  }
  const weight = shares.reduce((sum, s) => sum + s, 0);
  if (weight <= 0) throw new CalendarError('invalid_shares', 'at least one share must be positive');
  const exact = shares.map((s) => (totalMinutes * s) / weight);
  const result = exact.map(Math.floor);
  let left = totalMinutes - result.reduce((sum, m) => sum + m, 0);
  const byFraction = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction) {
    if (left <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  return result;
}
