/** The public transparency table: which period, what to sort by, and a search that ignores marks. */
import type { PublicStatsDto } from '../../../contracts/stats';
import { foldVietnamese, queryWords } from '../../../domain/catalog/vietnamese-text';
import { viCollator } from '../../i18n/format';

export type PublicUnit = PublicStatsDto['units'][number];
export type PublicPeriod = 'month' | 'quarter' | 'year';
export type PublicSortKey = 'name' | 'received' | 'resolved' | 'onTimeRate' | 'index';
export type SortDirection = 'asc' | 'desc';

/** The index as a share of the points computed (units are scored over different maxima). */
export function indexShare(stats: PublicUnit['year']): number | null {
  if (stats.indexPoints === null || !stats.indexMax) return null;
  return stats.indexPoints / stats.indexMax;
}

function figureOf(
  unit: PublicUnit,
  key: Exclude<PublicSortKey, 'name'>,
  period: PublicPeriod,
): number | null {
  const stats = unit[period];
  if (key === 'index') return indexShare(stats);
  return stats[key];
}

/**
 * Units sorted by a column of a period; units with no figure (nothing resolved, no index) go
 * last whichever the direction, and ties keep the order of their names.
 */
export function sortUnits(
  units: readonly PublicUnit[],
  key: PublicSortKey,
  direction: SortDirection,
  period: PublicPeriod,
): PublicUnit[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: PublicUnit, b: PublicUnit) => viCollator.compare(a.name, b.name);
  if (key === 'name') return [...units].sort((a, b) => sign * byName(a, b));
  return [...units].sort((a, b) => {
    const x = figureOf(a, key, period);
    const y = figureOf(b, key, period);
    if (x === null && y === null) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

/** Units whose name or code holds every word typed, marks or not ("xa x001", "Sở Tư pháp"). */
export function searchUnits(units: readonly PublicUnit[], query: string): PublicUnit[] {
  const words = queryWords(query);
  if (words.length === 0) return [...units];
  return units.filter((u) => {
    const text = foldVietnamese(`${u.name} ${u.code}`);
    return words.every((w) => text.includes(w));
  });
}
