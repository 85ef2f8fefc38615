import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useLocation } from 'react-router';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { StateBadge, UrgencyBadge } from './DossierBadges';
import type { InboxItem } from './types';

/** One page of a work list: code, procedure, applicant, step, due time and urgency. */
export function InboxList({ items, label }: { items: readonly InboxItem[]; label: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const location = useLocation();
  // Six columns do not fit a phone: there each dossier is a small card.
  const phone = useMediaQuery('(max-width: 48em)');
  const codeLink = (item: InboxItem) => (
    <Anchor
      component={Link}
      to={generatePath(paths.dossier, { id: item.dossierId })}
      // The dossier page's "back" link returns to this very list.
      state={{ fromInbox: location.search }}
      fw={600}
      size="sm"
      style={{ overflowWrap: 'anywhere' }}
    >
      {item.code}
    </Anchor>
  );
  const step = (item: InboxItem) => (
    <>
      <Text size="sm">{item.stepName ?? t(`dossiers.states.${item.state}`)}</Text>
      <Text size="xs" c="dimmed">
        {item.unit}
      </Text>
    </>
  );

  if (phone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {items.map((item) => (
          <Paper component="li" withBorder p="sm" key={item.dossierId}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              {codeLink(item)}
              <UrgencyBadge urgency={item.urgency} />
            </Group>
            <Text size="sm" mt={4}>
              {item.procedureName}
            </Text>
            <Text size="sm" c="dimmed">
              {item.applicantName}
            </Text>
            <Group gap="xs" mt={4} wrap="wrap">
              <StateBadge state={item.state} size="sm" />
              {item.stepName && <Text size="xs">{item.stepName}</Text>}
            </Group>
            {item.dueAt && (
              <Text size="xs" mt={4}>
                {t('dossiers.inbox.dueAt', { time: fmt.dateTime(item.dueAt) })}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={label} verticalSpacing="xs" striped highlightOnHover data-testid="inbox">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dossiers.inbox.code')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.procedure')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.applicant')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.step')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.due')}</Table.Th>
              {/* Wide enough for the state and urgency badges, which would otherwise be cut. */}
              <Table.Th scope="col" w={170}>
                {t('dossiers.inbox.status')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.dossierId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{codeLink(item)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{item.procedureName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.applicantName}</Text>
                </Table.Td>
                <Table.Td>{step(item)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{fmt.dateTime(item.dueAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <StateBadge state={item.state} size="sm" />
                    <UrgencyBadge urgency={item.urgency} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
