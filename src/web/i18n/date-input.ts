/**
 * How people type dates and times into the app: dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English
 * (as the app shows them, `format.ts`), 24-hour hh:mm in both. The inputs keep ISO values
 * (YYYY-MM-DD, HH:MM) whatever the browser's own locale would have shown.
 */
import type { Language } from './index';

/** What a day input shows as its placeholder. */
export const DAY_PATTERN: Record<Language, string> = { vi: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };
export const TIME_PATTERN = 'hh:mm';

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A typed day as YYYY-MM-DD, or null when it is not a real day. Vietnamese reads day first
 * (07/12/2026, 7/12/2026, 07-12-2026, 07.12.2026); both languages take the ISO form.
 */
export function parseDayInput(text: string, lang: Language): string | null {
  const value = text.trim();
  const iso = YEAR_MONTH_DAY.exec(value);
  const dmy = lang === 'vi' ? DAY_MONTH_YEAR.exec(value) : null;
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [0, 0, 0];
  return isRealDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A day (YYYY-MM-DD) as the input shows it: 07/12/2026 (vi) or 2026-12-07 (en). */
export function dayInputText(day: string, lang: Language): string {
  const match = YEAR_MONTH_DAY.exec(day);
  if (!match) return '';
  return lang === 'vi' ? `${pad(Number(match[3]))}/${pad(Number(match[2]))}/${match[1]}` : day;
}

/** A typed 24-hour time as HH:MM (9:5 → null, 9:05 → 09:05, 0905 → 09:05), or null. */
export function parseTimeInput(text: string): string | null {
  const match = /^(\d{1,2})[:hH.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}
