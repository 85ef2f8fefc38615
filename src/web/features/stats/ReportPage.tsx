import { Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StandardReportDto } from '../../../contracts/stats';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useReport, useStatsLive } from './api';
import { ExportMenu } from './ExportMenu';
import { periodLabel } from './period-label';
import { ReportTable } from './ReportTable';
import { ScopeFilters } from './ScopeFilters';
import { parseReportSearch, type ReportSearch, reportQuery, toParams } from './stats-search';
import { useInstant } from './useInstant';

/** The standard report (domain.md §9) of any period and unit, its state in the address. */
export function ReportPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const search = parseReportSearch(params, todayInProvince());
  const report = useReport(search);
  useStatsLive(report.data?.live ?? false);
  const update = (patch: Partial<ReportSearch>) =>
    setParams(toParams(reportQuery({ ...parseReportSearch(params, todayInProvince()), ...patch })));
  const data = report.data;
  const period = periodLabel(t, search, fmt.day);

  const rowHref = (row: StandardReportDto['rows'][number]) => {
    if (search.by === 'level')
      return `${paths.statsReport}?${toParams(reportQuery({ ...search, by: 'unit', level: row.key })).toString()}`;
    if (search.by === 'unit')
      return `${paths.statsReport}?${toParams(reportQuery({ ...search, unit: row.key, level: null })).toString()}`;
    return null;
  };

  return (
    <>
      <PageTitle actions={<ExportMenu search={search} />}>{t('stats.report.title')}</PageTitle>
      <Stack gap="md">
        <ScopeFilters scope={search} onChange={update} by={search.by} onBy={(by) => update({ by })} />
        {report.isError && <ProblemAlert error={report.error} />}
        {data && (
          <Stack gap="xs">
            <Group justify="space-between" align="flex-end" gap="xs">
              <div>
                <Title order={2} size="h4" data-testid="report-heading">
                  {t('stats.report.heading', { unit: data.unit.name, period })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('stats.report.dates', { from: fmt.day(data.period.from), to: fmt.day(data.period.to) })}
                  {' · '}
                  {t('stats.report.unitOfCount')}
                </Text>
              </div>
              <Group gap="xs" aria-live="polite">
                {report.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
                {data.live && (
                  <Badge color="teal.9" variant="filled" tt="none">
                    {t('stats.live')}
                  </Badge>
                )}
              </Group>
            </Group>
            <ReportTable
              report={data}
              search={search}
              label={t('stats.report.table', { period })}
              rowHref={rowHref}
            />
            <PolicyNote report={data} />
          </Stack>
        )}
        {report.isPending && <Loader aria-label={t('common.loading')} />}
      </Stack>
    </>
  );
}

/** The counting policy, printed under the table as the form's footnote. */
export function PolicyNote({ report }: { report: StandardReportDto }) {
  const { t } = useTranslation();
  const instant = useInstant();
  return (
    <Stack gap={2} component="section" aria-label={t('stats.policy.title')} data-testid="policy">
      <Text size="xs" fw={600}>
        {t('stats.policy.title')}
      </Text>
      <Text size="xs">{t(`stats.policy.endedWithoutResult.${report.policy.endedWithoutResult}`)}</Text>
      <Text size="xs">{t(`stats.policy.waitingForSupplement.${report.policy.waitingForSupplement}`)}</Text>
      <Text size="xs">{t('stats.policy.rate')}</Text>
      <Text size="xs">
        {report.live
          ? t('stats.policy.stocksLive', { at: instant(report.stocksAt) })
          : t('stats.policy.stocksEnd', { at: instant(report.stocksAt) })}
      </Text>
    </Stack>
  );
}
