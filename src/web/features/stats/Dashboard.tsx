import {
  Anchor,
  Badge,
  Breadcrumbs,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChartBar, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DashboardDto } from '../../../contracts/stats';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useDashboard, useReport, useStatsLive, useTrend } from './api';
import { Breakdown } from './Breakdown';
import { ChannelVolumeChart, OnTimeRateChart, OverdueNowChart } from './charts';
import { FigureLink } from './FigureLink';
import { periodLabel } from './period-label';
import { drillDownSearch, type FigureKey, type ReportSearch, reportQuery, toParams } from './stats-search';

/**
 * A leader's dashboard (a unit head's: their unit's): this month and this year, what is overdue
 * now, the units under, the trend and the service index; kept current by the live stream.
 * The unit and the level looked into are in the address (?unit=&level=).
 */
export function Dashboard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params] = useSearchParams();
  const unitParam = params.get('unit');
  const dashboard = useDashboard(unitParam);
  useStatsLive();
  const data = dashboard.data;
  const year = data ? Number(data.year.period.from.slice(0, 4)) : Number(new Date().getFullYear());
  const trend = useTrend(data?.unit.id ?? null, year, data !== undefined);

  return (
    <Stack component="section" aria-labelledby="dashboard-heading" gap="md" data-testid="dashboard">
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={2} size="h3" id="dashboard-heading">
            {t('stats.dashboard.title')}
          </Title>
          {data && (
            <Text size="sm" data-testid="dashboard-unit">
              {data.unit.name}
            </Text>
          )}
        </div>
        <Group gap="xs" aria-live="polite">
          {dashboard.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
          {data && (
            <Badge color="teal.9" variant="filled" tt="none" data-revision={data.revision}>
              {t('stats.dashboard.liveAt', { at: fmt.dateTime(data.now) })}
            </Badge>
          )}
        </Group>
      </Group>
      {unitParam && (
        <Breadcrumbs separator="›">
          <Anchor component={Link} to={paths.home} size="sm">
            {t('stats.dashboard.backToMine')}
          </Anchor>
          <Text size="sm">{data?.unit.name ?? '…'}</Text>
        </Breadcrumbs>
      )}
      {dashboard.isError && <ProblemAlert error={dashboard.error} />}
      {dashboard.isPending && <Loader aria-label={t('common.loading')} />}
      {data && <KeyFigures data={data} />}
      {data && <Breakdown data={data} />}
      {data && (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {trend.data && (
            <OnTimeRateChart months={trend.data.months} title={t('stats.charts.onTimeTitle', { year })} />
          )}
          {trend.data && (
            <ChannelVolumeChart
              months={trend.data.months}
              title={t('stats.charts.channelsTitle', { year })}
            />
          )}
          <OverdueBreakdownChart data={data} />
        </SimpleGrid>
      )}
      {trend.isError && <ProblemAlert error={trend.error} />}
    </Stack>
  );
}

/** The scope of the dashboard's numbers as a report's query: this month or year, this unit. */
function scopeOf(data: DashboardDto, period: string, by: ReportSearch['by'] = 'level'): ReportSearch {
  return {
    period,
    from: null,
    to: null,
    unit: data.unit.id,
    level: null,
    children: true,
    successors: false,
    by,
  };
}

