import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES } from '../../../domain/par/tasks';
import { useFormat } from '../../components/useFormat';
import { TASK_STATUS_COLORS } from '../par/badges';
import type { ReportFiguresDto } from './api';
import { Figure } from './Figure';
import { InspectionFigures, TargetFigures } from './ReformFigures';

/**
 * Số liệu hệ thống tự tổng hợp: what the system computed for the unit and period, in a frame of its
 * own so that no one takes it for text the unit typed (and no one has to type it).
 */
export function ComputedFigures({ figures }: { figures: ReportFiguresDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const d = figures.dossiers;
  const tasks = figures.tasks;
  const scoring = figures.scoring;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="computed-figures-heading"
      data-testid="computed-figures"
      style={{
        borderColor: 'var(--mantine-color-blue-7)',
        borderWidth: 2,
        background: 'var(--mantine-color-blue-0)',
      }}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconCalculator size={22} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <div>
            <Title order={2} size="h4" id="computed-figures-heading">
              {t('parReports.figures.title')}
            </Title>
            <Text size="xs">
              {figures.countedTo
                ? t('parReports.figures.note', {
                    time: fmt.dateTime(figures.asOf),
                    to: fmt.day(figures.countedTo),
                  })
                : t('parReports.figures.noteNoPeriod', { time: fmt.dateTime(figures.asOf) })}
            </Text>
          </div>
        </Group>
        <Title order={3} size="h6">
          {t('parReports.figures.dossiers')}
        </Title>
        {d ? (
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="xs" data-testid="figures-dossiers">
            <Figure label={t('parReports.figures.carriedOver')} value={fmt.number(d.carriedOver)} />
            <Figure label={t('parReports.figures.received')} value={fmt.number(d.received)} />
            <Figure label={t('parReports.figures.receivedOnline')} value={fmt.number(d.receivedOnline)} />
            <Figure label={t('parReports.figures.resolved')} value={fmt.number(d.resolved)} />
            <Figure label={t('parReports.figures.onTime')} value={fmt.number(d.resolvedOnTimeOrEarly)} />
            <Figure label={t('parReports.figures.late')} value={fmt.number(d.resolvedLate)} />
            <Figure label={t('parReports.figures.onTimeRate')} value={fmt.rate(d.onTimeRate)} />
            <Figure label={t('parReports.figures.inProgress')} value={fmt.number(d.inProgress)} />
            <Figure
              label={t('parReports.figures.inProgressOverdue')}
              value={fmt.number(d.inProgressOverdue)}
            />
            <Figure label={t('parReports.figures.apologies')} value={fmt.number(d.apologies)} />
          </SimpleGrid>
        ) : (
          <Text size="sm">{t('parReports.figures.notStarted')}</Text>
        )}
        <Title order={3} size="h6">
          {t('parReports.figures.tasks')}
        </Title>
        <SimpleGrid
          cols={{ base: 2, sm: 4, lg: 7 }}
          spacing="xs"
          data-testid="figures-tasks"
          data-total={tasks.total}
        >
          <Figure label={t('parReports.figures.tasksTotal')} value={fmt.number(tasks.total)} />
          {TASK_STATUSES.map((s) => (
            <Figure
              key={s}
              label={t(`par.taskStatus.${s}`)}
              value={fmt.number(tasks.byStatus[s] ?? 0)}
              color={TASK_STATUS_COLORS[s]}
            />
          ))}
          <Figure label={t('parReports.figures.completionRate')} value={fmt.rate(tasks.completionRate)} />
        </SimpleGrid>
        {figures.targets && <TargetFigures targets={figures.targets} />}
        {figures.inspections && <InspectionFigures inspections={figures.inspections} />}
        {scoring && (
          <>
            <Title order={3} size="h6">
              {t('parReports.figures.scoring', { year: scoring.year })}
            </Title>
            <Group gap="xs" wrap="wrap" data-testid="figures-scoring">
              {scoring.unit && (
                <Text size="sm" fw={600}>
                  {t('parReports.figures.scoringUnit', {
                    total: fmt.decimal(scoring.unit.total),
                    rank: scoring.unit.rank,
                    of: scoring.unit.of,
                  })}{' '}
                  · {t(`parScoring.bands.${scoring.unit.band}`, { defaultValue: scoring.unit.band })}
                </Text>
              )}
              {scoring.bands.map((b) => (
                <Text key={b.band} size="sm">
                  {t(`parScoring.bands.${b.band}`, { defaultValue: b.band })}: {fmt.number(b.count)}
                </Text>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
