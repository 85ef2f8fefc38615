import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureSummary } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import type { IntakeForm } from './intake-form';

/** A titled part of the intake form (its heading names the region for screen readers). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The procedure picked for the intake, with its code and time limit, and a way to change it. */
export function ChosenProcedure({
  procedure,
  onChange,
}: {
  procedure: ProcedureSummary;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const time = procedure.processing;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" data-testid="chosen-procedure">
      <div>
        <Text fw={700}>{procedure.name}</Text>
        <Text size="sm" c="dimmed">
          {procedure.code} ·{' '}
          {t('dossiers.intake.time', {
            time: t(`catalog.processing.${time.unit}`, {
              count: time.amount,
              amount: fmt.number(time.amount),
            }),
          })}
        </Text>
      </div>
      <Button size="xs" variant="default" onClick={onChange} style={{ flexShrink: 0 }}>
        {t('dossiers.intake.change')}
      </Button>
    </Group>
  );
}

/** Hình thức nộp: at the counter or by public post. */
export function ChannelField({
  value,
  onChange,
}: {
  value: IntakeForm['channel'];
  onChange: (channel: IntakeForm['channel']) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4}>
      <Text component="span" id={id} size="sm" fw={500}>
        {t('dossiers.intake.channel')}
      </Text>
      <SegmentedControl
        role="radiogroup"
        aria-labelledby={id}
        value={value}
        onChange={(v) => onChange(v === 'postal' ? 'postal' : 'counter')}
        data={[
          { value: 'counter', label: t('dossiers.channels.counter') },
          { value: 'postal', label: t('dossiers.channels.postal') },
        ]}
      />
    </Stack>
  );
}
