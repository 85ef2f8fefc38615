import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CloseUnitRequest,
  CreateUnitRequest,
  MergeUnitsRequest,
  MergeUnitsResponse,
  Unit,
  UnitImportResponse,
  UnitList,
  UnitSignersRequest,
  UnitSignersView,
  UpdateUnitRequest,
} from '../../api/types';

const UNITS = 'units';

/** Units in the caller's scope: in force on a day, or every unit ever (on undefined). */
export function useUnits(filter: { on?: string; q?: string }) {
  return useQuery({
    queryKey: [UNITS, filter.on ?? 'all', filter.q ?? ''],
    queryFn: () => api<UnitList>('/api/units', { query: { on: filter.on, q: filter.q } }),
    placeholderData: (previous) => previous,
  });
}

function useUnitMutation<TInput, TOutput>(run: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [UNITS] }),
  });
}

export const useCreateUnit = () =>
  useUnitMutation((body: CreateUnitRequest) => api<Unit>('/api/units', { method: 'POST', json: body }));

export const useUpdateUnit = () =>
  useUnitMutation(({ id, ...body }: UpdateUnitRequest & { id: string }) =>
    api<Unit>(`/api/units/${id}`, { method: 'PATCH', json: body }),
  );

export const useCloseUnit = () =>
  useUnitMutation(({ id, ...body }: CloseUnitRequest & { id: string }) =>
    api<Unit>(`/api/units/${id}/close`, { method: 'POST', json: body }),
  );

export const useMergeUnits = () =>
  useUnitMutation((body: MergeUnitsRequest) =>
    api<MergeUnitsResponse>('/api/units/merge', { method: 'POST', json: body }),
  );

export const useImportUnits = () =>
  useUnitMutation(async (file: File) =>
    api<UnitImportResponse>('/api/units/import', {
      method: 'POST',
      text: { body: await file.text(), contentType: 'text/csv' },
    }),
  );

const signersKey = (unitId: string) => [UNITS, unitId, 'signers'];

/** Who signs for a unit now and before (system and agency admins). */
export const useUnitSigners = (unitId: string) =>
  useQuery({
    queryKey: signersKey(unitId),
    queryFn: () => api<UnitSignersView>(`/api/units/${unitId}/signers`),
  });

export function useSetUnitSigners(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitSignersRequest) =>
      api<UnitSignersView['current']>(`/api/units/${unitId}/signers`, { method: 'PUT', json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signersKey(unitId) }),
  });
}
