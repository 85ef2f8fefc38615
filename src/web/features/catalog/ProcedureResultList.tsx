import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useLocation } from 'react-router';
import type { ProcedureSummary } from '../../api/types';
import { paths } from '../../routes/paths';
import { LevelBadges, OnlineBadge } from './ProcedureBadges';
import { useCatalogLabels } from './useCatalogLabels';

/** One page of search results: name (link), code, field, level, how to apply, time limit. */
export function ProcedureResultList({ items }: { items: readonly ProcedureSummary[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const labels = useCatalogLabels();
  return (
    <Stack
      component="ol"
      gap="xs"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('catalog.search.results')}
    >
      {items.map((item) => (
        <Paper component="li" withBorder p="sm" key={item.id}>
          <Anchor
            component={Link}
            to={generatePath(paths.procedure, { id: item.id })}
            // The detail page's "back" link returns to this very search.
            state={{ fromSearch: location.search }}
            fw={600}
            size="md"
            style={{ overflowWrap: 'anywhere' }}
          >
            {item.name}
          </Anchor>
          <Group gap="xs" mt={6} wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('catalog.search.code', { code: item.code })}
            </Text>
            <Text size="sm" c="dimmed" aria-hidden>
              ·
            </Text>
            <Text size="sm">{labels.fieldName(item.field)}</Text>
          </Group>
          <Group gap={6} mt={6} wrap="wrap">
            <LevelBadges levels={item.levels} />
            <OnlineBadge online={item.online} />
            {item.onlinePayment && (
              <Badge variant="outline" color="teal.9" tt="none">
                {t('catalog.onlinePayment')}
              </Badge>
            )}
            <Group gap={4} wrap="nowrap">
              <IconClockHour4 size={16} aria-hidden />
              <Text size="sm">{t('catalog.search.time', { time: labels.duration(item.processing) })}</Text>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
