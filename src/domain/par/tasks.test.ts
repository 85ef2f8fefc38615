import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from '../calendar/announcements';
import { formatLocalDateTime, parseLocalDateTime } from '../calendar/local-time';
import { buildCalendarForYears } from '../calendar/national-calendar';
import {
  countStatuses,
  extensionProblem,
  isDueSoon,
  reminderDue,
  rolledUpProgress,
  type TaskStatus,
  taskDeadline,
  taskStatus,
  workingDaysLeft,
} from './tasks';

const calendar = buildCalendarForYears({
  fromYear: 2024,
  toYear: 2027,
  announcements: OFFICIAL_ANNOUNCEMENTS,
});
const at = parseLocalDateTime;

describe('taskDeadline', () => {
  it.each([
    ['a task due on a Friday falls due at the end of that Friday', '2026-03-06', '2026-03-06 17:00'],
    ['a task due on a Saturday falls due at the end of the next Monday', '2026-03-07', '2026-03-09 17:00'],
    ['a task due on National Day falls due after the holiday', '2025-09-02', '2025-09-03 17:00'],
    [
      'a task due on Labour Day (1 May 2026, Friday) falls due on Monday 4 May',
      '2026-05-01',
      '2026-05-04 17:00',
    ],
  ])('%s', (_name, due, expected) => {
    expect(formatLocalDateTime(taskDeadline(calendar, due))).toBe(expected);
  });
});

describe('taskStatus', () => {
  const deadline = taskDeadline(calendar, '2026-03-06');
  const cases: [string, { completedAt: string | null; started: boolean }, string, TaskStatus][] = [
    [
      'an untouched task before its deadline is not started',
      { completedAt: null, started: false },
      '2026-03-06 16:59',
      'not_started',
    ],
    [
      'a task with progress before its deadline is in progress',
      { completedAt: null, started: true },
      '2026-03-06 17:00',
      'in_progress',
    ],
    [
      'an open task one minute past its deadline is overdue',
      { completedAt: null, started: true },
      '2026-03-06 17:01',
      'overdue',
    ],
    [
      'an untouched task past its deadline is overdue too',
      { completedAt: null, started: false },
      '2026-03-09 08:00',
      'overdue',
    ],
    [
      'a task completed at the deadline is done on time',
      { completedAt: '2026-03-06 17:00', started: true },
      '2026-04-01 08:00',
      'done_on_time',
    ],
    [
      'a task completed after its deadline is done late',
      { completedAt: '2026-03-07 09:00', started: true },
      '2026-03-07 10:00',
      'done_late',
    ],
    [
      'a completed task stays done on time whatever the hour',
      { completedAt: '2026-03-01 09:00', started: true },
      '2027-01-01 08:00',
      'done_on_time',
    ],
  ];
  it.each(cases)('%s', (_name, task, now, expected) => {
    const completedAt = task.completedAt === null ? null : at(task.completedAt);
    expect(taskStatus({ deadline, completedAt, started: task.started }, at(now))).toBe(expected);
  });
});

describe('workingDaysLeft and reminders', () => {
  it('counts the working days from today to the due date, both included, skipping the weekend', () => {
    // Thursday 5 → Tuesday 10 March 2026: Thu, Fri, Mon, Tue.
    expect(workingDaysLeft(calendar, '2026-03-10', at('2026-03-05 09:00'))).toBe(4);
    expect(workingDaysLeft(calendar, '2026-03-10', at('2026-03-10 09:00'))).toBe(1);
    expect(workingDaysLeft(calendar, '2026-03-10', at('2026-03-11 09:00'))).toBe(0);
  });

  it('asks for a due-soon reminder from three working days before, an overdue one after the deadline', () => {
    const dueDate = '2026-03-10';
    const task = { dueDate, deadline: taskDeadline(calendar, dueDate), completedAt: null, started: true };
    expect(reminderDue(calendar, task, at('2026-03-05 09:00'))).toBeNull();
    expect(reminderDue(calendar, task, at('2026-03-06 09:00'))).toBe('due_soon');
    expect(reminderDue(calendar, task, at('2026-03-10 16:00'))).toBe('due_soon');
    expect(reminderDue(calendar, task, at('2026-03-10 17:30'))).toBe('overdue');
    expect(
      reminderDue(calendar, { ...task, completedAt: at('2026-03-09 10:00') }, at('2026-03-12 09:00')),
    ).toBeNull();
  });
});

describe('isDueSoon', () => {
  it('agrees with counting every working day left, for every day of a year around Tết and National Day', () => {
    // Due dates across 2026 seen from every day of 2026: the early stop must not change the answer.
    for (let from = at('2026-01-01 09:00'); from < at('2027-01-01 09:00'); from += 86_400_000) {
      for (const dueDate of [
        '2026-02-13',
        '2026-02-23',
        '2026-04-30',
        '2026-09-02',
        '2026-09-04',
        '2026-12-31',
      ])
        expect(isDueSoon(calendar, dueDate, from), `${dueDate} from ${formatLocalDateTime(from)}`).toBe(
          workingDaysLeft(calendar, dueDate, from) <= 3,
        );
    }
  });
});

describe('rolledUpProgress', () => {
  it.each([
    ['no subtasks: nothing to roll up', [], null],
    [
      'a done subtask counts 100 %',
      [
        { progressPercent: 100, done: true },
        { progressPercent: 0, done: false },
      ],
      50,
    ],
    [
      'the mean is floored (never shows more done than is)',
      [
        { progressPercent: 33, done: false },
        { progressPercent: 34, done: false },
      ],
      33,
    ],
    [
      'all done is 100 %',
      [
        { progressPercent: 100, done: true },
        { progressPercent: 100, done: true },
      ],
      100,
    ],
  ])('%s', (_name, children, expected) => {
    expect(rolledUpProgress(children)).toBe(expected);
  });
});

describe('extensionProblem', () => {
  it.each([
    ['a later day is accepted', '2026-03-10', '2026-03-20', '2026-03-05', null],
    ['the same day is not an extension', '2026-03-10', '2026-03-10', '2026-03-05', 'not_later'],
    ['an earlier day is not an extension', '2026-03-10', '2026-03-09', '2026-03-05', 'not_later'],
    ['a day already past is refused', '2026-03-01', '2026-03-03', '2026-03-05', 'in_past'],
    ['today itself may be asked', '2026-03-01', '2026-03-05', '2026-03-05', null],
  ])('%s', (_name, current, requested, today, expected) => {
    expect(extensionProblem(current, requested, today)).toBe(expected);
  });
});

describe('countStatuses', () => {
  it('counts each status and the completion and on-time rates in basis points', () => {
    const counts = countStatuses([
      'done_on_time',
      'done_on_time',
      'done_late',
      'overdue',
      'in_progress',
      'not_started',
    ]);
    expect(counts.total).toBe(6);
    expect(counts.byStatus).toEqual({
      not_started: 1,
      in_progress: 1,
      done_on_time: 2,
      done_late: 1,
      overdue: 1,
    });
    expect(counts.completionRate).toBe(5000);
    expect(counts.onTimeRate).toBe(6667);
  });

  it('has no rates without tasks, and no on-time rate before anything is done', () => {
    expect(countStatuses([]).completionRate).toBeNull();
    expect(countStatuses(['overdue']).onTimeRate).toBeNull();
    expect(countStatuses(['overdue']).completionRate).toBe(0);
  });
});
