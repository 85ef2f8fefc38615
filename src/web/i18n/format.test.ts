import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatDecimal, formatMonth, formatMonthShort, formatNumber } from './format';

describe('numbers of the statistics', () => {
  it.each([
    [9984, 'vi', '99,84\u00a0%'],
    [9984, 'en', '99.84%'],
    [10000, 'vi', '100,00\u00a0%'],
    [0, 'en', '0.00%'],
    [16, 'vi', '0,16\u00a0%'],
    [3333, 'en', '33.33%'],
  ] as const)('a rate of %i basis points reads %s in %s', (bp, lang, text) => {
    expect(formatBasisPoints(bp, lang)).toBe(text);
  });

  it('a rate with nothing to divide by reads as a dash, not 0 %', () => {
    expect(formatBasisPoints(null, 'vi')).toBe('—');
  });

  it('thousands are grouped with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(98942, 'vi')).toBe('98.942');
    expect(formatNumber(98942, 'en')).toBe('98,942');
  });

  it('index points keep at most two decimals, with the language’s decimal mark', () => {
    expect(formatDecimal(81.6134, 'vi')).toBe('81,61');
    expect(formatDecimal(81.6134, 'en')).toBe('81.61');
    expect(formatDecimal(38, 'vi')).toBe('38');
    expect(formatDecimal(null, 'en')).toBe('—');
  });
});

describe('months of the charts', () => {
  it('a month is T6 on a Vietnamese axis and Jun on an English one, 06/2026 or 2026-06 in full', () => {
    expect(formatMonthShort('2026-06', 'vi')).toBe('T6');
    expect(formatMonthShort('2026-06', 'en')).toBe('Jun');
    expect(formatMonth('2026-06', 'vi')).toBe('06/2026');
    expect(formatMonth('2026-06', 'en')).toBe('2026-06');
  });
});
