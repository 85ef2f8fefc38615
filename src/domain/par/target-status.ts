import { type IsoDate, isoToJdn } from '../calendar/civil-date';
import { type Milestone, milestoneDeadline } from './milestones';

export type TargetStatus = 'met' | 'on_track' | 'at_risk' | 'missed' | 'no_data' | 'no_milestone';

/** What the lead agency (or the system's own figure) reports: a percentage reached, or the day the work was done. */
export type TargetActual = { readonly percent: number } | { readonly doneOn: IsoDate };

export interface TargetStatusInput {
  readonly year: number;
  readonly milestone: Milestone | null;
  readonly actual: TargetActual | null;
  readonly today: IsoDate;
}

/**
 * Unfinished month-milestone work is flagged at risk this many days before its deadline. Our own
 * choice, not a legal rule: a month is one monthly reporting cycle for the lead agency to react.
 */
export const AT_RISK_WINDOW_DAYS = 30;

// Percentages are compared in hundredths as integers, so 80.1 + a float error never misses 80.1.
function hundredths(percent: number): number {
  return Math.round(percent * 100);
}

/**
 * Status of a target for one year of its plan. The rule:
 * - no milestone that year → `no_milestone`;
 * - a percent milestone needs a reported percentage, else `no_data` (a completion date says
 *   nothing about a percentage). Reached means actual ≥ milestone, compared in hundredths:
 *   - the year is over (today after 31 Dec) → `met` if reached, else `missed`;
 *   - the year is running → `on_track` if reached, else `at_risk`;
 *   - the year has not begun → `on_track` either way: nothing is due yet, and a figure from before
 *     the year cannot be behind that year's milestone;
 * - a by-month milestone is due on the last day of its month (see milestoneDeadline). A reported
 *   percentage is `no_data` (only a completion date counts); otherwise:
 *   - done on or before the deadline → `met`; done after it → `missed`;
 *   - not done and today is after the deadline → `missed`;
 *   - not done and the deadline is at most AT_RISK_WINDOW_DAYS days away (today included) → `at_risk`;
 *   - not done otherwise → `on_track`.
 * Throws CalendarError (`invalid_date`) when `today` or `doneOn` is not an ISO date.
 */
export function targetStatus(input: TargetStatusInput): TargetStatus {
  const { year, milestone, actual } = input;
  const today = isoToJdn(input.today);
  if (milestone === null) return 'no_milestone';

  if (milestone.kind === 'percent') {
    if (actual === null || !('percent' in actual)) return 'no_data';
    const reached = hundredths(actual.percent) >= hundredths(milestone.percent);
    if (today > isoToJdn({ y: year, m: 12, d: 31 })) return reached ? 'met' : 'missed';
    if (today < isoToJdn({ y: year, m: 1, d: 1 })) return 'on_track';
    return reached ? 'on_track' : 'at_risk';
  }

  const deadline = isoToJdn(milestoneDeadline(year, milestone));
  if (actual !== null) {
    if (!('doneOn' in actual)) return 'no_data';
    return isoToJdn(actual.doneOn) <= deadline ? 'met' : 'missed';
  }
  if (today > deadline) return 'missed';
  return deadline - today <= AT_RISK_WINDOW_DAYS ? 'at_risk' : 'on_track';
}
