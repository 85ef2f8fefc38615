import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DueTimeRequest, DueTimeResponse } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { provinceDayAndTime, weekdayOfDay } from '../../i18n/format';
import { dayRuns } from './calendar-layout';
import { RunList } from './RunList';
import { useCalendarLabels } from './useCalendarLabels';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The due time the API gave, and why: clock start, office hours, days skipped, time counted. */
export function DueTimeExplanation({
  request,
  result,
}: {
  request: DueTimeRequest;
  result: DueTimeResponse;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCalendarLabels();
  const dayMinutes = result.officeHours.reduce((sum, p) => sum + minutesOf(p.to) - minutesOf(p.from), 0);
  const hours = Math.floor(result.workingMinutes / 60);
  const minutes = Math.round(result.workingMinutes % 60);
  const workingTime =
    minutes === 0
      ? t('dueTime.hours', { hours: fmt.number(hours) })
      : t('dueTime.hoursMinutes', { hours: fmt.number(hours), minutes });
  const equivalentDays =
    dayMinutes > 0
      ? t('dueTime.equivalentDays', {
          days: fmt.number(Math.round((result.workingMinutes / dayMinutes) * 100) / 100),
        })
      : null;
  const section = useRef<HTMLElement>(null);
  // On a phone the answer lands below the form: bring it into view.
  useEffect(() => {
    const top = section.current?.getBoundingClientRect().top;
    if (result && top !== undefined && top > window.innerHeight * 0.6)
      section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [result]);
  const skipped = dayRuns(result.skippedDays);
  const makeUp = dayRuns(result.workingWeekendDays);

  const rows: [string, React.ReactNode][] = [
    [
      t('dueTime.received'),
      `${labels.instant(result.receivedAt)} — ${t(`dueTime.channels.${request.channel}`)}`,
    ],
    [
      t('dueTime.duration'),
      `${fmt.number(request.duration.amount)} ${t(`dueTime.units.${request.duration.unit}`)}`,
    ],
    [
      t('dueTime.clockStart'),
      <>
        <Text span fw={600} size="sm" data-testid="clock-start">
          {labels.instant(result.clockStart)}
        </Text>
        <Text size="sm" mt={2}>
          {t(`dueTime.reasons.${result.clockStartReason}`, { cutoff: request.cutoff ?? '' })}
        </Text>
      </>,
    ],
    [
      t('dueTime.officeHours'),
      t('dueTime.officeHoursValue', {
        periods: result.officeHours.map((p) => `${p.from}–${p.to}`).join(', '),
      }),
    ],
    [t('dueTime.workingTime'), equivalentDays ? `${workingTime} (${equivalentDays})` : workingTime],
  ];

  return (
    <Paper ref={section} withBorder p="md" component="section" aria-labelledby="due-result-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="due-result-heading">
            {t('dueTime.result')}
          </Title>
          <Text fz={{ base: 22, sm: 26 }} fw={700} c="blue.9" lh={1.3} data-testid="due-at">
            <DueHeadline iso={result.dueAt} />
          </Text>
        </div>
        <section aria-labelledby="due-how-heading">
          <Title order={3} size="h5" id="due-how-heading" mb="xs">
            {t('dueTime.how')}
          </Title>
          <Table variant="vertical" layout="fixed" withTableBorder fz="sm">
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w="35%" scope="row">
                    {label}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="due-skipped-heading" data-testid="skipped-days">
          <Title order={3} size="h5" id="due-skipped-heading" mb="xs">
            {t('dueTime.skipped')}
          </Title>
          {skipped.length > 0 ? <RunList runs={skipped} /> : <Text size="sm">{t('dueTime.noSkipped')}</Text>}
        </section>
        {makeUp.length > 0 && (
          <section aria-labelledby="due-makeup-heading">
            <Title order={3} size="h5" id="due-makeup-heading" mb="xs">
              {t('dueTime.workingWeekends')}
            </Title>
            <RunList runs={makeUp} />
          </section>
        )}
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('dueTime.disclaimer')}
        </Alert>
      </Stack>
    </Paper>
  );
}

/** The due time in large type; the date and time never break apart (nor at the date's hyphens). */
function DueHeadline({ iso }: { iso: string }) {
  const fmt = useFormat();
  const labels = useCalendarLabels();
  const local = provinceDayAndTime(iso);
  if (!local) return iso;
  return (
    <Trans
      i18nKey="dueTime.headline"
      values={{
        weekday: labels.weekday(weekdayOfDay(local.day)),
        date: fmt.day(local.day),
        time: local.time,
      }}
      components={{ nowrap: <span style={{ whiteSpace: 'nowrap' }} /> }}
    />
  );
}
