import { describe, expect, it } from 'vitest';
import { CalendarError } from './errors';
import { formatLocalDateTime, parseLocalDateTime } from './local-time';

describe('Vietnam local time (UTC+7, no daylight saving)', () => {
  it('reads 07:00 in Hà Nội as 00:00 UTC the same day', () => {
    expect(new Date(parseLocalDateTime('2026-03-02 07:00')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('shows 20:30 UTC as 03:30 the next day in Vietnam', () => {
    expect(formatLocalDateTime(Date.parse('2025-12-31T20:30:00Z'))).toBe('2026-01-01 03:30');
  });

  it('round-trips a wall-clock time in every month, with no DST jump', () => {
    for (let m = 1; m <= 12; m++) {
      const text = `2026-${String(m).padStart(2, '0')}-15 02:30`;
      expect(formatLocalDateTime(parseLocalDateTime(text))).toBe(text);
    }
  });

  it.each(['2026-03-02 24:00', '2026-02-30 10:00', '2026-03-02'])('refuses %s', (bad) => {
    expect(() => parseLocalDateTime(bad)).toThrow(CalendarError);
  });
});
