import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar/errors';
import { formatMilestone, type Milestone, milestoneDeadline, parseMilestone } from './milestones';

const percent = (value: number): Milestone => ({ kind: 'percent', percent: value });
const byMonth = (month: number): Milestone => ({ kind: 'by_month', month });

describe('parseMilestone accepts', () => {
  it.each([
    ['80%', percent(80)],
    ['80 %', percent(80)],
    ['80\u00a0%', percent(80)],
    ['\u202f80%\u00a0', percent(80)],
    ['80,5%', percent(80.5)],
    ['80.5%', percent(80.5)],
    ['33,33%', percent(33.33)],
    ['≥80%', percent(80)],
    ['>= 80%', percent(80)],
    ['≥ 80 %', percent(80)],
    ['tối thiểu 80%', percent(80)],
    ['Tối thiểu 80%', percent(80)],
    ['ít nhất 80%', percent(80)],
    ['đạt tối thiểu 90%', percent(90)],
    ['từ 30% trở lên', percent(30)],
    ['30% trở lên', percent(30)],
    ['80％', percent(80)],
    ['0.8', percent(80)],
    ['0,8', percent(80)],
    ['0,805', percent(80.5)],
    ['0.2025', percent(20.25)],
    ['1,00', percent(100)],
    ['1', percent(100)],
    ['0', percent(0)],
    ['0%', percent(0)],
    ['100%', percent(100)],
    ['Tháng 12', byMonth(12)],
    ['tháng 6', byMonth(6)],
    ['THÁNG 1', byMonth(1)],
    ['Tháng12', byMonth(12)],
    ['Thang 11', byMonth(11)],
    ['hết tháng 12', byMonth(12)],
  ])('"%s"', (text, milestone) => {
    expect(parseMilestone(text)).toEqual({ ok: true, milestone });
  });

  it('reads a decomposed (NFD) "Tháng 12" as the same month', () => {
    expect(parseMilestone('Tháng 12'.normalize('NFD'))).toEqual({ ok: true, milestone: byMonth(12) });
  });

  it.each(['', '   ', '\u00a0', '\u200b'])('a blank cell %j as no milestone', (text) => {
    expect(parseMilestone(text)).toEqual({ ok: true, milestone: null });
  });
});

describe('parseMilestone refuses, saying why,', () => {
  it.each([
    ['80-90%', 'range'],
    ['80–90%', 'range'],
    ['80% - 90%', 'range'],
    ['80 đến 90%', 'range'],
    ['80', 'count'],
    ['1,5', 'count'],
    ['1.000', 'count'],
    ['12-2025', 'month only'],
    ['150%', 'exceed 100%'],
    ['100,01%', 'exceed 100%'],
    ['-5%', 'negative'],
    ['−5%', 'negative'],
    ['≥ -5%', 'negative'],
    ['abc', 'Cannot read'],
    ['T12', 'Cannot read'],
    ['≤80%', 'upper bound'],
    ['<= 80%', 'upper bound'],
    ['tối đa 80%', 'upper bound'],
    ['> 80%', 'greater than'],
    ['trên 80%', 'greater than'],
    ['80,555%', 'at most 2 decimals'],
    ['0,80555', 'at most 2 decimals'],
    ['Tháng 13', 'month must be 1 to 12'],
    ['Tháng 0', 'month must be 1 to 12'],
    ['12/2025', 'month only'],
    ['Tháng 12/2025', 'month only'],
  ])('"%s" (%s)', (text, reason) => {
    const result = parseMilestone(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.en).toContain(reason);
    expect(result.vi.length).toBeGreaterThan(0);
  });

  it('an upper bound in Vietnamese too', () => {
    expect(parseMilestone('≤80%')).toMatchObject({ ok: false, vi: expect.stringContaining('giới hạn trên') });
  });
});

describe('formatMilestone', () => {
  it.each([
    [percent(80), 'vi', '80%'],
    [percent(80), 'en', '80%'],
    [percent(80.5), 'vi', '80,5%'],
    [percent(80.5), 'en', '80.5%'],
    [byMonth(12), 'vi', 'Tháng 12'],
    [byMonth(12), 'en', 'by December'],
    [byMonth(6), 'en', 'by June'],
  ] as const)('%o in %s is "%s"', (milestone, lang, text) => {
    expect(formatMilestone(milestone, lang)).toBe(text);
  });

  it('reads back what it writes', () => {
    for (const m of [percent(0), percent(33.33), percent(100), byMonth(1), byMonth(12)])
      expect(parseMilestone(formatMilestone(m, 'vi'))).toEqual({ ok: true, milestone: m });
  });
});

describe('milestoneDeadline', () => {
  it.each([
    [2025, 12, '2025-12-31'],
    [2022, 6, '2022-06-30'],
    [2024, 2, '2024-02-29'],
    [2025, 2, '2025-02-28'],
    [2023, 11, '2023-11-30'],
  ])('by month %i/%i is the last day, %s', (year, month, iso) => {
    expect(milestoneDeadline(year, { kind: 'by_month', month })).toBe(iso);
  });

  it('refuses a month that does not exist', () => {
    expect(() => milestoneDeadline(2025, { kind: 'by_month', month: 13 })).toThrow(CalendarError);
  });
});
