import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from '../calendar/announcements';
import { isoToJdn, jdnToIso } from '../calendar/civil-date';
import { addWorkingTime, classifyCompletion, type Duration, progressStatus } from '../calendar/deadlines';
import { parseLocalDateTime } from '../calendar/local-time';
import { buildCalendarForYears } from '../calendar/national-calendar';
import {
  endOfWorkingDayOnOrAfter,
  type Instant,
  instantAtWorkingMs,
  localJdn,
  MS_PER_DAY,
  MS_PER_MINUTE,
  workingMsAt,
} from '../calendar/working-calendar';
import { daysOfPeriod, dossiersOfRow, type ProfileRow } from './profile';
import {
  classCounts,
  classOfTimes,
  type DaySpan,
  DOSSIER_CLASSES,
  type DossierClass,
  type DossierTimes,
  daySpan,
  dossierTimes,
  EARLY_SHARE,
  type Readings,
  readingIn,
  receiptReadings,
  timesFit,
} from './profile-plan';

const calendar = buildCalendarForYears({
  fromYear: 2024,
  toYear: 2028,
  announcements: OFFICIAL_ANNOUNCEMENTS,
});
const at = parseLocalDateTime;
const reading = (t: Instant) => workingMsAt(calendar, t);
const instant = (r: number) => instantAtWorkingMs(calendar, r);
const dueReading = (duration: Duration, r: number) => reading(addWorkingTime(calendar, instant(r), duration));

/** The rules' constants, as the module documents them (they are not exported). */
const MIN_WORK_MS = 30 * MS_PER_MINUTE;
const END_MARGIN_MS = 60 * MS_PER_MINUTE;
const OVERDUE_RECENT_DAYS = 40;
const DAY = calendar.workingDayMinutes * MS_PER_MINUTE;

const workingDays = (amount: number): Duration => ({ unit: 'working_days', amount });
const workingHours = (amount: number): Duration => ({ unit: 'working_hours', amount });
const workingMinutes = (amount: number): Duration => ({ unit: 'working_minutes', amount });
const calendarDays = (amount: number): Duration => ({ unit: 'calendar_days', amount });
const DURATIONS: readonly Duration[] = [
  workingDays(1),
  workingDays(3),
  workingDays(5),
  workingDays(15),
  workingHours(4),
  workingHours(8),
  workingMinutes(90),
  calendarDays(10),
  calendarDays(30),
];

/** mulberry32: a tiny seeded PRNG, so that every "random" case is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEEDS = [1, 7, 42, 2024, 90210];

interface Scenario {
  readonly receipt: DaySpan;
  readonly end: Instant;
  readonly duration: Duration;
  readonly label: string;
}

/**
 * A random row of 1 to 60 days (now and then up to a year) from 2024 to 2026, a procedure's
 * duration, and the days its unit received dossiers: the whole row, or (a third of the time) a
 * part of it, as for a unit created or merged during the row.
 */
function randomScenario(random: () => number): Scenario {
  const int = (n: number) => Math.floor(random() * n);
  const from = isoToJdn('2024-01-01') + int(3 * 365);
  const to = from + (random() < 0.1 ? int(365) : int(60));
  const row = daySpan(jdnToIso(from), jdnToIso(to));
  const duration = DURATIONS[int(DURATIONS.length)] ?? workingDays(1);
  let receiptFrom = from;
  let receiptTo = to;
  if (random() < 0.33) {
    receiptFrom = from + int(to - from + 1);
    receiptTo = receiptFrom + int(to - receiptFrom + 1);
  }
  const receipt = daySpan(jdnToIso(receiptFrom), jdnToIso(receiptTo));
  const label = `${jdnToIso(from)}…${jdnToIso(to)} received ${jdnToIso(receiptFrom)}…${jdnToIso(receiptTo)}, ${duration.amount} ${duration.unit}`;
  return { receipt, end: row.end, duration, label };
}

const profileRow = (overrides: Partial<ProfileRow> = {}): ProfileRow => ({
  row: 2,
  level: 'xa',
  from: '2025-01-01',
  to: '2025-01-31',
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgressInTime: 0,
  inProgressOverdue: 0,
  ...overrides,
});

describe('DOSSIER_CLASSES', () => {
  it('are the three results and the two states of an open dossier', () => {
    expect(DOSSIER_CLASSES).toEqual(['early', 'on_time', 'late', 'in_time', 'overdue']);
  });
});

