import { describe, expect, it } from 'vitest';
import { ServiceIndexError } from './errors';
import { type Band, bandOf, DEFAULT_BANDS, rankUnits } from './ranking';

const unit = (unitId: string, points: number, max = 100) => ({ unitId, points, max });

describe('rankUnits', () => {
  it('ranks competition style: 1, 2, 2, 4', () => {
    const ranked = rankUnits([unit('d', 70), unit('b', 81.61), unit('a', 90), unit('c', 81.61)]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('does not let floating noise split a tie', () => {
    const ranked = rankUnits([
      unit('x', 81.61),
      unit('y', 81.60999999999999),
      unit('z', 0.1 + 0.2),
      unit('w', 0.3),
    ]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['x', 1],
      ['y', 1],
      ['w', 3],
      ['z', 3],
    ]);
  });

  it('ties units that show the same points to two decimals', () => {
    expect(rankUnits([unit('a', 81.614), unit('b', 81.606)]).map((r) => r.rank)).toEqual([1, 1]);
    expect(rankUnits([unit('a', 81.615), unit('b', 81.614)]).map((r) => r.rank)).toEqual([1, 2]);
  });

  it('ranks on points as computed and shows the share of the computed maximum beside them', () => {
    const ranked = rankUnits([unit('partial', 60, 64), unit('complete', 80, 100), unit('empty', 0, 0)]);
    expect(ranked.map((r) => [r.unitId, r.rank, r.percentOfComputed])).toEqual([
      ['complete', 1, 80],
      ['partial', 2, 93.75],
      ['empty', 3, null],
    ]);
  });

  it('ranks nobody when there is nobody', () => {
    expect(rankUnits([])).toEqual([]);
  });

  it('refuses points that are not a number', () => {
    expect(() => rankUnits([unit('a', Number.NaN)])).toThrow(ServiceIndexError);
  });
});

describe('bandOf', () => {
  it.each([
    [100, 'good'],
    [80, 'good'],
    [79.995, 'good'], // shown as 80.00
    [79.994, 'fair'],
    [79.99, 'fair'],
    [65, 'fair'],
    [64.99, 'average'],
    [50, 'average'],
    [49.99, 'weak'],
    [0, 'weak'],
  ])('%d points are %s', (points, key) => {
    expect(bandOf(points).key).toBe(key);
  });

  it('labels the bands in Vietnamese and English', () => {
    expect(DEFAULT_BANDS.map((b) => b.labelVi)).toEqual(['Tốt', 'Khá', 'Trung bình', 'Yếu']);
    expect(bandOf(81.61)).toMatchObject({ labelVi: 'Tốt', labelEn: 'Good' });
  });

  it('takes other cut-offs, in any order', () => {
    const bands: readonly Band[] = [
      { key: 'weak', minPoints: 0, labelVi: 'Yếu', labelEn: 'Weak' },
      { key: 'good', minPoints: 90, labelVi: 'Tốt', labelEn: 'Good' },
    ];
    expect(bandOf(85, bands).key).toBe('weak');
    expect(bandOf(90, bands).key).toBe('good');
  });

  it('throws invalid_bands when no band covers the points', () => {
    const bands: readonly Band[] = [{ key: 'good', minPoints: 80, labelVi: 'Tốt', labelEn: 'Good' }];
    expect(() => bandOf(79, bands)).toThrow(expect.objectContaining({ code: 'invalid_bands' }));
  });
});
