import { addWorkingTime, type Duration, shiftByWorkingMs } from './deadlines';
import { CalendarError } from './errors';
import { type Instant, type WorkingCalendar, workingMsAt } from './working-calendar';

/**
 * The legal clock of a dossier or step across supplement requests (yêu cầu bổ sung hồ sơ).
 * By default the time restarts from zero at the complete re-submission (Decree 118/2025/NĐ-CP,
 * art. 19.5); a procedure whose own legal text says so may `pause` instead, keeping the time left.
 */
export type SupplementPolicy = 'restart' | 'pause';

export const DEFAULT_SUPPLEMENT_POLICY: SupplementPolicy = 'restart';

export type ClockOutcome = 'completed' | 'refused' | 'stopped';

export type DeadlineClock =
  | {
      readonly state: 'running';
      readonly duration: Duration;
      readonly startedAt: Instant;
      readonly dueAt: Instant;
    }
  | {
      readonly state: 'paused';
      readonly duration: Duration;
      readonly pausedAt: Instant;
      readonly dueAtPause: Instant;
      /** Working ms left at the pause; negative if it was already overdue. */
      readonly remainingMs: number;
    }
  | {
      readonly state: 'ended';
      readonly duration: Duration;
      readonly endedAt: Instant;
      readonly dueAt: Instant;
      readonly outcome: ClockOutcome;
    };

/** A running clock from `startedAt` (the receipt's clock start) for the procedure's duration. */
export function startClock(calendar: WorkingCalendar, startedAt: Instant, duration: Duration): DeadlineClock {
  return { state: 'running', duration, startedAt, dueAt: addWorkingTime(calendar, startedAt, duration) };
}

/** Stops the clock while the applicant supplements the dossier. */
export function pauseClock(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): DeadlineClock {
  if (clock.state !== 'running')
    throw new CalendarError('invalid_clock_transition', `cannot pause a ${clock.state} clock`);
  const remainingMs = workingMsAt(calendar, clock.dueAt) - workingMsAt(calendar, at);
  return { state: 'paused', duration: clock.duration, pausedAt: at, dueAtPause: clock.dueAt, remainingMs };
}

/**
 * Runs the clock again from the complete re-submission `resumedAt` (already passed through
 * `receiptClockStart`): 'restart' counts the full duration again, 'pause' the time that was left.
 */
export function resumeClock(
  calendar: WorkingCalendar,
  clock: DeadlineClock,
  resumedAt: Instant,
  policy: SupplementPolicy = DEFAULT_SUPPLEMENT_POLICY,
): DeadlineClock {
  if (clock.state !== 'paused')
    throw new CalendarError('invalid_clock_transition', `cannot resume a ${clock.state} clock`);
  if (policy === 'restart') return startClock(calendar, resumedAt, clock.duration);
  const dueAt = shiftByWorkingMs(calendar, resumedAt, clock.remainingMs);
  return { state: 'running', duration: clock.duration, startedAt: resumedAt, dueAt };
}

/** Ends the clock: a result, a refusal or a stop ends the legal time (domain.md §5). */
export function endClock(clock: DeadlineClock, at: Instant, outcome: ClockOutcome): DeadlineClock {
  if (clock.state === 'ended')
    throw new CalendarError('invalid_clock_transition', 'the clock has already ended');
  const dueAt = clock.state === 'running' ? clock.dueAt : clock.dueAtPause;
  return { state: 'ended', duration: clock.duration, endedAt: at, dueAt, outcome };
}
