import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from './announcements';
import { isoToJdn, weekdayOfJdn } from './civil-date';
import {
  addWorkingTime,
  classifyCompletion,
  progressStatus,
  receiptClockStart,
  workingMinutesBetween,
} from './deadlines';
import { parseLocalDateTime } from './local-time';
import { buildCalendarForYears, calendarDaysForYears } from './national-calendar';
import { DEFAULT_WORKING_DAY } from './office-hours';
import { isWorkingInstant, localJdn, localMidnight, MS_PER_MINUTE } from './working-calendar';

const input = { fromYear: 2024, toYear: 2028, announcements: OFFICIAL_ANNOUNCEMENTS } as const;
const calendar = buildCalendarForYears(input);
const years = calendarDaysForYears(input);
const daysOff = new Set(years.flatMap((y) => y.daysOff.map((d) => isoToJdn(d.date))));
const extraWorking = new Set(years.flatMap((y) => y.extraWorkingDays.map((d) => isoToJdn(d.date))));
const periodEnds = new Set(calendar.ends);

/** The slow, obvious way: walk day by day, period by period. The index must agree with it. */
function naiveAdd(start: number, minutes: number): number {
  let remaining = minutes * MS_PER_MINUTE;
  if (remaining === 0) return start;
  for (let jdn = localJdn(start); ; jdn++) {
    const weekday = weekdayOfJdn(jdn);
    const working = extraWorking.has(jdn) || (weekday !== 0 && weekday !== 6 && !daysOff.has(jdn));
    if (!working) continue;
    for (const p of DEFAULT_WORKING_DAY) {
      const from = Math.max(localMidnight(jdn) + p.start * MS_PER_MINUTE, start);
      const to = localMidnight(jdn) + p.end * MS_PER_MINUTE;
      if (from >= to) continue;
      if (remaining <= to - from) return from + remaining;
      remaining -= to - from;
    }
  }
}

const instant = fc.integer({
  min: parseLocalDateTime('2024-01-01 00:00'),
  max: parseLocalDateTime('2026-12-31 23:59'),
});
const workingMinutes = fc.integer({ min: 0, max: 60 * 480 });
const positiveMinutes = fc.integer({ min: 1, max: 60 * 480 });
const add = (t: number, minutes: number) =>
  addWorkingTime(calendar, t, { unit: 'working_minutes', amount: minutes });

describe('the algebra of working time (property-based)', () => {
  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(instant, workingMinutes, workingMinutes, (t, a, b) => {
        expect(add(add(t, a), b)).toBe(add(t, a + b));
      }),
      { numRuns: 2000 },
    );
  });

  it('the working time between t and add(t, d) is d', () => {
    fc.assert(
      fc.property(instant, workingMinutes, (t, d) => {
        expect(workingMinutesBetween(calendar, t, add(t, d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('a due time is always inside working time or at the end of a working period', () => {
    fc.assert(
      fc.property(instant, positiveMinutes, (t, d) => {
        const due = add(t, d);
        expect(isWorkingInstant(calendar, due) || periodEnds.has(due)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a naive day-by-day walk', () => {
    fc.assert(
      fc.property(instant, workingMinutes, (t, d) => {
        expect(add(t, d)).toBe(naiveAdd(t, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('working days are whole working days of 480 minutes', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 }), (t, n) => {
        expect(addWorkingTime(calendar, t, { unit: 'working_days', amount: n })).toBe(add(t, n * 480));
      }),
    );
  });

  it('more time never gives an earlier due time', () => {
    fc.assert(
      fc.property(instant, workingMinutes, workingMinutes, (t, a, b) => {
        expect(add(t, Math.min(a, b))).toBeLessThanOrEqual(add(t, Math.max(a, b)));
      }),
    );
  });

  it('an online receipt always starts its clock inside working time, never before the receipt', () => {
    fc.assert(
      fc.property(instant, fc.boolean(), (t, withCutoff) => {
        const start = receiptClockStart(calendar, t, 'online', withCutoff ? { minuteOfDay: 900 } : null);
        expect(start).toBeGreaterThanOrEqual(t);
        expect(isWorkingInstant(calendar, start)).toBe(true);
      }),
    );
  });

  it('a completion is late exactly when the dossier was overdue at that instant', () => {
    fc.assert(
      fc.property(instant, instant, (due, done) => {
        expect(classifyCompletion(due, done) === 'late').toBe(progressStatus(due, done) === 'overdue');
      }),
    );
  });
});

describe('the index under any office hours (property-based)', () => {
  /** 0–3 sorted, non-overlapping periods in a day, some shorter than the index's one-hour buckets. */
  const dayPeriods = fc
    .uniqueArray(fc.integer({ min: 6 * 60, max: 20 * 60 }), { minLength: 0, maxLength: 6 })
    .map((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      const periods: { start: number; end: number }[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        const [start, end] = [sorted[i] ?? 0, sorted[i + 1] ?? 0];
        if (end > start) periods.push({ start, end });
      }
      return periods;
    });
  const officeHours = fc
    .tuple(fc.array(dayPeriods, { minLength: 7, maxLength: 7 }), dayPeriods)
    .filter(([weekly]) => weekly.some((d) => d.length > 0) && (weekly[1] ?? []).length > 0)
    .map(([weekly, extra]) => ({ weekly, extraWorkingDay: extra }));

  it('agrees with a walk over every period, whatever the hours', () => {
    fc.assert(
      fc.property(officeHours, instant, fc.integer({ min: 0, max: 60 * 200 }), (hours, t, minutes) => {
        const custom = buildCalendarForYears({ ...input, officeHours: hours });
        let expected = Number.NaN;
        let remaining = minutes * MS_PER_MINUTE;
        if (remaining === 0) expected = t;
        for (let i = 0; Number.isNaN(expected) && i < custom.starts.length; i++) {
          const from = Math.max(custom.starts[i] ?? 0, t);
          const to = custom.ends[i] ?? 0;
          if (from >= to) continue;
          if (remaining <= to - from) expected = from + remaining;
          else remaining -= to - from;
        }
        expect(add2(custom, t, minutes)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

const add2 = (cal: ReturnType<typeof buildCalendarForYears>, t: number, minutes: number) =>
  addWorkingTime(cal, t, { unit: 'working_minutes', amount: minutes });
