import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DossierAssignmentsDto } from '../../../contracts/dossier-assignment';
import { api } from '../../api/client';
import { DOSSIERS } from './api';
import type { Dossier } from './types';

/** The dossier's open steps as the caller may assign them, and the assignment history. */
export function useDossierAssignments(dossier: Pick<Dossier, 'id' | 'version'>) {
  return useQuery({
    // The version in the key: any command on the dossier may change who has which step.
    queryKey: [DOSSIERS, 'assignments', dossier.id, dossier.version],
    queryFn: () => api<DossierAssignmentsDto>(`/api/dossiers/${encodeURIComponent(dossier.id)}/assignments`),
  });
}

/** Assigns (or reassigns) a step; the answer is the dossier as it now is. */
export function useAssignStep(dossier: Pick<Dossier, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { stepId: string; assigneeId: string; reason: string }) =>
      api<Dossier>(`/api/dossiers/${encodeURIComponent(dossier.id)}/assign`, {
        method: 'POST',
        json: { version: dossier.version, ...input },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData([DOSSIERS, 'detail', updated.id], updated);
      void queryClient.invalidateQueries({ queryKey: [DOSSIERS, 'inbox'] });
    },
  });
}
