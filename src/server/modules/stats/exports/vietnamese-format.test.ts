import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatInstant,
  formatRate,
  formatShortDate,
  periodInWords,
  quarterOf,
  romanNumeral,
} from './vietnamese-format';

describe('numbers as Vietnamese reports write them', () => {
  it.each([
    [0, '0'],
    [159, '159'],
    [1_994, '1.994'],
    [98_942, '98.942'],
    [357_622, '357.622'],
    [1_234_567, '1.234.567'],
    [-2_043, '-2.043'],
  ])('the count %d is written %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it.each([
    [9984, '99,84\u00a0%'],
    [16, '0,16\u00a0%'],
    [175, '1,75\u00a0%'],
    [9980, '99,80\u00a0%'],
    [10_000, '100\u00a0%'],
    [0, '0\u00a0%'],
  ])('the rate of %d hundredths of a percent is written %s', (bp, text) => {
    expect(formatRate(bp)).toBe(text);
  });

  it('a rate with nothing to divide by is a dash, not zero', () => {
    expect(formatRate(null)).toBe('-');
  });
});

describe('dates and periods', () => {
  it('writes days as dd/MM/yyyy and instants in Vietnam time', () => {
    expect(formatShortDate('2026-07-01')).toBe('01/07/2026');
    expect(formatInstant(new Date('2026-12-04T03:05:00Z'), 'vi')).toBe('10:05 ngày 04/12/2026');
    expect(formatInstant(new Date('2026-12-04T17:30:00Z'), 'en')).toBe('2026-12-05 00:30');
  });

  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
  ])('%d in Roman numerals is %s', (n, roman) => {
    expect(romanNumeral(n)).toBe(roman);
  });

  it.each([
    ['2026-07-01', '2026-09-30', 'Quý III năm 2026'],
    ['2026-01-01', '2026-03-31', 'Quý I năm 2026'],
    ['2026-01-01', '2026-12-31', 'Năm 2026'],
    ['2026-01-01', '2026-06-30', '6 tháng đầu năm 2026'],
    ['2026-01-01', '2026-09-30', '9 tháng năm 2026'],
    ['2026-02-01', '2026-02-28', 'Tháng 2 năm 2026'],
    ['2026-12-01', '2026-12-15', 'Từ ngày 01/12/2026 đến ngày 15/12/2026'],
    ['2026-07-01', '2026-12-31', 'Từ ngày 01/07/2026 đến ngày 31/12/2026'],
  ])('the period %s to %s is "%s"', (from, to, words) => {
    expect(periodInWords({ from, to })).toBe(words);
  });

  it('knows a quarter only when the dates are exactly one', () => {
    expect(quarterOf({ from: '2026-10-01', to: '2026-12-31' })).toEqual({ quarter: 4, year: 2026 });
    expect(quarterOf({ from: '2026-07-01', to: '2026-12-31' })).toBeNull();
    expect(quarterOf({ from: '2026-04-01', to: '2027-06-30' })).toBeNull();
    expect(quarterOf({ from: '2026-04-02', to: '2026-06-30' })).toBeNull();
  });
});
