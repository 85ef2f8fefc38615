import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useLocation } from 'react-router';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { StateBadge, UrgencyBadge } from './DossierBadges';
import type { InboxItem, Urgency } from './types';

/** A due time with its mark; "—" without one. */
function Due({ at, urgency, label }: { at: string | null; urgency: Urgency; label?: string }) {
  const fmt = useFormat();
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {label ? `${label}: ` : ''}
        {fmt.dateTime(at)}
      </Text>
      <UrgencyBadge urgency={urgency} />
    </Stack>
  );
}

/**
 * One page of a work list: code, procedure, applicant, the open step with who has it, the step's
 * due time (hạn bước) and the dossier's legal due time (hạn hồ sơ), each with its mark.
 */
export function InboxList({ items, label }: { items: readonly InboxItem[]; label: string }) {
  const { t } = useTranslation();
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
      {item.stepName && (
        <Text size="xs" c={item.assignee ? undefined : 'dimmed'} fs={item.assignee ? undefined : 'italic'}>
          {item.assignee
            ? t('dossiers.inbox.assignee', { name: item.assignee })
            : t('dossiers.inbox.unassigned')}
        </Text>
      )}
    </>
  );

  if (phone) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {items.map((item) => (
          <Paper component="li" withBorder p="sm" key={item.dossierId}>
            <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
              {codeLink(item)}
              <StateBadge state={item.state} size="sm" />
            </Group>
            <Text size="sm" mt={4}>
              {item.procedureName}
            </Text>
            <Text size="sm" c="dimmed">
              {item.applicantName}
            </Text>
            {item.stepName && (
              <Stack gap={0} mt={4}>
                {step(item)}
              </Stack>
            )}
            <Group gap="md" mt={6} wrap="wrap" align="flex-start">
              {item.stepName && (
                <Due at={item.stepDueAt} urgency={item.stepUrgency} label={t('dossiers.inbox.stepDue')} />
              )}
              <Due at={item.legalDueAt} urgency={item.legalUrgency} label={t('dossiers.inbox.legalDue')} />
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={980}>
        <Table aria-label={label} verticalSpacing="xs" striped highlightOnHover data-testid="inbox">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dossiers.inbox.code')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.procedure')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.applicant')}</Table.Th>
              <Table.Th scope="col" miw={150}>
                {t('dossiers.inbox.step')}
              </Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.stepDue')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.inbox.legalDue')}</Table.Th>
              {/* Wide enough for the state badge, which would otherwise be cut. */}
              <Table.Th scope="col" w={150}>
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
                <Table.Td>
                  {item.stepDueAt ? <Due at={item.stepDueAt} urgency={item.stepUrgency} /> : '—'}
                </Table.Td>
                <Table.Td>
                  <Due at={item.legalDueAt} urgency={item.legalUrgency} />
                </Table.Td>
                <Table.Td>
                  <StateBadge state={item.state} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
