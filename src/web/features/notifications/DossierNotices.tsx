import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { NoticeDelivery, NoticeStateBadge, NoticeTopic } from './NoticeParts';
import type { Notice } from './types';

/** The SMS and e-mail about one dossier (to the applicant and to staff), newest first. */
export function DossierNotices({ notices }: { notices: readonly Notice[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dossier-notices">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dossier-notices">
          {t('notifications.dossier.title')}
        </Title>
        {notices.length === 0 && <Text size="sm">{t('notifications.dossier.empty')}</Text>}
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="dossier-notices"
        >
          {notices.map((n) => (
            <li key={n.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <NoticeTopic notice={n} />
                <NoticeStateBadge state={n.state} />
              </Group>
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {n.recipient} · {fmt.dateTime(n.createdAt)}
              </Text>
              <NoticeDelivery notice={n} />
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
