import { describe, expect, it } from 'vitest';
import { workingMinutesBetween } from '../calendar/deadlines';
import { buildWorkingCalendar } from '../calendar/working-calendar';
import { dueSoonUntil } from './due-status';
import { urgencyOf } from './rules';

const calendar = buildWorkingCalendar({
  from: '2026-01-01',
  to: '2027-12-31',
  daysOff: ['2026-11-24'],
  extraWorkingDays: [],
});
const DAY = calendar.workingDayMinutes;
const at = (iso: string) => Date.parse(iso);

describe('the due-soon bound agrees with the marks', () => {
  it('on a grid of now × due times × windows, due soon exactly when between now and the bound', () => {
    const nows = [
      '2026-11-23T02:00:00Z',
      '2026-11-27T09:30:00Z',
      '2026-11-27T10:00:00Z',
      '2026-11-28T03:00:00Z',
    ];
    for (const nowIso of nows)
      for (const windowDays of [0.5, 1, 2]) {
        const now = at(nowIso);
        const warning = windowDays * DAY;
        const until = dueSoonUntil(calendar, now, warning);
        for (let due = now - 3_600_000; due < now + 7 * 86_400_000; due += 15 * 60_000) {
          const mark = urgencyOf(
            { dueAt: due, now, remainingWorkingMinutes: workingMinutesBetween(calendar, now, due) },
            warning,
          );
          const byBound = due < now ? 'overdue' : due <= until ? 'due_soon' : 'in_time';
          expect(byBound, `${nowIso} ${windowDays} ${new Date(due).toISOString()}`).toBe(mark);
        }
      }
  });

  it('a window ending at 17:00 on Friday reaches the Monday morning start', () => {
    // Thursday 17:00 local + one working day = Friday 17:00; Saturday and Sunday add no working time.
    expect(new Date(dueSoonUntil(calendar, at('2026-11-26T10:00:00Z'), DAY)).toISOString()).toBe(
      '2026-11-30T00:00:00.000Z',
    );
  });
});
