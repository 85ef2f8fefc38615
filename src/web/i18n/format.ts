/**
 * The one date and number formatter of the UI: dd/MM/yyyy HH:mm in Vietnamese, ISO-like in
 * English; times in the province's business time zone.
 */
import type { Language } from './index';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** A timestamp (ISO string) as 23/11/2026 18:32 (vi) or 2026-11-23 18:32 (en). */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = partsOf(date);
  return lang === 'vi'
    ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
    : `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A calendar day (YYYY-MM-DD) as 01/07/2025 (vi) or 2025-07-01 (en). */
export function formatDay(day: string | null | undefined, lang: Language): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-');
  if (!y || !m || !d) return day;
  return lang === 'vi' ? `${d}/${m}/${y}` : day;
}

const localeOf = (lang: Language) => (lang === 'vi' ? 'vi-VN' : 'en-US');

export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/** A number with at most `digits` decimals: 81,61 (vi) or 81.61 (en); 38 stays 38. */
export function formatDecimal(n: number | null | undefined, lang: Language, digits = 2): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(n);
}

/**
 * A rate in basis points (hundredths of a percent, as the statistics API sends it) as a
 * percentage with two decimals: 9984 → "99,84 %" (vi, with a no-break space) or "99.84%" (en).
 */
export function formatBasisPoints(bp: number | null | undefined, lang: Language): string {
  if (bp === null || bp === undefined || Number.isNaN(bp)) return '—';
  const n = new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(bp / 100);
  return lang === 'vi' ? `${n}\u00a0%` : `${n}%`;
}

/** A month (YYYY-MM) as a chart's axis names it: T6 (vi, tháng 6) or Jun (en). */
export function formatMonthShort(month: string, lang: Language): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  if (lang === 'vi') return `T${m}`;
  return new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** A month (YYYY-MM) in full: 06/2026 (vi) or 2026-06 (en). */
export function formatMonth(month: string, lang: Language): string {
  const [y, m] = month.split('-');
  if (!y || !m) return month;
  return lang === 'vi' ? `${m}/${y}` : month;
}

/** Today in the province, as YYYY-MM-DD. */
export function todayInProvince(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The province's wall-clock time now, as HH:MM. */
export function timeInProvince(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p.hour}:${p.minute}`;
}

/** The province's calendar day (YYYY-MM-DD) and time (HH:MM) of a timestamp (ISO string). */
export function provinceDayAndTime(iso: string): { day: string; time: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const p = partsOf(date);
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
const PROVINCE_UTC_OFFSET = '+07:00';

/** A wall-clock day and time in the province as an ISO timestamp with offset. */
export function provinceDateTimeToIso(day: string, time: string): string {
  return `${day}T${time}:00${PROVINCE_UTC_OFFSET}`;
}

/** The weekday of a calendar day (YYYY-MM-DD), Sunday = 0 … Saturday = 6. */
export function weekdayOfDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/** Sorts Vietnamese text the way people read it. */
export const viCollator = new Intl.Collator('vi');
