import { Anchor, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useSearchParams } from 'react-router';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { type ProcedureFilter, useProcedureDrill } from './api';
import { periodLabel } from './period-label';
import { DRILL_DOWN_PAGE_SIZE, pageCount, parseStatsScope, scopeQuery, toParams } from './stats-search';

const FILTERS: readonly ProcedureFilter[] = ['all', 'online', 'full_online', 'not_online'];

/** The procedures an index indicator counts (offered online or not), paged on the server. */
export function ProcedureDrillPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const scope = parseStatsScope(params, todayInProvince());
  const filter = FILTERS.find((f) => f === params.get('filter')) ?? 'all';
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const list = useProcedureDrill(scope, filter, page);
  const data = list.data;
  const title = t(`stats.procedures.title.${filter}`);
  const setPage = (next: number) => {
    const p = new URLSearchParams(params);
    if (next > 1) p.set('page', String(next));
    else p.delete('page');
    setParams(p);
    window.scrollTo({ top: 0 });
  };
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Stack gap="sm">
        <Anchor
          component={Link}
          to={`${paths.statsIndex}?${toParams(scopeQuery(scope)).toString()}`}
          size="sm"
        >
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={16} aria-hidden />
            {t('stats.procedures.back')}
          </Group>
        </Anchor>
        <Text size="sm">{periodLabel(t, scope, fmt.day)}</Text>
        {list.isError && <ProblemAlert error={list.error} />}
        <Group gap="xs" aria-live="polite" mih={28}>
          {data && (
            <Text fw={600} data-testid="procedures-total">
              {t('stats.procedures.total', { count: data.total, formatted: fmt.number(data.total) })}
            </Text>
          )}
          {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {data && data.items.length > 0 && (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={640} scrollAreaProps={keyboardScrollArea(title)}>
              <Table aria-label={title} striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('stats.procedures.code')}</Table.Th>
                    <Table.Th scope="col">{t('stats.procedures.name')}</Table.Th>
                    <Table.Th scope="col">{t('stats.procedures.online')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('stats.procedures.received')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={generatePath(paths.procedure, { id: p.id })} size="sm">
                          {p.code}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.name}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`stats.procedures.onlineLevels.${p.online}`)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">{fmt.number(p.received)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {data && pageCount(data.total) > 1 && (
          <Pager total={pageCount(data.total, DRILL_DOWN_PAGE_SIZE)} value={page} onChange={setPage} />
        )}
      </Stack>
    </>
  );
}
