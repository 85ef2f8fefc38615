import { CalendarError } from './errors';

/**
 * Civil (wall-calendar) dates without JS `Date`: a day is an ISO 'YYYY-MM-DD' string or a {y, m, d}
 * triple, and arithmetic goes through the Julian day number (JDN), so no time zone can shift a day.
 * Proleptic Gregorian calendar throughout.
 */
export type IsoDate = string;

export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Sunday = 0 … Saturday = 6, as in `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** JDN of 1970-01-01, so that `jdn - UNIX_EPOCH_JDN` counts days since the Unix epoch. */
export const UNIX_EPOCH_JDN = 2440588;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses and validates an ISO date; throws `invalid_date` for '2025-02-30' and the like. */
export function parseIsoDate(iso: IsoDate): CivilDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new CalendarError('invalid_date', `not an ISO date: ${iso}`);
  const date = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  assertValidCivilDate(date);
  return date;
}

export function assertValidCivilDate(date: CivilDate): void {
  const { y, m, d } = date;
  const ok =
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m);
  if (!ok) throw new CalendarError('invalid_date', `no such date: ${y}-${m}-${d}`);
}

export function toCivilDate(date: IsoDate | CivilDate): CivilDate {
  if (typeof date === 'string') return parseIsoDate(date);
  assertValidCivilDate(date);
  return date;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  const yyyy = String(date.y).padStart(4, '0');
  return `${yyyy}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as Vietnamese documents and messages write a day. */
export function vietnameseDay(iso: IsoDate): string {
  return iso.split('-').reverse().join('/');
}

/** Julian day number of a Gregorian date (the day that begins at noon UT of that date). */
export function civilToJdn(date: CivilDate): number {
  // Fliegel & Van Flandern (1968), integer form.
  const a = Math.floor((14 - date.m) / 12);
  const y = date.y + 4800 - a;
  const m = date.m + 12 * a - 3;
  return (
    date.d +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian date of a Julian day number (inverse of `civilToJdn`). */
export function jdnToCivil(jdn: number): CivilDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    y: 100 * b + d - 4800 + Math.floor(m / 10),
    m: m + 3 - 12 * Math.floor(m / 10),
    d: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

export function isoToJdn(date: IsoDate | CivilDate): number {
  return civilToJdn(toCivilDate(date));
}

export function jdnToIso(jdn: number): IsoDate {
  return formatIsoDate(jdnToCivil(jdn));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return jdnToIso(isoToJdn(date) + days);
}

export function weekdayOfJdn(jdn: number): Weekday {
  // JDN 0 was a Monday, so (jdn + 1) mod 7 gives Sunday = 0.
  return ((((jdn + 1) % 7) + 7) % 7) as Weekday;
}

export function weekdayOf(date: IsoDate | CivilDate): Weekday {
  return weekdayOfJdn(isoToJdn(date));
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const end = isoToJdn(to);
  for (let jdn = isoToJdn(from); jdn <= end; jdn++) out.push(jdnToIso(jdn));
  return out;
}