describe('classCounts', () => {
  it('splits resolved on time into early (EARLY_SHARE) and on time, and copies the other counts', () => {
    expect(EARLY_SHARE).toBe(0.6);
    expect(
      classCounts(
        profileRow({ resolvedOnTime: 10, resolvedLate: 3, inProgressInTime: 4, inProgressOverdue: 5 }),
      ),
    ).toEqual({ early: 6, on_time: 4, late: 3, in_time: 4, overdue: 5 });
  });

  it.each([
    [0, 0, 0],
    [1, 1, 0],
    [2, 1, 1],
    [3, 2, 1],
    [4, 2, 2],
    [5, 3, 2],
    [7, 4, 3],
    [100, 60, 40],
  ])('rounds the early part of %i resolved on time to %i (on time %i)', (n, early, onTime) => {
    const counts = classCounts(profileRow({ resolvedOnTime: n }));
    expect([counts.early, counts.on_time]).toEqual([early, onTime]);
  });

  it('makes every on-time dossier on time with a share of 0 and early with a share of 1', () => {
    const row = profileRow({ resolvedOnTime: 9, resolvedLate: 1 });
    expect(classCounts(row, 0)).toEqual({ early: 0, on_time: 9, late: 1, in_time: 0, overdue: 0 });
    expect(classCounts(row, 1)).toEqual({ early: 9, on_time: 0, late: 1, in_time: 0, overdue: 0 });
  });

  it('rounds a half up', () => {
    expect(classCounts(profileRow({ resolvedOnTime: 5 }), 0.5)).toMatchObject({ early: 3, on_time: 2 });
    expect(classCounts(profileRow({ resolvedOnTime: 1 }), 0.5)).toMatchObject({ early: 1, on_time: 0 });
  });

  it('sums to the dossiers of the row, with early and on time summing to resolved on time (seeded)', () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 400; i++) {
        const big = random() < 0.2;
        const count = () => Math.floor(random() * (big ? 10_000_001 : 50));
        const row = profileRow({
          resolvedOnTime: count(),
          resolvedLate: count(),
          inProgressInTime: count(),
          inProgressOverdue: count(),
        });
        const share = random() < 0.5 ? EARLY_SHARE : random();
        const counts = share === EARLY_SHARE ? classCounts(row) : classCounts(row, share);
        expect(Object.keys(counts).sort()).toEqual([...DOSSIER_CLASSES].sort());
        expect(DOSSIER_CLASSES.reduce((sum, cls) => sum + counts[cls], 0)).toBe(dossiersOfRow(row));
        expect(counts.early + counts.on_time).toBe(row.resolvedOnTime);
        expect(Number.isInteger(counts.early)).toBe(true);
        expect(counts.early).toBeGreaterThanOrEqual(0);
        expect(counts.on_time).toBeGreaterThanOrEqual(0);
        expect(Math.abs(counts.early - share * row.resolvedOnTime)).toBeLessThanOrEqual(0.5);
        expect([counts.late, counts.in_time, counts.overdue]).toEqual([
          row.resolvedLate,
          row.inProgressInTime,
          row.inProgressOverdue,
        ]);
      }
    }
  });
});

describe('daySpan', () => {
  it('runs from local midnight of the first day to local midnight after the last (UTC+7)', () => {
    expect(daySpan('2025-03-03', '2025-03-07')).toEqual({
      start: Date.UTC(2025, 2, 2, 17),
      end: Date.UTC(2025, 2, 7, 17),
    });
    expect(daySpan('2025-03-03', '2025-03-03')).toEqual({
      start: at('2025-03-03 00:00'),
      end: at('2025-03-04 00:00'),
    });
  });

  it('spans whole local days: the first, the last, and their count (seeded)', () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 300; i++) {
        const from = isoToJdn('2000-01-01') + Math.floor(random() * 20000);
        const to = from + Math.floor(random() * 800);
        const span = daySpan(jdnToIso(from), jdnToIso(to));
        expect(localJdn(span.start)).toBe(from);
        expect(localJdn(span.start - 1)).toBe(from - 1);
        expect(localJdn(span.end - 1)).toBe(to);
        expect(localJdn(span.end)).toBe(to + 1);
        expect((span.end - span.start) / MS_PER_DAY).toBe(daysOfPeriod(jdnToIso(from), jdnToIso(to)));
      }
    }
  });
});

