/**
 * A day typed into a filter: 25/11/2026 in Vietnamese (also 25-11-2026, 25.11.2026), ISO
 * 2026-11-25 in English (as `formatDay` shows them); answers the ISO day, or null when it is none.
 */
import type { Language } from '../../i18n';

const VIETNAMESE_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function isoOfTypedDay(text: string, lang: Language): string | null {
  const typed = text.trim();
  const vi = VIETNAMESE_DAY.exec(typed);
  const iso = ISO_DAY.exec(typed);
  const [year, month, day] =
    vi && lang === 'vi' ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
