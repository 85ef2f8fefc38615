import { describe, expect, it } from 'vitest';
import {
  classify,
  compareWithLastYear,
  DEMO_SCORE_BANDS,
  type RankedTotal,
  type ScoreBand,
  validateScoreBands,
} from './score-bands';
import { ParError } from './scoring';

describe('classifying a score with the demo bands', () => {
  const edges: readonly [number, string][] = [
    [100, 'xuat_sac'],
    [90, 'xuat_sac'],
    [89.99, 'tot'],
    [80, 'tot'],
    [79.99, 'kha'],
    [70, 'kha'],
    [69.99, 'trung_binh'],
    [50, 'trung_binh'],
    [49.99, 'yeu'],
    [0, 'yeu'],
  ];
  it.each(edges)('%d is %s', (score, band) => {
    expect(classify(score, DEMO_SCORE_BANDS)).toBe(band);
  });

  it.each(edges)('%d is %s when the bands are listed lowest first', (score, band) => {
    expect(classify(score, [...DEMO_SCORE_BANDS].reverse())).toBe(band);
  });

  it('agrees with a plain threshold table on every score from 0 to 100 in hundredths', () => {
    const reference = (h: number) =>
      h >= 9000 ? 'xuat_sac' : h >= 8000 ? 'tot' : h >= 7000 ? 'kha' : h >= 5000 ? 'trung_binh' : 'yeu';
    for (let h = 0; h <= 10000; h++) expect(classify(h / 100, DEMO_SCORE_BANDS)).toBe(reference(h));
  });

  it('uses a year with different lower bands as configured', () => {
    const bands: readonly ScoreBand[] = [
      { code: 'xuat_sac', minScore: 90 },
      { code: 'tot', minScore: 80 },
      { code: 'trung_binh', minScore: 65 },
      { code: 'yeu', minScore: 0 },
    ];
    expect([79.99, 65, 64.99].map((s) => classify(s, bands))).toEqual(['trung_binh', 'trung_binh', 'yeu']);
  });

  it('refuses a score below every band or not a number', () => {
    expect(() => classify(-0.01, DEMO_SCORE_BANDS)).toThrow(
      expect.objectContaining({ code: 'score_below_bands' }),
    );
    expect(() => classify(50, [])).toThrow(ParError);
    expect(() => classify(Number.NaN, DEMO_SCORE_BANDS)).toThrow(
      expect.objectContaining({ code: 'invalid_total' }),
    );
  });
});

describe('validating the bands of a year', () => {
  const band = (code: string, minScore: number): ScoreBand => ({ code, minScore });
  const cases: readonly { name: string; bands: readonly ScoreBand[]; codes: readonly string[] }[] = [
    { name: 'the demo bands are valid', bands: DEMO_SCORE_BANDS, codes: [] },
    { name: 'bands listed lowest first are valid', bands: [...DEMO_SCORE_BANDS].reverse(), codes: [] },
    { name: 'a single band from 0 is valid', bands: [band('dat', 0)], codes: [] },
    { name: 'no bands at all', bands: [], codes: ['no_bands'] },
    { name: 'nothing starts at 0', bands: [band('tot', 80), band('kha', 50)], codes: ['no_zero_band'] },
    {
      name: 'two bands with one minimum',
      bands: [band('a', 0), band('b', 70), band('c', 70)],
      codes: ['duplicate_min'],
    },
    { name: 'a code used twice', bands: [band('a', 0), band('a', 50)], codes: ['duplicate_code'] },
    { name: 'a blank code', bands: [band('', 0)], codes: ['blank_code'] },
    { name: 'a minimum above 100', bands: [band('a', 0), band('b', 100.01)], codes: ['invalid_min'] },
    { name: 'a negative minimum', bands: [band('a', 0), band('b', -5)], codes: ['invalid_min'] },
    { name: 'a minimum of 100 is allowed', bands: [band('a', 0), band('b', 100)], codes: [] },
    {
      name: 'a minimum that is not a number',
      bands: [band('a', 0), band('b', Number.NaN)],
      codes: ['invalid_min'],
    },
    {
      name: 'a minimum with three decimals',
      bands: [band('a', 0), band('b', 89.995)],
      codes: ['invalid_min'],
    },
  ];
  it.each(cases)('$name', ({ bands, codes }) => {
    expect(validateScoreBands(bands).map((p) => p.code)).toEqual(codes);
  });

  it('names both bands that share a minimum', () => {
    expect(
      validateScoreBands([
        { code: 'yeu', minScore: 0 },
        { code: 'kha', minScore: 70 },
        { code: 'tot', minScore: 70 },
      ]),
    ).toEqual([
      {
        code: 'duplicate_min',
        subject: 'tot',
        vi: 'Mức tot và kha có cùng điểm sàn',
        en: 'Bands tot and kha have the same minimum',
      },
    ]);
  });
});

describe('comparing with last year', () => {
  const row = (unitId: string, total: number, rank: number): RankedTotal => ({ unitId, total, rank });

  it('gives the change of total and the places climbed or lost', () => {
    const result = compareWithLastYear(
      [row('so-tc', 92.5, 1), row('so-yte', 87.33, 2), row('so-gddt', 80, 3)],
      [row('so-yte', 85.1, 1), row('so-gddt', 84, 2), row('so-tc', 80.25, 3)],
    );
    expect(result).toEqual([
      {
        ...row('so-tc', 92.5, 1),
        previousTotal: 80.25,
        previousRank: 3,
        totalDelta: 12.25,
        placesClimbed: 2,
      },
      // 87.33 − 85.1 in floats is 2.229999…; the delta is taken in hundredths.
      {
        ...row('so-yte', 87.33, 2),
        previousTotal: 85.1,
        previousRank: 1,
        totalDelta: 2.23,
        placesClimbed: -1,
      },
      { ...row('so-gddt', 80, 3), previousTotal: 84, previousRank: 2, totalDelta: -4, placesClimbed: -1 },
    ]);
  });

  it('has nothing to compare for a unit new this year, and leaves out units gone since', () => {
    const result = compareWithLastYear([row('xa-moi', 70, 1)], [row('xa-cu', 75, 1)]);
    expect(result).toEqual([
      {
        ...row('xa-moi', 70, 1),
        previousTotal: null,
        previousRank: null,
        totalDelta: null,
        placesClimbed: null,
      },
    ]);
  });

  it('reports no change for a unit that kept its total and rank', () => {
    const [same] = compareWithLastYear([row('a', 81, 4)], [row('a', 81, 4)]);
    expect([same?.totalDelta, same?.placesClimbed]).toEqual([0, 0]);
  });

  it('refuses a unit listed twice in either year', () => {
    const twice = [row('a', 1, 1), row('a', 2, 1)];
    expect(() => compareWithLastYear(twice, [])).toThrow(expect.objectContaining({ code: 'duplicate_unit' }));
    expect(() => compareWithLastYear([], twice)).toThrow(expect.objectContaining({ code: 'duplicate_unit' }));
  });
});