describe('readingIn', () => {
  it.each([
    ['the first whole second after lo at u = 0', 0, 10_000, 0, 1000],
    ['the last whole second at u just below 1', 0, 10_000, 0.999_999, 10_000],
    ['a whole second, never lo itself', 1000, 5000, 0, 2000],
    ['the next whole second after a fractional lo', 1500, 5000, 0, 2000],
    ['hi when it is the only whole second', 4001, 5000, 0.7, 5000],
    ['the middle of three whole seconds at u = 0.5', 0, 3000, 0.5, 2000],
  ])('picks %s', (_, lo, hi, u, expected) => {
    expect(readingIn(lo, hi, u)).toBe(expected);
  });

  it('is null when (lo, hi] is empty', () => {
    expect(readingIn(1000, 1000, 0)).toBeNull();
    expect(readingIn(5000, 4000, 0.5)).toBeNull();
    expect(readingIn(1500, 1500, 0.99)).toBeNull();
  });

  it('falls back to hi when (lo, hi] holds no whole second', () => {
    expect(readingIn(1500, 1800, 0.3)).toBe(1800);
    expect(readingIn(0, 999, 0.9)).toBe(999);
  });

  it('stays in (lo, hi], on whole seconds when there are any, and grows with u (seeded)', () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 3000; i++) {
        const lo = Math.floor(random() * 1e9);
        const width = random() < 0.3 ? Math.floor(random() * 3000) : Math.floor(random() * 1e8);
        const hi = lo + width;
        const [u, v] = [random(), random()].sort((a, b) => a - b) as [number, number];
        const r = readingIn(lo, hi, u);
        if (hi <= lo) {
          expect(r).toBeNull();
          continue;
        }
        if (r === null) throw new Error(`no reading in (${lo}, ${hi}]`);
        expect(r).toBeGreaterThan(lo);
        expect(r).toBeLessThanOrEqual(hi);
        const hasWholeSecond = Math.floor(hi / 1000) * 1000 > lo;
        if (hasWholeSecond) expect(r % 1000).toBe(0);
        else expect(r).toBe(hi);
        expect(readingIn(lo, hi, v) ?? Number.NaN).toBeGreaterThanOrEqual(r);
      }
    }
  });

  it('reaches every whole second of the range, each over an equal share of u', () => {
    const lo = 12_345;
    const hi = 29_999;
    // The whole seconds of (12.345 s, 29.999 s]: 13 s to 29 s, seventeen of them.
    const all = Array.from({ length: 17 }, (_, j) => 13_000 + 1000 * j);
    all.forEach((s, j) => {
      expect(readingIn(lo, hi, (j + 0.01) / all.length)).toBe(s);
      expect(readingIn(lo, hi, (j + 0.99) / all.length)).toBe(s);
    });
  });
});

describe('classOfTimes', () => {
  const dueAt = at('2025-03-10 10:00');
  const open: DossierTimes = {
    receivedAt: at('2025-03-03 10:00'),
    dueAt,
    apologyAt: null,
    newAppointmentAt: null,
    resolvedAt: null,
    returnedAt: null,
  };
  const resolved = (resolvedAt: Instant): DossierTimes => ({ ...open, resolvedAt });
  const end = daySpan('2025-03-01', '2025-03-31').end;

  it.each([
    ['early on a day before the due day', '2025-03-07 16:00', 'early'],
    ['early up to the last instant of the day before', '2025-03-09 23:59', 'early'],
    ['on time on the due day before the due time', '2025-03-10 07:00', 'on_time'],
    ['on time at midnight starting the due day', '2025-03-10 00:00', 'on_time'],
    ['on time at the due time', '2025-03-10 10:00', 'on_time'],
    ['late after the due time', '2025-03-10 10:01', 'late'],
    ['late on a later day', '2025-03-14 09:00', 'late'],
  ])('folds a dossier resolved %s', (_, when, cls) => {
    expect(classOfTimes(resolved(at(when)), end)).toBe(cls);
  });

  it('folds a result one millisecond after the due time as late', () => {
    expect(classOfTimes(resolved(dueAt + 1), end)).toBe('late');
    expect(classOfTimes(resolved(dueAt), end)).toBe('on_time');
  });

  it('folds a resolved dossier by its result whatever the end', () => {
    expect(classOfTimes(resolved(at('2025-03-07 16:00')), at('2025-03-07 17:00'))).toBe('early');
    expect(classOfTimes(resolved(at('2025-03-14 09:00')), at('2026-01-01 00:00'))).toBe('late');
  });

  it('folds an open dossier due before the last millisecond of the row as overdue, else in time', () => {
    expect(classOfTimes(open, dueAt + 2)).toBe('overdue');
    expect(classOfTimes(open, dueAt + 1)).toBe('in_time');
    expect(classOfTimes(open, dueAt)).toBe('in_time');
    expect(classOfTimes(open, at('2025-03-11 00:00'))).toBe('overdue');
    expect(classOfTimes(open, at('2025-03-10 00:00'))).toBe('in_time');
  });

  it('agrees with classifyCompletion and with progressStatus at the last millisecond (seeded)', () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 3000; i++) {
        const received = at('2025-01-01 00:00') + Math.floor(random() * 300 * MS_PER_DAY);
        const due = received + 1 + Math.floor(random() * 20 * MS_PER_DAY);
        const endOfRow = received + 1 + Math.floor(random() * 40 * MS_PER_DAY);
        const times: DossierTimes = { ...open, receivedAt: received, dueAt: due };
        expect(classOfTimes(times, endOfRow)).toBe(progressStatus(due, endOfRow - 1));
        const result = received + 1 + Math.floor(random() * 30 * MS_PER_DAY);
        expect(classOfTimes({ ...times, resolvedAt: result }, endOfRow)).toBe(
          classifyCompletion(due, result),
        );
      }
    }
  });
});

