import { describe, expect, it } from 'vitest';
import { ServiceIndexError } from './errors';
import type { FormulaSet, ScopeKind } from './formula-types';
import { FORMULA_SET_766_2022 as SET_2022, FORMULA_SET_PORTAL_2025 as SET_2025 } from './formulas';
import type { IndexInputs, InputKey, RateCounts } from './inputs';
import { computeIndex, type IndicatorResult, percentOfComputed, roundPoints, toPortalShape } from './score';
import { counts, inputsWith } from './test-factories';

function indicatorOf(
  set: FormulaSet,
  inputs: IndexInputs,
  code: string,
  scope: ScopeKind = 'province',
): IndicatorResult | undefined {
  return computeIndex(set, inputs, scope)
    .groups.flatMap((g) => g.indicators)
    .find((i) => i.code === code);
}

const SETS = { '766-2022': SET_2022, 'portal-2025': SET_2025 } as const;
const one = (input: InputKey, given: RateCounts) => inputsWith({ [input]: given });

describe('one indicator, worked by hand', () => {
  it.each([
    // processing: (998 on time + 2 in progress in time) / 1,010 → R = 0.990099…, 20 × R = 19.8019…
    ['766-2022', 'TDGQ.1', 'processing_on_time', counts(998 + 2, 1_010), 0.9900990099, 19.801980198],
    ['766-2022', 'CKMB.1', 'procedures_published_on_time', counts(45, 50), 0.9, 5.4],
    ['766-2022', 'CKMB.4', 'dossiers_synced', counts(9_900, 10_000), 0.99, 5.94],
    ['766-2022', 'DVTT.1', 'full_online_dossiers', counts(600, 1_000), 0.6, 7.2],
    ['766-2022', 'TTTT.2', 'procedures_with_online_payments', counts(30, 40), 0.75, 1.5],
    ['766-2022', 'SHHS.1', 'electronic_results', counts(500, 1_000), 0.5, 3],
    // reuse of digitized data: 60% of a target of 80% → 2 × 0.75
    ['766-2022', 'SHHS.4', 'digitized_data_reused', counts(600, 1_000), 0.6, 1.5],
    // a target caps: 85% reuse is past 80%, full 2 points
    ['766-2022', 'SHHS.4', 'digitized_data_reused', counts(850, 1_000), 0.85, 2],
    // online service A: min(2, 2 × 0.6 / 0.8) = 1.5
    ['portal-2025', 'DVTT.2', 'procedures_offered_online', counts(300, 500), 0.6, 1.5],
    // online service B: 4 × 0.7
    ['portal-2025', 'DVTT.3', 'online_dossiers_of_online_procedures', counts(700, 1_000), 0.7, 2.8],
    // online service C: min(6, 6 × 0.4 / 0.5) = 4.8, and at 50% already full
    ['portal-2025', 'DVTT.4', 'online_channel_share', counts(400, 1_000), 0.4, 4.8],
    ['portal-2025', 'DVTT.4', 'online_channel_share', counts(500, 1_000), 0.5, 6],
    // online payment A: 6 × 0.25
    ['portal-2025', 'TTTT.3', 'dossiers_paid_online', counts(250, 1_000), 0.25, 1.5],
    // online payment B: min(2, 2.5 × 0.75) = 1.875
    ['portal-2025', 'TTTT.2', 'procedures_with_online_payments', counts(30, 40), 0.75, 1.875],
    // online payment C: min(2, 2.5 × 0.9) = 2
    ['portal-2025', 'TTTT.4', 'fee_dossiers_procedures', counts(36, 40), 0.9, 2],
  ] as const)('%s %s with %s = %o scores R %d, %d points', (setId, code, input, given, ratio, points) => {
    const result = indicatorOf(SETS[setId], one(input, given), code);
    expect(result?.status).toBe('ok');
    expect(result?.ratio).toBeCloseTo(ratio, 9);
    expect(result?.points).toBeCloseTo(points, 9);
  });

  it('shows the 19.80 of 998 + 2 of 1,010 rounded only when asked', () => {
    const points = indicatorOf(SET_2022, one('processing_on_time', counts(1_000, 1_010)), 'TDGQ.1')?.points;
    expect(points).not.toBe(19.8);
    expect(roundPoints(points ?? Number.NaN)).toBe(19.8);
  });

  it('scores the average time shown for information: ok, 0 of 0 points', () => {
    expect(indicatorOf(SET_2022, one('average_time_shown', counts(10, 20)), 'TDGQ.2')).toMatchObject({
      status: 'ok',
      ratio: 0.5,
      points: 0,
      max: 0,
    });
  });
});

