import { useTranslation } from 'react-i18next';
import {
  formatBasisPoints,
  formatDateTime,
  formatDay,
  formatDecimal,
  formatMonth,
  formatMonthShort,
  formatNumber,
} from '../i18n/format';
import type { Language } from '../i18n/index';

/** Formatters bound to the current UI language (re-render on a language switch). */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'vi';
  return {
    lang,
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, lang),
    day: (day: string | null | undefined) => formatDay(day, lang),
    number: (n: number) => formatNumber(n, lang),
    /** Up to two decimals (index points): 81,61. */
    decimal: (n: number | null | undefined, digits = 2) => formatDecimal(n, lang, digits),
    /** A rate in basis points: 9984 → 99,84 %. */
    rate: (bp: number | null | undefined) => formatBasisPoints(bp, lang),
    /** A month (YYYY-MM): 06/2026; `short` for a chart's axis: T6. */
    month: (month: string, short = false) =>
      short ? formatMonthShort(month, lang) : formatMonth(month, lang),
  };
}
