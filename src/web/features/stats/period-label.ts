import type { TFunction } from 'i18next';
import { periodParts, type StatsScope } from './stats-search';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The name of a period as a report's title says it: "Quý II/2026", "6 tháng đầu năm 2026",
 * "Từ 01/02/2026 đến 15/03/2026" (`day` formats a YYYY-MM-DD in the UI language).
 */
export function periodLabel(
  t: TFunction,
  scope: Pick<StatsScope, 'period' | 'from' | 'to'>,
  day: (d: string) => string,
): string {
  const parts = scope.period ? periodParts(scope.period) : null;
  if (!parts) return t('stats.period.custom', { from: day(scope.from ?? ''), to: day(scope.to ?? '') });
  const { kind, year, index } = parts;
  return t(`stats.period.${kind === 'half' ? `half${index}` : kind}`, {
    year,
    month: String(index).padStart(2, '0'),
    quarter: index,
    roman: ROMAN[index - 1] ?? String(index),
  });
}
