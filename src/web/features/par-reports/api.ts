import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZCreateReportRoundRequest,
  ZReportBoard,
  ZReportRoundDetail,
  ZReportRoundList,
  ZReportSection,
  ZSectionWritten,
  ZUnitReport,
} from '../../../contracts/par-reports';
import { api } from '../../api/client';
import { PAR } from '../par/api';

export type ReportRoundSummaryDto = z.infer<typeof ZReportRoundList>['rounds'][number];
export type ReportRoundDetailDto = z.infer<typeof ZReportRoundDetail>;
export type ReportUnitLineDto = ReportRoundDetailDto['units'][number];
export type UnitReportDto = z.infer<typeof ZUnitReport>;
export type ReportSectionDto = z.infer<typeof ZReportSection>;
export type ReportFiguresDto = UnitReportDto['figures'];
export type ReportBoardDto = z.infer<typeof ZReportBoard>;
export type CreateReportRoundInput = z.input<typeof ZCreateReportRoundRequest>;
type SectionWritten = z.infer<typeof ZSectionWritten>;

/** Keys under the programme's prefix: the reform live stream refreshes these screens too. */
export const reportKeys = {
  all: [PAR, 'reports'] as const,
  rounds: [PAR, 'reports', 'rounds'] as const,
  board: [PAR, 'reports', 'board'] as const,
  round: (id: string) => [PAR, 'reports', 'round', id] as const,
  unit: (id: string, unitId: string) => [PAR, 'reports', 'unit', id, unitId] as const,
};

const roundUrl = (id: string) => `/api/par/reports/rounds/${encodeURIComponent(id)}`;
const unitUrl = (id: string, unitId: string) => `${roundUrl(id)}/units/${encodeURIComponent(unitId)}`;

/** The consolidated report's downloads (plain links: the browser saves the file). */
export const reportFileUrl = (id: string, kind: 'docx' | 'pdf') => `${roundUrl(id)}/report.${kind}`;

export function useReportRounds() {
  return useQuery({
    queryKey: reportKeys.rounds,
    queryFn: () => api<z.infer<typeof ZReportRoundList>>('/api/par/reports/rounds'),
  });
}

export function useReportRound(id: string) {
  return useQuery({ queryKey: reportKeys.round(id), queryFn: () => api<ReportRoundDetailDto>(roundUrl(id)) });
}

export function useUnitReport(id: string, unitId: string) {
  return useQuery({
    queryKey: reportKeys.unit(id, unitId),
    queryFn: () => api<UnitReportDto>(unitUrl(id, unitId)),
  });
}

export function useReportBoard(enabled = true) {
  return useQuery({
    queryKey: reportKeys.board,
    queryFn: () => api<ReportBoardDto>('/api/par/reports/board'),
    enabled,
  });
}

function useRefreshReports() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reportKeys.all });
}

export function useCreateReportRound() {
  const refresh = useRefreshReports();
  return useMutation({
    mutationFn: (input: CreateReportRoundInput) =>
      api<ReportRoundDetailDto>('/api/par/reports/rounds', { method: 'POST', json: input }),
    onSuccess: refresh,
  });
}

export function useCloseReportRound(id: string) {
  const refresh = useRefreshReports();
  return useMutation({
    mutationFn: (version: number) =>
      api<ReportRoundDetailDto>(`${roundUrl(id)}/close`, { method: 'POST', json: { version } }),
    onSuccess: refresh,
  });
}

export function useSubmitUnitReport(id: string, unitId: string) {
  const refresh = useRefreshReports();
  return useMutation({
    mutationFn: () => api<UnitReportDto>(`${unitUrl(id, unitId)}/submit`, { method: 'POST', json: {} }),
    onSuccess: refresh,
  });
}

/** Saves one section; the caller decides what to refresh (a save must not reset other sections' drafts). */
export function useWriteSection(id: string, unitId: string, code: string) {
  return useMutation({
    mutationFn: (input: { version: number; body: string }) =>
      api<SectionWritten>(`${unitUrl(id, unitId)}/sections/${encodeURIComponent(code)}`, {
        method: 'PUT',
        json: input,
      }),
  });
}
