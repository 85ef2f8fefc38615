import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { useCloseUnit } from './api';

interface CloseUnitModalProps {
  readonly unit: Unit | null;
  readonly onClose: () => void;
  readonly onClosed: (unit: Unit) => void;
}

export function CloseUnitModal({ unit, onClose, onClosed }: CloseUnitModalProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('organisation.closeTitle', { name: unit.name }) : ''}
    >
      {unit && <CloseUnitForm key={unit.id} unit={unit} onClose={onClose} onClosed={onClosed} />}
    </Dialog>
  );
}

function CloseUnitForm({ unit, onClose, onClosed }: { unit: Unit } & Omit<CloseUnitModalProps, 'unit'>) {
  const { t } = useTranslation();
  const [validTo, setValidTo] = useState(todayInProvince());
  const [reason, setReason] = useState('');
  const close = useCloseUnit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate({ id: unit.id, validTo, reason, version: unit.version }, { onSuccess: onClosed });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {close.isError && <ProblemAlert error={close.error} />}
        <DateField
          label={t('organisation.closeDate')}
          required
          value={validTo}
          onChange={(value) => setValidTo(value)}
        />
        <Textarea
          label={t('organisation.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="red.8"
            loading={close.isPending}
            disabled={!validTo || reason.trim().length < 2}
          >
            {t('organisation.actions.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
