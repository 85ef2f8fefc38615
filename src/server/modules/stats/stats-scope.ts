import type { z } from 'zod';
import type { ZStatsScopeQuery } from '../../../contracts/stats';
import { addDays, isoToJdn } from '../../../domain/calendar/civil-date';
import { localDateOf } from '../../../domain/calendar/local-time';
import { localMidnight } from '../../../domain/calendar/working-calendar';
import type { Role } from '../../../domain/identity/roles';
import { checkedPeriod, namedPeriod, type Period, PeriodError } from '../../../domain/stats/periods';
import type { DbOrTx } from '../../db/client';
import { type AuthContext, resolveScope, type Scope, scopeContains } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { type UnitSummary, unitSummariesOfProvince, unitsUnder } from '../organisation/unit-tree';

/** Roles that read statistics: leaders, PAR officers, unit heads and admins. */
export const STATS_ROLES: readonly Role[] = [
  'leader',
  'par_officer',
  'approver',
  'agency_admin',
  'system_admin',
];

/**
 * The units whose figures a caller may read. PAR officers compile the province's reports and
 * system admins run it: the whole province. Leaders, unit heads and agency admins: their units
 * and the units under them.
 */
export async function statsScopeOf(db: DbOrTx, auth: AuthContext): Promise<Scope> {
  if (auth.assignments.some((a) => a.role === 'par_officer' || a.role === 'system_admin'))
    return { all: true };
  return resolveScope(db, auth, ['leader', 'approver', 'agency_admin']);
}

/** Where a report looks: the period, the unit and the units it counts, and when its stocks are counted. */
export interface ResolvedScope {
  readonly period: Period;
  readonly unit: UnitSummary;
  readonly children: boolean;
  readonly successors: boolean;
  /** Only the units of this level, when asked. */
  readonly level: string | null;
  /** The units counted; null for the whole province. */
  readonly unitIds: readonly string[] | null;
  readonly units: readonly UnitSummary[];
  /** Set when the period has not ended: the in-progress figures are those of this instant. */
  readonly liveAt: Date | null;
  /** The end of the period (exclusive), or now. */
  readonly stocksAt: Date;
}

/** The period a query names, checked (problem+json 422 in both languages when it cannot be). */
export function periodOf(query: { period?: string; from?: string; to?: string }, today: string): Period {
  try {
    if (query.period) return namedPeriod(query.period);
    if (query.from || query.to) return checkedPeriod(query.from ?? query.to ?? today, query.to ?? today);
    return namedPeriod(today.slice(0, 7));
  } catch (error) {
    if (error instanceof PeriodError) {
      throw new AppError('stats_period_invalid', 422, { reasonVi: error.vi, reasonEn: error.message });
    }
    throw error;
  }
}

/** The start (UTC instant) of a local day. */
export const startOfLocalDay = (day: string) => new Date(localMidnight(isoToJdn(day)));

/**
 * The scope of a statistics query: the period; the unit asked for (by id or code; the caller's
 * own top unit when absent), 404 when it is outside the caller's scope; the units it counts.
 */
export async function resolveStatsScope(
  db: DbOrTx,
  provinceCode: string,
  auth: AuthContext | null,
  query: z.infer<typeof ZStatsScopeQuery>,
  now: Date,
): Promise<ResolvedScope> {
  const today = localDateOf(now.getTime());
  const period = periodOf(query, today);
  if (period.from > today) throw new AppError('stats_period_in_future', 422, { from: period.from });
  const scope: Scope = auth ? await statsScopeOf(db, auth) : { all: true };
  const units = await unitSummariesOfProvince(db, provinceCode);
  const byId = new Map(units.map((u) => [u.id, u]));
  const root = units.find((u) => u.parentId === null && u.kind === 'province');
  let unit: UnitSummary | undefined;
  if (query.unit) unit = byId.get(query.unit) ?? units.find((u) => u.code === query.unit);
  else if (scope.all) unit = root;
  else
    unit = units.find(
      (u) => scopeContains(scope, u.id) && (!u.parentId || !scopeContains(scope, u.parentId)),
    );
  if (!unit || !scopeContains(scope, unit.id)) throw notFound();
  const children = query.children ?? true;
  const successors = query.successors ?? false;
  const whole = unit.id === root?.id && children;
  const end = startOfLocalDay(addDays(period.to, 1));
  const live = end.getTime() > now.getTime();
  let unitIds = whole ? null : unitsUnder(units, unit.id, { children, merged: successors });
  if (query.level) {
    const ofLevel = new Set(units.filter((u) => u.levelCode === query.level).map((u) => u.id));
    unitIds = (unitIds ?? units.map((u) => u.id)).filter((id) => ofLevel.has(id));
  }
  return {
    period,
    unit,
    children,
    successors,
    level: query.level ?? null,
    unitIds,
    units,
    liveAt: live ? now : null,
    stocksAt: live ? now : end,
  };
}
