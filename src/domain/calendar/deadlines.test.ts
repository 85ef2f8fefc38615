import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from './announcements';
import {
  addWorkingTime,
  classifyCompletion,
  type Duration,
  progressStatus,
  type ReceiptChannel,
  receiptClockStart,
  remainingWorkingMinutes,
  workingMinutesBetween,
} from './deadlines';
import { CalendarError } from './errors';
import { formatLocalDateTime, parseLocalDateTime } from './local-time';
import { buildCalendarForYears } from './national-calendar';

const calendar = buildCalendarForYears({
  fromYear: 2023,
  toYear: 2027,
  announcements: OFFICIAL_ANNOUNCEMENTS,
});
const at = parseLocalDateTime;
const days = (amount: number): Duration => ({ unit: 'working_days', amount });
const hours = (amount: number): Duration => ({ unit: 'working_hours', amount });
const minutes = (amount: number): Duration => ({ unit: 'working_minutes', amount });
const calendarDays = (amount: number): Duration => ({ unit: 'calendar_days', amount });

describe('addWorkingTime', () => {
  it.each([
    ['lunch is skipped', '2026-03-02 10:00', hours(2), '2026-03-02 14:00'],
    ['time that ends at lunch ends at 11:30, not 13:30', '2026-03-02 10:00', hours(1.5), '2026-03-02 11:30'],
    ['a clock started in lunch runs from 13:30', '2026-03-02 12:15', minutes(30), '2026-03-02 14:00'],
    [
      'one working day from 07:00 ends at 17:00 the same day',
      '2026-03-02 07:00',
      days(1),
      '2026-03-02 17:00',
    ],
    [
      'one working day from 10:00 ends at 10:00 the next day',
      '2026-03-02 10:00',
      days(1),
      '2026-03-03 10:00',
    ],
    ['Friday 16:59 plus one minute is Friday 17:00', '2026-03-06 16:59', minutes(1), '2026-03-06 17:00'],
    ['Friday 16:59 plus two minutes is Monday 07:01', '2026-03-06 16:59', minutes(2), '2026-03-09 07:01'],
    ['Friday 16:59 plus one working day is Monday 16:59', '2026-03-06 16:59', days(1), '2026-03-09 16:59'],
    ['the eve of 30/4–1/5 2026 skips the long weekend', '2026-04-29 16:00', days(1), '2026-05-04 16:00'],
    [
      'Hùng Kings’ day on Sunday 26/4/2026 gives Monday 27/4 off',
      '2026-04-24 10:00',
      days(1),
      '2026-04-28 10:00',
    ],
    ['Tết 2026 (14–22/2) spans two weekends', '2026-02-13 10:00', days(1), '2026-02-23 10:00'],
    [
      'announced Tết 2024 (Thursday 8/2 to Wednesday 14/2): Thursday 15/2 is worked',
      '2024-02-07 10:00',
      days(1),
      '2024-02-15 10:00',
    ],
    ['Tết 2025 ends on Sunday 2/2 and Monday 3/2 is worked', '2025-01-24 10:00', days(1), '2025-02-03 10:00'],
    ['the working Saturday 10/1/2026 counts', '2026-01-09 10:00', days(1), '2026-01-10 10:00'],
    ['the working Saturday 4/5/2024 counts', '2024-05-03 16:00', hours(2), '2024-05-04 08:00'],
    [
      'the year boundary 2025 → 2026 skips 1/1, 2/1 and the weekend',
      '2025-12-31 16:00',
      hours(2),
      '2026-01-05 08:00',
    ],
    [
      'Hùng Kings’ day 2023 (after leap month 2) gives 29/4–3/5 off',
      '2023-04-28 10:00',
      days(1),
      '2023-05-04 10:00',
    ],
    ['fifteen working days across the 2026 National Day', '2026-08-20 09:00', days(15), '2026-09-14 09:00'],
    ['zero time is the start itself', '2026-03-07 09:00', days(0), '2026-03-07 09:00'],
    ['calendar days end at 17:00 on the last day', '2026-03-02 10:00', calendarDays(3), '2026-03-05 17:00'],
    [
      'calendar days landing on Saturday move to Monday 17:00',
      '2026-03-02 10:00',
      calendarDays(5),
      '2026-03-09 17:00',
    ],
    ['calendar days landing in Tết move past it', '2026-02-10 10:00', calendarDays(5), '2026-02-23 17:00'],
  ] as const)('%s', (_, start, duration, due) => {
    expect(formatLocalDateTime(addWorkingTime(calendar, at(start), duration))).toBe(due);
  });

  it.each([
    ['negative', days(-1)],
    ['not a number', minutes(Number.NaN)],
    ['fractional calendar days', calendarDays(1.5)],
  ])('refuses a %s duration', (_, duration) => {
    expect(() => addWorkingTime(calendar, at('2026-03-02 10:00'), duration)).toThrow(CalendarError);
  });

  it('refuses a due time beyond the calendar’s last year', () => {
    expect(() => addWorkingTime(calendar, at('2027-12-20 10:00'), days(30))).toThrow(CalendarError);
  });
});