describe('timesFit', () => {
  const receipt = daySpan('2025-03-03', '2025-03-07');
  const end = receipt.end;
  const good: DossierTimes = {
    receivedAt: at('2025-03-03 09:00'),
    dueAt: at('2025-03-05 09:00'),
    apologyAt: at('2025-03-04 09:00'),
    newAppointmentAt: at('2025-03-06 17:00'),
    resolvedAt: at('2025-03-06 10:00'),
    returnedAt: at('2025-03-06 15:00'),
  };

  /** Open, without apology: only the receipt and the due time are left to clash. */
  const openOnly = { apologyAt: null, newAppointmentAt: null, resolvedAt: null, returnedAt: null };
  /** Due on Friday with a new appointment after it, so that only the apology and the result can clash. */
  const dueFriday = { dueAt: at('2025-03-07 09:00'), newAppointmentAt: at('2025-03-07 17:00') };

  it('accepts times in order within the row', () => {
    expect(timesFit(good, receipt, end)).toBe(true);
  });

  it.each<[string, Partial<DossierTimes>]>([
    ['a receipt exactly at the start of the first day', { receivedAt: receipt.start }],
    [
      'a receipt at the last millisecond of the last day',
      {
        receivedAt: receipt.end - 1,
        dueAt: end + 10,
        apologyAt: null,
        newAppointmentAt: null,
        resolvedAt: null,
        returnedAt: null,
      },
    ],
    ['a result exactly at the end, returned then too', { resolvedAt: end, returnedAt: end }],
    ['a return at the result', { returnedAt: at('2025-03-06 10:00') }],
    ['a result and no return', { returnedAt: null }],
    [
      'an open dossier without apology',
      { apologyAt: null, newAppointmentAt: null, resolvedAt: null, returnedAt: null },
    ],
    [
      'an open dossier due after the end, with an apology',
      { dueAt: end + DAY, newAppointmentAt: end + 2 * MS_PER_DAY, resolvedAt: null, returnedAt: null },
    ],
    [
      'an early result and no apology',
      { apologyAt: null, newAppointmentAt: null, resolvedAt: at('2025-03-04 08:00') },
    ],
  ])('accepts %s', (_, change) => {
    expect(timesFit({ ...good, ...change }, receipt, end)).toBe(true);
  });

  it.each<[string, Partial<DossierTimes>]>([
    ['a receipt before the first day', { receivedAt: receipt.start - 1 }],
    [
      'a receipt at the end of the last day',
      {
        receivedAt: receipt.end,
        dueAt: end + DAY,
        apologyAt: null,
        newAppointmentAt: null,
        resolvedAt: null,
        returnedAt: null,
      },
    ],
    ['a due time at the receipt', { ...openOnly, dueAt: at('2025-03-03 09:00') }],
    ['a due time before the receipt', { ...openOnly, dueAt: at('2025-03-03 08:00') }],
    ['a result at the receipt', { resolvedAt: at('2025-03-03 09:00'), apologyAt: null, returnedAt: null }],
    [
      'a result before the receipt',
      { resolvedAt: at('2025-03-03 08:00'), apologyAt: null, returnedAt: null },
    ],
    ['a result after the end', { resolvedAt: end + 1, returnedAt: null }],
    ['a return without a result', { resolvedAt: null }],
    ['a return before the result', { returnedAt: at('2025-03-06 09:59') }],
    ['a return after the end', { returnedAt: end + 1 }],
    ['an apology at the receipt', { apologyAt: at('2025-03-03 09:00') }],
    ['an apology before the receipt', { apologyAt: at('2025-03-03 08:00') }],
    ['an apology at the due time', { apologyAt: at('2025-03-05 09:00') }],
    ['an apology after the due time', { apologyAt: at('2025-03-05 10:00') }],
    ['an apology without a new appointment', { newAppointmentAt: null }],
    ['a new appointment at the due time', { newAppointmentAt: at('2025-03-05 09:00') }],
    ['a new appointment before the due time', { newAppointmentAt: at('2025-03-04 17:00') }],
    ['an apology at the result', { ...dueFriday, resolvedAt: at('2025-03-04 09:00') }],
    ['an apology after the result', { ...dueFriday, resolvedAt: at('2025-03-04 08:00') }],
  ])('rejects %s', (_, change) => {
    expect(timesFit({ ...good, ...change }, receipt, end)).toBe(false);
  });
});

