import { Button, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmitSheet } from './api';

/** Gửi Hội đồng thẩm định: the unit sends its self-assessment, after confirming it then stays as it is. */
export function SubmitSheet({ roundId, unitId }: { roundId: string; unitId: string }) {
  const { t } = useTranslation();
  const submit = useSubmitSheet(roundId, unitId);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    submit.reset();
  };
  return (
    <>
      <Button
        leftSection={<IconSend size={16} aria-hidden />}
        onClick={() => setConfirming(true)}
        data-testid="submit-sheet"
      >
        {t('parScoring.sheet.submit')}
      </Button>
      <Dialog opened={confirming} onClose={close} title={t('parScoring.sheet.submit')}>
        <Stack gap="sm">
          <Text size="sm">{t('parScoring.sheet.submitConfirm')}</Text>
          {submit.isError && <ProblemAlert error={submit.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={submit.isPending}
              onClick={() => submit.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              data-testid="submit-sheet-confirm"
            >
              {t('parScoring.sheet.submit')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
