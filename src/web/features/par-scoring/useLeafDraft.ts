import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ProblemError } from '../../api/client';
import { type LeafCommand, type LeafScoreDto, type ScoreSheetDto, scoringKeys, useLeafCommand } from './api';
import { blankScore } from './sheet-model';

/** The API's code when someone else wrote the criterion since the version the form started from. */
const SCORE_CHANGED = 'par_score_changed';

/**
 * A form over one leaf's score that never loses what the user typed. The values start from the
 * server's, and follow them while untouched (the sheet refreshes live). The version sent is the one
 * the values were based on; when someone else wrote meanwhile the API refuses (409): the sheet is
 * fetched again, the typed values stay, the server's now stand beside them, and the next save goes
 * on top of what the user has now seen.
 */
export function useLeafDraft<V>(options: {
  roundId: string;
  unitId: string;
  score: LeafScoreDto;
  valuesOf: (score: LeafScoreDto) => V;
  /** What the form shows first, when not the server's values (a suggestion to save). */
  start?: (score: LeafScoreDto) => V;
  same: (a: V, b: V) => boolean;
}) {
  const { roundId, unitId, score, valuesOf, start, same } = options;
  const queryClient = useQueryClient();
  const command = useLeafCommand(roundId, unitId, score.code);
  const [values, setValues] = useState(() => (start ?? valuesOf)(score));
  const [base, setBase] = useState(() => ({ version: score.version, values: valuesOf(score) }));
  const [conflict, setConflict] = useState<ProblemError | null>(null);
  const [saved, setSaved] = useState(false);
  const dirty = !same(values, base.values);

  useEffect(() => {
    if (dirty || score.version === base.version) return;
    const fresh = valuesOf(score);
    setBase({ version: score.version, values: fresh });
    setValues(fresh);
  }, [dirty, score, base.version, valuesOf]);

  const change = (patch: Partial<V>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };

  const save = (toCommand: (version: number, values: V) => LeafCommand, reset?: V) => {
    setSaved(false);
    command.mutate(toCommand(base.version, values), {
      onSuccess: (written) => {
        const kept = reset ?? values;
        setConflict(null);
        setSaved(true);
        setValues(kept);
        setBase({ version: written.version, values: kept });
      },
      onError: async (error) => {
        if (!(error instanceof ProblemError) || error.status !== 409) return;
        const key = scoringKeys.sheet(roundId, unitId);
        await queryClient.invalidateQueries({ queryKey: key });
        if (error.code !== SCORE_CHANGED) return;
        const sheet = queryClient.getQueryData<ScoreSheetDto>(key);
        const fresh = sheet?.scores.find((s) => s.code === score.code) ?? blankScore(score.code);
        setBase({ version: fresh.version, values: valuesOf(fresh) });
        setConflict(error);
      },
    });
  };

  /** Another write on the same leaf from this form's page (an evidence upload) moved the version. */
  const followVersion = (from: number, to: number) =>
    setBase((b) => (b.version === from ? { ...b, version: to } : b));

  return {
    values,
    change,
    dirty,
    save,
    followVersion,
    /** The version the values are based on, for another write on the leaf (an evidence upload). */
    baseVersion: base.version,
    pending: command.isPending,
    /** The refusal to show, unless it is the conflict (shown with the server's current values). */
    error: command.error !== null && command.error === conflict ? null : command.error,
    conflict,
    saved: saved && !dirty,
  };
}
