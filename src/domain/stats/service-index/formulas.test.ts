import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../calendar/errors';
import { ServiceIndexError } from './errors';
import type { FormulaSet, IndicatorFormula } from './formula-types';
import { FORMULA_SET_766_2022, FORMULA_SET_PORTAL_2025, FORMULA_SETS, formulaSetFor } from './formulas';
import { INPUT_KEYS } from './inputs';

const indicatorsOf = (set: FormulaSet): readonly IndicatorFormula[] =>
  set.groups.flatMap((g) => g.indicators);
const find = (set: FormulaSet, code: string): IndicatorFormula | undefined =>
  indicatorsOf(set).find((i) => i.code === code);

describe.each(FORMULA_SETS)('the formula set $id', (set) => {
  it('scores 100 points in six groups of 18, 20, 12, 10, 18 and 22', () => {
    expect(set.groups.map((g) => [g.key, g.max])).toEqual([
      ['publicity', 18],
      ['processing', 20],
      ['online_service', 12],
      ['online_payment', 10],
      ['satisfaction', 18],
      ['digitization', 22],
    ]);
  });

  it.each(set.groups.map((g) => [g.key, g] as const))(
    'the %s group’s maximum is the sum of its indicators’ maxima',
    (_, group) => {
      expect(group.indicators.reduce((total, i) => total + i.max, 0)).toBe(group.max);
    },
  );

  it('gives every indicator its own code and key, a known input and a target within (0, 1]', () => {
    const indicators = indicatorsOf(set);
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    expect(new Set(indicators.map((i) => i.key)).size).toBe(indicators.length);
    for (const i of indicators) {
      expect(INPUT_KEYS).toContain(i.input);
      if (i.target !== null) expect(i.target > 0 && i.target <= 1).toBe(true);
    }
  });

  it('says where it comes from and how far to trust it', () => {
    expect(set.source).not.toBe('');
    expect(set.notes).toMatch(/verify/);
  });
});

describe('the 2022 set (Decision 766/QĐ-TTg)', () => {
  it.each([
    ['CKMB.1', 'procedures_published_on_time', 6, null],
    ['CKMB.2', 'national_db_updated', 4, null],
    ['CKMB.3', 'published_complete', 2, null],
    ['CKMB.4', 'dossiers_synced', 6, null],
    ['TDGQ.1', 'processing_on_time', 20, null],
    ['TDGQ.2', 'average_time_shown', 0, null],
    ['DVTT.1', 'full_online_dossiers', 12, null],
    ['TTTT.1', 'fee_procedures_online_payment', 2, null],
    ['TTTT.2', 'procedures_with_online_payments', 2, null],
    ['TTTT.3', 'dossiers_paid_online', 6, null],
    ['MDHL.1', 'pakn_on_time', 6, null],
    ['MDHL.2', 'pakn_satisfied', 6, null],
    ['MDHL.3', 'dossier_satisfaction', 6, 0.9],
    ['SHHS.1', 'electronic_results', 6, null],
    ['SHHS.2', 'digitized_components', 4, null],
    ['SHHS.3', 'electronic_certified_copies', 2, null],
    ['SHHS.4', 'digitized_data_reused', 2, 0.8],
    ['SHHS.5', 'digitized_data_shared', 4, null],
    ['SHHS.6', 'population_db_procedures', 2, null],
    ['SHHS.7', 'population_db_dossiers', 2, null],
  ] as const)('%s reads %s for %d points with target %s', (code, input, max, target) => {
    expect(find(FORMULA_SET_766_2022, code)).toMatchObject({ input, max, target });
  });

  it('has twenty indicators and applies all of them to every kind of unit', () => {
    expect(indicatorsOf(FORMULA_SET_766_2022)).toHaveLength(20);
    for (const i of indicatorsOf(FORMULA_SET_766_2022)) {
      expect(i.appliesTo).toEqual(['province', 'department', 'commune']);
    }
  });

  it('gives full points on no feedback, and scores dossier satisfaction as a complement', () => {
    expect(find(FORMULA_SET_766_2022, 'MDHL.1')?.whenDenominatorZero).toBe('full_points');
    expect(find(FORMULA_SET_766_2022, 'MDHL.2')?.whenDenominatorZero).toBe('full_points');
    expect(find(FORMULA_SET_766_2022, 'MDHL.3')).toMatchObject({
      rate: 'complement',
      whenDenominatorZero: 'no_data',
    });
  });
});

describe('the revised portal set', () => {
  it.each([
    ['DVTT.2', 'procedures_offered_online', 2, 0.8],
    ['DVTT.3', 'online_dossiers_of_online_procedures', 4, null],
    ['DVTT.4', 'online_channel_share', 6, 0.5],
    ['TTTT.2', 'procedures_with_online_payments', 2, 0.8],
    ['TTTT.3', 'dossiers_paid_online', 6, null],
    ['TTTT.4', 'fee_dossiers_procedures', 2, 0.8],
  ] as const)('%s reads %s for %d points with target %s', (code, input, max, target) => {
    expect(find(FORMULA_SET_PORTAL_2025, code)).toMatchObject({ input, max, target });
  });

  it('drops the 2022 full-online and payment-offer indicators', () => {
    expect(find(FORMULA_SET_PORTAL_2025, 'DVTT.1')).toBeUndefined();
    expect(find(FORMULA_SET_PORTAL_2025, 'TTTT.1')).toBeUndefined();
  });

  it('applies publication, the national database and completeness to provinces and departments only', () => {
    const notForCommunes = indicatorsOf(FORMULA_SET_PORTAL_2025)
      .filter((i) => !i.appliesTo.includes('commune'))
      .map((i) => i.code);
    expect(notForCommunes).toEqual(['CKMB.1', 'CKMB.2', 'CKMB.3']);
  });

  it('never reuses a 2022 code for another quantity', () => {
    for (const i of indicatorsOf(FORMULA_SET_PORTAL_2025)) {
      const before = find(FORMULA_SET_766_2022, i.code);
      if (before) expect(before.key).toBe(i.key);
    }
  });
});

describe('formulaSetFor', () => {
  it.each([
    ['the day Decision 766 was signed', '2022-06-23', '766-2022'],
    ['the last day of 2024', '2024-12-31', '766-2022'],
    ['the last day of the 2022 set', '2025-06-30', '766-2022'],
    ['the first day of the revised set', '2025-07-01', 'portal-2025'],
    ['a day years later', '2031-03-31', 'portal-2025'],
  ])('on %s (%s) picks %s', (_, date, id) => {
    expect(formulaSetFor(date).id).toBe(id);
  });

  it('throws no_formula_set_in_force before 23/6/2022', () => {
    expect(() => formulaSetFor('2022-06-22')).toThrow(ServiceIndexError);
    expect(() => formulaSetFor('2022-06-22')).toThrow(
      expect.objectContaining({ code: 'no_formula_set_in_force' }),
    );
  });

  it('refuses a malformed date', () => {
    expect(() => formulaSetFor('2025-02-30')).toThrow(CalendarError);
  });

  it('leaves no gap and no overlap between consecutive sets', () => {
    expect(FORMULA_SET_766_2022.effectiveTo).toBe('2025-06-30');
    expect(FORMULA_SET_PORTAL_2025.effectiveFrom).toBe('2025-07-01');
    expect(FORMULA_SET_PORTAL_2025.effectiveTo).toBeNull();
  });
});
