import { describe, expect, it } from 'vitest';
import type { CalendarDay, DayKind, HolidayKind } from '../../api/types';
import { dayRuns, daysOffByHoliday, monthWeeks, parseYear, weekdaySpans } from './calendar-layout';

function day(
  date: string,
  kind: DayKind = 'working',
  holiday: HolidayKind | null = null,
  note = '',
): CalendarDay {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return { date, weekday, kind, holiday, note, lunar: { year: 2026, month: 1, day: 1, leap: false } };
}

function month(year: number, m: number): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let d = 1; new Date(Date.UTC(year, m - 1, d)).getUTCMonth() === m - 1; d++) {
    days.push(day(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
  }
  return days;
}

describe('month grids', () => {
  it('starts February 2026 (Sunday the 1st) in the last column of a Monday-first week', () => {
    const weeks = monthWeeks(month(2026, 2), 2);
    expect(weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]?.[6]?.date).toBe('2026-02-01');
    expect(weeks.at(-1)?.[5]?.date).toBe('2026-02-28');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('takes only the asked month out of a whole year', () => {
    const year = [...month(2026, 1), ...month(2026, 2), ...month(2026, 3)];
    const cells = monthWeeks(year, 3).flat();
    expect(cells.filter((c) => c !== null)).toHaveLength(31);
    expect(cells.find((c) => c !== null)?.date).toBe('2026-03-01');
  });
});

describe('runs of days', () => {
  it('joins the nine days of Tết 2026 into one run and keeps a different day apart', () => {
    const tet = ['14', '15', '16', '17', '18', '19', '20', '21', '22'].map((d) =>
      day(`2026-02-${d}`, 'holiday', 'tet', 'notice'),
    );
    const runs = dayRuns([...tet, day('2026-02-28', 'weekend')]);
    expect(runs.map((r) => [r.from, r.to, r.count])).toEqual([
      ['2026-02-14', '2026-02-22', 9],
      ['2026-02-28', '2026-02-28', 1],
    ]);
  });

  it('breaks a run at a gap, at a new kind and at a new note, across month ends too', () => {
    const runs = dayRuns([
      day('2026-01-31', 'weekend'),
      day('2026-02-01', 'weekend'),
      day('2026-04-26', 'holiday', 'hung_kings'),
      day('2026-04-27', 'compensatory', 'hung_kings'),
      day('2026-04-30', 'holiday', 'reunification_day', 'a'),
      day('2026-05-01', 'holiday', 'reunification_day', 'b'),
    ]);
    expect(runs.map((r) => r.count)).toEqual([2, 1, 1, 1, 1]);
  });
});

describe('days off by holiday', () => {
  it('groups a holiday with its day off in lieu, in date order, other announced days last', () => {
    const groups = daysOffByHoliday([
      day('2026-01-01', 'holiday', 'new_year'),
      day('2026-01-02', 'announced_off'),
      day('2026-01-10', 'working_weekend'),
      day('2026-04-26', 'holiday', 'hung_kings'),
      day('2026-04-27', 'compensatory', 'hung_kings'),
      day('2026-04-28'),
    ]);
    expect(groups.map((g) => [g.holiday, g.count])).toEqual([
      ['new_year', 1],
      ['hung_kings', 2],
      [null, 1],
    ]);
  });
});

describe('office hours by weekday', () => {
  it('reads the standard week as Monday–Friday open and Saturday–Sunday closed', () => {
    const open = [
      { from: '07:00', to: '11:30' },
      { from: '13:30', to: '17:00' },
    ];
    const spans = weekdaySpans([[], open, open, open, open, open, []]);
    expect(spans.map((s) => [s.first, s.last, s.periods.length])).toEqual([
      [1, 5, 2],
      [6, 0, 0],
    ]);
  });
});

describe('the year in the address', () => {
  it.each([
    ['2026', 2026],
    ['2020', 2020],
    ['2035', 2035],
    ['2019', null],
    ['2036', null],
    ['20x6', null],
    [null, null],
  ] as const)('reads %s as %s', (value, year) => {
    expect(parseYear(value)).toBe(year);
  });
});
