import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from './announcements';
import { calendarDaysForYears } from './national-calendar';
import { DEFAULT_OFFICE_HOURS, type OfficeHours, period } from './office-hours';
import { announcementFor } from './year-announcement';
import { countsAsWorkingDay, dayViews, dueTimeReasoning, type YearViewInput } from './year-view';

function years(fromYear: number, toYear: number, officeHours: OfficeHours = DEFAULT_OFFICE_HOURS) {
  return calendarDaysForYears({ fromYear, toYear, announcements: OFFICIAL_ANNOUNCEMENTS, officeHours }).map(
    (days): YearViewInput => ({
      days,
      announcement: announcementFor(OFFICIAL_ANNOUNCEMENTS, days.year),
      officeHours,
    }),
  );
}

const kindsOf = (from: string, to: string, inputs = years(2024, 2027)) =>
  dayViews(inputs, from, to).map((d) => [d.date, d.kind, d.holiday]);

describe('how each day counts', () => {
  it.each([
    ['2026-01-01', 'holiday', 'new_year'],
    ['2026-01-02', 'announced_off', null],
    ['2026-01-10', 'working_weekend', null],
    ['2026-02-14', 'holiday', 'tet'],
    ['2026-04-26', 'holiday', 'hung_kings'], // Hùng Kings' day on a Sunday…
    ['2026-04-27', 'compensatory', 'hung_kings'], // …paid back on Monday
    ['2026-08-31', 'announced_off', null],
    ['2026-09-02', 'holiday', 'national_day'],
    ['2026-11-24', 'holiday', 'culture_day'],
    ['2025-11-24', 'working', null], // before Resolution 28/2026/QH16 took effect
    ['2024-02-08', 'holiday', 'tet'],
    ['2024-02-15', 'working', null],
    ['2024-05-04', 'working_weekend', null],
    ['2026-11-23', 'working', null],
    ['2026-11-22', 'weekend', null],
  ])('%s is %s', (date, kind, holiday) => {
    const [view] = dayViews(years(2024, 2026), date, date);
    expect(view?.kind).toBe(kind);
    expect(view?.holiday ?? null).toBe(holiday);
  });

  it('shows a holiday on a Sunday as the holiday, and its compensatory Monday', () => {
    expect(kindsOf('2026-04-25', '2026-04-28')).toEqual([
      ['2026-04-25', 'weekend', null],
      ['2026-04-26', 'holiday', 'hung_kings'],
      ['2026-04-27', 'compensatory', 'hung_kings'],
      ['2026-04-28', 'working', null],
    ]);
  });

  it('uses the announcement’s own words for swapped days', () => {
    const [off, worked] = [
      dayViews(years(2026, 2026), '2026-08-31', '2026-08-31')[0],
      dayViews(years(2026, 2026), '2026-08-22', '2026-08-22')[0],
    ];
    expect(off?.note).toBe('Nghỉ hoán đổi trước Quốc khánh, làm bù thứ Bảy 22/8');
    expect(worked?.note).toBe('Làm bù cho thứ Hai 31/8');
  });

  it('shows the lunar date of every day, across a leap month', () => {
    // 2025 has a leap 6th month: 25/7/2025 is 1/6 leap.
    const [leap] = dayViews(years(2025, 2025), '2025-07-25', '2025-07-25');
    expect(leap?.lunar).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    const [tet] = dayViews(years(2026, 2026), '2026-02-17', '2026-02-17');
    expect(tet?.lunar).toEqual({ year: 2026, month: 1, day: 1, leap: false });
  });

  it('follows office hours with Saturday mornings: Saturday is then a working day', () => {
    const withSaturday: OfficeHours = {
      ...DEFAULT_OFFICE_HOURS,
      weekly: DEFAULT_OFFICE_HOURS.weekly.map((day, i) => (i === 6 ? [period('07:30', '11:30')] : day)),
    };
    expect(kindsOf('2026-11-21', '2026-11-22', years(2026, 2026, withSaturday))).toEqual([
      ['2026-11-21', 'working', null],
      ['2026-11-22', 'weekend', null],
    ]);
  });

  it('covers a span across a year boundary', () => {
    const views = dayViews(years(2025, 2026), '2025-12-31', '2026-01-05');
    expect(views.map((v) => v.kind)).toEqual([
      'working',
      'holiday',
      'announced_off',
      'weekend',
      'weekend',
      'working',
    ]);
  });
});

describe('the reasoning of a due time', () => {
  it('lists the days skipped and the working weekend days that counted', () => {
    const reasoning = dueTimeReasoning(dayViews(years(2026, 2026), '2026-01-09', '2026-01-13'));
    expect(reasoning.skippedDays.map((d) => d.date)).toEqual(['2026-01-11']);
    expect(reasoning.workingWeekendDays.map((d) => d.date)).toEqual(['2026-01-10']);
  });

  it('counts exactly the working kinds', () => {
    expect(
      (['working', 'weekend', 'holiday', 'compensatory', 'announced_off', 'working_weekend'] as const).filter(
        countsAsWorkingDay,
      ),
    ).toEqual(['working', 'working_weekend']);
  });
});
