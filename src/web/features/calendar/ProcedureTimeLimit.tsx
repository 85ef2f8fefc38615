import { Button, Group, Paper, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { timeLimitForChannel } from '../../../domain/catalog/procedure';
import type { ProcedureSummary } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { ProcedurePicker } from '../dossiers/ProcedurePicker';

/**
 * The due-time tool's optional first field: search a procedure as you type; the chosen one shows
 * with the time limit it states for the channel (which the tool copies into its duration).
 */
export function ProcedureTimeLimit({
  procedure,
  channel,
  onChange,
}: {
  procedure: ProcedureSummary | null;
  channel: 'online' | 'counter';
  onChange: (procedure: ProcedureSummary | null) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!procedure)
    return (
      <ProcedurePicker
        autoFocus={false}
        onPick={onChange}
        labels={{
          label: t('dueTime.procedure'),
          description: t('dueTime.procedureHint'),
          placeholder: t('dueTime.procedurePlaceholder'),
        }}
      />
    );
  const limit = timeLimitForChannel(procedure.processing, channel);
  return (
    <Paper withBorder p="sm" bg="blue.0" data-testid="due-time-procedure">
      <Group justify="space-between" align="flex-end" gap="xs">
        <div style={{ flex: '1 1 14rem' }}>
          <Text size="xs" c="dimmed">
            {t('dueTime.procedure')}
          </Text>
          <Text fw={600} size="sm">
            {procedure.name}
          </Text>
          <Text size="sm">
            {t('dueTime.procedureLimit', {
              amount: fmt.number(limit.amount),
              unit: t(`dueTime.units.${limit.unit}`),
            })}
          </Text>
        </div>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() => onChange(null)}
        >
          {t('dueTime.otherProcedure')}
        </Button>
      </Group>
    </Paper>
  );
}
