/**
 * Reporting periods (kỳ báo cáo): a month, a quarter, the first 6 or 9 months, a year, or any
 * dates, as inclusive local dates. Periodic reports of the Government Office count a "6-month"
 * report from January to June and a "9-month" one from January to September.
 */
import { addDays, daysInMonth, type IsoDate, isoToJdn, parseIsoDate } from '../calendar/civil-date';

/** The earliest day and the longest span a report may ask for (older data does not exist). */
export const EARLIEST_REPORT_DAY = '2000-01-01';
export const LATEST_REPORT_DAY = '2099-12-31';
export const MAX_REPORT_YEARS = 10;

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year' | 'custom';

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export type PeriodErrorCode =
  | 'period_invalid'
  | 'period_reversed'
  | 'period_out_of_range'
  | 'period_too_long';

/** A reporting period that cannot be: a stable code and its reason in both languages. */
export class PeriodError extends Error {
  constructor(
    readonly code: PeriodErrorCode,
    message: string,
    readonly vi: string,
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthSpan(year: number, firstMonth: number, lastMonth: number): Period {
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

/**
 * The dates of a named period: `2024` (year), `2024-06` (month), `2024-Q2` (quarter),
 * `2024-H1` / `2024-H2` (6 months), `2024-9M` (9 months).
 */
export function namedPeriod(name: string): Period {
  const match = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12])|-(9M))?$/.exec(name);
  if (!match) {
    throw new PeriodError(
      'period_invalid',
      `unknown period "${name}" (2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M)`,
      `kỳ không hợp lệ "${name}" (2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M)`,
    );
  }
  const year = Number(match[1]);
  let period: Period;
  if (match[2]) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) {
      throw new PeriodError('period_invalid', `no month ${match[2]}`, `không có tháng ${match[2]}`);
    }
    period = monthSpan(year, month, month);
  } else if (match[3]) {
    const quarter = Number(match[3]);
    period = monthSpan(year, quarter * 3 - 2, quarter * 3);
  } else if (match[4]) {
    period = match[4] === '1' ? monthSpan(year, 1, 6) : monthSpan(year, 7, 12);
  } else if (match[5]) {
    period = monthSpan(year, 1, 9);
  } else {
    period = monthSpan(year, 1, 12);
  }
  return checkedPeriod(period.from, period.to);
}

/** A custom period, checked: real dates, in order, within the range data can exist in, not too long. */
export function checkedPeriod(from: string, to: string): Period {
  for (const day of [from, to]) {
    try {
      parseIsoDate(day);
    } catch {
      throw new PeriodError('period_invalid', `"${day}" is not a date`, `"${day}" không phải là ngày`);
    }
  }
  if (from > to) {
    throw new PeriodError(
      'period_reversed',
      `the period starts (${from}) after it ends (${to})`,
      `ngày bắt đầu (${from}) sau ngày kết thúc (${to})`,
    );
  }
  if (from < EARLIEST_REPORT_DAY || to > LATEST_REPORT_DAY) {
    throw new PeriodError(
      'period_out_of_range',
      `reports cover ${EARLIEST_REPORT_DAY} to ${LATEST_REPORT_DAY}`,
      `báo cáo chỉ tính từ ${EARLIEST_REPORT_DAY} đến ${LATEST_REPORT_DAY}`,
    );
  }
  if (to > addDays(from, MAX_REPORT_YEARS * 366)) {
    throw new PeriodError(
      'period_too_long',
      `a report covers at most ${MAX_REPORT_YEARS} years`,
      `một báo cáo tính tối đa ${MAX_REPORT_YEARS} năm`,
    );
  }
  return { from, to };
}

/** The months a period covers whole, and the days at its edges that fall in months it covers in part. */
export function splitIntoMonths(period: Period): { months: Period | null; edgeDays: Period[] } {
  const start = parseIsoDate(period.from);
  const end = parseIsoDate(period.to);
  const firstWhole = start.d === 1 ? period.from : nextMonthStart(period.from);
  const lastDayOfEndMonth = `${end.y}-${pad(end.m)}-${pad(daysInMonth(end.y, end.m))}`;
  const lastWholeEnd = period.to === lastDayOfEndMonth ? period.to : addDays(`${end.y}-${pad(end.m)}-01`, -1);
  if (firstWhole > lastWholeEnd) return { months: null, edgeDays: [period] };
  const edgeDays: Period[] = [];
  if (firstWhole > period.from) edgeDays.push({ from: period.from, to: addDays(firstWhole, -1) });
  if (lastWholeEnd < period.to) edgeDays.push({ from: addDays(lastWholeEnd, 1), to: period.to });
  return { months: { from: firstWhole, to: lastWholeEnd }, edgeDays };
}

function nextMonthStart(day: IsoDate): IsoDate {
  const { y: year, m: month } = parseIsoDate(day);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
}

/** The first day of the month of a day. */
export function monthOf(day: IsoDate): IsoDate {
  return `${day.slice(0, 7)}-01`;
}

/** The number of days in a period. */
export function daysIn(period: Period): number {
  return isoToJdn(period.to) - isoToJdn(period.from) + 1;
}

/** The months of a period, month by month (for a trend), each clipped to the period. */
export function monthsOf(period: Period): Period[] {
  const out: Period[] = [];
  for (let from = period.from; from <= period.to; from = nextMonthStart(monthOf(from))) {
    const { y: year, m: month } = parseIsoDate(from);
    const monthEnd = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
    out.push({ from, to: monthEnd < period.to ? monthEnd : period.to });
  }
  return out;
}
