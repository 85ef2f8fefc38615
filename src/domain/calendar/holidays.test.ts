import { describe, expect, it } from 'vitest';
import { compensatoryDaysOff, defaultDaysOff, HOLIDAY_RULES, type Holiday, publicHolidays } from './holidays';

function dates(holidays: readonly { date: string }[]): readonly string[] {
  return holidays.map((h) => h.date);
}

describe('public holidays by law (Labour Code 2019, art. 112)', () => {
  it('gives the eleven days of 2025 with Tết as New Year’s Eve and lunar days 1–4', () => {
    expect(dates(publicHolidays(2025))).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
  });

  it('adds Vietnamese Culture Day 24/11 from 1 July 2026 (Resolution 28/2026/QH16) only', () => {
    expect(dates(publicHolidays(2026))).toContain('2026-11-24');
    expect(dates(publicHolidays(2025))).not.toContain('2025-11-24');
    expect(publicHolidays(2027).find((h) => h.date === '2027-11-24')?.kind).toBe('culture_day');
  });

  it('gives National Day one day only before the 2019 Labour Code took effect (2020)', () => {
    expect(dates(publicHolidays(2020)).filter((d) => d.startsWith('2020-09'))).toEqual(['2020-09-02']);
  });

  it('puts Hùng Kings’ day on 10/3 lunar, after a leap month 2 as well (2023-04-29)', () => {
    expect(publicHolidays(2023).find((h) => h.kind === 'hung_kings')?.date).toBe('2023-04-29');
    expect(publicHolidays(2026).find((h) => h.kind === 'hung_kings')?.date).toBe('2026-04-26');
  });

  it('lets the Tết span and the National Day’s adjacent day be overridden', () => {
    const options = { tetSpan: { fromOffset: -2, toOffset: 2 }, nationalDayAdjacent: 'after' } as const;
    const holidays = publicHolidays(2026, options);
    expect(dates(holidays.filter((h) => h.kind === 'tet'))).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
    ]);
    expect(dates(holidays.filter((h) => h.kind === 'national_day'))).toEqual(['2026-09-02', '2026-09-03']);
  });

  it('cites a legal source and effective dates for every rule', () => {
    for (const rule of HOLIDAY_RULES) {
      expect(rule.legalBasis).toMatch(/Bộ luật Lao động|Nghị quyết/);
      expect(rule.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('compensatory days off (Labour Code 2019, art. 111.3)', () => {
  it('moves Hùng Kings’ day 2026 from Sunday 26/4 to Monday 27/4', () => {
    const off = defaultDaysOff(2026).find((d) => d.reason === 'compensatory' && d.kind === 'hung_kings');
    expect(off?.date).toBe('2026-04-27');
  });

  it('gives 2023 five days off in a row, 29/4–3/5, from Saturday and Sunday holidays', () => {
    const spring = dates(defaultDaysOff(2023)).filter((d) => d >= '2023-04-01' && d <= '2023-05-31');
    expect(spring).toEqual(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']);
  });

  it('places Tết’s weekend days after the span, skipping days already off (default Tết 2024)', () => {
    const tet = defaultDaysOff(2024).filter((d) => d.date >= '2024-02-01' && d.date <= '2024-02-29');
    expect(tet.map((d) => [d.date, d.reason])).toEqual([
      ['2024-02-09', 'holiday'],
      ['2024-02-10', 'holiday'],
      ['2024-02-11', 'holiday'],
      ['2024-02-12', 'holiday'],
      ['2024-02-13', 'holiday'],
      ['2024-02-14', 'compensatory'],
      ['2024-02-15', 'compensatory'],
    ]);
  });

  it('gives no compensatory day when no holiday is on a rest day', () => {
    const holiday: Holiday = { date: '2026-09-02', kind: 'national_day', ruleId: 'x', legalBasis: 'x' };
    expect(compensatoryDaysOff([holiday], new Set())).toEqual([]);
  });

  it('follows the configured rest days (a unit resting on Sunday only)', () => {
    const holiday: Holiday = { date: '2026-04-25', kind: 'hung_kings', ruleId: 'x', legalBasis: 'x' };
    expect(compensatoryDaysOff([holiday], new Set(), [0])).toEqual([]);
    expect(dates(compensatoryDaysOff([holiday], new Set(), [6, 0]))).toEqual(['2026-04-27']);
  });
});
