import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZAnswerRequest,
  ZAppraisalRequest,
  ZCouncilCandidates,
  ZCreateRoundRequest,
  ZCriterion,
  ZEditCriteriaRequest,
  ZLeafScore,
  ZMeasured,
  ZRoundDetail,
  ZRoundList,
  ZRoundSummary,
  ZScoreSheet,
  ZScoreWritten,
  ZSelfScoreRequest,
  ZSurveyImportResponse,
  ZUpdateRoundRequest,
} from '../../../contracts/par-scoring';
import { api, upload } from '../../api/client';
import { PAR } from '../par/api';

export type RoundSummaryDto = z.infer<typeof ZRoundSummary>;
export type RoundDetailDto = z.infer<typeof ZRoundDetail>;
export type RoundUnitDto = RoundDetailDto['units'][number];
export type CriterionDto = z.infer<typeof ZCriterion>;
export type LeafScoreDto = z.infer<typeof ZLeafScore>;
export type MeasuredDto = z.infer<typeof ZMeasured>;
export type ScoreSheetDto = z.infer<typeof ZScoreSheet>;
export type EvidenceFileDto = LeafScoreDto['evidence'][number];
export type CouncilCandidateDto = z.infer<typeof ZCouncilCandidates>['people'][number];
export type CreateRoundInput = z.input<typeof ZCreateRoundRequest>;
export type EditCriteriaInput = z.input<typeof ZEditCriteriaRequest>;
export type SelfScoreInput = z.input<typeof ZSelfScoreRequest>;
export type AppraisalInput = z.input<typeof ZAppraisalRequest>;
export type AnswerInput = z.input<typeof ZAnswerRequest>;
type ScoreWritten = z.infer<typeof ZScoreWritten>;

/** Keys under the programme's prefix: the reform live stream refreshes the scoring screens too. */
export const scoringKeys = {
  all: [PAR, 'scoring'] as const,
  rounds: [PAR, 'scoring', 'rounds'] as const,
  round: (id: string) => [PAR, 'scoring', 'round', id] as const,
  sheet: (id: string, unitId: string) => [PAR, 'scoring', 'sheet', id, unitId] as const,
  council: (id: string) => [PAR, 'scoring', 'council-candidates', id] as const,
};

const roundUrl = (id: string) => `/api/par/scoring/rounds/${encodeURIComponent(id)}`;
const sheetUrl = (id: string, unitId: string) => `${roundUrl(id)}/units/${encodeURIComponent(unitId)}`;
const criterionUrl = (id: string, unitId: string, code: string) =>
  `${sheetUrl(id, unitId)}/criteria/${encodeURIComponent(code)}`;

/** The round's results as an Excel workbook (a plain download link). */
export const resultsXlsxUrl = (id: string) => `${roundUrl(id)}/results.xlsx`;

/** An evidence file (tài liệu kiểm chứng), served with its own content type. */
export const evidenceUrl = (fileId: string) => `/api/par/scoring/evidence/${encodeURIComponent(fileId)}`;

/** What the evidence upload offers to pick (the server checks the content anyway). */
export const EVIDENCE_ACCEPT = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The type the browser gives a picked file, or one from its name when it gives none. */
export function evidenceContentType(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

export function useRounds() {
  return useQuery({
    queryKey: scoringKeys.rounds,
    queryFn: () => api<z.infer<typeof ZRoundList>>('/api/par/scoring/rounds'),
  });
}

export function useRound(id: string) {
  return useQuery({ queryKey: scoringKeys.round(id), queryFn: () => api<RoundDetailDto>(roundUrl(id)) });
}

export function useScoreSheet(id: string, unitId: string) {
  return useQuery({
    queryKey: scoringKeys.sheet(id, unitId),
    queryFn: () => api<ScoreSheetDto>(sheetUrl(id, unitId)),
  });
}

export function useCouncilCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: scoringKeys.council(id),
    queryFn: () => api<z.infer<typeof ZCouncilCandidates>>(`${roundUrl(id)}/council-candidates`),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** After a change: every scoring view is fetched again (a round's ranking moves with each score). */
function useRefreshScoring() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: scoringKeys.all });
}

export function useCreateRound() {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (input: CreateRoundInput) =>
      api<RoundDetailDto>('/api/par/scoring/rounds', { method: 'POST', json: input }),
    onSuccess: refresh,
  });
}

export function useUpdateWindow(id: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (input: z.input<typeof ZUpdateRoundRequest>) =>
      api<RoundDetailDto>(roundUrl(id), { method: 'PATCH', json: input }),
    onSuccess: refresh,
  });
}

export function useSetCouncil(id: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (input: { unitId: string; userIds: string[] }) =>
      api<null>(`${roundUrl(id)}/council`, { method: 'PUT', json: input }),
    onSuccess: refresh,
  });
}

export function useImportSurvey(id: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (input: { file: Blob; contentType: string; onProgress?: (sent: number) => void }) =>
      upload<z.infer<typeof ZSurveyImportResponse>>(`${roundUrl(id)}/survey`, input),
    onSuccess: refresh,
  });
}

export function usePublishRound(id: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (version: number) =>
      api<RoundDetailDto>(`${roundUrl(id)}/publish`, { method: 'POST', json: { version } }),
    onSuccess: refresh,
  });
}

export function useSubmitSheet(id: string, unitId: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: () => api<ScoreSheetDto>(`${sheetUrl(id, unitId)}/submit`, { method: 'POST', json: {} }),
    onSuccess: refresh,
  });
}

/** One write on one leaf: the unit's self-score or answer, the council's appraisal or return. */
export type LeafCommand =
  | { readonly kind: 'self'; readonly body: SelfScoreInput }
  | { readonly kind: 'appraisal'; readonly body: AppraisalInput }
  | { readonly kind: 'return'; readonly body: { version: number; note: string } }
  | { readonly kind: 'answer'; readonly body: AnswerInput };

export function useLeafCommand(id: string, unitId: string, code: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (command: LeafCommand) => {
      const url = `${criterionUrl(id, unitId, code)}/${command.kind}`;
      const method = command.kind === 'self' || command.kind === 'appraisal' ? 'PUT' : 'POST';
      return api<ScoreWritten>(url, { method, json: command.body });
    },
    onSuccess: refresh,
  });
}

export function useUploadEvidence(id: string, unitId: string, code: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (input: { file: File; version: number; onProgress?: (sent: number) => void }) => {
      const query = new URLSearchParams({ version: String(input.version), fileName: input.file.name });
      return upload<ScoreWritten>(`${criterionUrl(id, unitId, code)}/evidence?${query.toString()}`, {
        file: input.file,
        contentType: evidenceContentType(input.file),
        onProgress: input.onProgress,
      });
    },
    onSuccess: refresh,
  });
}

/** Replaces the round's criteria and bands under the version the editor read. */
export function useEditCriteria(id: string) {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (input: EditCriteriaInput) =>
      api<RoundDetailDto>(`${roundUrl(id)}/criteria`, { method: 'PUT', json: input }),
    onSuccess: refresh,
  });
}

/** Deletes an evidence file of the caller's own unit (the leaf's version moves by one). */
export function useDeleteEvidence() {
  const refresh = useRefreshScoring();
  return useMutation({
    mutationFn: (fileId: string) => api<null>(evidenceUrl(fileId), { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
