import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureSummary } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { useFormat } from '../../components/useFormat';

/**
 * A procedure of another level than the desk's: received here, it goes to that level's agency
 * with its own time limit (non-territorial receipt, Decree 118/2025 art. 14) — the clerk confirms.
 */
export function OtherLevelDialog({
  procedure,
  onCancel,
  onConfirm,
}: {
  procedure: ProcedureSummary | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const time = procedure?.processing;
  return (
    <Dialog opened={procedure !== null} onClose={onCancel} title={t('dossiers.intake.otherLevel.title')}>
      {procedure && time && (
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {procedure.name}
          </Text>
          <Text size="sm">
            {t('dossiers.intake.otherLevel.text', {
              levels: procedure.levels.map((l) => t(`catalog.levels.${l}`)).join(', '),
              time: t(`catalog.processing.${time.unit}`, {
                count: time.amount,
                amount: fmt.number(time.amount),
              }),
            })}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onCancel} data-autofocus>
              {t('dossiers.intake.otherLevel.back')}
            </Button>
            <Button onClick={onConfirm}>{t('dossiers.intake.otherLevel.confirm')}</Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
