import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { TARGET_STATUS_COLORS } from '../par/badges';
import type { ReportFiguresDto } from './api';
import { Figure } from './Figure';

/** The statuses a report counts; a target with no milestone in the year is not due. */
const REPORTED_TARGET_STATUSES = ['met', 'on_track', 'at_risk', 'missed', 'no_data'] as const;

/** The plans' targets for the report's year by status: the unit's own, or the province's. */
export function TargetFigures({ targets }: { targets: NonNullable<ReportFiguresDto['targets']> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Title order={3} size="h6">
        {t('parReports.figures.targets', { year: targets.year })}
      </Title>
      {targets.total === 0 ? (
        <Text size="sm">{t('parReports.figures.targetsNone', { year: targets.year })}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 2, sm: 3, lg: 6 }}
          spacing="xs"
          data-testid="figures-targets"
          data-total={targets.total}
        >
          <Figure
            label={t('parReports.figures.targetsTotal', { year: targets.year })}
            value={fmt.number(targets.total)}
          />
          {REPORTED_TARGET_STATUSES.map((s) => (
            <Figure
              key={s}
              label={t(`par.targetStatus.${s}`)}
              value={fmt.number(targets.byStatus[s] ?? 0)}
              color={TARGET_STATUS_COLORS[s]}
            />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}

/** The inspections held in the period and their findings' remedies; the province's also its coverage. */
export function InspectionFigures({
  inspections,
}: {
  inspections: NonNullable<ReportFiguresDto['inspections']>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = inspections.findings;
  return (
    <>
      <Title order={3} size="h6">
        {t('parReports.figures.inspections')}
      </Title>
      {inspections.plan === null ? (
        <Text size="sm">{t('parReports.figures.inspectionsNoPlan', { year: inspections.year })}</Text>
      ) : (
        <Stack gap="xs" data-testid="figures-inspections">
          <Text size="sm">
            {t('parReports.figures.inspectionPlan', { number: inspections.plan.documentNumber })} —{' '}
            {inspections.plan.title}
          </Text>
          {inspections.coverage?.levels.map((l) => (
            <Group key={l.level} gap={6} wrap="wrap">
              <Text size="sm">
                {t('parReports.figures.coverageLevel', {
                  level: t(`parInspections.levels.${l.level}`),
                  inspected: fmt.number(l.inspectedUnits),
                  open: fmt.number(l.openUnits),
                  rate: fmt.rate(l.inspectedBasisPoints),
                })}
              </Text>
              <Text size="sm" fw={600} c={l.inspectedMeetsTarget ? 'teal.9' : 'red.9'}>
                {t(
                  l.inspectedMeetsTarget
                    ? 'parReports.figures.coverageMet'
                    : 'parReports.figures.coverageNotMet',
                  { target: inspections.coverage?.targetPercent },
                )}
              </Text>
            </Group>
          ))}
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
            <Figure
              label={t('parReports.figures.inspectionsScheduled')}
              value={fmt.number(inspections.scheduled)}
            />
            <Figure label={t('parReports.figures.inspectionsHeld')} value={fmt.number(inspections.held)} />
            <Figure label={t('parReports.figures.findingsRaised')} value={fmt.number(f.raised)} />
            <Figure
              label={t('parReports.figures.findingsRemedied')}
              value={fmt.number(f.remedied)}
              color="teal.7"
            />
            <Figure
              label={t('parReports.figures.findingsOpen')}
              value={fmt.number(f.open)}
              color="yellow.7"
            />
            <Figure
              label={t('parReports.figures.findingsOverdue')}
              value={fmt.number(f.overdue)}
              color="red.7"
            />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
