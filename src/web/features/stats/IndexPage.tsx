import { Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ServiceIndexDto } from '../../../contracts/stats';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { useServiceIndex, useStatsLive, useTrend } from './api';
import { IndexTrendChart } from './charts';
import { GainsList } from './GainsList';
import { IndexGroupCard } from './IndexGroupCard';
import { periodLabel } from './period-label';
import { RankingTable } from './RankingTable';
import { ScopeFilters } from './ScopeFilters';
import { parseStatsScope, type StatsScope, scopeQuery, toParams } from './stats-search';

/**
 * The national service index (Decision 766/QĐ-TTg) computed from our own data: the score over
 * the points that could be computed, each group's indicators with what they count, the trend,
 * the ranking and where the points are. A year unless the address says otherwise.
 */
export function IndexPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const today = todayInProvince();
  const withYear = new URLSearchParams(params);
  if (!withYear.has('period') && !withYear.has('from')) withYear.set('period', today.slice(0, 4));
  const scope: StatsScope = {
    ...parseStatsScope(withYear, today),
    level: null,
    children: true,
    successors: false,
  };
  const index = useServiceIndex(scope);
  useStatsLive();
  const data = index.data;
  const year = Number((data?.period.from ?? today).slice(0, 4));
  const trend = useTrend(data?.unit.id ?? scope.unit, year);
  const update = (patch: Partial<StatsScope>) => setParams(toParams(scopeQuery({ ...scope, ...patch })));
  const period = periodLabel(t, scope, fmt.day);

  return (
    <>
      <PageTitle
        actions={
          <Button
            component="a"
            href={`/api/stats/index.xlsx?${toParams({ ...scopeQuery(scope), lang: fmt.lang }).toString()}`}
            download
            size="xs"
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            data-testid="export-index"
          >
            {t('stats.export.indexXlsx')}
          </Button>
        }
      >
        {t('stats.index.title')}
      </PageTitle>
      <Stack gap="md">
        <ScopeFilters scope={scope} onChange={update} withUnitOptions={false} />
        {index.isError && <ProblemAlert error={index.error} />}
        {index.isPending && <Loader aria-label={t('common.loading')} />}
        {data && <Summary data={data} period={period} />}
        {data && (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {data.groups.map((group) => (
              <IndexGroupCard key={group.key} group={group} scope={scope} />
            ))}
          </SimpleGrid>
        )}
        {data && <FormulaSet data={data} />}
        {trend.data && (
          <IndexTrendChart months={trend.data.months} title={t('stats.charts.indexTitle', { year })} />
        )}
        {trend.isError && <ProblemAlert error={trend.error} />}
        <GainsList scope={scope} />
        <RankingTable
          scope={scope}
          current={data?.unit.id ?? null}
          initial={data?.scopeKind === 'commune' ? 'commune' : 'department'}
        />
      </Stack>
    </>
  );
}

function Summary({ data, period }: { data: ServiceIndexDto; period: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="index-total">
      <Text size="sm">{t('stats.index.of', { unit: data.unit.name, period })}</Text>
      <Group gap="sm" align="baseline" wrap="wrap">
        <Title order={2} size="h2" id="index-total" data-testid="index-total">
          {t('stats.index.total', {
            points: fmt.decimal(data.points),
            max: fmt.decimal(data.max),
            nominal: fmt.decimal(data.nominalMax),
          })}
        </Title>
        {data.band && (
          <Badge size="lg" variant="filled" color="indigo.9" tt="none" data-testid="index-band">
            {fmt.lang === 'en' ? data.band.labelEn : data.band.labelVi}
          </Badge>
        )}
      </Group>
      <Group gap="lg" mt="xs">
        {data.percentOfComputed !== null && (
          <Text size="sm">
            {t('stats.index.percentOfComputed', {
              percent: fmt.rate(Math.round(data.percentOfComputed * 100)),
            })}
          </Text>
        )}
        <Text size="sm" data-testid="index-rank">
          {data.rank
            ? t('stats.index.rankAmong', {
                rank: data.rank.rank,
                of: data.rank.of,
                among: t(`stats.index.among.${data.scopeKind}`),
              })
            : t('stats.index.noRank')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {t('stats.index.computedNote', { max: fmt.decimal(data.max), nominal: fmt.decimal(data.nominalMax) })}
      </Text>
    </Paper>
  );
}

function FormulaSet({ data }: { data: ServiceIndexDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = data.formulaSet;
  const isUrl = /^https?:\/\//.test(f.source);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('stats.index.formulaSet')}>
      <Text size="sm" fw={600}>
        {t('stats.index.formulaSet')}: {fmt.lang === 'en' ? f.nameEn : f.nameVi}
      </Text>
      <Text size="sm">
        {t('stats.index.source')}:{' '}
        {isUrl ? (
          <Anchor href={f.source} target="_blank" rel="noreferrer" size="sm">
            {f.source}
          </Anchor>
        ) : (
          f.source
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {f.effectiveTo
          ? t('stats.index.effective', { from: fmt.day(f.effectiveFrom), to: fmt.day(f.effectiveTo) })
          : t('stats.index.effectiveFrom', { from: fmt.day(f.effectiveFrom) })}
      </Text>
      {f.notes && (
        <Text size="xs" c="dimmed">
          {f.notes}
        </Text>
      )}
    </Paper>
  );
}
