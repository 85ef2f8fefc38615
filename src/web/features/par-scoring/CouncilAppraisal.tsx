import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { CriterionDto, LeafScoreDto } from './api';
import { fieldError, LeafConflict, LeafProblem } from './LeafProblems';
import { SaveRow } from './SelfAssessment';
import { type LeafProps, typedPoints } from './sheet-model';
import { useLeafDraft } from './useLeafDraft';

interface AppraisalValues {
  readonly score: number | string;
  readonly comment: string;
}

const appraisalValuesOf = (s: LeafScoreDto): AppraisalValues => ({
  score: s.councilScore ?? '',
  comment: s.councilComment ?? '',
});
const sameAppraisal = (a: AppraisalValues, b: AppraisalValues) =>
  typedPoints(a.score) === typedPoints(b.score) && a.comment.trim() === b.comment.trim();

/** The council's score of a leaf with its comment (thẩm định). */
export function AppraisalForm({ roundId, unitId, criterion, score }: LeafProps) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const draft = useLeafDraft({ roundId, unitId, score, valuesOf: appraisalValuesOf, same: sameAppraisal });
  const [tried, setTried] = useState(false);
  const points = typedPoints(draft.values.score);
  const save = () => {
    setTried(true);
    if (points === null) return;
    draft.save((version, values) => ({
      kind: 'appraisal',
      body: { version, score: typedPoints(values.score) ?? 0, comment: values.comment.trim() || null },
    }));
  };
  return (
    <Stack gap={6}>
      <NumberInput
        size="xs"
        w={130}
        required
        label={t('parScoring.sheet.councilScore')}
        decimalScale={2}
        decimalSeparator={lang === 'vi' ? ',' : '.'}
        allowNegative={false}
        hideControls
        value={draft.values.score}
        onChange={(value) => draft.change({ score: value })}
        error={
          (tried && points === null ? t('common.requiredField') : null) ?? fieldError(draft.error, 'score')
        }
        data-testid="council-score"
      />
      <Textarea
        size="xs"
        label={t('parScoring.sheet.councilComment')}
        autosize
        minRows={1}
        maxRows={6}
        maxLength={4000}
        value={draft.values.comment}
        onChange={(e) => draft.change({ comment: e.currentTarget.value })}
        error={fieldError(draft.error, 'comment')}
      />
      {score.councilBy && (
        <Text size="xs" c="dimmed">
          {t('parScoring.sheet.councilBy', { name: score.councilBy })}
        </Text>
      )}
      <LeafConflict conflict={draft.conflict} score={score} maxPoints={criterion.maxPoints} />
      <LeafProblem error={draft.error} fields={['score', 'comment']} />
      <SaveRow
        code={criterion.code}
        onSave={save}
        pending={draft.pending}
        enabled={draft.dirty || draft.conflict !== null}
        saved={draft.saved}
        testId="council-save"
      />
    </Stack>
  );
}

const noteValuesOf = () => ({ note: '' });
const sameNote = (a: { note: string }, b: { note: string }) => a.note.trim() === b.note.trim();

/** The council sends a leaf back to the unit for explanation, once, with what to explain. */
export function ReturnForm({ roundId, unitId, criterion, score }: LeafProps) {
  const { t } = useTranslation();
  const draft = useLeafDraft({ roundId, unitId, score, valuesOf: noteValuesOf, same: sameNote });
  const [open, setOpen] = useState(false);
  const [tried, setTried] = useState(false);
  const blank = draft.values.note.trim() === '';
  if (!open)
    return (
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconArrowBackUp size={14} aria-hidden />}
          onClick={() => setOpen(true)}
          data-testid="return-open"
        >
          {t('parScoring.sheet.return')}
        </Button>
      </Group>
    );
  const send = () => {
    setTried(true);
    if (blank) return;
    draft.save((version, values) => ({ kind: 'return', body: { version, note: values.note.trim() } }), {
      note: '',
    });
  };
  return (
    <Stack gap={6} data-testid="return-form">
      <Textarea
        size="xs"
        data-autofocus
        required
        label={t('parScoring.sheet.returnNote')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={4000}
        value={draft.values.note}
        onChange={(e) => draft.change({ note: e.currentTarget.value })}
        error={(tried && blank ? t('common.requiredField') : null) ?? fieldError(draft.error, 'note')}
      />
      <LeafConflict conflict={draft.conflict} score={score} maxPoints={criterion.maxPoints} />
      <LeafProblem error={draft.error} fields={['note']} />
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
        <Button size="xs" onClick={send} loading={draft.pending} data-testid="return-submit">
          {t('parScoring.sheet.returnSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The council's score as recorded, for everyone who does not appraise. */
export function AppraisalView({ criterion, score }: { criterion: CriterionDto; score: LeafScoreDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="council-score-view">
        {t('parScoring.sheet.councilScore')}:{' '}
        <b>
          {score.councilScore === null
            ? t('parScoring.sheet.notAppraised')
            : t('parScoring.pointsOver', {
                points: fmt.decimal(score.councilScore),
                max: fmt.decimal(criterion.maxPoints),
              })}
        </b>
      </Text>
      {score.councilComment && (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t('parScoring.sheet.councilComment')}: {score.councilComment}
        </Text>
      )}
      {score.councilBy && (
        <Text size="xs" c="dimmed">
          {t('parScoring.sheet.councilBy', { name: score.councilBy })}
        </Text>
      )}
    </Stack>
  );
}
