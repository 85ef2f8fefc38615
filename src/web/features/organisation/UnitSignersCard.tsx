import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit, UnitSignersView } from '../../api/types';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { useUnitSigners } from './api';
import { UnitSignersModal } from './UnitSignersModal';

type SignersRecord = NonNullable<UnitSignersView['current']>;

/** The signature block as the head's forms print it: authority lines, title, the name under the space. */
function SigningBlockPreview({ record }: { record: SignersRecord }) {
  return (
    <Stack gap={0} align="center" data-testid="signing-block" p="xs" bg="gray.0">
      {[...record.block.authorityLines, record.block.title].map((line) => (
        <Text key={line} size="sm" fw={700}>
          {line}
        </Text>
      ))}
      <Text size="sm" fw={700} mt="lg">
        {record.block.name}
      </Text>
    </Stack>
  );
}

/** Người ký: who signs the unit's apologies and stop notices (its head or the person authorised), and before. */
export function UnitSignersCard({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const signers = useUnitSigners(unit.id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = signers.data?.current ?? null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="unit-signers-heading">
      <Group justify="space-between" align="center" mb="xs" gap="xs">
        <Title order={2} size="h4" id="unit-signers-heading">
          {t('unitSigners.title')}
        </Title>
        {signers.data && unit.validTo === null && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('unitSigners.edit')}
          </Button>
        )}
      </Group>
      {signers.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {signers.isError && <ProblemAlert error={signers.error} />}
      {saved && <SuccessAlert>{t('unitSigners.saved')}</SuccessAlert>}
      {signers.data && !current && (
        <Text size="sm" c="dimmed">
          {t('unitSigners.none')}
        </Text>
      )}
      {current && (
        <Stack gap="xs">
          <SigningBlockPreview record={current} />
          <Text size="xs" c="dimmed">
            {t('unitSigners.setBy', { by: current.setBy, at: fmt.dateTime(current.setAt) })}
          </Text>
          {signers.data && signers.data.history.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('unitSigners.history', {
                count: signers.data.history.length,
                names: signers.data.history.map((h) => `${h.headName} (${fmt.dateTime(h.setAt)})`).join('; '),
              })}
            </Text>
          )}
        </Stack>
      )}
      {signers.data && (
        <UnitSignersModal
          opened={editing}
          unit={unit}
          current={current}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
    </Paper>
  );
}
