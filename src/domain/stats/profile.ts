/**
 * A statistics profile: the figures a stretch of demo history must report, one CSV row per level
 * and period (`level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue`).
 * `resolved_on_time` counts early and on time together, as the standard report's on-time rate does
 * (domain.md §9); "in progress" means still open at the end of `to`. Parsing and the checks that
 * need only the levels and today are pure; problems name the spreadsheet row (the header is row 1).
 */
import { type IsoDate, isoToJdn, parseIsoDate } from '../calendar/civil-date';
import { parseCsvRows } from '../organisation/csv';

export const PROFILE_COLUMNS = [
  'level',
  'from',
  'to',
  'resolved_on_time',
  'resolved_late',
  'in_progress_in_time',
  'in_progress_overdue',
] as const;

const COUNT_COLUMNS = PROFILE_COLUMNS.slice(3);

export interface ProfileRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  readonly level: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Early and on time together. */
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  readonly inProgressInTime: number;
  readonly inProgressOverdue: number;
}

/** A problem of a profile; `row` null for the file as a whole. */
export interface ProfileProblem {
  readonly row: number | null;
  readonly message: string;
}

export const describeProblem = (p: ProfileProblem) =>
  p.row === null ? p.message : `row ${p.row}: ${p.message}`;

/** Every dossier of a row. */
export const dossiersOfRow = (r: ProfileRow) =>
  r.resolvedOnTime + r.resolvedLate + r.inProgressInTime + r.inProgressOverdue;

/** At most this many dossiers per count: far above a province's year, far below what breaks arithmetic. */
export const MAX_COUNT = 10_000_000;

function dateProblem(name: string, value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${name} is not a date (YYYY-MM-DD): "${value}"`;
  try {
    parseIsoDate(value);
    return null;
  } catch {
    return `${name} is not a date: "${value}"`;
  }
}

/** The rows of a profile and the problems of its text (header, fields, dates, counts). */
export function parseProfile(text: string): { rows: ProfileRow[]; problems: ProfileProblem[] } {
  const [headerRecord, ...body] = parseCsvRows(text);
  const header = headerRecord?.fields;
  const expected = PROFILE_COLUMNS.join(',');
  const found = (header ?? []).map((h) => h.trim().toLowerCase()).join(',');
  if (found !== expected) {
    return {
      rows: [],
      problems: [
        { row: 1, message: `the header must be "${expected}", found "${(header ?? []).join(',')}"` },
      ],
    };
  }
  if (body.length === 0) return { rows: [], problems: [{ row: null, message: 'the profile has no rows' }] };
  const rows: ProfileRow[] = [];
  const problems: ProfileProblem[] = [];
  body.forEach(({ row, fields }) => {
    const own: string[] = [];
    if (fields.length !== PROFILE_COLUMNS.length) {
      problems.push({ row, message: `expected ${PROFILE_COLUMNS.length} fields, found ${fields.length}` });
      return;
    }
    const [level = '', from = '', to = '', ...counts] = fields.map((f) => f.trim());
    if (level === '') own.push('level is empty');
    let datesValid = true;
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const problem = dateProblem(name, value);
      if (problem) {
        own.push(problem);
        datesValid = false;
      }
    }
    if (datesValid && from > to) own.push(`from (${from}) is after to (${to})`);
    const numbers = counts.map((value, c) => {
      const name = COUNT_COLUMNS[c] ?? '';
      if (!/^\d+$/.test(value)) {
        own.push(`${name} must be a whole number of 0 or more, found "${value}"`);
        return 0;
      }
      const n = Number(value);
      if (n > MAX_COUNT) own.push(`${name} is more than ${MAX_COUNT.toLocaleString('en')}`);
      return n;
    });
    if (own.length > 0) {
      for (const message of own) problems.push({ row, message });
      return;
    }
    const [resolvedOnTime = 0, resolvedLate = 0, inProgressInTime = 0, inProgressOverdue = 0] = numbers;
    rows.push({
      row,
      level: level.toLowerCase(),
      from,
      to,
      resolvedOnTime,
      resolvedLate,
      inProgressInTime,
      inProgressOverdue,
    });
  });
  return { rows, problems };
}

/** An administrative level and the days it existed (the `levels` table). */
export interface LevelPeriod {
  readonly code: string;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
}

/**
 * Problems of rows against the levels and the calendar: an unknown level, dates outside the
 * level's existence or the working calendar's years, a period that has not ended by `today`, and
 * two rows of one level over the same days (neither's report could then be exact).
 */
export function periodProblems(
  rows: readonly ProfileRow[],
  context: {
    readonly levels: readonly LevelPeriod[];
    readonly today: IsoDate;
    readonly earliest: IsoDate;
  },
): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const known = new Map(context.levels.map((l) => [l.code, l]));
  rows.forEach((r, i) => {
    const level = known.get(r.level);
    if (!level) {
      const names = context.levels.map((l) => l.code).join(', ');
      problems.push({ row: r.row, message: `unknown level "${r.level}" (${names})` });
      return;
    }
    if (r.from < level.validFrom || (level.validTo !== null && r.to > level.validTo)) {
      const span = `${level.validFrom} to ${level.validTo ?? 'today'}`;
      problems.push({
        row: r.row,
        message: `the ${r.level} level existed from ${span}; ${r.from} to ${r.to} is outside it`,
      });
    }
    if (r.from < context.earliest) {
      problems.push({
        row: r.row,
        message: `the working calendar starts on ${context.earliest}; ${r.from} is before it`,
      });
    }
    if (r.to >= context.today) {
      problems.push({
        row: r.row,
        message: `the period must have ended: to (${r.to}) must be before today (${context.today})`,
      });
    }
    const overlapping = rows.slice(0, i).find((o) => o.level === r.level && o.from <= r.to && r.from <= o.to);
    if (overlapping) {
      problems.push({
        row: r.row,
        message: `its dates overlap row ${overlapping.row} of the same level (${r.level})`,
      });
    }
  });
  return problems;
}

/** Days of a period, inclusive. */
export const daysOfPeriod = (from: IsoDate, to: IsoDate) => isoToJdn(to) - isoToJdn(from) + 1;
