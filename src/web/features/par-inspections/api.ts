import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZCreateInspectionPlanRequest,
  ZFinding,
  ZFindingList,
  ZInspectionBoard,
  ZInspectionPlanDetail,
  ZInspectionPlanList,
  ZRecordInspectionRequest,
  ZRescheduleInspectionRequest,
  ZScheduleInspectionRequest,
} from '../../../contracts/par-inspections';
import { api } from '../../api/client';
import { PAR } from '../par/api';

export type InspectionPlanDto = z.infer<typeof ZInspectionPlanDetail>;
export type InspectionPlanSummaryDto = z.infer<typeof ZInspectionPlanList>['plans'][number];
export type InspectionDto = InspectionPlanDto['inspections'][number];
export type FindingDto = z.infer<typeof ZFinding>;
export type CoverageDto = InspectionPlanDto['coverage'];
export type InspectionBoardDto = z.infer<typeof ZInspectionBoard>;
export type RecordInput = z.input<typeof ZRecordInspectionRequest>;

/** Query keys of the inspections sit under the programme's, so the board's live refresh covers them. */
const INSPECTIONS = [PAR, 'inspections'] as const;
const BASE = '/api/par/inspections';

export function useInspectionPlans() {
  return useQuery({
    queryKey: [...INSPECTIONS, 'plans'],
    queryFn: () => api<z.infer<typeof ZInspectionPlanList>>(`${BASE}/plans`),
  });
}

export function useInspectionPlan(id: string) {
  return useQuery({
    queryKey: [...INSPECTIONS, 'plan', id],
    queryFn: () => api<InspectionPlanDto>(`${BASE}/plans/${id}`),
  });
}

export function useOwnFindings(year: number | null) {
  return useQuery({
    queryKey: [...INSPECTIONS, 'own', year],
    queryFn: () =>
      api<z.infer<typeof ZFindingList>>(`${BASE}/findings`, { query: { year: year ?? undefined } }),
    placeholderData: keepPreviousData,
  });
}

export function useInspectionBoard() {
  return useQuery({
    queryKey: [...INSPECTIONS, 'board'],
    queryFn: () => api<InspectionBoardDto>(`${BASE}/board`),
  });
}

/** After a change: every inspection view is fetched again (they are small). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: INSPECTIONS });
}

export function useCreateInspectionPlan() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: z.input<typeof ZCreateInspectionPlanRequest>) =>
      api<InspectionPlanDto>(`${BASE}/plans`, { method: 'POST', json: input }),
    onSuccess: refresh,
  });
}

/** Schedule a unit (no inspection id), reschedule, or take it off the plan. */
export function useScheduleCommand(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (
      command:
        | { kind: 'schedule'; body: z.input<typeof ZScheduleInspectionRequest> }
        | { kind: 'reschedule'; inspectionId: string; body: z.input<typeof ZRescheduleInspectionRequest> }
        | { kind: 'remove'; inspectionId: string; version: number },
    ) => {
      const url = `${BASE}/plans/${planId}/inspections`;
      switch (command.kind) {
        case 'schedule':
          return api<InspectionPlanDto>(url, { method: 'POST', json: command.body });
        case 'reschedule':
          return api<InspectionPlanDto>(`${url}/${command.inspectionId}`, {
            method: 'PATCH',
            json: command.body,
          });
        case 'remove':
          return api<InspectionPlanDto>(`${url}/${command.inspectionId}`, {
            method: 'DELETE',
            query: { version: command.version },
          });
      }
    },
    onSuccess: refresh,
  });
}

export function useRecordInspection(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { inspectionId: string; body: RecordInput }) =>
      api<InspectionPlanDto>(`${BASE}/plans/${planId}/inspections/${input.inspectionId}/record`, {
        method: 'POST',
        json: input.body,
      }),
    onSuccess: refresh,
  });
}

export type FindingAction = 'progress' | 'close' | 'reopen';

export function useFindingCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: {
      findingId: string;
      action: FindingAction;
      body: { version: number; note: string; dueDate?: string };
    }) =>
      api<FindingDto>(`${BASE}/findings/${input.findingId}/${input.action}`, {
        method: 'POST',
        json: input.body,
      }),
    onSuccess: refresh,
  });
}