/** The working-clock readings of a receipt span, as `receiptReadings` counts them. */
const allReadings = (receipt: DaySpan): Readings => ({
  lo: reading(receipt.start),
  hi: reading(receipt.end),
});

describe('receiptReadings', () => {
  const week = daySpan('2025-03-03', '2025-03-07');
  const r = (cls: DossierClass, duration = workingDays(1), receipt = week, end = week.end) => {
    const found = receiptReadings(calendar, duration, receipt, end, cls);
    return found && { lo: instant(found.lo), hi: instant(found.hi) };
  };

  it('gives receipts up to 30 working minutes before the end for early results', () => {
    expect(r('early')).toEqual({ lo: at('2025-02-28 17:00'), hi: at('2025-03-07 16:30') });
  });

  it('gives receipts due by the end for results on time', () => {
    expect(r('on_time')).toEqual({ lo: at('2025-02-28 17:00'), hi: at('2025-03-06 17:00') });
  });

  it('gives receipts due an hour of working time before the end for late results and overdue ones', () => {
    expect(r('late')).toEqual({ lo: at('2025-02-28 17:00'), hi: at('2025-03-06 16:00') });
    expect(r('overdue')).toEqual({ lo: at('2025-02-28 17:00'), hi: at('2025-03-06 16:00') });
  });

  it('gives receipts due more than an hour of working time after the end for open dossiers in time', () => {
    // An hour after Friday 17:00 on the working clock is Monday 08:00.
    expect(r('in_time')).toEqual({ lo: at('2025-03-07 08:00'), hi: at('2025-03-07 17:00') });
  });

  it('stops the receipts at the receipt days even when the row goes on', () => {
    const monday = daySpan('2025-03-03', '2025-03-03');
    expect(r('on_time', workingDays(1), monday)).toEqual({
      lo: at('2025-02-28 17:00'),
      hi: at('2025-03-03 17:00'),
    });
    expect(r('in_time', workingDays(1), monday)).toBeNull();
  });

  it('is null for every class when the receipt days have no working day', () => {
    for (const [from, to] of [
      ['2025-03-08', '2025-03-09'],
      ['2025-01-25', '2025-02-02'],
      ['2025-09-01', '2025-09-02'],
    ] as const) {
      for (const cls of DOSSIER_CLASSES) {
        expect(receiptReadings(calendar, workingDays(1), daySpan(from, to), week.end, cls)).toBeNull();
      }
    }
  });

  it('is null for results due by the end when every receipt is due after it', () => {
    const monday = daySpan('2025-03-03', '2025-03-03');
    for (const cls of ['on_time', 'late', 'overdue'] as const) {
      expect(receiptReadings(calendar, workingDays(2), monday, monday.end, cls)).toBeNull();
    }
    expect(receiptReadings(calendar, workingDays(2), monday, monday.end, 'early')).not.toBeNull();
    expect(receiptReadings(calendar, workingDays(2), monday, monday.end, 'in_time')).not.toBeNull();
  });

  it('is null for open dossiers in time when every receipt is due within an hour of the end', () => {
    expect(receiptReadings(calendar, workingMinutes(30), week, week.end, 'in_time')).toBeNull();
    expect(receiptReadings(calendar, workingMinutes(60), week, week.end, 'in_time')).toBeNull();
    expect(receiptReadings(calendar, workingMinutes(61), week, week.end, 'in_time')).not.toBeNull();
  });

  it('is null for early results when the end leaves no 30 working minutes after a receipt', () => {
    const monday = daySpan('2025-03-03', '2025-03-03');
    expect(receiptReadings(calendar, workingDays(1), monday, at('2025-03-03 07:30'), 'early')).toBeNull();
    expect(receiptReadings(calendar, workingDays(1), monday, at('2025-03-03 07:31'), 'early')).toEqual({
      lo: reading(monday.start),
      hi: reading(monday.start) + MS_PER_MINUTE,
    });
  });

  it('gives exactly the receipts each class allows: bounded, maximal, and null only when none (seeded)', () => {
    let found = 0;
    let none = 0;
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 60; i++) {
        const { receipt, end, duration, label } = randomScenario(random);
        const all = allReadings(receipt);
        const last = reading(end);
        for (const cls of DOSSIER_CLASSES) {
          const readings = receiptReadings(calendar, duration, receipt, end, cls);
          const where = `${label}, ${cls}`;
          if (all.hi <= all.lo) {
            expect(readings, where).toBeNull();
            continue;
          }
          const inside = (x: number) => x + (readings ? Math.floor(random() * (readings.hi - x)) + 1 : 0);
          switch (cls) {
            case 'early': {
              const hi = Math.min(all.hi, last - MIN_WORK_MS);
              expect(readings, where).toEqual(hi > all.lo ? { lo: all.lo, hi } : null);
              break;
            }
            case 'on_time':
            case 'late':
            case 'overdue': {
              const limit = cls === 'on_time' ? last : last - END_MARGIN_MS;
              if (dueReading(duration, all.lo + 1) > limit) {
                expect(readings, where).toBeNull();
                break;
              }
              if (!readings) throw new Error(`${where}: no readings though the first receipt is due in time`);
              expect(readings.lo, where).toBe(all.lo);
              expect(readings.hi, where).toBeLessThanOrEqual(all.hi);
              expect(dueReading(duration, readings.hi), where).toBeLessThanOrEqual(limit);
              expect(dueReading(duration, inside(readings.lo)), where).toBeLessThanOrEqual(limit);
              if (readings.hi < all.hi)
                expect(dueReading(duration, readings.hi + 1), where).toBeGreaterThan(limit);
              break;
            }
            case 'in_time': {
              const limit = last + END_MARGIN_MS;
              if (dueReading(duration, all.hi) <= limit) {
                expect(readings, where).toBeNull();
                break;
              }
              if (!readings)
                throw new Error(`${where}: no readings though the last receipt is due late enough`);
              expect(readings.hi, where).toBe(all.hi);
              expect(readings.lo, where).toBeGreaterThanOrEqual(all.lo);
              expect(readings.lo, where).toBeLessThan(readings.hi);
              expect(dueReading(duration, readings.lo + 1), where).toBeGreaterThan(limit);
              expect(dueReading(duration, inside(readings.lo)), where).toBeGreaterThan(limit);
              if (readings.lo > all.lo)
                expect(dueReading(duration, readings.lo), where).toBeLessThanOrEqual(limit);
              break;
            }
          }
          if (readings) {
            found++;
            expect(instant(readings.lo + 1), where).toBeGreaterThanOrEqual(receipt.start);
            expect(instant(readings.hi), where).toBeLessThan(receipt.end);
          } else none++;
        }
      }
    }
    // The scenarios exercise both outcomes.
    expect(found).toBeGreaterThan(100);
    expect(none).toBeGreaterThan(10);
  });
});