describe('satisfaction with dossier handling, a complement rate', () => {
  it.each([
    ['12 late + 18 complained of 1,000 → R 0.97, past 90%: full', 12 + 18, 1_000, 0.97, 6],
    ['60 late + 90 complained of 1,000 → R 0.85: 6 × 0.85 / 0.9', 60 + 90, 1_000, 0.85, 5.6666666667],
    ['exactly 90% → full', 100, 1_000, 0.9, 6],
    ['every dossier late → 0', 1_000, 1_000, 0, 0],
    ['late and complained overlap past 100% → R stops at 0', 1_300, 1_000, 0, 0],
  ])('%s', (_, numerator, denominator, ratio, points) => {
    const result = indicatorOf(
      SET_2022,
      one('dossier_satisfaction', counts(numerator, denominator)),
      'MDHL.3',
    );
    expect(result).toMatchObject({ status: 'ok', numerator, denominator, target: 0.9 });
    expect(result?.ratio).toBeCloseTo(ratio, 9);
    expect(result?.points).toBeCloseTo(points, 9);
  });
});

describe('a denominator of zero', () => {
  it('gives full points where the set says so (no feedback received)', () => {
    const result = computeIndex(SET_2022, one('pakn_on_time', counts(0, 0)), 'commune');
    const satisfaction = result.groups.find((g) => g.key === 'satisfaction');
    expect(satisfaction?.indicators[0]).toMatchObject({
      status: 'ok',
      numerator: 0,
      denominator: 0,
      ratio: null,
      points: 6,
    });
    expect(satisfaction).toMatchObject({ points: 6, max: 6, nominalMax: 18 });
  });

  it('is no data elsewhere, and is not counted in the maximum', () => {
    const result = computeIndex(SET_2022, one('electronic_results', counts(0, 0)), 'province');
    expect(result.groups.find((g) => g.key === 'digitization')?.indicators[0]).toMatchObject({
      status: 'no_data',
      numerator: null,
      denominator: null,
      ratio: null,
      points: null,
      max: 6,
    });
    expect(result).toMatchObject({ points: 0, max: 0, nominalMax: 100 });
  });
});

describe('what is not counted', () => {
  it('an input with no data is no data, with nulls, never zero points', () => {
    const result = computeIndex(SET_2022, one('processing_on_time', counts(1_000, 1_010)), 'department');
    const others = result.groups.flatMap((g) => g.indicators).filter((i) => i.code !== 'TDGQ.1');
    expect(others).toHaveLength(19);
    for (const i of others) {
      expect(i).toMatchObject({
        status: 'no_data',
        numerator: null,
        denominator: null,
        ratio: null,
        points: null,
      });
    }
    expect(result.points).toBeCloseTo(19.801980198, 9);
    expect(result.max).toBe(20);
    expect(result.nominalMax).toBe(100);
  });

  it('an indicator that does not apply to a commune is not applicable, whatever the data', () => {
    const inputs = inputsWith({
      procedures_published_on_time: counts(10, 10),
      national_db_updated: counts(10, 10),
      published_complete: counts(10, 10),
      dossiers_synced: counts(90, 100),
    });
    const publicity = computeIndex(SET_2025, inputs, 'commune').groups.find((g) => g.key === 'publicity');
    expect(publicity?.indicators.map((i) => i.status)).toEqual([
      'not_applicable',
      'not_applicable',
      'not_applicable',
      'ok',
    ]);
    expect(publicity?.indicators[0]).toMatchObject({ numerator: null, ratio: null, points: null });
    expect(publicity?.points).toBeCloseTo(5.4, 9);
    expect(publicity).toMatchObject({ max: 6, nominalMax: 18 });
    const forDepartment = computeIndex(SET_2025, inputs, 'department').groups[0];
    expect(forDepartment?.points).toBeCloseTo(6 + 4 + 2 + 5.4, 9);
    expect(forDepartment?.max).toBe(18);
  });
});

