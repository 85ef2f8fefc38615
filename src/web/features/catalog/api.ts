import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, upload } from '../../api/client';
import type {
  CatalogFieldList,
  CreateProcedureRequest,
  FormTemplate,
  FormTemplateList,
  ManagedList,
  ProcedureContent,
  ProcedureDetail,
  ProcedureSearchResult,
  ProcedureVersion,
  VersionSummary,
} from '../../api/types';
import { type CatalogSearch, PAGE_SIZE } from './catalog-search';
import type { ManagedSearch } from './managed-search';

const CATALOG = 'catalog';

/** One page of published procedures matching the search (public); the last page stays while the next loads. */
export function useProcedureSearch(search: CatalogSearch) {
  return useQuery({
    queryKey: [CATALOG, 'search', search],
    queryFn: () =>
      api<ProcedureSearchResult>('/api/catalog/procedures', {
        query: {
          q: search.q.trim(),
          field: search.field ?? undefined,
          level: search.level ?? undefined,
          online: search.online ?? undefined,
          limit: PAGE_SIZE,
          offset: (search.page - 1) * PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/** The fields with their number of published procedures (public). */
export function useCatalogFields() {
  return useQuery({
    queryKey: [CATALOG, 'fields'],
    queryFn: () => api<CatalogFieldList>('/api/catalog/fields'),
    staleTime: 5 * 60_000,
  });
}

/** The version of a procedure in force (public); 404 when it has none. */
export function useProcedure(id: string) {
  return useQuery({
    queryKey: [CATALOG, 'procedure', id],
    queryFn: () => api<ProcedureDetail>(`/api/catalog/procedures/${id}`),
  });
}

/**
 * Every version of a procedure the signed-in admin manages; a 404 means it is outside their scope,
 * so callers also use it to decide whether to offer the management page.
 */
export function useProcedureVersions(id: string, enabled = true) {
  return useQuery({
    queryKey: [CATALOG, 'versions', id],
    queryFn: () => api<{ versions: VersionSummary[] }>(`/api/catalog/procedures/${id}/versions`),
    enabled,
    retry: false,
  });
}

/** One version with its full content and what stops it from being published. */
export function useVersion(versionId: string | null) {
  return useQuery({
    queryKey: [CATALOG, 'version', versionId],
    queryFn: () => api<ProcedureVersion>(`/api/catalog/versions/${versionId}`),
    enabled: versionId !== null,
    // The editor starts from what is stored now, never from a cached copy.
    staleTime: 0,
  });
}

function useCatalogMutation<TInput, TOutput>(run: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CATALOG] }),
  });
}

export const useCreateProcedure = () =>
  useCatalogMutation((body: CreateProcedureRequest) =>
    api<ProcedureVersion>('/api/catalog/procedures', { method: 'POST', json: body }),
  );

/** A new draft, a copy of the latest version. */
export const useCreateDraft = (procedureId: string) =>
  useCatalogMutation(() =>
    api<ProcedureVersion>(`/api/catalog/procedures/${procedureId}/versions`, { method: 'POST', json: {} }),
  );

export const useUpdateDraft = () =>
  useCatalogMutation(({ id, ...body }: { id: string; content: ProcedureContent; rowVersion: number }) =>
    api<ProcedureVersion>(`/api/catalog/versions/${id}`, { method: 'PATCH', json: body }),
  );

export const usePublishVersion = () =>
  useCatalogMutation(({ id, ...body }: { id: string; effectiveFrom: string; rowVersion: number }) =>
    api<ProcedureVersion>(`/api/catalog/versions/${id}/publish`, { method: 'POST', json: body }),
  );

export const useWithdrawVersion = () =>
  useCatalogMutation(({ id, ...body }: { id: string; reason: string; rowVersion: number }) =>
    api<ProcedureVersion>(`/api/catalog/versions/${id}/withdraw`, { method: 'POST', json: body }),
  );

/** One page of the procedures the signed-in admin manages, by their latest version. */
export function useManagedProcedures(search: ManagedSearch) {
  return useQuery({
    queryKey: [CATALOG, 'managed', search],
    queryFn: () =>
      api<ManagedList>('/api/catalog/managed', {
        query: {
          q: search.q.trim(),
          status: search.status ?? undefined,
          limit: PAGE_SIZE,
          offset: (search.page - 1) * PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import expects for a file, by its extension; null when it is neither. */
export function importContentType(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

/** Imports procedures from a .csv or .xlsx file, all rows or none, reporting upload progress. */
export const useImportProcedures = () =>
  useCatalogMutation(
    ({
      file,
      contentType,
      onProgress,
    }: {
      file: File;
      contentType: string;
      onProgress: (sent: number) => void;
    }) => upload<{ imported: number }>('/api/catalog/import', { file, contentType, onProgress }),
  );

/** Form templates stored for the province, newest first, one page of those whose name has the words. */
export function useFormTemplates(search: { q: string; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: [CATALOG, 'form-templates', search],
    queryFn: () =>
      api<FormTemplateList>('/api/catalog/form-templates', {
        query: {
          q: search.q.trim(),
          limit: TEMPLATES_PAGE_SIZE,
          offset: (search.page - 1) * TEMPLATES_PAGE_SIZE,
        },
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Templates per page of the picker. */
export const TEMPLATES_PAGE_SIZE = 8;

/** Stores a form template (the raw file), reporting upload progress; answers its id and file name. */
export function useUploadFormTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      contentType,
      onProgress,
    }: {
      file: File;
      contentType: string;
      onProgress: (sent: number) => void;
    }) =>
      upload<FormTemplate>(`/api/catalog/form-templates?fileName=${encodeURIComponent(file.name)}`, {
        file,
        contentType,
        onProgress,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CATALOG, 'form-templates'] }),
  });
}
