import { describe, expect, it } from 'vitest';
import { type PublicUnit, searchUnits, sortUnits } from './public-stats';

const stats = (received: number, onTimeRate: number | null, indexPoints: number | null, indexMax = 100) => ({
  received,
  resolved: received,
  onTimeRate,
  indexPoints,
  indexMax: indexPoints === null ? null : indexMax,
});

function unit(name: string, code: string, year: ReturnType<typeof stats>): PublicUnit {
  return { code, name, levelCode: 'commune', kind: 'commune', month: year, quarter: year, year };
}

const units = [
  unit('UBND xã Đức Hạnh', 'X002', stats(10, 9000, 40, 50)),
  unit('Sở Tư pháp', 'STP', stats(30, 10000, 70, 100)),
  unit('UBND xã An Lạc', 'X001', stats(5, null, null)),
  unit('UBND xã Bình Minh', 'X003', stats(10, 9000, 90, 100)),
];

describe('the public table', () => {
  it('sorts by on-time rate, best first, ties by name, and units with nothing resolved last', () => {
    const names = sortUnits(units, 'onTimeRate', 'desc', 'year').map((u) => u.code);
    expect(names).toEqual(['STP', 'X003', 'X002', 'X001']);
  });

  it('units without a figure stay last when sorting upwards too', () => {
    expect(sortUnits(units, 'onTimeRate', 'asc', 'year').map((u) => u.code)).toEqual([
      'X003',
      'X002',
      'STP',
      'X001',
    ]);
  });

  it('sorts the index by its share of the points computed, not by raw points', () => {
    // 40/50 = 80 % ranks above 70/100 = 70 %.
    expect(sortUnits(units, 'index', 'desc', 'year').map((u) => u.code)).toEqual([
      'X003',
      'X002',
      'STP',
      'X001',
    ]);
  });

  it('sorts names the Vietnamese way (Đ after D, before E)', () => {
    expect(sortUnits(units, 'name', 'asc', 'year').map((u) => u.code)).toEqual([
      'STP',
      'X001',
      'X003',
      'X002',
    ]);
  });

  it('finds a unit typed without marks, by any word of its name or its code', () => {
    expect(searchUnits(units, 'duc hanh').map((u) => u.code)).toEqual(['X002']);
    expect(searchUnits(units, 'Sở tư PHÁP').map((u) => u.code)).toEqual(['STP']);
    expect(searchUnits(units, 'x001').map((u) => u.code)).toEqual(['X001']);
    expect(searchUnits(units, '  ')).toHaveLength(4);
  });
});
