import { Badge, Group, Text } from '@mantine/core';
import { IconMail, IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { Notice, NoticeState } from './types';

const STATE_COLORS: Record<NoticeState, string> = { pending: 'yellow.4', sent: 'green.6', dead: 'red.8' };

export function NoticeStateBadge({ state }: { state: NoticeState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} autoContrast tt="none" style={{ whiteSpace: 'nowrap' }}>
      {t(`notifications.states.${state}`)}
    </Badge>
  );
}

/** The channel's icon and the topic's name: "✉ Xin lỗi, hẹn lại". */
export function NoticeTopic({ notice }: { notice: Pick<Notice, 'channel' | 'topic'> }) {
  const { t } = useTranslation();
  const Icon = notice.channel === 'email' ? IconMail : IconMessage;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} aria-label={t(`notifications.channels.${notice.channel}`)} role="img" />
      <Text size="sm">{t(`notifications.topics.${notice.topic}`, { defaultValue: notice.topic })}</Text>
    </Group>
  );
}

/** When it was sent, or when it is tried next, the attempts and the last error. */
export function NoticeDelivery({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      {notice.sentAt && (
        <Text size="xs" c="dimmed">
          {t('notifications.sentAt', { date: fmt.dateTime(notice.sentAt) })}
        </Text>
      )}
      {notice.state === 'pending' && notice.attempts > 0 && notice.nextAttemptAt && (
        <Text size="xs" c="dimmed">
          {t('notifications.nextAttempt', { date: fmt.dateTime(notice.nextAttemptAt) })}
        </Text>
      )}
      {notice.attempts > 1 && (
        <Text size="xs" c="dimmed">
          {t('notifications.attempts', { count: notice.attempts })}
        </Text>
      )}
      {notice.lastError && notice.state !== 'sent' && (
        <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>
          {t('notifications.error', { error: notice.lastError })}
        </Text>
      )}
    </>
  );
}
