import { describe, expect, it } from 'vitest';
import { CalendarError } from './errors';
import { formatLocalDateTime, parseLocalDateTime } from './local-time';
import { DEFAULT_WORKING_DAY, minuteOfDay, period } from './office-hours';
import {
  buildWorkingCalendar,
  instantAtWorkingMs,
  isWorkingDate,
  isWorkingInstant,
  MS_PER_MINUTE,
  workingMsAt,
} from './working-calendar';

const at = parseLocalDateTime;

function march2026() {
  return buildWorkingCalendar({
    from: '2026-03-01',
    to: '2026-03-31',
    daysOff: ['2026-03-10'],
    extraWorkingDays: ['2026-03-14'],
  });
}

describe('the working-time index', () => {
  it('holds two periods per working day, none on weekends and days off, one day on a working Saturday', () => {
    const calendar = march2026();
    // 22 weekdays in March 2026, minus Tuesday 10/3, plus Saturday 14/3.
    expect(calendar.starts.length).toBe(22 * 2);
    expect(calendar.workingDayMinutes).toBe(480);
    expect(isWorkingDate(calendar, '2026-03-10')).toBe(false);
    expect(isWorkingDate(calendar, '2026-03-14')).toBe(true);
    expect(isWorkingDate(calendar, '2026-03-15')).toBe(false);
  });

  it('stores periods in Vietnam time: 07:00 on 2 March 2026 is 00:00 UTC', () => {
    expect(new Date(march2026().starts[0] ?? 0).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it.each([
    ['2026-03-02 06:59', false],
    ['2026-03-02 07:00', true],
    ['2026-03-02 11:29', true],
    ['2026-03-02 11:30', false],
    ['2026-03-02 13:30', true],
    ['2026-03-02 17:00', false],
    ['2026-03-07 09:00', false],
    ['2026-03-14 09:00', true],
  ] as const)('%s is inside working time: %s', (local, inside) => {
    expect(isWorkingInstant(march2026(), at(local))).toBe(inside);
  });

  it('reads the clock through lunch without counting it', () => {
    const calendar = march2026();
    const minutes = (local: string) => workingMsAt(calendar, at(local)) / MS_PER_MINUTE;
    expect(minutes('2026-03-02 11:30')).toBe(270);
    expect(minutes('2026-03-02 12:45')).toBe(270);
    expect(minutes('2026-03-02 13:45')).toBe(285);
    expect(minutes('2026-03-03 07:00')).toBe(480);
  });

  it('maps a clock reading back to the earliest instant, the end of a period rather than the next start', () => {
    const calendar = march2026();
    expect(formatLocalDateTime(instantAtWorkingMs(calendar, 270 * MS_PER_MINUTE))).toBe('2026-03-02 11:30');
    expect(formatLocalDateTime(instantAtWorkingMs(calendar, 271 * MS_PER_MINUTE))).toBe('2026-03-02 13:31');
  });

  it('refuses instants outside its range and readings beyond its end', () => {
    const calendar = march2026();
    expect(() => workingMsAt(calendar, at('2026-04-02 08:00'))).toThrow(CalendarError);
    expect(() => instantAtWorkingMs(calendar, 10_000 * 480 * MS_PER_MINUTE)).toThrow(CalendarError);
  });

  it('supports office hours per weekday, e.g. Saturday mornings', () => {
    const saturdayMorning = [period('07:30', '11:30')];
    const calendar = buildWorkingCalendar({
      from: '2026-03-01',
      to: '2026-03-31',
      officeHours: {
        weekly: [
          [],
          DEFAULT_WORKING_DAY,
          DEFAULT_WORKING_DAY,
          DEFAULT_WORKING_DAY,
          DEFAULT_WORKING_DAY,
          DEFAULT_WORKING_DAY,
          saturdayMorning,
        ],
        extraWorkingDay: DEFAULT_WORKING_DAY,
      },
      daysOff: [],
      extraWorkingDays: [],
    });
    expect(isWorkingInstant(calendar, at('2026-03-07 08:00'))).toBe(true);
    expect(isWorkingInstant(calendar, at('2026-03-07 14:00'))).toBe(false);
  });

  it.each([
    ['overlapping periods', [period('07:00', '12:00'), period('11:00', '17:00')]],
    ['an empty period', [period('07:00', '07:00')]],
  ])('refuses %s', (_, day) => {
    expect(() =>
      buildWorkingCalendar({
        from: '2026-03-01',
        to: '2026-03-31',
        officeHours: { weekly: [[], day, day, day, day, day, []], extraWorkingDay: day },
        daysOff: [],
        extraWorkingDays: [],
      }),
    ).toThrow(CalendarError);
  });

  it('parses office hours as HH:MM and refuses nonsense', () => {
    expect(minuteOfDay('13:30')).toBe(810);
    expect(() => minuteOfDay('25:00')).toThrow(CalendarError);
    expect(() => minuteOfDay('7:00')).toThrow(CalendarError);
  });
});
