import { describe, expect, it } from 'vitest';
import { dayInputText, parseDayInput, parseTimeInput } from './date-input';

describe('typed days', () => {
  it.each([
    ['07/12/2026', '2026-12-07'],
    ['7/12/2026', '2026-12-07'],
    ['07-12-2026', '2026-12-07'],
    ['07.12.2026', '2026-12-07'],
    [' 29/02/2028 ', '2028-02-29'],
    ['2026-12-07', '2026-12-07'],
  ])('a Vietnamese user typing %s means %s (day first)', (text, day) => {
    expect(parseDayInput(text, 'vi')).toBe(day);
  });

  it.each(['31/04/2026', '29/02/2027', '13/13/2026', '00/01/2026', '12/2026', '07/12/26', 'hôm nay', ''])(
    'refuses %j as no real day',
    (text) => {
      expect(parseDayInput(text, 'vi')).toBeNull();
    },
  );

  it('reads English input as ISO only, so 07/12/2026 is never taken for 12 July', () => {
    expect(parseDayInput('2026-07-12', 'en')).toBe('2026-07-12');
    expect(parseDayInput('07/12/2026', 'en')).toBeNull();
  });

  it('shows a day back the way it is typed, and round-trips', () => {
    expect(dayInputText('2026-12-07', 'vi')).toBe('07/12/2026');
    expect(dayInputText('2026-12-07', 'en')).toBe('2026-12-07');
    expect(dayInputText('', 'vi')).toBe('');
    for (const day of ['2026-01-01', '2026-02-28', '2028-02-29', '2035-12-31'])
      expect(parseDayInput(dayInputText(day, 'vi'), 'vi')).toBe(day);
  });
});

describe('typed times', () => {
  it.each([
    ['16:05', '16:05'],
    ['9:05', '09:05'],
    ['0905', '09:05'],
    ['16h05', '16:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('%s is %s on the 24-hour clock', (text, time) => {
    expect(parseTimeInput(text)).toBe(time);
  });

  it.each(['24:00', '12:60', '4:05 PM', '9:5', ''])('refuses %j', (text) => {
    expect(parseTimeInput(text)).toBeNull();
  });
});
