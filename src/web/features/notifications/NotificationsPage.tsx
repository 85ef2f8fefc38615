import { Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { TotalAndPager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { Notice } from '../dossiers/Notice';
import { NoticeDelivery, NoticeStateBadge, NoticeTopic } from './NoticeParts';
import type { NoticeChannel, Notice as NoticeDto, NoticeState, NotificationList } from './types';

const PAGE_SIZE = 25;
const STATES: readonly NoticeState[] = ['dead', 'pending', 'sent'];
const CHANNELS: readonly NoticeChannel[] = ['sms', 'email'];

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === value);

/** Tin nhắn gửi đi: the province's outbox for the system administrator, failed ones first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const state = pick(params.get('state'), STATES);
  const channel = pick(params.get('channel'), CHANNELS);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [retried, setRetried] = useState(false);
  const queryClient = useQueryClient();
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const list = useQuery({
    queryKey: ['notifications', state, channel, page],
    queryFn: () =>
      api<NotificationList>('/api/notifications', {
        query: { state, channel, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });
  const retry = useMutation({
    mutationFn: (id: string) => api<NoticeDto>(`/api/notifications/${id}/retry`, { method: 'POST' }),
    onSuccess: () => {
      setRetried(true);
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
  const total = list.data?.total ?? 0;
  const counts = list.data?.counts;

  return (
    <>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <Stack>
        <Text size="sm">{t('notifications.intro')}</Text>
        <Paper withBorder p="sm" role="group" aria-label={t('notifications.filters.label')}>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="notification-state">
                {t('notifications.filters.state')}
              </Text>
              <SegmentedControl
                aria-labelledby="notification-state"
                value={state ?? 'all'}
                onChange={(value) => update({ state: value === 'all' ? undefined : value, page: undefined })}
                data={[
                  { value: 'all', label: t('notifications.filters.all') },
                  ...STATES.map((s) => ({ value: s, label: t(`notifications.states.${s}`) })),
                ]}
              />
            </Stack>
            <Select
              label={t('notifications.filters.channel')}
              w={180}
              value={channel ?? 'all'}
              allowDeselect={false}
              onChange={(value) =>
                update({ channel: value === 'all' || !value ? undefined : value, page: undefined })
              }
              data={[
                { value: 'all', label: t('notifications.filters.all') },
                ...CHANNELS.map((c) => ({ value: c, label: t(`notifications.channels.${c}`) })),
              ]}
            />
          </Group>
          {counts && (
            <Text size="sm" mt="xs" aria-live="polite">
              {t('notifications.counts', counts)}
            </Text>
          )}
        </Paper>
        {retried && (
          <Notice
            color="green"
            role="status"
            withCloseButton
            onClose={() => setRetried(false)}
            closeButtonLabel={t('common.close')}
          >
            {t('notifications.retried')}
          </Notice>
        )}
        {list.isError && <ProblemAlert error={list.error} />}
        {retry.isError && <ProblemAlert error={retry.error} />}
        <Paper withBorder>
          <Table.ScrollContainer
            minWidth={820}
            scrollAreaProps={keyboardScrollArea(t('notifications.table'))}
          >
            <Table striped aria-label={t('notifications.table')} verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('notifications.columns.time')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columns.topic')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columns.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columns.dossier')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columns.state')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.items.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(n.createdAt)}</Table.Td>
                    <Table.Td>
                      <NoticeTopic notice={n} />
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{n.recipient}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {n.dossierId && n.dossierCode ? (
                        <Anchor
                          component={Link}
                          to={generatePath(paths.dossier, { id: n.dossierId })}
                          size="sm"
                        >
                          {n.dossierCode}
                        </Anchor>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td style={{ maxWidth: 280 }}>
                      <NoticeStateBadge state={n.state} />
                      <NoticeDelivery notice={n} />
                    </Table.Td>
                    <Table.Td>
                      {n.state === 'dead' && (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconSend size={14} aria-hidden />}
                          loading={retry.isPending && retry.variables === n.id}
                          aria-label={t('notifications.retryLabel', {
                            topic: t(`notifications.topics.${n.topic}`, { defaultValue: n.topic }),
                            recipient: n.recipient,
                          })}
                          onClick={() => retry.mutate(n.id)}
                        >
                          {t('notifications.retry')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {list.data?.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('notifications.empty')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <TotalAndPager
          total={total}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={(p) => update({ page: p === 1 ? undefined : String(p) })}
        />
      </Stack>
    </>
  );
}
