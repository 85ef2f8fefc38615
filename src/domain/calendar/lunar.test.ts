import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays, isoToJdn, jdnToIso } from './civil-date';
import { CalendarError } from './errors';
import {
  type LunarDate,
  leapMonthOf,
  lunarMonthLength,
  lunarTimeZoneHours,
  lunarToSolar,
  solarToLunar,
  tetDate,
} from './lunar';

// A copy of ../shared/data/tet-vietnam-1950-2050.csv, kept in the repo so the test runs wherever it is cloned.
const TET_TABLE = join(dirname(fileURLToPath(import.meta.url)), 'testdata/tet-vietnam-1950-2050.csv');

function readTetTable(): readonly { year: number; tet: string; zone: string }[] {
  const [header, ...rows] = readFileSync(TET_TABLE, 'utf8').trim().split(/\r?\n/);
  expect(header).toBe('year,tet_date_vietnam,lunar_calendar_time_zone');
  return rows.map((row) => {
    const [year, tet, zone] = row.split(',');
    return { year: Number(year), tet: tet ?? '', zone: zone ?? '' };
  });
}

describe('Tết against the Vietnamese table 1950–2050', () => {
  const table = readTetTable();

  it('covers every year from 1950 to 2050', () => {
    expect(table.map((r) => r.year)).toEqual(Array.from({ length: 101 }, (_, i) => 1950 + i));
  });

  it.each(table)('Tết $year is $tet (lunar calendar on $zone)', ({ year, tet, zone }) => {
    expect(tetDate(year)).toBe(tet);
    expect(`UTC+${lunarTimeZoneHours(year)}`).toBe(zone);
    expect(solarToLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(solarToLunar(addDays(tet, -1)).year).toBe(year - 1);
  });
});

describe('where Vietnam differs from the Chinese (UTC+8) calendar', () => {
  it.each([
    [1968, '1968-01-29', 'China: 30 January'],
    [1969, '1969-02-16', 'China: 17 February'],
    [1985, '1985-01-21', 'China: 20 February'],
    [2007, '2007-02-17', 'China: 18 February'],
    [2030, '2030-02-02', 'China: 3 February'],
  ])('Tết %i is %s in Vietnam (%s)', (year, tet) => {
    expect(tetDate(year)).toBe(tet);
  });

  it('1984 has no leap month in Vietnam (China: leap 10) and 1985 has leap month 2 instead', () => {
    expect(leapMonthOf(1984)).toBeNull();
    expect(leapMonthOf(1985)).toBe(2);
  });
});

describe('leap months (tháng nhuận)', () => {
  it.each([
    [2001, 4],
    [2004, 2],
    [2006, 7],
    [2009, 5],
    [2012, 4],
    [2014, 9],
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2033, 11],
  ])('lunar year %i has leap month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it.each([2019, 2021, 2022, 2024, 2026])('lunar year %i has no leap month', (year) => {
    expect(leapMonthOf(year)).toBeNull();
  });

  it('the leap 4th month of 2020 follows the ordinary 4th month', () => {
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: false })).toBe('2020-04-23');
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
    expect(solarToLunar('2020-06-20')).toEqual({ year: 2020, month: 4, day: 29, leap: true });
    expect(solarToLunar('2020-06-21')).toEqual({ year: 2020, month: 5, day: 1, leap: false });
  });

  it('the leap 2nd month of 2023 and the leap 6th month of 2025 begin where expected', () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('refuses a leap month that the year does not have', () => {
    expect(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })).toThrow(CalendarError);
  });
});

describe('known dates', () => {
  it.each([
    ['2026-04-26', { year: 2026, month: 3, day: 10, leap: false }],
    ['2025-04-07', { year: 2025, month: 3, day: 10, leap: false }],
    ['2024-02-09', { year: 2023, month: 12, day: 30, leap: false }],
    ['2000-01-01', { year: 1999, month: 11, day: 25, leap: false }],
  ] as const)('%s is lunar %o', (solar, lunar) => {
    expect(solarToLunar(solar)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(solar);
  });

  it('accepts {y, m, d} as well as ISO strings', () => {
    expect(solarToLunar({ y: 2026, m: 2, d: 17 })).toEqual({ year: 2026, month: 1, day: 1, leap: false });
  });

  it('refuses day 30 of a 29-day month and invalid solar dates', () => {
    const shortMonth = lunarMonthLength(2026, 1) === 29 ? 1 : 2;
    expect(lunarMonthLength(2026, shortMonth)).toBe(29);
    expect(() => lunarToSolar({ year: 2026, month: shortMonth, day: 30, leap: false })).toThrow(
      CalendarError,
    );
    expect(() => solarToLunar('2025-02-29')).toThrow(CalendarError);
  });
});

describe('round trips 1901–2100', () => {
  it('every lunar first of month, leap months included, converts to solar and back', () => {
    let months = 0;
    for (let year = 1901; year <= 2100; year++) {
      const leap = leapMonthOf(year);
      for (let month = 1; month <= 12; month++) {
        const variants: readonly boolean[] = leap === month ? [false, true] : [false];
        for (const isLeap of variants) {
          const first: LunarDate = { year, month, day: 1, leap: isLeap };
          expect(solarToLunar(lunarToSolar(first))).toEqual(first);
          expect([29, 30]).toContain(lunarMonthLength(year, month, isLeap));
          months++;
        }
      }
    }
    // 200 years hold about 200 × 12.37 lunations.
    expect(months).toBeGreaterThan(2470);
    expect(months).toBeLessThan(2480);
  });

  it('every solar day maps to the lunar day after the previous one, and back', () => {
    const problems: string[] = [];
    let previous = solarToLunar('1900-12-31');
    for (let jdn = isoToJdn('1901-01-01'); jdn <= isoToJdn('2100-12-31'); jdn++) {
      const solar = jdnToIso(jdn);
      const lunar = solarToLunar(solar);
      const follows =
        lunar.day === 1
          ? previous.day === 29 || previous.day === 30
          : lunar.year === previous.year &&
            lunar.month === previous.month &&
            lunar.leap === previous.leap &&
            lunar.day === previous.day + 1;
      if (!follows) problems.push(`${solar} does not follow the previous day`);
      if (lunarToSolar(lunar) !== solar) problems.push(`${solar} does not convert back`);
      previous = lunar;
    }
    expect(problems).toEqual([]);
  });
});
