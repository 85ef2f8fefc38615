import {
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowsSort, IconSearch, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PublicStatsDto } from '../../../contracts/stats';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { usePublicStats } from './api';
import { periodLabel } from './period-label';
import {
  type PublicPeriod,
  type PublicSortKey,
  type PublicUnit,
  type SortDirection,
  searchUnits,
  sortUnits,
} from './public-stats';

const PERIODS: readonly PublicPeriod[] = ['month', 'quarter', 'year'];
const SORT_KEYS: readonly PublicSortKey[] = ['name', 'received', 'resolved', 'onTimeRate', 'index'];
type Stats = PublicUnit['year'];

/** Public (no sign-in): each unit's on-time rate and service index this month, quarter and year. */
export function PublicStatsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const stats = usePublicStats();
  const [params, setParams] = useSearchParams();
  const period = PERIODS.find((p) => p === params.get('period')) ?? 'year';
  const sort = SORT_KEYS.find((k) => k === params.get('sort')) ?? 'onTimeRate';
  const direction: SortDirection =
    params.get('dir') === 'asc'
      ? 'asc'
      : params.get('dir') === 'desc'
        ? 'desc'
        : sort === 'name'
          ? 'asc'
          : 'desc';
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [kind, setKind] = useState<string | null>(null);
  const set = (patch: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  const data = stats.data;
  const kinds = data ? [...new Set(data.units.map((u) => u.kind))] : [];
  const units = data
    ? sortUnits(
        searchUnits(
          data.units.filter((u) => !kind || u.kind === kind),
          query,
        ),
        sort,
        direction,
        period,
      )
    : [];
  const periodName = (p: PublicPeriod) =>
    data ? periodText(t, p, data.periods[p], fmt.day) : t(`stats.public.periods.${p}`);

  return (
    <>
      <PageTitle>{t('stats.public.title')}</PageTitle>
      <Stack gap="md">
        <Text size="sm">{t('stats.public.intro')}</Text>
        {stats.isError && <ProblemAlert error={stats.error} />}
        {stats.isPending && <Loader aria-label={t('common.loading')} />}
        {data && (
          <>
            <Text size="sm" c="dimmed" data-testid="public-as-of">
              {t('stats.public.asOf', { at: fmt.dateTime(data.asOf) })}
            </Text>
            <Paper withBorder p="sm" role="search" aria-label={t('stats.public.filters')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="public-period-label">
                    {t('stats.public.period')}
                  </Text>
                  <SegmentedControl
                    value={period}
                    onChange={(v) => set({ period: v === 'year' ? null : v })}
                    data={PERIODS.map((p) => ({ value: p, label: t(`stats.public.periods.${p}`) }))}
                    aria-labelledby="public-period-label"
                    fullWidth
                  />
                </Stack>
                <TextInput
                  type="search"
                  label={t('stats.public.search')}
                  placeholder={t('stats.public.searchPlaceholder')}
                  leftSection={<IconSearch size={18} aria-hidden />}
                  value={query}
                  maxLength={100}
                  onChange={(e) => {
                    setQuery(e.currentTarget.value);
                    set({ q: e.currentTarget.value });
                  }}
                />
                <Select
                  label={t('stats.public.kind')}
                  placeholder={t('stats.public.allKinds')}
                  data={kinds.map((k) => ({ value: k, label: t(`unitKinds.${k}`, { defaultValue: k }) }))}
                  value={kind}
                  clearable
                  onChange={setKind}
                />
              </SimpleGrid>
            </Paper>
            <PublicTable
              data={data}
              units={units}
              period={period}
              periodName={periodName(period)}
              sort={sort}
              direction={direction}
              onSort={(key) =>
                set({
                  sort: key === 'onTimeRate' ? null : key,
                  dir: key === sort ? (direction === 'asc' ? 'desc' : 'asc') : null,
                })
              }
            />
            <Text size="xs" c="dimmed">
              {t('stats.public.note')}
            </Text>
          </>
        )}
      </Stack>
    </>
  );
}

function periodText(
  t: ReturnType<typeof useTranslation>['t'],
  period: PublicPeriod,
  dates: PublicStatsDto['periods']['year'],
  day: (d: string) => string,
): string {
  const year = dates.from.slice(0, 4);
  const month = Number(dates.from.slice(5, 7));
  const name =
    period === 'year'
      ? year
      : period === 'month'
        ? dates.from.slice(0, 7)
        : `${year}-Q${Math.ceil(month / 3)}`;
  return periodLabel(t, { period: name, from: null, to: null }, day);
}

function PublicTable({
  data,
  units,
  period,
  periodName,
  sort,
  direction,
  onSort,
}: {
  data: PublicStatsDto;
  units: readonly PublicUnit[];
  period: PublicPeriod;
  periodName: string;
  sort: PublicSortKey;
  direction: SortDirection;
  onSort: (key: PublicSortKey) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = t('stats.public.table', { period: periodName });
  const header = (key: PublicSortKey, align: 'left' | 'right' = 'right') => {
    const active = key === sort;
    const Icon = !active ? IconArrowsSort : direction === 'asc' ? IconSortAscending : IconSortDescending;
    return (
      <Table.Th
        scope="col"
        ta={align}
        aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <UnstyledButton onClick={() => onSort(key)} fz="sm" fw={700}>
          <Group
            gap={4}
            wrap="nowrap"
            justify={align === 'right' ? 'flex-end' : 'flex-start'}
            component="span"
          >
            {t(`stats.public.columns.${key}`)}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };
  const cells = (stats: Stats) => (
    <>
      <Table.Td ta="right">{fmt.number(stats.received)}</Table.Td>
      <Table.Td ta="right">{fmt.number(stats.resolved)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {fmt.rate(stats.onTimeRate)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {stats.indexPoints === null
          ? t('stats.index.noData')
          : t('stats.index.pointsOver', {
              points: fmt.decimal(stats.indexPoints),
              max: fmt.decimal(stats.indexMax),
            })}
      </Table.Td>
    </>
  );
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640} scrollAreaProps={keyboardScrollArea(label)}>
        <Table aria-label={label} striped highlightOnHover verticalSpacing="xs" data-testid="public-table">
          <Table.Thead>
            <Table.Tr>
              {header('name', 'left')}
              {header('received')}
              {header('resolved')}
              {header('onTimeRate')}
              {header('index')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr data-testid="public-province" fw={700} bg="blue.0">
              <Table.Th scope="row">{t('stats.public.province', { name: data.province.name })}</Table.Th>
              {cells(data.province[period])}
            </Table.Tr>
            {units.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm">{t('stats.public.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {units.map((u) => (
              <Table.Tr key={u.code}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm">{u.name}</Text>
                </Table.Th>
                {cells(u[period])}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
