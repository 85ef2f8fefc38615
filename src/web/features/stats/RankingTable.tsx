import { Badge, Group, Loader, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { useIndexRanking } from './api';
import type { StatsScope } from './stats-search';

type Among = 'department' | 'commune';

/** The departments or the communes ranked by their index (competition ranking: 1, 2, 2, 4). */
export function RankingTable({
  scope,
  current,
  initial,
}: {
  scope: StatsScope;
  current: string | null;
  initial: Among;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [among, setAmong] = useState<Among>(initial);
  useEffect(() => setAmong(initial), [initial]);
  const ranking = useIndexRanking(scope, among);
  const label = t('stats.ranking.table', { among: t(`stats.ranking.among.${among}`) });
  return (
    <Stack gap="xs" component="section" aria-labelledby="ranking-heading">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="ranking-heading">
          {t('stats.ranking.title')}
        </Title>
        <SegmentedControl
          size="xs"
          value={among}
          onChange={(v) => setAmong(v === 'commune' ? 'commune' : 'department')}
          data={[
            { value: 'department', label: t('stats.ranking.among.department') },
            { value: 'commune', label: t('stats.ranking.among.commune') },
          ]}
          aria-label={t('stats.ranking.choose')}
        />
      </Group>
      {ranking.isError && <ProblemAlert error={ranking.error} />}
      {ranking.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {ranking.data && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720} scrollAreaProps={keyboardScrollArea(label)}>
            <Table aria-label={label} striped highlightOnHover verticalSpacing="xs" data-testid="ranking">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" ta="right">
                    {t('stats.ranking.rank')}
                  </Table.Th>
                  <Table.Th scope="col">{t('stats.ranking.unit')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('stats.ranking.points')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('stats.ranking.percent')}
                  </Table.Th>
                  <Table.Th scope="col">{t('stats.ranking.band')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('stats.columns.onTimeRate')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('stats.ranking.received')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ranking.data.units.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text size="sm">{t('stats.ranking.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {ranking.data.units.map((u) => {
                  const mine = u.unit.id === current;
                  return (
                    <Table.Tr
                      key={u.unit.id}
                      bg={mine ? 'blue.0' : undefined}
                      aria-current={mine ? 'true' : undefined}
                    >
                      <Table.Td ta="right" fw={700}>
                        {u.rank}
                      </Table.Td>
                      <Table.Th scope="row" fw={mine ? 700 : 400}>
                        <Text size="sm">{u.unit.name}</Text>
                        <Text size="xs" c="dimmed">
                          {u.unit.code}
                        </Text>
                      </Table.Th>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {t('stats.index.pointsOver', {
                          points: fmt.decimal(u.points),
                          max: fmt.decimal(u.max),
                        })}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {u.percentOfComputed === null ? '—' : fmt.rate(Math.round(u.percentOfComputed * 100))}
                      </Table.Td>
                      <Table.Td>
                        {u.band && (
                          <Badge variant="filled" color="indigo.9" tt="none" size="sm">
                            {fmt.lang === 'en' ? u.band.labelEn : u.band.labelVi}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {fmt.rate(u.onTimeRate)}
                      </Table.Td>
                      <Table.Td ta="right">{fmt.number(u.received)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
