import { describe, expect, it } from 'vitest';
import type { CalendarDay, DayKind, HolidayKind } from '../../api/types';
import { monthGlance, nextDaysOff } from './month-glance';

function day(date: string, kind: DayKind = 'working', holiday: HolidayKind | null = null): CalendarDay {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return { date, weekday, kind, holiday, note: '', lunar: { year: y ?? 0, month: 1, day: 1, leap: false } };
}

/** Days from `from` to `to` inclusive: weekends as weekly rest, the others working, then `marks`. */
function days(from: string, to: string, marks: Record<string, [DayKind, HolidayKind | null]> = {}) {
  const out: CalendarDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const weekday = new Date(t).getUTCDay();
    const [kind, holiday] = marks[date] ?? [weekday === 0 || weekday === 6 ? 'weekend' : 'working', null];
    out.push(day(date, kind, holiday));
  }
  return out;
}

describe('the month at a glance', () => {
  it('counts April 2026’s working days without weekends and the Hung Kings’ day, and lists that day off', () => {
    const april = days('2026-03-25', '2026-05-05', { '2026-04-27': ['holiday', 'hung_kings'] });
    const glance = monthGlance(april, '2026-04-10');
    expect(glance.month).toBe('2026-04');
    expect(glance.workingDays).toBe(21);
    expect(glance.daysOff.map((r) => [r.from, r.to, r.holiday])).toEqual([
      ['2026-04-27', '2026-04-27', 'hung_kings'],
    ]);
  });

  it('counts a make-up Saturday as a working day and joins consecutive days off into one run', () => {
    const may = days('2026-04-28', '2026-05-31', {
      '2026-04-30': ['holiday', 'reunification_day'],
      '2026-05-01': ['holiday', 'labour_day'],
      '2026-05-09': ['working_weekend', null],
    });
    const glance = monthGlance(may, '2026-05-20');
    // 21 weekdays in May 2026, minus 1 May, plus the make-up Saturday.
    expect(glance.workingDays).toBe(21);
    expect(glance.daysOff).toHaveLength(1);
    expect(glance.daysOff[0]?.from).toBe('2026-05-01');
  });
});

describe('the next days off', () => {
  const year = days('2026-12-01', '2027-01-05', {
    '2026-12-24': ['announced_off', null],
    '2027-01-01': ['holiday', 'new_year'],
  });

  it('is the next run after today, even in the next year', () => {
    expect(nextDaysOff(year, '2026-12-07')?.from).toBe('2026-12-24');
    expect(nextDaysOff(year, '2026-12-25')?.holiday).toBe('new_year');
  });

  it('is the run going on today, on the day itself', () => {
    expect(nextDaysOff(year, '2027-01-01')?.from).toBe('2027-01-01');
  });

  it('is none when no day off is known after today', () => {
    expect(nextDaysOff(year, '2027-01-02')).toBeNull();
  });
});