describe('a whole province under the 2022 set', () => {
  const inputs = inputsWith({
    procedures_published_on_time: counts(50, 50), // 6
    national_db_updated: counts(45, 50), // 3.6
    published_complete: counts(50, 50), // 2
    dossiers_synced: counts(9_900, 10_000), // 5.94
    processing_on_time: counts(1_000, 1_010), // 19.8019…
    average_time_shown: counts(10, 20), // 0
    full_online_dossiers: counts(600, 1_000), // 7.2
    fee_procedures_online_payment: counts(30, 40), // 1.5
    procedures_with_online_payments: counts(20, 40), // 1
    dossiers_paid_online: counts(250, 1_000), // 1.5
    pakn_on_time: counts(0, 0), // 6, no feedback
    pakn_satisfied: counts(8, 10), // 4.8
    dossier_satisfaction: counts(30, 1_000), // 6
    electronic_results: counts(500, 1_000), // 3
    digitized_components: counts(800, 1_000), // 3.2
    digitized_data_reused: counts(400, 1_000), // 1
    digitized_data_shared: counts(300, 1_000), // 1.2
    population_db_procedures: counts(10, 20), // 1
    population_db_dossiers: counts(0, 0), // no data
    // electronic_certified_copies: no data
  });
  const result = computeIndex(SET_2022, inputs, 'province');

  it.each([
    ['publicity', 17.54, 18],
    ['processing', 19.801980198, 20],
    ['online_service', 7.2, 12],
    ['online_payment', 4, 10],
    ['satisfaction', 16.8, 18],
    ['digitization', 9.4, 18],
  ])('scores %s %d of %d computed points', (key, points, max) => {
    const group = result.groups.find((g) => g.key === key);
    expect(group?.points).toBeCloseTo(points, 9);
    expect(group?.max).toBe(max);
  });

  it('adds up to 74.74 of the 96 points it could compute, of 100', () => {
    expect(result.points).toBeCloseTo(74.741980198, 9);
    expect(roundPoints(result.points)).toBe(74.74);
    expect(result).toMatchObject({
      formulaSetId: '766-2022',
      scopeKind: 'province',
      max: 96,
      nominalMax: 100,
    });
    expect(percentOfComputed(result.points, result.max)).toBeCloseTo(77.856229373, 6);
  });

  it('answers in the portal’s reporting shape', () => {
    const shape = toPortalShape(result);
    expect(shape.groups[1]).toEqual({
      code: 'TDGQ',
      name: 'Tiến độ giải quyết',
      score: 19.8,
      maxScore: 20,
      metrics: [
        {
          code: 'TDGQ.1',
          name: 'Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn',
          numerator: 1_000,
          denominator: 1_010,
          ratio: 1_000 / 1_010,
          score: 19.8,
          maxScore: 20,
        },
        {
          code: 'TDGQ.2',
          name: 'Công khai thời gian giải quyết trung bình',
          numerator: 10,
          denominator: 20,
          ratio: 0.5,
          score: 0,
          maxScore: 0,
        },
      ],
    });
    expect(shape.groups[5]?.metrics[2]).toMatchObject({
      code: 'SHHS.3',
      numerator: null,
      ratio: null,
      score: null,
    });
    expect(shape.groups[5]).toMatchObject({ score: 9.4, maxScore: 18 });
  });
});

describe('invalid counts', () => {
  it.each([
    ['a numerator above its denominator', counts(11, 10)],
    ['a negative count', counts(-1, 10)],
    ['a count that is not a number', counts(Number.NaN, 10)],
    ['an infinite denominator', counts(1, Number.POSITIVE_INFINITY)],
    ['dossiers counted against no dossiers', counts(3, 0)],
  ])('refuses %s', (_, given) => {
    expect(() => computeIndex(SET_2022, one('processing_on_time', given), 'province')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => computeIndex(SET_2022, one('processing_on_time', given), 'province')).toThrow(
      ServiceIndexError,
    );
  });
});

describe('roundPoints', () => {
  it.each([
    [19.801980198, 19.8],
    [1.005, 1.01],
    [2.675, 2.68],
    [0.125, 0.13],
    [81.605, 81.61],
    [79.994999, 79.99],
    [79.995, 80],
    [0.1 + 0.2, 0.3],
    [1e-7, 0],
    [100, 100],
    [0, 0],
    [-1.005, -1.01],
  ])('rounds %d to %d (half away from zero)', (points, rounded) => {
    expect(roundPoints(points)).toBe(rounded);
  });
});
