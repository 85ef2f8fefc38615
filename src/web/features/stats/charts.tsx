// The charts' styles travel with the charts, not in every visitor's first load.
import '@mantine/charts/styles.css';
import { BarChart, BarsList, LineChart } from '@mantine/charts';
import { Box, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendDto } from '../../../contracts/stats';
import { useFormat } from '../../components/useFormat';

type Month = TrendDto['months'][number];

/**
 * A chart with its data as a table for screen readers: the drawing is hidden from them (it says
 * nothing a table does not), the table is hidden from the eye.
 */
export function ChartFigure({
  title,
  head,
  rows,
  children,
  testId,
}: {
  title: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={id} data-testid={testId}>
      <Text component="figcaption" fw={600} size="sm" mb="sm" id={id}>
        {title}
      </Text>
      <Box aria-hidden>{children}</Box>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th scope="col" key={h}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.join('|')}>
                {row.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a row are fixed
                  <Table.Td key={i}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}

const CHART_HEIGHT = 220;

/** The on-time rate (early + on time over resolved) month by month. */
export function OnTimeRateChart({ months, title }: { months: readonly Month[]; title: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = months.map((m) => ({
    month: fmt.month(m.month, true),
    rate: m.onTimeRate === null ? null : m.onTimeRate / 100,
  }));
  return (
    <ChartFigure
      title={title}
      head={[t('stats.charts.month'), t('stats.charts.onTimeRate')]}
      rows={months.map((m) => [fmt.month(m.month), fmt.rate(m.onTimeRate)])}
      testId="chart-on-time"
    >
      <LineChart
        h={CHART_HEIGHT}
        data={data}
        dataKey="month"
        series={[{ name: 'rate', label: t('stats.charts.onTimeRate'), color: 'teal.8' }]}
        yAxisProps={{ domain: [0, 100], width: 56 }}
        valueFormatter={(v) => fmt.rate(Math.round(v * 100))}
        connectNulls
        accessibilityLayer={false}
        withTooltip
      />
    </ChartFigure>
  );
}

/** Dossiers received each month, stacked by channel (online, counter, post). */
export function ChannelVolumeChart({ months, title }: { months: readonly Month[]; title: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = months.map((m) => ({
    month: fmt.month(m.month, true),
    online: m.receivedOnline,
    counter: m.receivedCounter,
    postal: m.receivedPostal,
  }));
  return (
    <ChartFigure
      title={title}
      head={[
        t('stats.charts.month'),
        t('stats.columns.receivedOnline'),
        t('stats.columns.receivedCounter'),
        t('stats.columns.receivedPostal'),
      ]}
      rows={months.map((m) => [
        fmt.month(m.month),
        fmt.number(m.receivedOnline),
        fmt.number(m.receivedCounter),
        fmt.number(m.receivedPostal),
      ])}
      testId="chart-channels"
    >
      <BarChart
        h={CHART_HEIGHT}
        data={data}
        dataKey="month"
        type="stacked"
        withLegend
        series={[
          { name: 'online', label: t('stats.columns.receivedOnline'), color: 'blue.8' },
          { name: 'counter', label: t('stats.columns.receivedCounter'), color: 'teal.7' },
          { name: 'postal', label: t('stats.columns.receivedPostal'), color: 'orange.6' },
        ]}
        yAxisProps={{ width: 48, allowDecimals: false }}
        valueFormatter={(v) => fmt.number(v)}
        accessibilityLayer={false}
      />
    </ChartFigure>
  );
}

/** Dossiers overdue now, by level or unit: the longest bar is where to look first. */
export function OverdueNowChart({
  rows,
  title,
  empty,
}: {
  rows: readonly { name: string; value: number }[];
  title: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sorted = [...rows].sort((a, b) => b.value - a.value).slice(0, 10);
  return (
    <ChartFigure
      title={title}
      head={[t('stats.charts.where'), t('stats.columns.inProgressOverdue')]}
      rows={sorted.map((r) => [r.name, fmt.number(r.value)])}
      testId="chart-overdue"
    >
      {sorted.some((r) => r.value > 0) ? (
        <BarsList
          data={sorted
            .filter((r) => r.value > 0)
            .map((r) => ({ name: r.name, value: r.value, color: 'red.1' }))}
          valueFormatter={(v) => fmt.number(v)}
          barTextColor="dark.9"
          minBarSize={8}
          barHeight={28}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </ChartFigure>
  );
}

/** The service index's points month by month. */
export function IndexTrendChart({ months, title }: { months: readonly Month[]; title: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = months.map((m) => ({ month: fmt.month(m.month, true), points: m.indexPoints }));
  return (
    <ChartFigure
      title={title}
      head={[t('stats.charts.month'), t('stats.charts.indexPoints')]}
      rows={months.map((m) => [
        fmt.month(m.month),
        m.indexPoints === null
          ? t('stats.index.noData')
          : t('stats.index.pointsOver', { points: fmt.decimal(m.indexPoints), max: fmt.decimal(m.indexMax) }),
      ])}
      testId="chart-index"
    >
      <LineChart
        h={CHART_HEIGHT}
        data={data}
        dataKey="month"
        series={[{ name: 'points', label: t('stats.charts.indexPoints'), color: 'indigo.8' }]}
        yAxisProps={{ domain: [0, 100], width: 40 }}
        valueFormatter={(v) => fmt.decimal(v)}
        connectNulls
        accessibilityLayer={false}
      />
    </ChartFigure>
  );
}
