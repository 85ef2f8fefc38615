import type { PublicStatsDto } from '../../../contracts/stats';
import { localDateOf } from '../../../domain/calendar/local-time';
import { namedPeriod, type Period } from '../../../domain/stats/periods';
import { addFigures, onTimeRate, type ReportFigures } from '../../../domain/stats/report-figures';
import { roundPoints } from '../../../domain/stats/service-index/score';
import type { AppConfig } from '../../config';
import type { DbOrTx } from '../../db/client';
import { type RankedIndex, rankIndex, serviceIndex } from './service-index';
import { resolveStatsScope } from './stats-scope';

type UnitStats = PublicStatsDto['units'][number]['month'];

const statsOf = (figures: ReportFigures, points: number | null, max: number | null): UnitStats => ({
  received: figures.received,
  resolved: figures.resolved,
  onTimeRate: onTimeRate(figures),
  indexPoints: points === null ? null : roundPoints(points),
  indexMax: max,
});

const EMPTY = statsOf(addFigures([]), null, null);

/**
 * What anyone may see without signing in, as the national portal shows it: each department's and
 * commune's on-time rate and index for this month, quarter and year so far, and the province's.
 */
export async function publicStats(db: DbOrTx, config: AppConfig, now: Date): Promise<PublicStatsDto> {
  const today = localDateOf(now.getTime());
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const periods = {
    month: namedPeriod(today.slice(0, 7)),
    quarter: namedPeriod(`${today.slice(0, 4)}-Q${quarter}`),
    year: namedPeriod(today.slice(0, 4)),
  };
  const units = new Map<string, PublicStatsDto['units'][number]>();
  const province: Partial<PublicStatsDto['province']> = {};
  for (const key of ['month', 'quarter', 'year'] as const) {
    const period: Period = periods[key];
    const scope = await resolveStatsScope(
      db,
      config.PROVINCE_CODE,
      null,
      {
        period:
          key === 'month'
            ? today.slice(0, 7)
            : key === 'quarter'
              ? `${today.slice(0, 4)}-Q${quarter}`
              : today.slice(0, 4),
      },
      now,
    );
    province.name = scope.unit.name;
    const whole = await serviceIndex(db, config, scope, now);
    province[key] = statsOf(
      addFigures([...whole.data.byOnline.values()]),
      whole.result.max > 0 ? whole.result.points : null,
      whole.result.max > 0 ? whole.result.max : null,
    );
    const open = scope.units.filter((u) => u.validTo === null || u.validTo >= today);
    for (const among of ['department', 'commune'] as const) {
      const { ranked } = await rankIndex(db, config, open, period, among, now, scope.liveAt);
      const byId = new Map<string, RankedIndex>(ranked.map((r) => [r.unit.id, r]));
      for (const unit of open.filter((u) =>
        among === 'department' ? u.kind === 'department' : u.kind === 'commune',
      )) {
        const entry = units.get(unit.id) ?? {
          code: unit.code,
          name: unit.name,
          levelCode: unit.levelCode,
          kind: unit.kind,
          month: EMPTY,
          quarter: EMPTY,
          year: EMPTY,
        };
        const r = byId.get(unit.id);
        entry[key] = r ? statsOf(r.figures, r.result.points, r.result.max) : EMPTY;
        units.set(unit.id, entry);
      }
    }
  }
  return {
    asOf: now.toISOString(),
    periods,
    province: {
      name: province.name ?? '',
      month: province.month ?? EMPTY,
      quarter: province.quarter ?? EMPTY,
      year: province.year ?? EMPTY,
    },
    units: [...units.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}
