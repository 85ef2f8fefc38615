import { Anchor, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useSearchParams } from 'react-router';
import type { DrillDownDto } from '../../../contracts/stats';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useSession } from '../auth/session';
import { dossierCapabilities } from '../dossiers/access';
import { STATE_COLORS } from '../dossiers/badge-colors';
import { CompletionBadge, StateBadge } from '../dossiers/DossierBadges';
import type { DossierState } from '../dossiers/types';
import { useDrillDown, useReport } from './api';
import { FIGURES, windowOf } from './figures';
import { periodLabel } from './period-label';
import { DRILL_DOWN_PAGE_SIZE, pageCount, parseDrillDownSearch, reportQuery, toParams } from './stats-search';
import { useInstant } from './useInstant';

type Item = DrillDownDto['items'][number];

const isState = (state: string): state is DossierState => state in STATE_COLORS;

/** The dossiers behind one number of a report: the title says which; the total equals it. */
export function DrillDownPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const instant = useInstant();
  const [params, setParams] = useSearchParams();
  const search = parseDrillDownSearch(params, todayInProvince(), FIGURES);
  const list = useDrillDown(search);
  // The report (usually already loaded) names the row the number came from.
  const report = useReport(search, search.group !== '');
  const session = useSession().data;
  const canOpen = session ? dossierCapabilities(session).workDossiers : false;
  const figure = search.figure;
  const row = report.data?.rows.find((r) => r.key === search.group);
  const rowName = search.group
    ? row
      ? fmt.lang === 'en'
        ? row.labelEn
        : row.label
      : search.group
    : t('stats.report.total');
  const data = list.data;
  const title = figure
    ? t('stats.drill.title', { figure: t(`stats.figures.${figure}`) })
    : t('stats.drill.noFigure');
  const reportHref = `${paths.statsReport}?${toParams(reportQuery(search)).toString()}`;
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 1) next.set('page', String(page));
    else next.delete('page');
    setParams(next);
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Stack gap="sm">
        <Anchor component={Link} to={reportHref} size="sm">
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={16} aria-hidden />
            {t('stats.drill.back')}
          </Group>
        </Anchor>
        <Paper withBorder p="sm">
          <Text size="sm" data-testid="drill-which">
            {t('stats.drill.which', {
              row: rowName,
              by: t(`stats.groupBy.${search.by}`),
              unit: report.data?.unit.name ?? search.unit ?? t('stats.filters.unitDefault'),
              period: periodLabel(t, search, fmt.day),
            })}
          </Text>
          {data && figure && (
            <Text size="sm" c="dimmed">
              {t('stats.report.dates', { from: fmt.day(data.period.from), to: fmt.day(data.period.to) })}
              {' · '}
              {windowOf(figure) === 'stocks' && report.data
                ? t('stats.window.stocks', { at: instant(report.data.stocksAt) })
                : windowOf(figure) === 'start'
                  ? t('stats.window.start', { day: fmt.day(data.period.from) })
                  : t('stats.window.period')}
            </Text>
          )}
        </Paper>
        {list.isError && <ProblemAlert error={list.error} />}
        <Group gap="xs" aria-live="polite" mih={28}>
          {data && (
            <Text fw={600} data-testid="drill-total">
              {t('stats.drill.total', { count: data.total, formatted: fmt.number(data.total) })}
            </Text>
          )}
          {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {data && data.items.length > 0 && (
          <DrillDownTable items={data.items} canOpen={canOpen} label={title} />
        )}
        {data && pageCount(data.total) > 1 && (
          <Pager total={pageCount(data.total, DRILL_DOWN_PAGE_SIZE)} value={search.page} onChange={setPage} />
        )}
      </Stack>
    </>
  );
}

function DrillDownTable({
  items,
  canOpen,
  label,
}: {
  items: readonly Item[];
  canOpen: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={1000} scrollAreaProps={keyboardScrollArea(label)}>
        <Table aria-label={label} verticalSpacing="xs" striped highlightOnHover data-testid="drill-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('stats.drill.code')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.procedure')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.unit')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.channel')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.received')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.due')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.closed')}</Table.Th>
              <Table.Th scope="col">{t('stats.drill.completion')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {canOpen ? (
                    <Anchor
                      component={Link}
                      to={generatePath(paths.dossier, { id: item.id })}
                      size="sm"
                      fw={600}
                    >
                      {item.code}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={600}>
                      {item.code}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.procedureName}</Text>
                  <Text size="xs" c="dimmed">
                    {item.procedureCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.unitName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`dossiers.channels.${item.channel}`)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{fmt.dateTime(item.receivedAt)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{fmt.dateTime(item.legalDueAt)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{fmt.dateTime(item.closedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    {item.completion && <CompletionBadge completion={item.completion} />}
                    {!item.completion && isState(item.state) && <StateBadge state={item.state} size="sm" />}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
