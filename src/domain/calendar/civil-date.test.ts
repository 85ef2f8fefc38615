import { describe, expect, it } from 'vitest';
import { addDays, civilToJdn, datesBetween, isoToJdn, jdnToIso, parseIsoDate, weekdayOf } from './civil-date';
import { CalendarError } from './errors';

describe('civil dates', () => {
  it('numbers days like the astronomers: 2000-01-01 is JDN 2451545', () => {
    expect(civilToJdn({ y: 2000, m: 1, d: 1 })).toBe(2451545);
    expect(jdnToIso(2451545)).toBe('2000-01-01');
  });

  it('round-trips every day from 1800 to 2200 through the day number', () => {
    const mismatches: number[] = [];
    for (let jdn = isoToJdn('1800-01-01'); jdn <= isoToJdn('2200-12-31'); jdn += 1) {
      if (isoToJdn(jdnToIso(jdn)) !== jdn) mismatches.push(jdn);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['2026-04-26', 0],
    ['2026-04-27', 1],
    ['2025-09-02', 2],
    ['2024-05-04', 6],
  ] as const)('%s falls on weekday %i (Sunday = 0)', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(datesBetween('2025-01-30', '2025-02-02')).toEqual([
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-01', 'tomorrow'])('refuses %s', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(CalendarError);
  });
});