/** Checks the times of a dossier of class `cls` against every rule, independently of `timesFit`. */
function expectTimesObeyTheRules(
  times: DossierTimes,
  scenario: Scenario,
  readings: Readings,
  cls: DossierClass,
  where: string,
) {
  const { receipt, end, duration } = scenario;
  const { receivedAt, dueAt, apologyAt, newAppointmentAt, resolvedAt, returnedAt } = times;
  const x = reading(receivedAt);
  const due = reading(dueAt);

  // Received on a reading of the readings, inside the receipt days, on a whole second when it can be.
  expect(receivedAt, where).toBeGreaterThanOrEqual(receipt.start);
  expect(receivedAt, where).toBeLessThan(receipt.end);
  expect(x, where).toBeGreaterThan(readings.lo);
  expect(x, where).toBeLessThanOrEqual(readings.hi);
  expect(instant(x), where).toBe(receivedAt);
  if (readings.hi - readings.lo >= 2000) expect(receivedAt % 1000, where).toBe(0);
  if (cls === 'overdue') expect(x, where).toBeGreaterThan(readings.hi - OVERDUE_RECENT_DAYS * DAY);

  // Due by the legal duration.
  expect(dueAt, where).toBe(addWorkingTime(calendar, receivedAt, duration));

  // Folds to the class at the end of the row.
  if (resolvedAt === null) {
    expect(['in_time', 'overdue'], where).toContain(cls);
    expect(progressStatus(dueAt, end - 1), where).toBe(cls);
    expect(returnedAt, where).toBeNull();
  } else {
    expect(['early', 'on_time', 'late'], where).toContain(cls);
    expect(classifyCompletion(dueAt, resolvedAt), where).toBe(cls);
    expect(resolvedAt, where).toBeGreaterThan(receivedAt);
    expect(resolvedAt, where).toBeLessThanOrEqual(end);
  }
  if (cls === 'early') {
    expect(reading(resolvedAt ?? 0) - x, where).toBeGreaterThan(MIN_WORK_MS);
    expect(localJdn(resolvedAt ?? 0), where).toBeLessThan(localJdn(dueAt));
  }
  if (cls === 'on_time') {
    expect(reading(resolvedAt ?? 0) - x, where).toBeGreaterThan(MS_PER_MINUTE);
    expect(localJdn(resolvedAt ?? 0), where).toBe(localJdn(dueAt));
  }
  if (cls === 'late') {
    expect(reading(resolvedAt ?? 0) - due, where).toBeGreaterThan(0);
    expect(reading(resolvedAt ?? 0) - due, where).toBeLessThanOrEqual(10 * DAY);
  }

  // Returned, when at all, after the result, within three working days and before the end.
  if (returnedAt !== null && resolvedAt !== null) {
    expect(returnedAt, where).toBeGreaterThan(resolvedAt);
    expect(returnedAt, where).toBeLessThanOrEqual(end);
    expect(reading(returnedAt) - reading(resolvedAt), where).toBeLessThanOrEqual(3 * DAY);
  }

  // An apology and a new appointment exactly for late and overdue dossiers.
  if (cls !== 'late' && cls !== 'overdue') {
    expect(apologyAt, where).toBeNull();
    expect(newAppointmentAt, where).toBeNull();
    return;
  }
  if (apologyAt === null || newAppointmentAt === null) throw new Error(`${where}: no apology`);
  expect(apologyAt, where).toBeGreaterThan(receivedAt);
  expect(apologyAt, where).toBeLessThan(dueAt);
  if (resolvedAt !== null) expect(apologyAt, where).toBeLessThan(resolvedAt);
  const ahead = due - reading(apologyAt);
  if (due - DAY > x + 1000) {
    // At least a working day before the due time (and less than two) when it can be.
    expect(ahead, where).toBeGreaterThanOrEqual(DAY);
    expect(ahead, where).toBeLessThan(2 * DAY);
  } else {
    expect(ahead, where).toBeGreaterThanOrEqual(1000);
  }
  expect(newAppointmentAt, where).toBeGreaterThan(dueAt);
  expect(endOfWorkingDayOnOrAfter(calendar, localJdn(newAppointmentAt)), where).toBe(newAppointmentAt);
  if (resolvedAt !== null) {
    // Late: the new appointment is the end of the working day of the result.
    expect(newAppointmentAt, where).toBe(endOfWorkingDayOnOrAfter(calendar, localJdn(resolvedAt)));
  } else {
    // Overdue: one to ten working days after the due time, at the end of that working day.
    expect(reading(newAppointmentAt) - due, where).toBeGreaterThanOrEqual(DAY);
    expect(reading(newAppointmentAt) - due, where).toBeLessThan(11 * DAY);
  }
}

