import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { serverFieldError } from '../par/AssignTaskDialog';
import type { LeafScoreDto } from './api';

/** Where a scoring rule's refusal belongs, by its code; the others are about the score itself. */
const FIELD_OF_RULE: Record<string, string> = {
  explanation_required: 'explanation',
  comment_required: 'comment',
};

/** The field a scoring rule's refusal (`par_score_invalid`) is about. */
const ruleField = (e: { path: string; code?: string }) =>
  FIELD_OF_RULE[e.code ?? ''] ?? e.path.replace(/^body\./, '');

/**
 * The message for one field of a leaf's form. A scoring rule's refusal names its field and has
 * its message in the UI language as the problem's detail (its `errors[].message` is English);
 * a request the schema refused names the field as `body.<field>`.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ProblemError)) return undefined;
  if (error.code === RULE_REFUSAL)
    return error.errors.some((e) => ruleField(e) === field) ? error.detail : undefined;
  return serverFieldError(error, field);
}

const RULE_REFUSAL = 'par_score_invalid';

/**
 * A leaf form's refusal: the server's message (in the UI language), unless the form shows it at
 * the field it is about; a field message the form has no field for is listed.
 */
export function LeafProblem({ error, fields }: { error: unknown; fields: readonly string[] }) {
  if (!error) return null;
  if (!(error instanceof ProblemError)) return <ProblemAlert error={error} />;
  if (
    error.code === RULE_REFUSAL &&
    error.errors.length > 0 &&
    error.errors.every((e) => fields.includes(ruleField(e)))
  )
    return null;
  const unplaced = error.errors.some(
    (e) => !fields.some((f) => e.path === `body.${f}` || e.path.startsWith(`body.${f}.`)),
  );
  return <ProblemAlert error={error} withFieldErrors={unplaced} />;
}

/**
 * Someone else wrote the criterion: their message, and what the server holds now, next to what
 * the user typed (kept in the form).
 */
export function LeafConflict({
  conflict,
  score,
  maxPoints,
}: {
  conflict: ProblemError | null;
  score: LeafScoreDto;
  maxPoints: number;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!conflict) return null;
  const over = (n: number) =>
    t('parScoring.pointsOver', { points: fmt.decimal(n), max: fmt.decimal(maxPoints) });
  const parts = [
    score.notApplicable
      ? t('parScoring.sheet.notApplicable')
      : score.selfScore !== null
        ? t('parScoring.sheet.currentSelf', { score: over(score.selfScore) })
        : null,
    score.councilScore !== null
      ? t('parScoring.sheet.currentCouncil', { score: over(score.councilScore) })
      : null,
    score.answeredAt
      ? t('parScoring.sheet.currentAnswered')
      : score.returnedAt
        ? t('parScoring.sheet.currentReturned')
        : null,
  ].filter((p) => p !== null);
  return (
    <Stack gap={4}>
      <ProblemAlert error={conflict} title={t('parScoring.sheet.changed')} withFieldErrors={false} />
      <Text size="sm" fw={600} data-testid="server-current">
        {t('parScoring.sheet.current', {
          value: parts.length > 0 ? parts.join('; ') : t('parScoring.sheet.nothing'),
        })}
      </Text>
    </Stack>
  );
}
