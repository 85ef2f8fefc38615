import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar/errors';
import type { Milestone } from './milestones';
import { type TargetActual, type TargetStatus, targetStatus } from './target-status';

const percent = (value: number): Milestone => ({ kind: 'percent', percent: value });
const byMonth = (month: number): Milestone => ({ kind: 'by_month', month });
const reached = (value: number): TargetActual => ({ percent: value });
const doneOn = (iso: string): TargetActual => ({ doneOn: iso });

// [behaviour, expected status, year, milestone, actual, today]
type Case = readonly [string, TargetStatus, number, Milestone | null, TargetActual | null, string];

const cases: readonly Case[] = [
  // no milestone
  ['a year without milestone', 'no_milestone', 2021, null, null, '2022-03-01'],
  ['a year without milestone, even with a figure', 'no_milestone', 2021, null, reached(50), '2022-03-01'],

  // percent milestone, no usable figure
  ['no figure after the year', 'no_data', 2024, percent(80), null, '2025-02-01'],
  ['no figure during the year', 'no_data', 2024, percent(80), null, '2024-06-01'],
  ['no figure before the year', 'no_data', 2024, percent(80), null, '2023-06-01'],
  [
    'a completion date instead of a percentage',
    'no_data',
    2024,
    percent(80),
    doneOn('2024-05-01'),
    '2025-02-01',
  ],

  // percent milestone, year over
  ['above the milestone, year over', 'met', 2024, percent(80), reached(85), '2025-03-01'],
  ['exactly the milestone, year over', 'met', 2024, percent(80), reached(80), '2025-03-01'],
  ['a hundredth short, year over', 'missed', 2024, percent(80), reached(79.99), '2025-03-01'],
  ['short on 1 Jan of the next year', 'missed', 2024, percent(80), reached(79), '2025-01-01'],
  ['reached on 1 Jan of the next year', 'met', 2024, percent(80), reached(80), '2025-01-01'],

  // percent milestone, year running
  ['short on 31 Dec, the last day of the year', 'at_risk', 2024, percent(80), reached(79), '2024-12-31'],
  ['reached on 31 Dec', 'on_track', 2024, percent(80), reached(80), '2024-12-31'],
  ['short on 1 Jan, the first day of the year', 'at_risk', 2024, percent(80), reached(10), '2024-01-01'],
  ['exactly the milestone mid-year', 'on_track', 2024, percent(80), reached(80), '2024-07-15'],
  ['a 0% milestone is reached by 0%', 'on_track', 2024, percent(0), reached(0), '2024-07-15'],

  // percent milestone, year not begun
  ['short on 31 Dec of the year before', 'on_track', 2024, percent(80), reached(10), '2023-12-31'],
  ['already reached the year before', 'on_track', 2024, percent(80), reached(90), '2023-12-31'],

  // by-month milestone (June 2022: due 2022-06-30)
  ['done on the deadline day', 'met', 2022, byMonth(6), doneOn('2022-06-30'), '2022-09-01'],
  ['done the day after the deadline', 'missed', 2022, byMonth(6), doneOn('2022-07-01'), '2022-09-01'],
  ['done a year early', 'met', 2022, byMonth(6), doneOn('2021-11-02'), '2022-01-10'],
  ['a percentage instead of a completion date', 'no_data', 2022, byMonth(6), reached(100), '2022-09-01'],
  ['not done the day after the deadline', 'missed', 2022, byMonth(6), null, '2022-07-01'],
  ['not done on the deadline day', 'at_risk', 2022, byMonth(6), null, '2022-06-30'],
  ['not done exactly 30 days before', 'at_risk', 2022, byMonth(6), null, '2022-05-31'],
  ['not done 31 days before', 'on_track', 2022, byMonth(6), null, '2022-05-30'],
  ['not done, a year before', 'on_track', 2022, byMonth(6), null, '2021-06-30'],

  // by-month milestone in December: the deadline is 31 Dec
  ['December work not done on 31 Dec', 'at_risk', 2024, byMonth(12), null, '2024-12-31'],
  ['December work not done on 1 Jan', 'missed', 2024, byMonth(12), null, '2025-01-01'],
  ['December work done on 31 Dec', 'met', 2024, byMonth(12), doneOn('2024-12-31'), '2025-01-01'],
  ['December work done on 1 Jan', 'missed', 2024, byMonth(12), doneOn('2025-01-01'), '2025-01-02'],
  ['February work in a leap year, not done on the 29th', 'at_risk', 2024, byMonth(2), null, '2024-02-29'],
  [
    'February work in a leap year, done on the 29th',
    'met',
    2024,
    byMonth(2),
    doneOn('2024-02-29'),
    '2024-03-01',
  ],
];

describe('targetStatus', () => {
  it.each(cases)('%s → %s', (_name, status, year, milestone, actual, today) => {
    expect(targetStatus({ year, milestone, actual, today })).toBe(status);
  });

  it('compares percentages in hundredths, so a float sum equal to the milestone reaches it', () => {
    expect(0.1 + 0.7).toBeLessThan(0.8);
    expect(
      targetStatus({ year: 2024, milestone: percent(0.8), actual: reached(0.1 + 0.7), today: '2025-01-01' }),
    ).toBe('met');
  });

  it('refuses a day that is not an ISO date', () => {
    expect(() =>
      targetStatus({ year: 2024, milestone: percent(80), actual: null, today: '2024-02-30' }),
    ).toThrow(CalendarError);
    expect(() =>
      targetStatus({ year: 2024, milestone: byMonth(6), actual: doneOn('30/06/2024'), today: '2024-07-01' }),
    ).toThrow(CalendarError);
  });
});
