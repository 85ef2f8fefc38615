import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './errors';
import { splitIntoStepShares } from './step-shares';

describe('splitIntoStepShares', () => {
  it.each([
    [480 * 10, [20, 60, 20], [960, 2880, 960]],
    [100, [1, 1, 1], [34, 33, 33]],
    [7, [1, 2], [2, 5]],
    [0, [1, 1], [0, 0]],
    [10, [0, 1], [0, 10]],
  ])('splits %i minutes by %j into %j', (total, shares, expected) => {
    expect(splitIntoStepShares(total, shares)).toEqual(expected);
  });

  it.each([
    ['a fractional total', 10.5, [1]],
    ['a negative total', -1, [1]],
    ['no steps', 10, []],
    ['only zero shares', 10, [0, 0]],
    ['a negative share', 10, [2, -1]],
  ])('refuses %s', (_, total, shares) => {
    expect(() => splitIntoStepShares(total, shares)).toThrow(CalendarError);
  });

  it('always sums exactly to the total, each step within one minute of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((s) => s.some((x) => x > 0)),
        (total, shares) => {
          const split = splitIntoStepShares(total, shares);
          const weight = shares.reduce((a, b) => a + b, 0);
          expect(split.reduce((a, b) => a + b, 0)).toBe(total);
          split.forEach((minutes, i) => {
            expect(Number.isInteger(minutes)).toBe(true);
            expect(Math.abs(minutes - (total * (shares[i] ?? 0)) / weight)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
