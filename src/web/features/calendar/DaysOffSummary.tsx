import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { dayRuns, daysOffByHoliday } from './calendar-layout';
import { RunList } from './RunList';
import { useCalendarLabels } from './useCalendarLabels';

/** Below the months: the year's days off grouped by holiday, with reasons, legal basis and counts. */
export function DaysOffSummary({ calendar }: { calendar: CalendarYear }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCalendarLabels();
  const groups = daysOffByHoliday(calendar.days);
  const daysOff = groups.reduce((sum, g) => sum + g.count, 0);
  const makeUp = dayRuns(calendar.days.filter((d) => d.kind === 'working_weekend'));
  const { announcement } = calendar;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="days-off-heading">
      <Title order={2} size="h3" id="days-off-heading" mb="sm">
        {t('calendar.summaryTitle', { year: calendar.year })}
      </Title>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="dl" m={0}>
          <Stat
            label={t('calendar.workingDays')}
            value={fmt.number(calendar.workingDays)}
            testId="working-days"
          />
          <Stat label={t('calendar.daysOff')} value={fmt.number(daysOff)} testId="days-off" />
        </SimpleGrid>
        {announcement ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={600}>
              {t('calendar.legalBasis')}:
            </Text>{' '}
            {announcement.legalBasis}
          </Text>
        ) : (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('calendar.noAnnouncement', { year: calendar.year })}
          </Alert>
        )}
        {groups.length === 0 && <Text size="sm">{t('calendar.noDaysOff')}</Text>}
        {groups.map((group) => {
          const title = group.holiday ? labels.holidayName(group.holiday) : t('calendar.otherDaysOff');
          return (
            <section key={group.holiday ?? 'other'} aria-label={title}>
              <Group gap="xs" mb={4}>
                <Title order={3} size="h5">
                  {title}
                </Title>
                <Badge variant="outline" color="gray.8" tt="none">
                  {t('calendar.dayCount', { count: group.count })}
                </Badge>
              </Group>
              <RunList runs={group.runs} />
            </section>
          );
        })}
        {makeUp.length > 0 && (
          <section aria-label={t('calendar.workingWeekends')}>
            <Title order={3} size="h5" mb={4}>
              {t('calendar.workingWeekends')}
            </Title>
            <RunList runs={makeUp} />
          </section>
        )}
      </Stack>
    </Paper>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper bg="gray.0" p="sm" radius="sm">
      <Text component="dt" size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} fz="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}
