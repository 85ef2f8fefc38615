import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from '../../../domain/calendar/announcements';
import {
  type DeadlineClock,
  endClock,
  pauseClock,
  resumeClock,
  startClock,
} from '../../../domain/calendar/clock';
import { parseLocalDateTime } from '../../../domain/calendar/local-time';
import { buildCalendarForYears } from '../../../domain/calendar/national-calendar';
import type { deadlineClocks } from '../../db/schema';
import { domainClockOf, storedClock } from './deadline-clocks';

/** A stored clock keeps what the domain's clock needs: loading what was stored gives it back. */

const calendar = buildCalendarForYears({
  fromYear: 2026,
  toYear: 2026,
  announcements: OFFICIAL_ANNOUNCEMENTS,
});
const now = new Date('2026-12-01T00:00:00Z');
const clock = { now: () => now };

function stored(value: DeadlineClock): typeof deadlineClocks.$inferSelect {
  return {
    id: 'clock',
    subjectType: 'dossier',
    subjectId: 'dossier',
    provinceCode: 'T60',
    unitId: 'unit',
    warnedAt: null,
    ...storedClock(clock, value),
  };
}

describe('a stored deadline clock', () => {
  const started = startClock(calendar, parseLocalDateTime('2026-11-23 09:00'), {
    unit: 'working_days',
    amount: 5,
  });

  it('gives back a running clock as it was stored', () => {
    expect(domainClockOf(stored(started))).toEqual(started);
  });

  it('gives back a paused clock with the working time it had left, overdue or not', () => {
    for (const pausedAt of ['2026-11-25 14:30', '2026-12-02 10:00']) {
      const paused = pauseClock(calendar, started, parseLocalDateTime(pausedAt));
      const loaded = domainClockOf(stored(paused));
      expect(loaded).toMatchObject({ state: 'paused', pausedAt: parseLocalDateTime(pausedAt) });
      if (loaded.state !== 'paused' || paused.state !== 'paused') throw new Error('paused');
      expect(loaded.remainingMs).toBe(paused.remainingMs);
      expect(loaded.dueAtPause).toBe(paused.dueAtPause);
      const resumedAt = parseLocalDateTime('2026-12-07 08:00');
      // Resuming the loaded clock lands where resuming the domain's own clock does.
      expect(resumeClock(calendar, loaded, resumedAt, 'pause')).toMatchObject({
        state: 'running',
        dueAt: (resumeClock(calendar, paused, resumedAt, 'pause') as { dueAt: number }).dueAt,
      });
    }
  });

  it('is never stored ended by the pause and resume path', () => {
    const ended = endClock(started, parseLocalDateTime('2026-11-24 09:00'), 'completed');
    expect(() => storedClock(clock, ended)).toThrow(/endDeadlineClocks/);
  });
});
