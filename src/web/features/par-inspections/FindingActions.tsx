import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { serverFieldError } from '../par/AssignTaskDialog';
import { type FindingAction, type FindingDto, useFindingCommand } from './api';

const ACTIONS: readonly FindingAction[] = ['progress', 'close', 'reopen'];

/** What the server lets the caller do on the finding now (its `may…` flags). */
export function actionsOn(finding: FindingDto): FindingAction[] {
  return ACTIONS.filter((a) =>
    a === 'progress' ? finding.mayProgress : a === 'close' ? finding.mayClose : finding.mayReopen,
  );
}

/** The buttons of what the caller may do on one finding; each opens a small form. */
export function FindingActionButtons({
  finding,
  onOpen,
}: {
  finding: FindingDto;
  onOpen: (finding: FindingDto, action: FindingAction) => void;
}) {
  const { t } = useTranslation();
  const actions = actionsOn(finding);
  if (actions.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {actions.map((action) => (
        <Button
          key={action}
          size="compact-sm"
          variant={action === 'close' ? 'filled' : 'default'}
          onClick={() => onOpen(finding, action)}
          data-testid={`finding-${action}`}
          aria-label={`${t(`parInspections.finding.${action}`)}: ${finding.finding}`}
        >
          {t(`parInspections.finding.${action}`)}
        </Button>
      ))}
    </Group>
  );
}

/**
 * The form of one action on a finding, sent with the version the form was opened on: a change made
 * meanwhile by someone else answers 409, which closes the form with the server's message.
 */
export function FindingActionDialog({
  target,
  onClose,
  onDone,
}: {
  target: { finding: FindingDto; action: FindingAction } | null;
  onClose: () => void;
  onDone: (action: FindingAction, error: ProblemError | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={target !== null}
      onClose={onClose}
      title={target ? t(`parInspections.finding.dialog.${target.action}`) : ''}
      size="lg"
    >
      {target && (
        <FindingActionForm
          key={`${target.finding.id}:${target.action}`}
          finding={target.finding}
          action={target.action}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}

function FindingActionForm({
  finding,
  action,
  onDone,
}: {
  finding: FindingDto;
  action: FindingAction;
  onDone: (action: FindingAction, error: ProblemError | null) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const command = useFindingCommand();
  const [version] = useState(finding.version);
  const [note, setNote] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [tried, setTried] = useState(false);
  const blank = note.trim() === '';
  const noteLabel = {
    progress: t('parInspections.finding.progressNote'),
    close: t('parInspections.finding.closeNote'),
    reopen: t('parInspections.finding.reopenNote'),
  }[action];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (blank) return;
    command.mutate(
      {
        findingId: finding.id,
        action,
        body: { version, note: note.trim(), ...(action === 'reopen' && dueDate ? { dueDate } : {}) },
      },
      {
        onSuccess: () => onDone(action, null),
        onError: (error) => {
          if (error instanceof ProblemError && error.status === 409) onDone(action, error);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={600}>
            {finding.finding}
          </Text>
          <Text size="sm" c="dimmed">
            {t('parInspections.finding.remedy')}: {finding.remedy} · {t('parInspections.finding.due')}:{' '}
            {fmt.day(finding.dueDate)}
          </Text>
        </div>
        <Textarea
          required
          label={noteLabel}
          description={action === 'close' ? t('parInspections.finding.closeHint') : undefined}
          value={note}
          maxLength={4000}
          autosize
          minRows={3}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={tried && blank ? t('common.requiredField') : undefined}
          data-autofocus
        />
        {action === 'reopen' && (
          <DateField
            label={t('parInspections.finding.newDue')}
            description={t('parInspections.finding.newDueHint', { date: fmt.day(finding.dueDate) })}
            value={dueDate}
            onChange={(value) => setDueDate(value)}
            error={serverFieldError(command.error, 'dueDate')}
          />
        )}
        {command.isError && <ProblemAlert error={command.error} withFieldErrors={false} />}
        <Group justify="flex-end">
          <Button type="submit" loading={command.isPending} data-testid="finding-action-submit">
            {t('parInspections.finding.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