describe('dossierTimes', () => {
  const month = daySpan('2025-03-01', '2025-03-31');
  const monthScenario: Scenario = {
    receipt: month,
    end: month.end,
    duration: workingDays(5),
    label: 'March 2025, 5 working days',
  };
  const readingsOf = (s: Scenario, cls: DossierClass) => {
    const found = receiptReadings(calendar, s.duration, s.receipt, s.end, cls);
    if (!found) throw new Error(`${s.label}: no readings for ${cls}`);
    return found;
  };

  it('makes times that obey every rule of their class and fold back to it (seeded)', () => {
    const landed = Object.fromEntries(DOSSIER_CLASSES.map((c) => [c, 0])) as Record<DossierClass, number>;
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < 50; i++) {
        const scenario = randomScenario(random);
        for (const cls of DOSSIER_CLASSES) {
          const readings = receiptReadings(calendar, scenario.duration, scenario.receipt, scenario.end, cls);
          if (!readings) continue;
          for (let k = 0; k < 8; k++) {
            const times = dossierTimes(
              calendar,
              scenario.duration,
              readings,
              scenario.receipt,
              scenario.end,
              cls,
              random,
            );
            if (!times) continue;
            landed[cls]++;
            const where = `seed ${seed}, ${scenario.label}, ${cls}`;
            expectTimesObeyTheRules(times, scenario, readings, cls, where);
            expect(classOfTimes(times, scenario.end), where).toBe(cls);
            expect(timesFit(times, scenario.receipt, scenario.end), where).toBe(true);
          }
        }
      }
    }
    for (const cls of DOSSIER_CLASSES) expect(landed[cls], cls).toBeGreaterThan(1000);
  });

  it('lands nearly every draw of every class in a month with a five-day procedure', () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (const cls of DOSSIER_CLASSES) {
        const readings = readingsOf(monthScenario, cls);
        let landed = 0;
        for (let k = 0; k < 200; k++) {
          const times = dossierTimes(calendar, workingDays(5), readings, month, month.end, cls, random);
          if (!times) continue;
          landed++;
          expectTimesObeyTheRules(times, monthScenario, readings, cls, `seed ${seed}, ${cls}`);
        }
        expect(landed, `seed ${seed}, ${cls}`).toBeGreaterThanOrEqual(190);
      }
    }
  });

  it('spreads receipts over the working days of the row', () => {
    const random = mulberry32(3);
    const workingDaysOfMonth = new Set<number>();
    for (let jdn = isoToJdn('2025-03-01'); jdn <= isoToJdn('2025-03-31'); jdn++) {
      if (calendar.isWorkingDay[jdn - calendar.firstJdn] === 1) workingDaysOfMonth.add(jdn);
    }
    const readings = readingsOf(monthScenario, 'early');
    const days = new Set<number>();
    for (let k = 0; k < 600; k++) {
      const times = dossierTimes(calendar, workingDays(5), readings, month, month.end, 'early', random);
      if (times) days.add(localJdn(times.receivedAt));
    }
    for (const day of days) expect(workingDaysOfMonth.has(day)).toBe(true);
    // Early receipts must leave room for a result before the due day, so the last days stay empty.
    expect(days.size).toBeGreaterThanOrEqual(workingDaysOfMonth.size - 5);
  });

  it('receives overdue dossiers within the last 40 working days of their receipts', () => {
    const year = daySpan('2025-01-01', '2025-12-31');
    const scenario: Scenario = { receipt: year, end: year.end, duration: workingDays(5), label: '2025' };
    const readings = readingsOf(scenario, 'overdue');
    expect(readings.hi - readings.lo).toBeGreaterThan(100 * DAY);
    const random = mulberry32(11);
    let landed = 0;
    for (let k = 0; k < 300; k++) {
      const times = dossierTimes(calendar, workingDays(5), readings, year, year.end, 'overdue', random);
      if (!times) continue;
      landed++;
      expect(reading(times.receivedAt)).toBeGreaterThan(readings.hi - OVERDUE_RECENT_DAYS * DAY);
      expectTimesObeyTheRules(times, scenario, readings, 'overdue', `draw ${k}`);
    }
    expect(landed).toBeGreaterThan(250);
  });

  it('returns the same times for the same draws', () => {
    for (const cls of DOSSIER_CLASSES) {
      const readings = readingsOf(monthScenario, cls);
      const run = (seed: number) => {
        const random = mulberry32(seed);
        return Array.from({ length: 20 }, () =>
          dossierTimes(calendar, workingDays(5), readings, month, month.end, cls, random),
        );
      };
      expect(run(5)).toEqual(run(5));
      expect(run(5)).not.toEqual(run(6));
    }
  });

  it('is null when the readings hold no receipt', () => {
    const lo = reading(at('2025-03-03 10:00'));
    for (const cls of DOSSIER_CLASSES) {
      expect(
        dossierTimes(calendar, workingDays(5), { lo, hi: lo }, month, month.end, cls, () => 0.5),
      ).toBeNull();
    }
  });

  it('is null when a receipt drawn from readings outside the receipt days does not fit them', () => {
    const march = allReadings(month);
    const april = daySpan('2025-04-01', '2025-04-30');
    for (const u of [0, 0.25, 0.5, 0.75, 0.999]) {
      expect(dossierTimes(calendar, workingDays(5), march, april, april.end, 'in_time', () => u)).toBeNull();
    }
  });

  it('never lands an early result for a procedure of 30 working minutes: it is due before one can be', () => {
    const readings = readingsOf({ ...monthScenario, duration: workingMinutes(30) }, 'early');
    const random = mulberry32(9);
    for (let k = 0; k < 300; k++) {
      expect(
        dossierTimes(calendar, workingMinutes(30), readings, month, month.end, 'early', random),
      ).toBeNull();
    }
  });

  it('lands early results of a four-hour procedure only from receipts late enough in the day', () => {
    const duration = workingHours(4);
    const readings = readingsOf({ ...monthScenario, duration }, 'early');
    const random = mulberry32(13);
    let landed = 0;
    for (let k = 0; k < 400; k++) {
      const times = dossierTimes(calendar, duration, readings, month, month.end, 'early', random);
      if (!times) continue;
      landed++;
      // Due on a later day: received in the last four working hours of a day.
      expect(localJdn(times.dueAt)).toBeGreaterThan(localJdn(times.receivedAt));
      expectTimesObeyTheRules(times, { ...monthScenario, duration }, readings, 'early', `draw ${k}`);
    }
    expect(landed).toBeGreaterThan(50);
    expect(landed).toBeLessThan(400);
  });
});
