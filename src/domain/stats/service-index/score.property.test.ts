import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_SETS } from './formulas';
import { INPUT_KEYS, type IndexInputs, type InputKey, type RateCounts } from './inputs';
import { computeIndex } from './score';

const rateCounts: fc.Arbitrary<RateCounts> = fc
  .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 100_000 }))
  .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));

const anyInputs: fc.Arbitrary<IndexInputs> = fc.record(
  Object.fromEntries(INPUT_KEYS.map((key) => [key, fc.option(rateCounts, { nil: null })])) as Record<
    InputKey,
    fc.Arbitrary<RateCounts | null>
  >,
);

const anySet = fc.constantFrom(...FORMULA_SETS);
const anyScope = fc.constantFrom('province' as const, 'department' as const, 'commune' as const);

describe('the index for any counts with numerator ≤ denominator', () => {
  it('keeps every indicator, group and total within [0, max], and max within the nominal maximum', () => {
    fc.assert(
      fc.property(anySet, anyInputs, anyScope, (set, inputs, scope) => {
        const result = computeIndex(set, inputs, scope);
        for (const group of result.groups) {
          for (const i of group.indicators) {
            if (i.status !== 'ok') {
              expect(i.points).toBeNull();
              continue;
            }
            expect(i.points).toBeGreaterThanOrEqual(0);
            expect(i.points).toBeLessThanOrEqual(i.max);
          }
          expect(group.points).toBeGreaterThanOrEqual(0);
          expect(group.points).toBeLessThanOrEqual(group.max + 1e-9);
          expect(group.max).toBeLessThanOrEqual(group.nominalMax);
        }
        expect(result.points).toBeGreaterThanOrEqual(0);
        expect(result.points).toBeLessThanOrEqual(result.max + 1e-9);
        expect(result.max).toBeLessThanOrEqual(result.nominalMax);
        expect(result.nominalMax).toBe(100);
      }),
    );
  });

  it('never loses points when one more of a direct rate’s units succeeds', () => {
    fc.assert(
      fc.property(anySet, anyInputs, anyScope, fc.constantFrom(...INPUT_KEYS), (set, inputs, scope, key) => {
        const counts = inputs[key];
        fc.pre(key !== 'dossier_satisfaction' && counts !== null && counts.numerator < counts.denominator);
        if (counts === null) return;
        const better = { ...inputs, [key]: { ...counts, numerator: counts.numerator + 1 } };
        expect(computeIndex(set, better, scope).points).toBeGreaterThanOrEqual(
          computeIndex(set, inputs, scope).points - 1e-9,
        );
      }),
    );
  });
});
