import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from './announcements';
import { endClock, pauseClock, resumeClock, startClock } from './clock';
import { CalendarError } from './errors';
import { formatLocalDateTime, parseLocalDateTime } from './local-time';
import { buildCalendarForYears } from './national-calendar';

const calendar = buildCalendarForYears({
  fromYear: 2026,
  toYear: 2026,
  announcements: OFFICIAL_ANNOUNCEMENTS,
});
const at = parseLocalDateTime;
const fiveDays = { unit: 'working_days', amount: 5 } as const;

function dueOf(clock: ReturnType<typeof startClock>): string {
  if (clock.state !== 'running') throw new Error(`expected a running clock, got ${clock.state}`);
  return formatLocalDateTime(clock.dueAt);
}

describe('the clock across a supplement request (Decree 118/2025, art. 19.5)', () => {
  const started = startClock(calendar, at('2026-03-02 07:00'), fiveDays);
  const paused = pauseClock(calendar, started, at('2026-03-04 07:00'));

  it('starts with the due time of the procedure', () => {
    expect(dueOf(started)).toBe('2026-03-06 17:00');
  });

  it('keeps the working time left at the pause', () => {
    expect(paused.state === 'paused' && paused.remainingMs / 60_000).toBe(3 * 480);
  });

  it('restarts from zero at the complete re-submission by default', () => {
    expect(dueOf(resumeClock(calendar, paused, at('2026-03-16 07:00')))).toBe('2026-03-20 17:00');
  });

  it('keeps the remaining time when the procedure is configured to pause', () => {
    expect(dueOf(resumeClock(calendar, paused, at('2026-03-16 07:00'), 'pause'))).toBe('2026-03-18 17:00');
  });

  it('carries an overdue time through a pause', () => {
    const late = pauseClock(calendar, started, at('2026-03-09 08:00'));
    expect(dueOf(resumeClock(calendar, late, at('2026-03-16 07:00'), 'pause'))).toBe('2026-03-13 16:00');
  });

  it('ends on a result, a refusal or a stop, and refuses to move again', () => {
    const ended = endClock(started, at('2026-03-05 09:00'), 'completed');
    expect(ended).toMatchObject({ state: 'ended', outcome: 'completed', dueAt: at('2026-03-06 17:00') });
    expect(() => pauseClock(calendar, ended, at('2026-03-05 10:00'))).toThrow(CalendarError);
    expect(() => resumeClock(calendar, started, at('2026-03-05 10:00'))).toThrow(CalendarError);
    expect(() => endClock(ended, at('2026-03-05 10:00'), 'stopped')).toThrow(CalendarError);
  });
});
