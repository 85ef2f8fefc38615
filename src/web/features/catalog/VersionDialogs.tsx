import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconCalendarClock, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureVersion } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { usePublishVersion, useWithdrawVersion } from './api';
import { useCatalogLabels } from './useCatalogLabels';

/** What the dialogs need of a version: which one, its status, and the row version read (optimistic locking). */
export type VersionRef = Pick<ProcedureVersion, 'id' | 'version' | 'rowVersion' | 'status'>;

/** The day before a calendar day (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/** The last value that was not null: a dialog keeps showing its content while it closes. */
export function useLastShown<T>(value: T | null): T | null {
  const [shown, setShown] = useState(value);
  if (value !== null && value !== shown) setShown(value);
  return shown;
}

interface VersionDialogProps {
  readonly version: VersionRef | null;
  readonly onClose: () => void;
  readonly onDone: (result: ProcedureVersion) => void;
}

/** Publishes a draft from a day: today by default; a later day schedules it. */
export function PublishDialog({ version, onClose, onDone }: VersionDialogProps) {
  const { t } = useTranslation();
  const shown = useLastShown(version);
  return (
    <Dialog
      opened={version !== null}
      onClose={onClose}
      title={shown ? t('catalog.manage.publishTitle', { version: shown.version }) : ''}
      size="lg"
    >
      {shown && <PublishForm key={shown.id} version={shown} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function PublishForm({ version, onClose, onDone }: VersionDialogProps & { version: VersionRef }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCatalogLabels();
  const today = todayInProvince();
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const publish = usePublishVersion();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom);
  const ahead = valid && effectiveFrom > today;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    publish.mutate({ id: version.id, effectiveFrom, rowVersion: version.rowVersion }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('catalog.manage.publishIntro')}</Text>
        {publish.isError && <ProblemAlert error={labels.readableError(publish.error)} />}
        <DateField
          label={t('catalog.manage.effectiveDate')}
          description={t('catalog.manage.effectiveHint')}
          required
          value={effectiveFrom}
          onChange={(value) => setEffectiveFrom(value)}
          w={{ base: '100%', xs: 260 }}
        />
        <div aria-live="polite">
          {ahead && (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCalendarClock aria-hidden />}
              data-testid="schedule-note"
            >
              {t('catalog.manage.scheduleNote', {
                date: fmt.day(effectiveFrom),
                until: fmt.day(dayBefore(effectiveFrom)),
              })}
            </Alert>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="teal.9"
            leftSection={<IconSend size={16} aria-hidden />}
            loading={publish.isPending}
            disabled={!valid}
          >
            {t('catalog.manage.publishShort')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Takes the version in force off the public catalog, with a reason for the audit log. */
export function WithdrawDialog({ version, onClose, onDone }: VersionDialogProps) {
  const { t } = useTranslation();
  const shown = useLastShown(version);
  return (
    <Dialog
      opened={version !== null}
      onClose={onClose}
      title={shown ? t('catalog.manage.withdrawTitle', { version: shown.version }) : ''}
      size="lg"
    >
      {shown && <WithdrawForm key={shown.id} version={shown} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function WithdrawForm({ version, onClose, onDone }: VersionDialogProps & { version: VersionRef }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawVersion();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    withdraw.mutate(
      { id: version.id, reason: reason.trim(), rowVersion: version.rowVersion },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {version.status === 'scheduled'
            ? t('catalog.manage.withdrawScheduledWarning')
            : t('catalog.manage.withdrawWarning')}
        </Alert>
        {withdraw.isError && <ProblemAlert error={withdraw.error} />}
        <Textarea
          label={t('catalog.manage.reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="red.9"
            leftSection={<IconArchive size={16} aria-hidden />}
            loading={withdraw.isPending}
            disabled={!reason.trim()}
          >
            {t('catalog.manage.withdrawShort')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
