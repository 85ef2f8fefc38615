import { Button, Checkbox, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { CriterionDto, LeafScoreDto } from './api';
import { EvidenceFiles } from './EvidenceFiles';
import { fieldError, LeafConflict, LeafProblem } from './LeafProblems';
import { type LeafProps, typedPoints } from './sheet-model';
import { useLeafDraft } from './useLeafDraft';

interface SelfValues {
  readonly score: number | string;
  readonly notApplicable: boolean;
  readonly explanation: string;
  readonly evidenceLocation: string;
}

const selfValuesOf = (s: LeafScoreDto): SelfValues => ({
  score: s.selfScore ?? '',
  notApplicable: s.notApplicable,
  explanation: s.explanation ?? '',
  evidenceLocation: s.evidenceLocation ?? '',
});

/** A leaf never scored starts from what the system's figure earns on its scale. */
const suggestedStart = (s: LeafScoreDto): SelfValues =>
  s.selfScore === null && !s.notApplicable && s.suggestedScore !== null
    ? { ...selfValuesOf(s), score: s.suggestedScore }
    : selfValuesOf(s);

const sameSelf = (a: SelfValues, b: SelfValues) =>
  typedPoints(a.score) === typedPoints(b.score) &&
  a.notApplicable === b.notApplicable &&
  a.explanation.trim() === b.explanation.trim() &&
  a.evidenceLocation.trim() === b.evidenceLocation.trim();

const SELF_FIELDS = ['score', 'notApplicable', 'explanation', 'evidenceLocation'] as const;

/** The unit's own score of a leaf, its explanation and where the evidence proves it; saved leaf by leaf. */
export function SelfScoreForm({ roundId, unitId, criterion, score }: LeafProps) {
  const { t } = useTranslation();
  const draft = useLeafDraft({
    roundId,
    unitId,
    score,
    valuesOf: selfValuesOf,
    start: suggestedStart,
    same: sameSelf,
  });
  const fmt = useFormat();
  const v = draft.values;
  const save = () =>
    draft.save((version, values) => ({
      kind: 'self',
      body: {
        version,
        score: values.notApplicable ? null : typedPoints(values.score),
        notApplicable: values.notApplicable,
        explanation: values.explanation.trim() || null,
        evidenceLocation: values.evidenceLocation.trim() || null,
      },
    }));
  return (
    <Stack gap={6}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <NumberInput
          size="xs"
          w={110}
          label={t('parScoring.sheet.selfScore')}
          decimalScale={2}
          decimalSeparator={fmt.lang === 'vi' ? ',' : '.'}
          allowNegative={false}
          hideControls
          disabled={v.notApplicable}
          value={v.notApplicable ? '' : v.score}
          onChange={(score) => draft.change({ score })}
          error={fieldError(draft.error, 'score')}
          data-testid="self-score"
        />
        <Checkbox
          size="xs"
          mt={26}
          label={t('parScoring.sheet.notApplicable')}
          checked={v.notApplicable}
          onChange={(e) => draft.change({ notApplicable: e.currentTarget.checked })}
          error={fieldError(draft.error, 'notApplicable')}
          data-testid="not-applicable"
        />
        <TextInput
          size="xs"
          style={{ flex: '1 1 200px' }}
          label={t('parScoring.sheet.evidenceLocation')}
          maxLength={500}
          value={v.evidenceLocation}
          onChange={(e) => draft.change({ evidenceLocation: e.currentTarget.value })}
          error={fieldError(draft.error, 'evidenceLocation')}
        />
      </Group>
      {score.selfScore === null && score.suggestedScore !== null && (
        <Text size="xs" c="dimmed" data-testid="suggested">
          {t('parScoring.sheet.suggested', { points: fmt.decimal(score.suggestedScore) })}
        </Text>
      )}
      <Textarea
        size="xs"
        label={t('parScoring.sheet.explanation')}
        description={t('parScoring.sheet.explanationHint')}
        autosize
        minRows={1}
        maxRows={6}
        maxLength={4000}
        value={v.explanation}
        onChange={(e) => draft.change({ explanation: e.currentTarget.value })}
        error={fieldError(draft.error, 'explanation')}
      />
      <EvidenceFiles
        files={score.evidence}
        upload={{
          roundId,
          unitId,
          code: score.code,
          version: draft.baseVersion,
          onDone: draft.followVersion,
        }}
      />
      <LeafConflict conflict={draft.conflict} score={score} maxPoints={criterion.maxPoints} />
      <LeafProblem error={draft.error} fields={SELF_FIELDS} />
      <SaveRow
        code={criterion.code}
        onSave={save}
        pending={draft.pending}
        enabled={draft.dirty || draft.conflict !== null}
        saved={draft.saved}
        testId="self-save"
      />
    </Stack>
  );
}

/** A leaf form's save button, and "Saved." once what is shown is what the server holds. */
export function SaveRow({
  code,
  onSave,
  pending,
  enabled,
  saved,
  testId,
}: {
  code: string;
  onSave: () => void;
  pending: boolean;
  enabled: boolean;
  saved: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button
        size="xs"
        onClick={onSave}
        loading={pending}
        disabled={!enabled}
        aria-label={t('parScoring.sheet.saveOf', { code })}
        data-testid={testId}
      >
        {t('parScoring.sheet.save')}
      </Button>
      {saved && (
        <Text size="xs" c="teal.9" fw={600} role="status">
          {t('parScoring.sheet.saved')}
        </Text>
      )}
    </Group>
  );
}

/** The unit's score as recorded, for everyone who may not change it. */
export function SelfScoreView({
  criterion,
  score,
  evidenceElsewhere = false,
}: {
  criterion: CriterionDto;
  score: LeafScoreDto;
  /** The files are listed where the unit can still change them (its answer to a return). */
  evidenceElsewhere?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="self-score-view">
        {t('parScoring.sheet.selfScore')}:{' '}
        <b>
          {score.notApplicable
            ? t('parScoring.sheet.notApplicable')
            : score.selfScore === null
              ? t('parScoring.sheet.notScored')
              : t('parScoring.pointsOver', {
                  points: fmt.decimal(score.selfScore),
                  max: fmt.decimal(criterion.maxPoints),
                })}
        </b>
      </Text>
      {score.explanation && (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t('parScoring.sheet.explanation')}: {score.explanation}
        </Text>
      )}
      {score.evidenceLocation && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('parScoring.sheet.evidenceLocation')}: {score.evidenceLocation}
        </Text>
      )}
      {!evidenceElsewhere && <EvidenceFiles files={score.evidence} />}
    </Stack>
  );
}
