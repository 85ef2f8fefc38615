import { describe, expect, it } from 'vitest';
import { ServiceIndexError } from './errors';
import { FORMULA_SET_766_2022 as SET } from './formulas';
import { type GainCandidate, largestGains, pointsGainIf } from './gains';
import { computeIndex } from './score';
import { counts, inputsWith } from './test-factories';

const inputs = inputsWith({
  processing_on_time: counts(990, 1_000), // 19.8 of 20
  dossier_satisfaction: counts(10, 1_000), // R 0.99, full 6
  full_online_dossiers: counts(600, 1_000), // 7.2 of 12
  pakn_on_time: counts(0, 0), // full 6
  dossiers_paid_online: counts(250, 1_000), // 1.5 of 6
});

const candidate = (
  id: string,
  input: GainCandidate['input'],
  numeratorDelta: number,
  denominatorDelta = 0,
  alsoChanges: GainCandidate['alsoChanges'] = [],
): GainCandidate => ({ id, label: id, input, numeratorDelta, denominatorDelta, alsoChanges });

describe('pointsGainIf', () => {
  it('gives the total after replacing one input, and the gain: 10 more on time of 1,000 is 0.2 points', () => {
    const whatIf = pointsGainIf(SET, inputs, 'department', {
      input: 'processing_on_time',
      numerator: 1_000,
      denominator: 1_000,
    });
    expect(whatIf.pointsBefore).toBeCloseTo(19.8 + 6 + 7.2 + 6 + 1.5, 9);
    expect(whatIf.pointsAfter).toBeCloseTo(20 + 6 + 7.2 + 6 + 1.5, 9);
    expect(whatIf.gain).toBeCloseTo(0.2, 9);
  });

  it('counts a loss as a negative gain: the first late feedback costs the full points of no feedback', () => {
    const whatIf = pointsGainIf(SET, inputs, 'department', {
      input: 'pakn_on_time',
      numerator: 0,
      denominator: 1,
    });
    expect(whatIf.gain).toBeCloseTo(-6, 9);
  });

  it('leaves the inputs it was given untouched', () => {
    pointsGainIf(SET, inputs, 'department', { input: 'processing_on_time', numerator: 0, denominator: 1 });
    expect(inputs.processing_on_time).toEqual(counts(990, 1_000));
  });
});

describe('largestGains', () => {
  const candidates: readonly GainCandidate[] = [
    // the 10 late dossiers of department X had been on time: +0.2 processing, satisfaction already full
    candidate('late-dossiers-of-x', 'processing_on_time', 10, 0, [
      { input: 'dossier_satisfaction', numeratorDelta: -10, denominatorDelta: 0 },
    ]),
    // 100 more dossiers of procedure Y submitted fully online: 12 × 100 / 1,000 = +1.2
    candidate('procedure-y-online', 'full_online_dossiers', 100),
    // 50 more paid online: 6 × 50 / 1,000 = +0.3
    candidate('payment-z', 'dossiers_paid_online', 50),
    // the same +0.3 under another id: ties are listed by id
    candidate('payment-a', 'dossiers_paid_online', 50),
    candidate('no-change', 'pakn_on_time', 0),
    candidate('no-data-for-it', 'electronic_results', 5, 5),
    candidate('a-loss', 'processing_on_time', 0, 10),
  ];

  it('lists the candidates by points gained, largest first, without zero gains, losses or no data', () => {
    const gains = largestGains(SET, inputs, 'department', candidates, 10);
    expect(gains.map((g) => g.candidate.id)).toEqual([
      'procedure-y-online',
      'payment-a',
      'payment-z',
      'late-dossiers-of-x',
    ]);
    expect(gains.map((g) => g.gain)).toEqual([
      expect.closeTo(1.2, 9),
      expect.closeTo(0.3, 9),
      expect.closeTo(0.3, 9),
      expect.closeTo(0.2, 9),
    ]);
    const before = computeIndex(SET, inputs, 'department').points;
    expect(gains[0]?.pointsAfter).toBeCloseTo(before + 1.2, 9);
  });

  it('stops at the limit', () => {
    expect(largestGains(SET, inputs, 'department', candidates, 1).map((g) => g.candidate.id)).toEqual([
      'procedure-y-online',
    ]);
    expect(largestGains(SET, inputs, 'department', candidates, 0)).toEqual([]);
  });

  it('refuses a change that makes more successes than cases', () => {
    expect(() =>
      largestGains(SET, inputs, 'department', [candidate('too-many', 'processing_on_time', 11)], 5),
    ).toThrow(ServiceIndexError);
  });

  it('refuses a limit that is not a whole number', () => {
    expect(() => largestGains(SET, inputs, 'department', candidates, -1)).toThrow(ServiceIndexError);
  });
});
