import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierAssignmentsDto } from '../../../contracts/dossier-assignment';
import { ProblemError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { useAssignStep, useDossierAssignments } from './assignment-api';
import { Notice } from './Notice';
import type { Dossier } from './types';

type OpenStep = DossierAssignmentsDto['steps'][number];

/**
 * Phân công xử lý: who has each open step, the head's button to (re)assign it to a person of the
 * step's unit, and every assignment so far (who gave it to whom, when and why).
 */
export function AssignPanel({
  dossier,
  onConflict,
}: {
  dossier: Dossier;
  onConflict: (error: ProblemError) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const assignments = useDossierAssignments(dossier);
  const [choosing, setChoosing] = useState<OpenStep | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = assignments.data;
  if (!data || (data.steps.length === 0 && data.history.length === 0)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dossier-assignment">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dossier-assignment">
          {t('dossiers.assignment.title')}
        </Title>
        {done && (
          <Notice
            color="green"
            role="status"
            withCloseButton
            onClose={() => setDone(null)}
            closeButtonLabel={t('common.close')}
          >
            {t('dossiers.assignment.done', { name: done })}
          </Notice>
        )}
        {data.steps.map((step) => (
          <Group key={step.stepId} justify="space-between" wrap="wrap" gap="xs" data-testid="assignment-step">
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {step.name}
              </Text>
              <Text size="xs" c="dimmed">
                {step.unit}
              </Text>
              <Text size="sm" fs={step.assignee ? undefined : 'italic'}>
                {step.assignee
                  ? t('dossiers.inbox.assignee', { name: step.assignee.name })
                  : t('dossiers.assignment.nobody')}
              </Text>
            </Stack>
            {step.canAssign && (
              <Button
                size="xs"
                variant={step.assignee ? 'default' : 'filled'}
                leftSection={<IconUserCheck size={16} aria-hidden />}
                onClick={() => setChoosing(step)}
              >
                {step.assignee ? t('dossiers.assignment.reassign') : t('dossiers.assignment.assign')}
              </Button>
            )}
          </Group>
        ))}
        <Title order={3} size="h6">
          {t('dossiers.assignment.history')}
        </Title>
        {data.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dossiers.assignment.noHistory')}
          </Text>
        ) : (
          <Stack
            component="ol"
            gap={6}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="assignment-history"
          >
            {data.history.map((h) => (
              <li key={`${h.at}-${h.assignee}`}>
                <Text size="sm">
                  {t('dossiers.assignment.historyRow', { by: h.by, assignee: h.assignee })}
                  {h.previousAssignee
                    ? t('dossiers.assignment.historyFrom', { previous: h.previousAssignee })
                    : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(h.at)} · {h.stepName}
                  {h.reason ? ` · ${h.reason}` : ''}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      {choosing && (
        <AssignDialog
          dossier={dossier}
          step={choosing}
          onClose={() => setChoosing(null)}
          onAssigned={(name) => {
            setChoosing(null);
            setDone(name);
          }}
          onConflict={(error) => {
            setChoosing(null);
            onConflict(error);
          }}
        />
      )}
    </Paper>
  );
}

function AssignDialog({
  dossier,
  step,
  onClose,
  onAssigned,
  onConflict,
}: {
  dossier: Dossier;
  step: OpenStep;
  onClose: () => void;
  onAssigned: (name: string) => void;
  onConflict: (error: ProblemError) => void;
}) {
  const { t } = useTranslation();
  const assign = useAssignStep(dossier);
  const [personId, setPersonId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const reassigning = step.assignee !== null;
  const people = step.candidates.filter((c) => c.id !== step.assignee?.id);
  const ready = personId !== null && (!reassigning || reason.trim().length >= 3);
  const submit = () => {
    if (!personId) return;
    assign.mutate(
      { stepId: step.stepId, assigneeId: personId, reason: reason.trim() },
      {
        onSuccess: () => onAssigned(people.find((p) => p.id === personId)?.name ?? ''),
        onError: (error) => {
          if (error instanceof ProblemError && error.code === 'dossier_changed') onConflict(error);
        },
      },
    );
  };
  return (
    <Dialog opened onClose={onClose} title={t('dossiers.assignment.dialogTitle', { step: step.name })}>
      <Stack gap="sm">
        <Select
          label={t('dossiers.assignment.person')}
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          value={personId}
          onChange={setPersonId}
          searchable
          required
          data-autofocus
        />
        {reassigning && (
          <Textarea
            label={t('dossiers.assignment.reason')}
            description={t('dossiers.assignment.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
            required
          />
        )}
        {assign.isError && <ProblemAlert error={assign.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={!ready} loading={assign.isPending}>
            {t('dossiers.assignment.submit')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
