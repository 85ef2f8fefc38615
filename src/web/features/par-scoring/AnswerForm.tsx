import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceFiles } from './EvidenceFiles';
import { fieldError, LeafConflict, LeafProblem } from './LeafProblems';
import type { LeafProps } from './sheet-model';
import { useLeafDraft } from './useLeafDraft';

interface AnswerValues {
  readonly explanation: string;
  readonly evidenceLocation: string;
}

const answerValuesOf = (): AnswerValues => ({ explanation: '', evidenceLocation: '' });
const sameAnswer = (a: AnswerValues, b: AnswerValues) =>
  a.explanation.trim() === b.explanation.trim() && a.evidenceLocation.trim() === b.evidenceLocation.trim();

/** The unit's answer to the council's return for explanation (giải trình). */
export function AnswerForm({ roundId, unitId, criterion, score }: LeafProps) {
  const { t } = useTranslation();
  const draft = useLeafDraft({ roundId, unitId, score, valuesOf: answerValuesOf, same: sameAnswer });
  const [tried, setTried] = useState(false);
  const blank = draft.values.explanation.trim() === '';
  const send = () => {
    setTried(true);
    if (blank) return;
    draft.save(
      (version, values) => ({
        kind: 'answer',
        body: {
          version,
          explanation: values.explanation.trim(),
          evidenceLocation: values.evidenceLocation.trim() || null,
        },
      }),
      answerValuesOf(),
    );
  };
  return (
    <Stack gap={6} data-testid="answer-form">
      <Text size="sm" fw={600}>
        {t('parScoring.sheet.answerTitle')}
      </Text>
      <Textarea
        size="xs"
        required
        label={t('parScoring.sheet.answerExplanation')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={4000}
        value={draft.values.explanation}
        onChange={(e) => draft.change({ explanation: e.currentTarget.value })}
        error={(tried && blank ? t('common.requiredField') : null) ?? fieldError(draft.error, 'explanation')}
      />
      <TextInput
        size="xs"
        label={t('parScoring.sheet.evidenceLocation')}
        maxLength={500}
        value={draft.values.evidenceLocation}
        onChange={(e) => draft.change({ evidenceLocation: e.currentTarget.value })}
        error={fieldError(draft.error, 'evidenceLocation')}
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
      <LeafProblem error={draft.error} fields={['explanation', 'evidenceLocation']} />
      <Group>
        <Button size="xs" onClick={send} loading={draft.pending} data-testid="answer-submit">
          {t('parScoring.sheet.answerSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
