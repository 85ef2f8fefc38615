import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import type {
  ZBoard,
  ZBoardQuery,
  ZCreatePlanRequest,
  ZCreateTaskRequest,
  ZMetricList,
  ZPlan,
  ZPlanDetail,
  ZPlanList,
  ZTaskDetail,
  ZTaskList,
  ZTaskListQuery,
} from '../../../contracts/par';
import { api, upload } from '../../api/client';

export type PlanDto = z.infer<typeof ZPlan>;
export type PlanDetailDto = z.infer<typeof ZPlanDetail>;
export type TargetDto = PlanDetailDto['targets'][number];
export type TaskDetailDto = z.infer<typeof ZTaskDetail>;
export type TaskSummaryDto = z.infer<typeof ZTaskList>['tasks'][number];
export type BoardDto = z.infer<typeof ZBoard>;
export type BoardFilters = z.input<typeof ZBoardQuery>;
export type TaskListQuery = Partial<Omit<z.output<typeof ZTaskListQuery>, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};
export type CreateTaskInput = z.input<typeof ZCreateTaskRequest>;

/** The query-key prefix of everything of the reform programme: the live stream refreshes them all. */
export const PAR = 'par';

export function usePlans() {
  return useQuery({
    queryKey: [PAR, 'plans'],
    queryFn: () => api<z.infer<typeof ZPlanList>>('/api/par/plans'),
  });
}

export function usePlan(id: string, year: number | null) {
  return useQuery({
    queryKey: [PAR, 'plan', id, year],
    queryFn: () => api<PlanDetailDto>(`/api/par/plans/${id}`, { query: { year: year ?? undefined } }),
    placeholderData: keepPreviousData,
  });
}

export function useMetrics() {
  return useQuery({
    queryKey: [PAR, 'metrics'],
    queryFn: () => api<z.infer<typeof ZMetricList>>('/api/par/metrics'),
    staleTime: 10 * 60_000,
  });
}

export function useTasks(query: TaskListQuery) {
  return useQuery({
    queryKey: [PAR, 'tasks', query],
    queryFn: () => api<z.infer<typeof ZTaskList>>('/api/par/tasks', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: [PAR, 'task', id],
    queryFn: () => api<TaskDetailDto>(`/api/par/tasks/${id}`),
  });
}

export function useBoard(filters: BoardFilters) {
  return useQuery({
    queryKey: [PAR, 'board', filters],
    queryFn: () => api<BoardDto>('/api/par/board', { query: { ...filters } }),
    placeholderData: keepPreviousData,
  });
}

/** After a change: everything of the programme is fetched again (it is small). */
function useRefreshPar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [PAR] });
}

export function useCreatePlan() {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: z.input<typeof ZCreatePlanRequest>) =>
      api<PlanDto>('/api/par/plans', { method: 'POST', json: input }),
    onSuccess: refresh,
  });
}

export function useImportTargets(planId: string) {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: { file: Blob; contentType: string; onProgress?: (sent: number) => void }) =>
      upload<{ imported: number }>(`/api/par/plans/${planId}/targets/import`, input),
    onSuccess: refresh,
  });
}

export function useLinkMetric() {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: { targetId: string; version: number; metricCode: string | null }) =>
      api(`/api/par/targets/${input.targetId}`, {
        method: 'PATCH',
        json: { version: input.version, metricCode: input.metricCode },
      }),
    onSuccess: refresh,
  });
}

export function useReportTarget() {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: async (input: {
      targetId: string;
      year: number;
      percent?: number;
      doneOn?: string;
      note: string;
    }) => {
      const { targetId, ...body } = input;
      await api<null>(`/api/par/targets/${targetId}/reports`, { method: 'POST', json: body });
    },
    onSuccess: refresh,
  });
}

export function useCreateTask() {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: { body: CreateTaskInput; idempotencyKey: string }) =>
      api<TaskDetailDto>('/api/par/tasks', {
        method: 'POST',
        json: input.body,
        headers: { 'Idempotency-Key': input.idempotencyKey },
      }),
    onSuccess: refresh,
  });
}

export type TaskAction = 'progress' | 'contributions' | 'extension' | 'extension/decision' | 'complete';

/** One command on a task (progress, contribution, extension asked or decided, completion). */
export function useTaskCommand(taskId: string) {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: { action: TaskAction; body: Record<string, unknown> }) =>
      api<TaskDetailDto>(`/api/par/tasks/${taskId}/${input.action}`, { method: 'POST', json: input.body }),
    onSuccess: refresh,
  });
}

/**
 * Keeps the programme's views current: the server's stream says when a task changes
 * (`event: revision`), and every query of the programme is fetched again, without a reload.
 */
export function useParLive(enabled = true) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/par/board/live', { withCredentials: true });
    let last: string | null = null;
    const onRevision = (event: MessageEvent<string>) => {
      if (event.data === last) return;
      last = event.data;
      void queryClient.invalidateQueries({ queryKey: [PAR] });
    };
    source.addEventListener('revision', onRevision);
    return () => {
      source.removeEventListener('revision', onRevision);
      source.close();
    };
  }, [enabled, queryClient]);
}

export function useImportTasks(planId: string | null) {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: { file: Blob; contentType: string }) =>
      upload<{ imported: number }>(`/api/par/tasks/import${planId ? `?plan=${planId}` : ''}`, input),
    onSuccess: refresh,
  });
}

export function useImportProgress() {
  const refresh = useRefreshPar();
  return useMutation({
    mutationFn: (input: { file: Blob; contentType: string }) =>
      upload<{ updated: number; completed: number; unchanged: number }>(
        '/api/par/tasks/progress-import',
        input,
      ),
    onSuccess: refresh,
  });
}
