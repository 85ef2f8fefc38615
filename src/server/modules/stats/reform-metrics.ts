import { localDateOf } from '../../../domain/calendar/local-time';
import { addFigures, reportFigures } from '../../../domain/stats/report-figures';
import type { AppConfig } from '../../config';
import type { DbOrTx } from '../../db/client';
import { type ReformMetric, shareValue } from '../../platform/reform-metric';
import { countingPolicyOf, reportGroups } from './standard-report';
import { resolveStatsScope } from './stats-scope';

/** The standard report's figures of the whole province for a year up to `now` (one level, or all). */
async function yearFigures(
  db: DbOrTx,
  config: AppConfig,
  provinceCode: string,
  year: number,
  now: Date,
  level: string | undefined,
) {
  const today = localDateOf(now.getTime());
  if (`${year}-01-01` > today) return null;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const scope = await resolveStatsScope(db, provinceCode, null, { from: `${year}-01-01`, to, level }, now);
  const groups = await reportGroups(db, provinceCode, scope, ['level']);
  const policy = countingPolicyOf(config);
  return {
    asOf: to,
    figures: addFigures([...groups.values()].map((counts) => reportFigures(counts, policy))),
  };
}

const onTimeRate =
  (config: AppConfig, level?: string): NonNullable<ReformMetric['measure']> =>
  async (db, { provinceCode, year, now }) => {
    const year_ = await yearFigures(db, config, provinceCode, year, now, level);
    if (!year_) return null;
    const f = year_.figures;
    return shareValue(f.resolvedEarly + f.resolvedOnTime, f.resolved, year_.asOf);
  };

const LEVEL_NAMES = [
  ['province', 'cấp tỉnh', 'provincial level'],
  ['district', 'cấp huyện', 'district level'],
  ['commune', 'cấp xã', 'commune level'],
] as const;

/** The reform metrics the dossier statistics measure. */
export function statsReformMetrics(config: AppConfig): ReformMetric[] {
  return [
    {
      code: 'dossiers_on_time_rate',
      titleVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn (toàn tỉnh)',
      titleEn: 'Dossiers resolved on time (whole province)',
      source: 'statistics',
      measure: onTimeRate(config),
    },
    ...LEVEL_NAMES.map(
      ([level, vi, en]): ReformMetric => ({
        code: `dossiers_on_time_rate_${level}`,
        titleVi: `Tỷ lệ hồ sơ giải quyết đúng hạn ${vi}`,
        titleEn: `Dossiers resolved on time, ${en}`,
        source: 'statistics',
        measure: onTimeRate(config, level),
      }),
    ),
    {
      code: 'dossiers_online_share',
      titleVi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ',
      titleEn: 'Dossiers received online, of all dossiers received',
      source: 'statistics',
      measure: async (db, { provinceCode, year, now }) => {
        const year_ = await yearFigures(db, config, provinceCode, year, now, undefined);
        if (!year_) return null;
        return shareValue(year_.figures.receivedOnline, year_.figures.received, year_.asOf);
      },
    },
  ];
}
