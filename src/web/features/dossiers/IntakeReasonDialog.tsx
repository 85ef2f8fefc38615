import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';

/** Asks the reason of a supplement request (Mẫu 02, listing what is missing) or a refusal (Mẫu 03). */
export function IntakeReasonDialog({
  outcome,
  reason,
  onReason,
  missing,
  error,
  problem,
  pending,
  onClose,
  onConfirm,
}: {
  outcome: 'request_supplement' | 'refuse' | null;
  reason: string;
  onReason: (reason: string) => void;
  missing: readonly string[];
  error?: string;
  problem: unknown;
  pending: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={outcome !== null}
      onClose={onClose}
      title={outcome ? t(`dossiers.intake.reasonTitle.${outcome}`) : ''}
      size="lg"
    >
      <Stack gap="sm">
        {outcome === 'request_supplement' ? (
          <>
            <Text size="sm">{t('dossiers.intake.supplementHint')}</Text>
            <List size="sm" data-testid="missing-documents">
              {missing.map((name, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two lines may have the same name
                <List.Item key={i}>{name}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">{t('dossiers.intake.refuseHint')}</Text>
        )}
        <Textarea
          data-autofocus
          required
          label={t('dossiers.intake.reason')}
          value={reason}
          maxLength={2000}
          autosize
          minRows={3}
          error={error}
          onChange={(e) => onReason(e.currentTarget.value)}
        />
        {problem ? <ProblemAlert error={problem} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={outcome === 'refuse' ? 'red.8' : undefined} loading={pending} onClick={onConfirm}>
            {t('dossiers.intake.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