function KeyFigures({ data }: { data: DashboardDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const monthName = data.month.period.from.slice(0, 7);
  const yearName = data.year.period.from.slice(0, 4);
  const link = (scope: ReportSearch, figure: FigureKey, value: number, context: string, testId: string) => (
    <FigureLink
      value={value}
      figure={figure}
      search={drillDownSearch(scope, '', figure)}
      context={context}
      size="xl"
      fw={700}
      testId={testId}
    />
  );
  const periodCard = (which: 'month' | 'year', name: string) => {
    const scope = scopeOf(data, name);
    const figures = data[which].figures;
    const label = periodLabel(t, scope, fmt.day);
    return (
      <Card withBorder padding="md" data-testid={`dash-${which}`}>
        <Title order={3} size="h5" mb="xs">
          {label}
        </Title>
        <Group gap="md" align="flex-start" wrap="wrap">
          <Figure label={t('stats.dashboard.received')}>
            {link(scope, 'received', figures.received, label, `dash-${which}-received`)}
          </Figure>
          <Figure label={t('stats.dashboard.resolved')}>
            {link(scope, 'resolved', figures.resolved, label, `dash-${which}-resolved`)}
          </Figure>
          <Figure label={t('stats.dashboard.onTimeRate')}>
            <Anchor
              component={Link}
              to={`${paths.statsReport}?${toParams(reportQuery(scope)).toString()}`}
              size="xl"
              fw={700}
              style={{ whiteSpace: 'nowrap' }}
              data-testid={`dash-${which}-rate`}
              aria-label={t('stats.dashboard.rateLink', {
                rate: fmt.rate(data[which].rates.onTime),
                period: label,
              })}
            >
              {fmt.rate(data[which].rates.onTime)}
            </Anchor>
          </Figure>
        </Group>
        <Text size="xs" mt={4}>
          {t('stats.dashboard.lateCount')}{' '}
          <FigureLink
            value={figures.resolvedLate}
            figure="resolvedLate"
            search={drillDownSearch(scope, '', 'resolvedLate')}
            context={label}
            size="xs"
          />
        </Text>
      </Card>
    );
  };
  const now = scopeOf(data, monthName);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      {periodCard('month', monthName)}
      {periodCard('year', yearName)}
      <Card withBorder padding="md" data-testid="dash-now">
        <Title order={3} size="h5" mb="xs">
          {t('stats.dashboard.now')}
        </Title>
        <SimpleGrid cols={2} spacing="xs">
          <Figure label={t('stats.dashboard.overdueNow')}>
            <Text c="red.9" span>
              {link(now, 'inProgressOverdue', data.overdueNow, t('stats.dashboard.now'), 'dash-overdue-now')}
            </Text>
          </Figure>
          <Figure label={t('stats.dashboard.inProgressNow')}>
            {link(now, 'inProgress', data.inProgressNow, t('stats.dashboard.now'), 'dash-in-progress-now')}
          </Figure>
        </SimpleGrid>
        <Anchor
          component={Link}
          to={`${paths.statsReport}?${toParams(reportQuery(now)).toString()}`}
          size="xs"
        >
          <Group gap={4} component="span" mt={4}>
            <IconChartBar size={14} aria-hidden />
            {t('stats.dashboard.fullReport')}
          </Group>
        </Anchor>
      </Card>
      <IndexCard data={data} />
    </SimpleGrid>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function IndexCard({ data }: { data: DashboardDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { index } = data;
  const href = `${paths.statsIndex}?${toParams({ period: data.year.period.from.slice(0, 4), unit: data.unit.id }).toString()}`;
  return (
    <Card withBorder padding="md" data-testid="dash-index">
      <Title order={3} size="h5" mb="xs">
        <Group gap={6} component="span">
          <IconTrophy size={18} aria-hidden />
          {t('stats.dashboard.index')}
        </Group>
      </Title>
      <Anchor component={Link} to={href} size="xl" fw={700} data-testid="dash-index-points">
        {t('stats.index.points', { points: fmt.decimal(index.points) })}
      </Anchor>
      <Text size="xs">{t('stats.index.computedOver', { max: fmt.decimal(index.max), nominal: 100 })}</Text>
      <Group gap="xs" mt={4}>
        {index.band && (
          <Badge variant="filled" color="indigo.9" tt="none">
            {fmt.lang === 'en' ? index.band.labelEn : index.band.labelVi}
          </Badge>
        )}
        {index.rank && (
          <Text size="sm" data-testid="dash-index-rank">
            {t('stats.index.rank', { rank: index.rank.rank, of: index.rank.of })}
          </Text>
        )}
      </Group>
    </Card>
  );
}

/** Overdue now in each row of the breakdown (or, looking into a level, in each of its units). */
function OverdueBreakdownChart({ data }: { data: DashboardDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params] = useSearchParams();
  const level = data.breakdown.by === 'level' ? params.get('level') : null;
  const yearName = data.year.period.from.slice(0, 4);
  const units = useReport({ ...scopeOf(data, yearName, 'unit'), level }, level !== null);
  const rows = level && units.data ? units.data.rows : data.breakdown.rows;
  return (
    <OverdueNowChart
      title={t('stats.charts.overdueTitle')}
      empty={t('stats.charts.noOverdue')}
      rows={rows.map((r) => ({
        name: fmt.lang === 'en' ? r.labelEn : r.label,
        value: r.figures.inProgressOverdue,
      }))}
    />
  );
}
