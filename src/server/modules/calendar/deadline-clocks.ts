import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type DeadlineClock, pauseClock, resumeClock } from '../../../domain/calendar/clock';
import { addWorkingTime, type Duration, type DurationUnit } from '../../../domain/calendar/deadlines';
import { CalendarError } from '../../../domain/calendar/errors';
import { type Instant, MS_PER_MINUTE, type WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { type DbOrTx, runStatement, type Statement } from '../../db/client';
import { insertRowsCompiled, insertRowsStatement } from '../../db/rows-insert';
import { updateRowsCompiled } from '../../db/rows-update';
import { deadlineClocks } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import { uuidv7 } from '../../platform/ids';
import { calendarGuard, workingCalendarsOf } from './calendar-source';

/**
 * The legal clocks other modules run (dossiers, their steps, tasks), always inside the caller's
 * transaction. A clock counts in the office hours of its unit; a calendar change recomputes the
 * due time of running clocks (service.ts). Paused clocks keep the working time they had left.
 */

export interface ClockSubject {
  readonly subjectType: string;
  readonly subjectId: string;
}

/** The working calendar a unit counts legal time in (its office hours, the province's holidays). */
export async function workingCalendarOf(
  tx: DbOrTx,
  provinceCode: string,
  unitId: string,
): Promise<WorkingCalendar> {
  const calendar = (await workingCalendarsOf(tx, provinceCode, [unitId])).get(unitId);
  if (!calendar) throw new Error('a calendar per unit');
  return calendar;
}

type NewClock = ClockSubject & {
  provinceCode: string;
  unitId: string;
  startedAt: Instant;
  duration: Duration;
};

/**
 * A running clock's row and due time, computed in memory in the unit's calendar: for a command
 * that writes its clocks with its other rows in one statement (`insertClocksStatement`).
 */
export function newClockRow(clock: Clock, calendar: WorkingCalendar, input: NewClock) {
  const dueAt = new Date(calendarGuard(() => addWorkingTime(calendar, input.startedAt, input.duration)));
  const row = {
    id: uuidv7(clock),
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    provinceCode: input.provinceCode,
    unitId: input.unitId,
    state: 'running',
    startedAt: new Date(input.startedAt),
    durationUnit: input.duration.unit,
    durationAmount: input.duration.amount,
    dueAt,
    updatedAt: clock.now(),
  };
  return { row, dueAt };
}

/** The statement that inserts new clocks, not yet run (the caller embeds it in its own statement). */
export function insertClocksStatement(rows: readonly ReturnType<typeof newClockRow>['row'][]) {
  return insertRowsStatement(deadlineClocks, rows);
}

/** `insertClocksStatement` compiled (`Statement`). */
export function insertClocksCompiled(rows: readonly ReturnType<typeof newClockRow>['row'][]): Statement {
  return insertRowsCompiled(deadlineClocks, rows);
}

/**
 * Starts a legal clock for a subject in a unit's office hours and returns its due time. A subject
 * that had a clock (ended or paused) gets it started again from zero: the restart of Decree
 * 118/2025 art. 19.5 after a supplement.
 */
export async function startDeadlineClock(
  tx: DbOrTx,
  clock: Clock,
  input: NewClock & {
    /** The unit's calendar when the caller already holds it (`workingCalendarOf`). */
    calendar?: WorkingCalendar;
  },
): Promise<Date> {
  const calendar = input.calendar ?? (await workingCalendarOf(tx, input.provinceCode, input.unitId));
  const { row, dueAt } = newClockRow(clock, calendar, input);
  const { id: _id, subjectType: _type, subjectId: _subject, ...values } = row;
  await tx
    .insert(deadlineClocks)
    .values(row)
    .onConflictDoUpdate({ target: [deadlineClocks.subjectType, deadlineClocks.subjectId], set: values });
  return dueAt;
}

/**
 * A clock asked to move where the domain's clock cannot go (pause a clock that is not running,
 * resume one that is not paused, or a subject without a clock). The dossier's state was already
 * checked by the command table, so this is a broken invariant, not the caller's mistake: the
 * command's transaction rolls back and the answer is a 500 whose details stay in the log.
 */
export class ClockOutOfStep extends Error {
  constructor(subject: ClockSubject, step: 'pause' | 'resume', found: string) {
    super(`cannot ${step} the ${subject.subjectType} clock of ${subject.subjectId}: ${found}`);
    this.name = 'ClockOutOfStep';
  }
}

type ClockRow = typeof deadlineClocks.$inferSelect;

/** The domain's clock (`domain/calendar/clock.ts`) that a stored row holds. */
export function domainClockOf(row: ClockRow): DeadlineClock {
  const duration: Duration = { unit: row.durationUnit as DurationUnit, amount: row.durationAmount };
  const dueAt = row.dueAt.getTime();
  if (row.state === 'running')
    return { state: 'running', duration, startedAt: row.startedAt.getTime(), dueAt };
  if (row.state === 'paused') {
    // A paused row keeps its time left as a budget in working minutes (`storedClock`).
    const remainingMs = row.durationAmount * MS_PER_MINUTE;
    return { state: 'paused', duration, pausedAt: row.startedAt.getTime(), dueAtPause: dueAt, remainingMs };
  }
  return { state: 'ended', duration, endedAt: row.updatedAt.getTime(), dueAt, outcome: 'completed' };
}

/** The row values that store a running or paused domain clock. */
export function storedClock(clock: Clock, value: DeadlineClock) {
  const updatedAt = clock.now();
  switch (value.state) {
    case 'running':
      return {
        state: 'running',
        startedAt: new Date(value.startedAt),
        durationUnit: value.duration.unit,
        durationAmount: value.duration.amount,
        dueAt: new Date(value.dueAt),
        updatedAt,
      };
    case 'paused':
      return {
        state: 'paused',
        startedAt: new Date(value.pausedAt),
        durationUnit: 'working_minutes',
        durationAmount: value.remainingMs / MS_PER_MINUTE,
        dueAt: new Date(value.dueAtPause),
        updatedAt,
      };
    case 'ended':
      throw new Error('ended clocks are stored by endDeadlineClocks');
  }
}

/** Runs one domain step of a clock: an invalid transition is `ClockOutOfStep`, a calendar fault a 422. */
function clockStep(subject: ClockSubject, step: 'pause' | 'resume', run: () => DeadlineClock): DeadlineClock {
  return calendarGuard(() => {
    try {
      return run();
    } catch (error) {
      if (error instanceof CalendarError && error.code === 'invalid_clock_transition')
        throw new ClockOutOfStep(subject, step, error.message);
      throw error;
    }
  });
}

async function clockOf(tx: DbOrTx, subject: ClockSubject) {
  const [row] = await tx
    .select()
    .from(deadlineClocks)
    .where(
      and(
        eq(deadlineClocks.subjectType, subject.subjectType),
        eq(deadlineClocks.subjectId, subject.subjectId),
      ),
    )
    .for('update');
  return row;
}

/**
 * Stops a running clock at `at` (the domain's `pauseClock`), keeping the working time it had left
 * (negative when overdue) as its budget in working minutes; `due_at` keeps the due time it had,
 * for display while paused. A subject whose clock is missing or not running throws
 * `ClockOutOfStep`: the command table already decided the dossier may pause.
 */
export async function pauseDeadlineClock(
  tx: DbOrTx,
  clock: Clock,
  subject: ClockSubject,
  at: Instant,
): Promise<void> {
  const row = await clockOf(tx, subject);
  if (!row) throw new ClockOutOfStep(subject, 'pause', 'no clock');
  const calendar = await workingCalendarOf(tx, row.provinceCode, row.unitId);
  const paused = clockStep(subject, 'pause', () => pauseClock(calendar, domainClockOf(row), at));
  await tx.update(deadlineClocks).set(storedClock(clock, paused)).where(eq(deadlineClocks.id, row.id));
}

/**
 * Runs a paused clock again from `at` with the time it had left (the domain's `resumeClock`, policy
 * 'pause'); returns the new due time. A clock that is missing or not paused throws `ClockOutOfStep`.
 */
export async function resumeDeadlineClock(
  tx: DbOrTx,
  clock: Clock,
  subject: ClockSubject,
  at: Instant,
): Promise<Date> {
  const row = await clockOf(tx, subject);
  if (!row) throw new ClockOutOfStep(subject, 'resume', 'no clock');
  const calendar = await workingCalendarOf(tx, row.provinceCode, row.unitId);
  const running = clockStep(subject, 'resume', () => resumeClock(calendar, domainClockOf(row), at, 'pause'));
  const values = storedClock(clock, running);
  await tx.update(deadlineClocks).set(values).where(eq(deadlineClocks.id, row.id));
  return values.dueAt;
}

/** Ends clocks (a result, a refusal, a stop): their due times stay as the reference. */
export async function endDeadlineClocks(
  tx: DbOrTx,
  clock: Clock,
  subjectType: string,
  subjectIds: readonly string[],
): Promise<void> {
  if (subjectIds.length === 0) return;
  await runStatement(tx, endDeadlineClocksStatement(clock, subjectType, subjectIds));
}

/** `endDeadlineClocks` as a statement not yet run (the caller sends it with its other writes). */
export function endDeadlineClocksStatement(
  clock: Clock,
  subjectType: string,
  subjectIds: readonly string[],
): Statement {
  return updateRowsCompiled(
    deadlineClocks,
    { state: 'ended', updatedAt: clock.now() },
    { subjectType, subjectId: [...subjectIds] },
  );
}

/** Due times and states of subjects' clocks, by subject id. */
export async function clocksOf(
  tx: DbOrTx,
  subjectType: string,
  subjectIds: readonly string[],
): Promise<Map<string, { dueAt: Date; state: string }>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: deadlineClocks.subjectId, dueAt: deadlineClocks.dueAt, state: deadlineClocks.state })
    .from(deadlineClocks)
    .where(
      and(eq(deadlineClocks.subjectType, subjectType), inArray(deadlineClocks.subjectId, [...subjectIds])),
    );
  return new Map(rows.map((r) => [r.id, { dueAt: r.dueAt, state: r.state }]));
}

/**
 * The due time of a subject's clock while it runs, as a scalar subquery (null when it stands or
 * ended): a statement of the caller's records it as the clock is when that statement runs.
 */
export function runningDueAtSql(subject: ClockSubject | { subjectType: string; subjectId: SQL }): SQL {
  return sql`(select ${deadlineClocks.dueAt} from ${deadlineClocks}
    where ${deadlineClocks.subjectType} = ${subject.subjectType} and ${deadlineClocks.subjectId} = ${subject.subjectId}
      and ${deadlineClocks.state} = 'running')`;
}
