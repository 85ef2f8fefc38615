import { localDateOf } from '../../../domain/calendar/local-time';
import type { Period } from '../../../domain/stats/periods';
import { addFigures, type ReportFigures, reportFigures } from '../../../domain/stats/report-figures';
import type { AppConfig } from '../../config';
import type { DbOrTx } from '../../db/client';
import { countingPolicyOf, reportGroups } from './standard-report';
import { resolveStatsScope } from './stats-scope';

/**
 * The standard report's figures (domain.md §9) of one unit — with the units under it and those
 * merged into them — or of the whole province (`unitId` null), for a period counted up to today.
 * Null when the period has not begun. For other modules' reports (the periodic reform reports),
 * which read the statistics through this function rather than through their tables.
 */
export async function periodFigures(
  db: DbOrTx,
  config: AppConfig,
  provinceCode: string,
  unitId: string | null,
  period: Period,
  now: Date,
): Promise<{ countedTo: string; figures: ReportFigures } | null> {
  const today = localDateOf(now.getTime());
  if (period.from > today) return null;
  const to = period.to < today ? period.to : today;
  const scope = await resolveStatsScope(
    db,
    provinceCode,
    null,
    { from: period.from, to, ...(unitId ? { unit: unitId } : {}), children: true, successors: true },
    now,
  );
  const groups = await reportGroups(db, provinceCode, scope, ['level']);
  const policy = countingPolicyOf(config);
  return {
    countedTo: to,
    figures: addFigures([...groups.values()].map((counts) => reportFigures(counts, policy))),
  };
}
