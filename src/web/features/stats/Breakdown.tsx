import { Anchor, Breadcrumbs, Loader, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DashboardDto, StandardReportDto } from '../../../contracts/stats';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useReport } from './api';
import { FigureLink } from './FigureLink';
import { drillDownSearch, type FigureKey, type ReportSearch, reportQuery, toParams } from './stats-search';

type Row = StandardReportDto['rows'][number];

const COLUMNS: readonly FigureKey[] = [
  'received',
  'resolved',
  'resolvedLate',
  'inProgress',
  'inProgressOverdue',
];

/**
 * This year under the dashboard's unit: by level for the province (a level opens its units, a
 * unit opens its own dashboard), by unit for a unit head. Every number links to its dossiers.
 */
export function Breakdown({ data }: { data: DashboardDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const yearName = data.year.period.from.slice(0, 4);
  const level = data.breakdown.by === 'level' ? params.get('level') : null;
  const base: ReportSearch = {
    period: yearName,
    from: null,
    to: null,
    unit: data.unit.id,
    level: null,
    children: true,
    successors: false,
    by: data.breakdown.by,
  };
  const unitsSearch: ReportSearch = { ...base, by: 'unit', level };
  const units = useReport(unitsSearch, level !== null);
  const levelRow = data.breakdown.rows.find((r) => r.key === level);
  const name = (row: Row) => (fmt.lang === 'en' ? row.labelEn : row.label);
  const set = (patch: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  const showing = level ? 'unit' : data.breakdown.by;
  const rows = level ? (units.data?.rows ?? []) : data.breakdown.rows;
  const search = level ? unitsSearch : base;
  const open = (row: Row) =>
    showing === 'level' ? set({ level: row.key }) : set({ unit: row.key, level: null });
  const label = t('stats.dashboard.breakdownTable', {
    by: t(`stats.groupBy.${showing}`),
    year: yearName,
  });

  return (
    <Stack gap="xs" component="section" aria-labelledby="breakdown-heading">
      <Title order={3} size="h4" id="breakdown-heading">
        {t('stats.dashboard.breakdown', { year: yearName })}
      </Title>
      <Breadcrumbs separator="›">
        {level ? (
          <Anchor component="button" type="button" size="sm" onClick={() => set({ level: null })}>
            {data.unit.name}
          </Anchor>
        ) : (
          <Text size="sm">{data.unit.name}</Text>
        )}
        {level && <Text size="sm">{levelRow ? name(levelRow) : level}</Text>}
      </Breadcrumbs>
      {units.isError && <ProblemAlert error={units.error} />}
      {level && units.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={720} scrollAreaProps={keyboardScrollArea(label)}>
          <Table aria-label={label} striped highlightOnHover verticalSpacing="xs" data-testid="breakdown">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`stats.groupBy.${showing}`)}</Table.Th>
                {COLUMNS.map((figure) => (
                  <Table.Th scope="col" key={figure} ta="right">
                    {t(`stats.breakdownColumns.${figure}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('stats.columns.onTimeRate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && !units.isPending && (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS.length + 2}>
                    <Text size="sm">{t('stats.report.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    <UnstyledButton
                      onClick={() => open(row)}
                      c="blue.9"
                      fz="sm"
                      td="underline"
                      aria-label={t(
                        showing === 'level' ? 'stats.dashboard.openLevel' : 'stats.dashboard.openUnit',
                        {
                          name: name(row),
                        },
                      )}
                    >
                      {name(row)}
                    </UnstyledButton>
                  </Table.Th>
                  {COLUMNS.map((figure) => (
                    <Table.Td key={figure} ta="right">
                      <FigureLink
                        value={row.figures[figure]}
                        figure={figure}
                        search={drillDownSearch(search, row.key, figure)}
                        context={name(row)}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{fmt.rate(row.rates.onTime)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('stats.dashboard.breakdownHint')}{' '}
        <Anchor
          component={Link}
          to={`${paths.statsReport}?${toParams(reportQuery(search)).toString()}`}
          size="xs"
        >
          {t('stats.dashboard.fullReport')}
        </Anchor>
      </Text>
    </Stack>
  );
}
