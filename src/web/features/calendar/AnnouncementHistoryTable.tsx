import { Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnouncementHistoryEntry } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { useAnnouncementHistory } from './api';

/** The versions of a year's announcement, newest first (system admins only). */
export function AnnouncementHistoryTable({ year, jurisdiction }: { year: number; jurisdiction: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useAnnouncementHistory(year, jurisdiction);
  const entries = history.data?.entries ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calendar-history-heading">
      <Title order={2} size="h3" id="calendar-history-heading" mb="sm">
        {t('calendar.history.title')}
      </Title>
      {history.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {history.isError && <ProblemAlert error={history.error} />}
      {history.data && (
        <Table.ScrollContainer minWidth={760}>
          <Table
            striped
            verticalSpacing="xs"
            fz="sm"
            aria-label={t('calendar.history.table', { year })}
            data-testid="calendar-history"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calendar.history.version')}</Table.Th>
                <Table.Th scope="col">{t('calendar.history.changedAt')}</Table.Th>
                <Table.Th scope="col">{t('calendar.history.changedBy')}</Table.Th>
                <Table.Th scope="col">{t('calendar.history.reason')}</Table.Th>
                <Table.Th scope="col">{t('calendar.history.content')}</Table.Th>
                <Table.Th scope="col">{t('calendar.history.recomputed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.version}>
                  <Table.Td>{entry.version}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(entry.changedAt)}</Table.Td>
                  <Table.Td>{entry.changedBy ?? t('calendar.history.shipped')}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.reason || t('common.none')}</Table.Td>
                  <Table.Td>
                    <EntryContent entry={entry} />
                  </Table.Td>
                  <Table.Td>{fmt.number(entry.recomputedChanged)}</Table.Td>
                </Table.Tr>
              ))}
              {entries.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('calendar.history.empty')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function EntryContent({ entry }: { entry: AnnouncementHistoryEntry }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const days = (list: readonly { date: string; note: string }[]) =>
    list.map((d) => (d.note ? `${fmt.day(d.date)} (${d.note})` : fmt.day(d.date))).join('; ');
  return (
    <Stack gap={2} style={{ overflowWrap: 'anywhere' }}>
      <Text size="xs">{entry.legalBasis}</Text>
      {entry.holidaySpans.length > 0 && (
        <Text size="xs">
          {t('calendar.history.spans')}:{' '}
          {entry.holidaySpans
            .map((s) => `${t(`calendar.holidays.${s.kind}`)} ${fmt.day(s.from)} – ${fmt.day(s.to)}`)
            .join('; ')}
        </Text>
      )}
      {entry.extraDaysOff.length > 0 && (
        <Text size="xs">
          {t('calendar.history.daysOff')}: {days(entry.extraDaysOff)}
        </Text>
      )}
      {entry.extraWorkingDays.length > 0 && (
        <Text size="xs">
          {t('calendar.history.workingDays')}: {days(entry.extraWorkingDays)}
        </Text>
      )}
    </Stack>
  );
}
