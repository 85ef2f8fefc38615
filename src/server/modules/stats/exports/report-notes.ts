/**
 * The notes printed under every exported report (domain.md §9): the counting policy the form
 * leaves open, in words, and the instant the in-progress figures are counted at.
 */

import type { Period } from '../../../../domain/stats/periods';
import type { CountingPolicy } from '../../../../domain/stats/report-figures';
import { formatInstant, formatShortDate } from './vietnamese-format';

type Lang = 'vi' | 'en';

const ENDED_WITHOUT_RESULT: Record<CountingPolicy['endedWithoutResult'], Record<Lang, string>> = {
  resolved: {
    vi: 'Hồ sơ dừng, rút, từ chối sau khi tiếp nhận được tính là đã giải quyết',
    en: 'Dossiers stopped, withdrawn or refused after receipt count as resolved',
  },
  separate: {
    vi: 'Hồ sơ dừng, rút, từ chối sau khi tiếp nhận không được tính là đã giải quyết (thống kê riêng)',
    en: 'Dossiers stopped, withdrawn or refused after receipt do not count as resolved (they are counted apart)',
  },
};

const WAITING_FOR_SUPPLEMENT: Record<CountingPolicy['waitingForSupplement'], Record<Lang, string>> = {
  in_progress: {
    vi: 'hồ sơ chờ bổ sung được tính là đang giải quyết',
    en: 'dossiers waiting for a supplement count as in progress',
  },
  excluded: {
    vi: 'hồ sơ chờ bổ sung không được tính là đang giải quyết',
    en: 'dossiers waiting for a supplement do not count as in progress',
  },
};

/** 'Hồ sơ dừng, rút, từ chối sau khi tiếp nhận được tính là đã giải quyết; hồ sơ chờ bổ sung …'. */
export function policySentence(policy: CountingPolicy, lang: Lang): string {
  return `${ENDED_WITHOUT_RESULT[policy.endedWithoutResult][lang]}; ${WAITING_FOR_SUPPLEMENT[policy.waitingForSupplement][lang]}.`;
}

/** How the on-time rate is computed (domain.md §9). */
export function onTimeRateSentence(lang: Lang): string {
  return lang === 'vi'
    ? 'Tỷ lệ đúng hạn = (số hồ sơ giải quyết trước hạn + đúng hạn) / số hồ sơ đã giải quyết.'
    : 'On-time rate = (resolved early + resolved on time) / resolved.';
}

/**
 * 'Số hồ sơ đang giải quyết tính đến 14:05 ngày 04/12/2026.' while the period runs; for a period
 * that has ended, its last day at 24:00 (the stocks are counted at its end).
 */
export function stocksSentence(
  report: { readonly period: Period; readonly stocksAt: string; readonly live: boolean },
  lang: Lang,
): string {
  const at = report.live
    ? formatInstant(new Date(report.stocksAt), lang)
    : lang === 'vi'
      ? `24:00 ngày ${formatShortDate(report.period.to)}`
      : `${report.period.to} 24:00`;
  return lang === 'vi'
    ? `Số hồ sơ đang giải quyết tính đến ${at}.`
    : `In-progress dossiers are counted at ${at}.`;
}
