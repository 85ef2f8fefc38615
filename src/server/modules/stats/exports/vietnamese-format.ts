/**
 * Numbers, rates, dates and periods as Vietnamese reports write them (seed 001: "98.942 hồ sơ",
 * "tỷ lệ 99,84%"): a dot between thousands, a comma before decimals, dd/MM/yyyy.
 */
import { daysInMonth, parseIsoDate } from '../../../../domain/calendar/civil-date';
import { formatLocalDateTime } from '../../../../domain/calendar/local-time';
import type { Period } from '../../../../domain/stats/periods';

/** A count with dots between thousands: 98942 → '98.942'. */
export function formatCount(count: number): string {
  const digits = String(Math.abs(Math.trunc(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return count < 0 ? `-${grouped}` : grouped;
}

/**
 * A rate in hundredths of a percent with a decimal comma and a no-break space before the sign
 * (9984 → '99,84 %', 10000 → '100 %'); null (nothing to divide by) → '-'.
 */
export function formatRate(basisPoints: number | null): string {
  if (basisPoints === null) return '-';
  const whole = Math.floor(basisPoints / 100);
  const hundredths = basisPoints % 100;
  const number =
    hundredths === 0 ? formatCount(whole) : `${formatCount(whole)},${String(hundredths).padStart(2, '0')}`;
  return `${number}\u00a0%`;
}

/** A local calendar day 'YYYY-MM-DD' as 'dd/MM/yyyy'. */
export function formatShortDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant in Vietnam time as 'HH:mm ngày dd/MM/yyyy' (vi) or 'yyyy-MM-dd HH:mm' (en). */
export function formatInstant(at: Date, lang: 'vi' | 'en'): string {
  const [date = '', time = ''] = formatLocalDateTime(at.getTime()).split(' ');
  return lang === 'vi' ? `${time} ngày ${formatShortDate(date)}` : `${date} ${time}`;
}

/** '(Từ ngày 01/07/2026 đến ngày 30/09/2026)' without the brackets; en: 'From 2026-07-01 to 2026-09-30'. */
export function periodRange(period: Period, lang: 'vi' | 'en'): string {
  return lang === 'vi'
    ? `Từ ngày ${formatShortDate(period.from)} đến ngày ${formatShortDate(period.to)}`
    : `From ${period.from} to ${period.to}`;
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → 'I', 3 → 'III', 14 → 'XIV' (headings of a report's parts; small numbers only). */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const LAST_DAY = /-(03-31|06-30|09-30|12-31)$/;

/** The quarter a period is exactly (1–4), or null. */
export function quarterOf(period: Period): { quarter: number; year: number } | null {
  const from = /^(\d{4})-(01|04|07|10)-01$/.exec(period.from);
  if (!from || !LAST_DAY.test(period.to) || period.to.slice(0, 4) !== from[1]) return null;
  const quarter = (Number(from[2]) + 2) / 3;
  const lastMonth = Number(period.to.slice(5, 7));
  return lastMonth === quarter * 3 ? { quarter, year: Number(from[1]) } : null;
}

/**
 * The reporting period in words, as the 'Kỳ báo cáo' line writes it: 'Quý III năm 2026',
 * 'Tháng 9 năm 2026', '6 tháng đầu năm 2026', '9 tháng năm 2026', 'Năm 2026', else the dates.
 */
export function periodInWords(period: Period): string {
  const year = period.from.slice(0, 4);
  const sameYear = period.to.slice(0, 4) === year;
  const quarter = quarterOf(period);
  if (quarter) return `Quý ${romanNumeral(quarter.quarter)} năm ${year}`;
  if (sameYear && period.from === `${year}-01-01`) {
    if (period.to === `${year}-12-31`) return `Năm ${year}`;
    if (period.to === `${year}-06-30`) return `6 tháng đầu năm ${year}`;
    if (period.to === `${year}-09-30`) return `9 tháng năm ${year}`;
  }
  const month = period.from.slice(0, 7);
  if (period.from === `${month}-01` && period.to.startsWith(month) && isMonthEnd(period.to)) {
    return `Tháng ${Number(month.slice(5))} năm ${year}`;
  }
  return periodRange(period, 'vi');
}

function isMonthEnd(isoDate: string): boolean {
  const { y, m, d } = parseIsoDate(isoDate);
  return d === daysInMonth(y, m);
}
