import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import type {
  DashboardDto,
  DrillDownDto,
  IndexRankingDto,
  PublicStatsDto,
  ServiceIndexDto,
  StandardReportDto,
  TrendDto,
  ZIndexGains,
  ZProcedureDrill,
} from '../../../contracts/stats';
import { api } from '../../api/client';
import {
  DRILL_DOWN_PAGE_SIZE,
  type DrillDownSearch,
  type ReportSearch,
  reportQuery,
  type StatsScope,
  scopeQuery,
} from './stats-search';

export type IndexGainsDto = z.infer<typeof ZIndexGains>;
export type ProcedureDrillDto = z.infer<typeof ZProcedureDrill>;
export type ProcedureFilter = 'all' | 'online' | 'full_online' | 'not_online';

/** The query-key prefix of every statistic: the live stream invalidates them all at once. */
export const STATS = 'stats';

export function useDashboard(unit: string | null) {
  return useQuery({
    queryKey: [STATS, 'dashboard', unit],
    queryFn: () => api<DashboardDto>('/api/stats/dashboard', { query: { unit: unit ?? undefined } }),
    placeholderData: keepPreviousData,
  });
}

export function useReport(search: ReportSearch, enabled = true) {
  return useQuery({
    queryKey: [STATS, 'report', reportQuery(search)],
    queryFn: () => api<StandardReportDto>('/api/stats/report', { query: reportQuery(search) }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDrillDown(search: DrillDownSearch) {
  const query = {
    ...reportQuery(search),
    group: search.group || undefined,
    figure: search.figure ?? undefined,
    limit: DRILL_DOWN_PAGE_SIZE,
    offset: (search.page - 1) * DRILL_DOWN_PAGE_SIZE,
  };
  return useQuery({
    queryKey: [STATS, 'dossiers', query],
    queryFn: () => api<DrillDownDto>('/api/stats/dossiers', { query }),
    placeholderData: keepPreviousData,
    enabled: search.figure !== null,
  });
}

/** The year month by month; `enabled` false waits (a dashboard asks once it knows its unit). */
export function useTrend(unit: string | null, year: number, enabled = true) {
  return useQuery({
    queryKey: [STATS, 'trend', unit, year],
    enabled,
    queryFn: () => api<TrendDto>('/api/stats/trend', { query: { unit: unit ?? undefined, year } }),
    placeholderData: keepPreviousData,
  });
}

export function useServiceIndex(scope: StatsScope) {
  const query = scopeQuery(scope);
  return useQuery({
    queryKey: [STATS, 'index', query],
    queryFn: () => api<ServiceIndexDto>('/api/stats/index', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useIndexGains(scope: StatsScope) {
  const query = scopeQuery(scope);
  return useQuery({
    queryKey: [STATS, 'gains', query],
    queryFn: () => api<IndexGainsDto>('/api/stats/index/gains', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useIndexRanking(scope: StatsScope, among: 'department' | 'commune') {
  // The ranking takes the period only: the units are all those of a kind.
  const { period, from, to } = scopeQuery(scope);
  const query = { period, from, to, among };
  return useQuery({
    queryKey: [STATS, 'ranking', query],
    queryFn: () => api<IndexRankingDto>('/api/stats/index/ranking', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useProcedureDrill(scope: StatsScope, filter: ProcedureFilter, page: number) {
  const query = {
    ...scopeQuery(scope),
    filter,
    limit: DRILL_DOWN_PAGE_SIZE,
    offset: (page - 1) * DRILL_DOWN_PAGE_SIZE,
  };
  return useQuery({
    queryKey: [STATS, 'procedures', query],
    queryFn: () => api<ProcedureDrillDto>('/api/stats/procedures', { query }),
    placeholderData: keepPreviousData,
  });
}

/** The public transparency figures (no sign-in). */
export function usePublicStats() {
  return useQuery({
    queryKey: [STATS, 'public'],
    queryFn: () => api<PublicStatsDto>('/api/public/stats'),
    staleTime: 60_000,
  });
}

/** Views that take a query per month or per unit: refreshed after the others. */
const SLOW_VIEWS: ReadonlySet<string> = new Set(['trend', 'ranking', 'gains']);

/**
 * Keeps the statistics on screen current: the server's live stream says when the figures move
 * (`event: revision`), and every statistics query is fetched again. EventSource reconnects by itself.
 */
export function useStatsLive(enabled = true) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/stats/live', { withCredentials: true });
    let last = -1;
    const onRevision = (event: MessageEvent<string>) => {
      const revision = revisionOf(event.data);
      if (revision !== null && revision === last) return;
      last = revision ?? last;
      // The figures on screen first; the month-by-month and unit-by-unit views (seconds of work on
      // the embedded database, which answers one query at a time) once those are back.
      const kind = (q: { queryKey: readonly unknown[] }) => String(q.queryKey[1]);
      void queryClient
        .invalidateQueries({
          queryKey: [STATS],
          predicate: (q) => kind(q) !== 'public' && !SLOW_VIEWS.has(kind(q)),
        })
        .then(() =>
          queryClient.invalidateQueries({ queryKey: [STATS], predicate: (q) => SLOW_VIEWS.has(kind(q)) }),
        );
    };
    source.addEventListener('revision', onRevision);
    return () => {
      source.removeEventListener('revision', onRevision);
      source.close();
    };
  }, [enabled, queryClient]);
}

/** The revision number of a live event's data (`{"revision": 12}`), or null. */
export function revisionOf(data: string): number | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object' && 'revision' in parsed && typeof parsed.revision === 'number')
      return parsed.revision;
  } catch {
    // Not JSON: the event still says the figures moved.
  }
  return null;
}
