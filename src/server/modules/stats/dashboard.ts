import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DashboardDto, TrendDto, ZStatsScopeQuery } from '../../../contracts/stats';
import { localDateOf } from '../../../domain/calendar/local-time';
import { monthsOf, namedPeriod } from '../../../domain/stats/periods';
import { addFigures, onTimeRate } from '../../../domain/stats/report-figures';
import { formulaSetFor } from '../../../domain/stats/service-index/formulas';
import { computeIndex, percentOfComputed, roundPoints } from '../../../domain/stats/service-index/score';
import type { AppConfig } from '../../config';
import { type DbOrTx, queryRows } from '../../db/client';
import type { AuthContext } from '../../platform/access';
import { indexDataOf, inputsOf, scopeKindOf, serviceIndex } from './service-index';
import { standardReport } from './standard-report';
import { resolveStatsScope } from './stats-scope';

type ScopeQuery = z.infer<typeof ZStatsScopeQuery>;

/** The province's statistics revision: moved by every projector round that changed figures. */
export async function statsRevision(db: DbOrTx, provinceCode: string): Promise<number> {
  const [row] = await queryRows<{ revision: string | number }>(
    db,
    sql`select revision from stats_revisions where province_code = ${provinceCode}`,
  );
  return Number(row?.revision ?? 0);
}

/**
 * A dashboard: this month and this year so far, what is in progress and overdue now, the year by
 * level (the province) or by the units under (a unit head's), and the index of the year with its
 * rank.
 */
export async function dashboard(
  db: DbOrTx,
  config: AppConfig,
  auth: AuthContext,
  query: Pick<ScopeQuery, 'unit'>,
  now: Date,
): Promise<DashboardDto> {
  const today = localDateOf(now.getTime());
  const base = { unit: query.unit, children: true };
  const monthScope = await resolveStatsScope(
    db,
    config.PROVINCE_CODE,
    auth,
    { ...base, period: today.slice(0, 7) },
    now,
  );
  const yearScope = await resolveStatsScope(
    db,
    config.PROVINCE_CODE,
    auth,
    { ...base, period: today.slice(0, 4) },
    now,
  );
  const isProvince = yearScope.unit.kind === 'province';
  const [month, year, index, revision] = await Promise.all([
    standardReport(db, config, monthScope, 'level'),
    standardReport(db, config, yearScope, isProvince ? 'level' : 'unit'),
    serviceIndex(db, config, yearScope, now),
    statsRevision(db, config.PROVINCE_CODE),
  ]);
  return {
    unit: year.unit,
    now: now.toISOString(),
    month: { period: month.period, figures: month.total.figures, rates: month.total.rates },
    year: { period: year.period, figures: year.total.figures, rates: year.total.rates },
    inProgressNow: year.total.figures.inProgress,
    overdueNow: year.total.figures.inProgressOverdue,
    breakdown: { by: isProvince ? 'level' : 'unit', rows: year.rows },
    index: {
      points: roundPoints(index.result.points),
      max: index.result.max,
      percentOfComputed: percentOfComputed(index.result.points, index.result.max),
      band: index.band
        ? { key: index.band.key, labelVi: index.band.labelVi, labelEn: index.band.labelEn }
        : null,
      rank: index.rank,
    },
    revision,
  };
}

/** Month by month of a year (up to this month): volumes by channel, the on-time rate, the index. */
export async function trend(
  db: DbOrTx,
  config: AppConfig,
  auth: AuthContext | null,
  query: Pick<ScopeQuery, 'unit' | 'children' | 'successors'> & { year?: number },
  now: Date,
): Promise<TrendDto> {
  const today = localDateOf(now.getTime());
  const year = query.year ?? Number(today.slice(0, 4));
  const months = monthsOf(namedPeriod(String(year))).filter((m) => m.from <= today);
  const scopes = await Promise.all(
    months.map((m) =>
      resolveStatsScope(db, config.PROVINCE_CODE, auth, { ...query, from: m.from, to: m.to }, now),
    ),
  );
  const first =
    scopes[0] ??
    (await resolveStatsScope(db, config.PROVINCE_CODE, auth, { ...query, period: String(year) }, now));
  const rows = [];
  for (const scope of scopes) {
    const data = await indexDataOf(db, config, scope, now);
    const figures = addFigures([...data.byOnline.values()]);
    const result = computeIndex(formulaSetFor(scope.period.to), inputsOf(data), scopeKindOf(scope.unit));
    rows.push({
      month: scope.period.from.slice(0, 7),
      received: figures.received,
      receivedOnline: figures.receivedOnline,
      receivedCounter: figures.receivedCounter,
      receivedPostal: figures.receivedPostal,
      resolved: figures.resolved,
      resolvedLate: figures.resolvedLate,
      inProgressOverdue: figures.inProgressOverdue,
      onTimeRate: onTimeRate(figures),
      indexPoints: result.max > 0 ? roundPoints(result.points) : null,
      indexMax: result.max > 0 ? result.max : null,
    });
  }
  return {
    unit: {
      id: first.unit.id,
      code: first.unit.code,
      name: first.unit.name,
      levelCode: first.unit.levelCode,
    },
    year,
    months: rows,
  };
}