describe('receiptClockStart', () => {
  it.each([
    ['online inside working time', '2026-03-02 09:15', 'online', '2026-03-02 09:15'],
    ['online at lunch starts at 13:30', '2026-03-02 12:00', 'online', '2026-03-02 13:30'],
    ['online at 14:59 starts at once', '2026-03-02 14:59', 'online', '2026-03-02 14:59'],
    [
      'online at 15:00 (cut-off) starts the next working day',
      '2026-03-02 15:00',
      'online',
      '2026-03-03 07:00',
    ],
    ['online at 16:05 on Friday starts on Monday 07:00', '2026-03-06 16:05', 'online', '2026-03-09 07:00'],
    ['online at night starts at 07:00', '2026-03-02 22:40', 'online', '2026-03-03 07:00'],
    ['online on Saturday starts on Monday', '2026-03-07 10:00', 'online', '2026-03-09 07:00'],
    [
      'online on the eve of 30/4 after the cut-off starts after the holidays',
      '2026-04-29 15:30',
      'online',
      '2026-05-04 07:00',
    ],
    [
      'online on Friday 9/1/2026 after the cut-off starts on the working Saturday',
      '2026-01-09 15:30',
      'online',
      '2026-01-10 07:00',
    ],
    ['at the counter after the cut-off starts at receipt', '2026-03-02 16:05', 'counter', '2026-03-02 16:05'],
  ] as const)('%s', (_, received, channel: ReceiptChannel, start) => {
    expect(formatLocalDateTime(receiptClockStart(calendar, at(received), channel))).toBe(start);
  });

  it('without a cut-off, an online receipt at 16:05 starts at once', () => {
    expect(formatLocalDateTime(receiptClockStart(calendar, at('2026-03-02 16:05'), 'online', null))).toBe(
      '2026-03-02 16:05',
    );
  });

  it('a dossier received online at 16:05 on Friday with three working days is due Wednesday 17:00', () => {
    const start = receiptClockStart(calendar, at('2026-03-06 16:05'), 'online');
    expect(formatLocalDateTime(addWorkingTime(calendar, start, days(3)))).toBe('2026-03-11 17:00');
  });
});

describe('working time between instants', () => {
  it.each([
    ['2026-03-02 07:00', '2026-03-02 17:00', 480],
    ['2026-03-02 11:00', '2026-03-02 14:00', 60],
    ['2026-03-06 16:00', '2026-03-09 08:00', 120],
    ['2026-02-13 16:00', '2026-02-23 07:30', 90],
    ['2026-03-02 17:00', '2026-03-02 07:00', -480],
  ] as const)('from %s to %s is %i working minutes', (a, b, expected) => {
    expect(workingMinutesBetween(calendar, at(a), at(b))).toBe(expected);
  });

  it('counts remaining time down to zero and below once overdue', () => {
    const due = at('2026-03-03 10:00');
    expect(remainingWorkingMinutes(calendar, due, at('2026-03-02 17:00'))).toBe(180);
    expect(remainingWorkingMinutes(calendar, due, at('2026-03-03 11:00'))).toBe(-60);
  });
});

describe('classifying a completion against its due time', () => {
  const due = at('2026-03-04 17:00');
  it.each([
    ['the day before the due day', '2026-03-03 16:59', 'early'],
    ['the due day at 07:00', '2026-03-04 07:00', 'on_time'],
    ['exactly at the due time', '2026-03-04 17:00', 'on_time'],
    ['one minute after the due time', '2026-03-04 17:01', 'late'],
    ['the next day', '2026-03-05 08:00', 'late'],
  ] as const)('completed %s is %s', (_, completed, expected) => {
    expect(classifyCompletion(due, at(completed))).toBe(expected);
  });

  it('an open dossier is in time up to its due instant and overdue after it', () => {
    expect(progressStatus(due, due)).toBe('in_time');
    expect(progressStatus(due, due + 1)).toBe('overdue');
  });
});
