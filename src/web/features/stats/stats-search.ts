/**
 * A statistics scope as the address bar keeps it: the same names as the API's query
 * (?period=2026-Q2 or ?from=&to=, unit, level, children, successors, by), so a report can be
 * shared, and the link behind each of its numbers is the report's own query plus group and figure.
 */
import type { z } from 'zod';
import type { ReportFiguresDto, ZGroupBy } from '../../../contracts/stats';

export type GroupBy = z.infer<typeof ZGroupBy>;
export type FigureKey = keyof ReportFiguresDto;
export const GROUP_BYS: readonly GroupBy[] = ['level', 'unit', 'field', 'procedure', 'channel'];

/** The kinds of reporting period (kỳ báo cáo) the picker offers. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = [
  'month',
  'quarter',
  'half',
  'nine_months',
  'year',
  'custom',
];

export interface StatsScope {
  /** A named period (2026, 2026-06, 2026-Q2, 2026-H1, 2026-9M), or null for `from`–`to`. */
  readonly period: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly unit: string | null;
  readonly level: string | null;
  readonly children: boolean;
  readonly successors: boolean;
}

export interface ReportSearch extends StatsScope {
  readonly by: GroupBy;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12])|-(9M))?$/;

/** The parts of a named period, or null when the name is not one. */
export function periodParts(name: string): { kind: PeriodKind; year: number; index: number } | null {
  const m = PERIOD.exec(name);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, index: month } : null;
  }
  if (m[3]) return { kind: 'quarter', year, index: Number(m[3]) };
  if (m[4]) return { kind: 'half', year, index: Number(m[4]) };
  if (m[5]) return { kind: 'nine_months', year, index: 1 };
  return { kind: 'year', year, index: 1 };
}

/** The name of a period from its kind, year and number (month 1–12, quarter 1–4, half 1–2). */
export function periodName(kind: Exclude<PeriodKind, 'custom'>, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${String(index).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'nine_months':
      return `${year}-9M`;
    case 'year':
      return String(year);
  }
}

/** The quarter (1–4) of a month (1–12). */
export const quarterOf = (month: number) => Math.ceil(month / 3);

const flag = (value: string | null, fallback: boolean) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : fallback;

const code = (value: string | null, max: number) => (value && value.length <= max ? value : null);

/** Reads a scope from the address; a period that cannot be falls back to this month (`today` is YYYY-MM-DD). */
export function parseStatsScope(params: URLSearchParams, today: string): StatsScope {
  const from = params.get('from');
  const to = params.get('to');
  const named = params.get('period');
  const custom = from && ISO_DAY.test(from) ? { from, to: to && ISO_DAY.test(to) ? to : today } : null;
  const period = named && periodParts(named) ? named : custom ? null : today.slice(0, 7);
  const level = params.get('level');
  return {
    period,
    from: period ? null : (custom?.from ?? null),
    to: period ? null : (custom?.to ?? null),
    unit: code(params.get('unit'), 64),
    level: level && /^[a-z_]{1,32}$/.test(level) ? level : null,
    children: flag(params.get('children'), true),
    successors: flag(params.get('successors'), false),
  };
}

export function parseReportSearch(params: URLSearchParams, today: string): ReportSearch {
  const by = params.get('by');
  return { ...parseStatsScope(params, today), by: GROUP_BYS.find((b) => b === by) ?? 'level' };
}

/** The API query (and address) of a scope, leaving out what is at its default. */
export function scopeQuery(scope: StatsScope): Record<string, string> {
  const q: Record<string, string> = {};
  if (scope.period) q.period = scope.period;
  else {
    if (scope.from) q.from = scope.from;
    if (scope.to) q.to = scope.to;
  }
  if (scope.unit) q.unit = scope.unit;
  if (scope.level) q.level = scope.level;
  if (!scope.children) q.children = 'false';
  if (scope.successors) q.successors = 'true';
  return q;
}

export function reportQuery(search: ReportSearch): Record<string, string> {
  return { ...scopeQuery(search), by: search.by };
}

export function toParams(query: Record<string, string>): URLSearchParams {
  return new URLSearchParams(query);
}

/** The drill-down's address of one number: the report's query, the row's group and the figure. */
export function drillDownSearch(search: ReportSearch, group: string, figure: FigureKey): string {
  const q: Record<string, string> = { ...reportQuery(search), figure };
  if (group) q.group = group;
  return toParams(q).toString();
}

export interface DrillDownSearch extends ReportSearch {
  readonly group: string;
  readonly figure: FigureKey | null;
  /** 1-based. */
  readonly page: number;
}

export function parseDrillDownSearch(
  params: URLSearchParams,
  today: string,
  figures: readonly FigureKey[],
): DrillDownSearch {
  const page = Number(params.get('page'));
  const figure = params.get('figure');
  return {
    ...parseReportSearch(params, today),
    group: code(params.get('group'), 200) ?? '',
    figure: figures.find((f) => f === figure) ?? null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Rows per page of a drill-down list. */
export const DRILL_DOWN_PAGE_SIZE = 50;

export function pageCount(total: number, pageSize = DRILL_DOWN_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
