import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ProcedureDetail, ProcedureSearchResult, UnitList } from '../../api/types';
import { todayInProvince } from '../../i18n/format';
import { type ActionValues, commandBody, commandPath, type DossierAction } from './dossier-commands';
import { type InboxSearch, inboxQuery } from './inbox-search';
import type { CounterIntakeRequest, Dossier, FormVerification, Inbox, PublicStatus } from './types';

/** The query-key prefix of everything dossier. */
export const DOSSIERS = 'dossiers';

/** One page of a work list; the last page stays while the next loads. */
export function useInbox(search: InboxSearch) {
  return useQuery({
    queryKey: [DOSSIERS, 'inbox', search],
    queryFn: () => api<Inbox>('/api/dossiers', { query: inboxQuery(search) }),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: [DOSSIERS, 'detail', id],
    queryFn: () => api<Dossier>(`/api/dossiers/${encodeURIComponent(id)}`),
    // The buttons depend on the latest version: never act on a stale copy.
    staleTime: 0,
  });
}

/** Runs one command on a dossier; the answer is the dossier as it now is. */
export function useDossierCommand(dossier: Pick<Dossier, 'id' | 'state' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, values }: { action: DossierAction; values: ActionValues }) =>
      api<Dossier>(`/api/dossiers/${encodeURIComponent(dossier.id)}/${commandPath(action, dossier.state)}`, {
        method: 'POST',
        json: commandBody(action, dossier.state, dossier.version, values),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData([DOSSIERS, 'detail', updated.id], updated);
      void queryClient.invalidateQueries({ queryKey: [DOSSIERS, 'inbox'] });
    },
  });
}

/** Reloads a dossier (after someone else changed it). */
export function useReloadDossier() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: [DOSSIERS, 'detail', id] });
}

/** Takes a dossier at the desk; the key makes a retry return the first dossier, never a second one. */
export function useCounterIntake() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CounterIntakeRequest; idempotencyKey: string }) =>
      api<Dossier>('/api/dossiers', {
        method: 'POST',
        json: body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [DOSSIERS, 'inbox'] }),
  });
}

/** Procedures for the intake's search box (public, accent-insensitive). */
export function useProcedureSuggestions(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: [DOSSIERS, 'procedure-suggestions', query],
    queryFn: () => api<ProcedureSearchResult>('/api/catalog/procedures', { query: { q: query, limit: 8 } }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The chosen procedure's version in force: its checklist and competent units. */
export function useProcedureDetail(id: string | null) {
  return useQuery({
    queryKey: [DOSSIERS, 'procedure', id],
    queryFn: () => api<ProcedureDetail>(`/api/catalog/procedures/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    staleTime: 60_000,
  });
}

/** The units open today in the caller's scope (desks, inter-agency targets). */
export function useUnitsInScope(enabled = true) {
  return useQuery({
    queryKey: [DOSSIERS, 'units', todayInProvince()],
    queryFn: () => api<UnitList>('/api/units', { query: { on: todayInProvince() } }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Every unit of the province open today: where an inter-agency part can be sent. */
export function useUnitDirectory(enabled = true) {
  return useQuery({
    queryKey: [DOSSIERS, 'unit-directory', todayInProvince()],
    queryFn: () => api<UnitList>('/api/units/directory', { query: { on: todayInProvince() } }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The public status of a dossier; runs only once the visitor asked (`attempt` asks again). */
export function usePublicStatus(input: { code: string; factor: string; attempt: number } | null) {
  return useQuery({
    queryKey: [DOSSIERS, 'public-status', input],
    queryFn: () =>
      api<PublicStatus>('/api/public/dossiers/status', {
        query: { code: input?.code.trim(), factor: input?.factor.trim() },
      }),
    enabled: input !== null,
    retry: false,
    staleTime: 0,
  });
}

/** What the QR code of an issued document proves. */
export function useFormVerification(formId: string) {
  return useQuery({
    queryKey: [DOSSIERS, 'verify', formId],
    queryFn: () => api<FormVerification>(`/api/public/forms/${encodeURIComponent(formId)}`),
    retry: false,
  });
}
