import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay, formatNumber } from '../i18n/format';
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
  };
}
