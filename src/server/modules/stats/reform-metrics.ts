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
  unitId?: string,
) {
  const today = localDateOf(now.getTime());
  if (`${year}-01-01` > today) return null;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const scope = await resolveStatsScope(
    db,
    provinceCode,
    null,
    { from: `${year}-01-01`, to, ...(unitId ? { unit: unitId } : { level }) },
    now,
  );
  const groups = await reportGroups(db, provinceCode, scope, ['level']);
  const policy = countingPolicyOf(config);
  return {
    asOf: to,
    figures: addFigures([...groups.values()].map((counts) => reportFigures(counts, policy))),
  };
}

type YearFigures = NonNullable<Awaited<ReturnType<typeof yearFigures>>>;

const onTimeShare = (year: YearFigures | null) =>
  year
    ? shareValue(year.figures.resolvedEarly + year.figures.resolvedOnTime, year.figures.resolved, year.asOf)
    : null;
const onlineShare = (year: YearFigures | null) =>
  year ? shareValue(year.figures.receivedOnline, year.figures.received, year.asOf) : null;

const onTimeRate =
  (config: AppConfig, level?: string): NonNullable<ReformMetric['measure']> =>
  async (db, { provinceCode, year, now }) =>
    onTimeShare(await yearFigures(db, config, provinceCode, year, now, level));

/** A unit's own share (whatever level the province-wide metric counts). */
const ofUnit =
  (config: AppConfig, share: (year: YearFigures | null) => ReturnType<typeof shareValue>) =>
  async (
    db: Parameters<NonNullable<ReformMetric['measureUnit']>>[0],
    ctx: Parameters<NonNullable<ReformMetric['measureUnit']>>[1],
  ) =>
    share(await yearFigures(db, config, ctx.provinceCode, ctx.year, ctx.now, undefined, ctx.unitId));

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
      measureUnit: ofUnit(config, onTimeShare),
    },
    ...LEVEL_NAMES.map(
      ([level, vi, en]): ReformMetric => ({
        code: `dossiers_on_time_rate_${level}`,
        titleVi: `Tỷ lệ hồ sơ giải quyết đúng hạn ${vi}`,
        titleEn: `Dossiers resolved on time, ${en}`,
        source: 'statistics',
        measure: onTimeRate(config, level),
        measureUnit: ofUnit(config, onTimeShare),
      }),
    ),
    {
      code: 'dossiers_online_share',
      titleVi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ',
      titleEn: 'Dossiers received online, of all dossiers received',
      source: 'statistics',
      measure: async (db, { provinceCode, year, now }) =>
        onlineShare(await yearFigures(db, config, provinceCode, year, now, undefined)),
      measureUnit: ofUnit(config, onlineShare),
    },
  ];
}
