import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StandardReportDto } from '../../../contracts/stats';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { useFormat } from '../../components/useFormat';
import { FigureLink } from './FigureLink';
import { type FigureWindow, REPORT_COLUMNS } from './figures';
import { drillDownSearch, type ReportSearch } from './stats-search';
import { useInstant } from './useInstant';

type Row = StandardReportDto['rows'][number];

/**
 * The standard report as a table with the form's grouped headers; every count links to the
 * dossiers behind it, and each group's header says the window it is counted over.
 */
export function ReportTable({
  report,
  search,
  label,
  rowHref,
}: {
  report: StandardReportDto;
  search: ReportSearch;
  label: string;
  /** Where a row's name leads (its units, or the unit's own report), if anywhere. */
  rowHref?: (row: Row) => string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const instant = useInstant();
  const windowText = (window: FigureWindow) =>
    window === 'stocks'
      ? t('stats.window.stocks', { at: instant(report.stocksAt) })
      : window === 'start'
        ? t('stats.window.start', { day: fmt.day(report.period.from) })
        : t('stats.window.period');
  const name = (row: Row) => (fmt.lang === 'en' ? row.labelEn : row.label);
  const cells = (row: Row, total: boolean) => {
    const context = total ? t('stats.report.total') : name(row);
    return REPORT_COLUMNS.flatMap((group) => [
      ...group.figures.map((figure) => (
        <Table.Td key={figure} ta="right">
          <FigureLink
            value={row.figures[figure]}
            figure={figure}
            search={drillDownSearch(search, total ? '' : row.key, figure)}
            context={context}
            fw={total ? 700 : undefined}
            testId={`figure-${total ? 'total' : row.key}-${figure}`}
          />
        </Table.Td>
      )),
      ...(group.withRate
        ? [
            <Table.Td key="rate" ta="right" style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm" fw={total ? 700 : undefined}>
                {fmt.rate(row.rates.onTime)}
              </Text>
            </Table.Td>,
          ]
        : []),
    ]);
  };
  const columns = REPORT_COLUMNS.reduce((n, g) => n + g.figures.length + (g.withRate ? 1 : 0), 0);

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={1500} scrollAreaProps={keyboardScrollArea(label)}>
        <Table
          aria-label={label}
          verticalSpacing="xs"
          horizontalSpacing="xs"
          striped
          highlightOnHover
          withColumnBorders
          data-testid="report-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2} miw={200}>
                {t(`stats.groupBy.${search.by}`)}
              </Table.Th>
              {REPORT_COLUMNS.map((group) => (
                <Table.Th
                  scope="colgroup"
                  key={group.key}
                  colSpan={group.figures.length + (group.withRate ? 1 : 0)}
                  ta="center"
                >
                  {t(`stats.columnGroups.${group.key}`)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {windowText(group.window)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {REPORT_COLUMNS.flatMap((group) => [
                ...group.figures.map((figure) => (
                  <Table.Th scope="col" key={figure} ta="right" fz="xs">
                    {t(`stats.columns.${figure}`)}
                    {figure === 'carriedOver' && (
                      <Text size="xs" c="dimmed" fw={400}>
                        {windowText('start')}
                      </Text>
                    )}
                  </Table.Th>
                )),
                ...(group.withRate
                  ? [
                      <Table.Th scope="col" key="rate" ta="right" fz="xs">
                        {t('stats.columns.onTimeRate')}
                      </Table.Th>,
                    ]
                  : []),
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns + 1}>
                  <Text size="sm">{t('stats.report.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {report.rows.map((row) => {
              const href = rowHref?.(row) ?? null;
              return (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {href ? (
                      <Anchor component={Link} to={href} size="sm">
                        {name(row)}
                      </Anchor>
                    ) : (
                      <Text size="sm">{name(row)}</Text>
                    )}
                    {row.code && search.by !== 'level' && search.by !== 'channel' && (
                      <Text size="xs" c="dimmed">
                        {row.code}
                      </Text>
                    )}
                  </Table.Th>
                  {cells(row, false)}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('stats.report.total')}</Table.Th>
              {cells(report.total, true)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
