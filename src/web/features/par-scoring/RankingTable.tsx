import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconMinus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import type { RoundDetailDto, RoundUnitDto } from './api';
import { BandBadge } from './badges';
import { CouncilDialog } from './CouncilDialog';

/** The units by rank (provisional before publication) with their progress, totals and council. */
export function RankingTable({ round }: { round: RoundDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [council, setCouncil] = useState<RoundUnitDto | null>(null);
  const label = t('parScoring.round.ranking');
  return (
    <Stack gap="xs" component="section" aria-labelledby="ranking-heading">
      <Title order={2} size="h4" id="ranking-heading">
        {label}
      </Title>
      {round.units.length === 0 ? (
        <Text size="sm">{t('parScoring.round.noUnits')}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={940} scrollAreaProps={keyboardScrollArea(label)}>
            <Table aria-label={label} striped highlightOnHover verticalSpacing="xs" data-testid="ranking">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" ta="right">
                    {t('parScoring.round.columns.rank')}
                  </Table.Th>
                  <Table.Th scope="col">{t('parScoring.round.columns.unit')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('parScoring.round.columns.self')}
                  </Table.Th>
                  <Table.Th scope="col">{t('parScoring.round.columns.progress')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('parScoring.round.columns.total')}
                  </Table.Th>
                  <Table.Th scope="col">{t('parScoring.round.columns.band')}</Table.Th>
                  <Table.Th scope="col">{t('parScoring.round.columns.lastYear')}</Table.Th>
                  <Table.Th scope="col">{t('parScoring.round.columns.council')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {round.units.map((u) => (
                  <Table.Tr key={u.unit.id} data-testid="ranking-row" data-unit={u.unit.code}>
                    <Table.Td ta="right" fw={700} data-testid="rank">
                      {u.rank}
                    </Table.Td>
                    <Table.Th scope="row" fw={400} miw={160} maw={240}>
                      {u.mayRead ? (
                        <Anchor
                          component={Link}
                          to={generatePath(paths.parScoreSheet, { id: round.id, unitId: u.unit.id })}
                          size="sm"
                          fw={600}
                        >
                          {u.unit.name}
                        </Anchor>
                      ) : (
                        <Text size="sm">{u.unit.name}</Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {u.unit.code}
                      </Text>
                    </Table.Th>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="self-total">
                      {fmt.decimal(u.selfTotal)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Progress unit={u} />
                    </Table.Td>
                    <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="total">
                      {fmt.decimal(u.total)}
                    </Table.Td>
                    <Table.Td>
                      <BandBadge band={u.band} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <LastYear unit={u} />
                    </Table.Td>
                    <Table.Td maw={240}>
                      <Text size="sm">
                        {u.council.length > 0
                          ? u.council.map((p) => p.name).join(', ')
                          : t('parScoring.round.noCouncil')}
                      </Text>
                      {round.mayManage && round.stage !== 'published' && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          mt={4}
                          leftSection={<IconUsersGroup size={14} aria-hidden />}
                          onClick={() => setCouncil(u)}
                          aria-label={t('parScoring.round.councilOf', { unit: u.unit.name })}
                          data-testid="assign-council"
                        >
                          {t('parScoring.round.council')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <CouncilDialog round={round} unit={council} onClose={() => setCouncil(null)} />
    </Stack>
  );
}

function Progress({ unit }: { unit: RoundUnitDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={0}>
      <Text size="xs">
        {t('parScoring.round.selfScored', { done: unit.selfScored, of: unit.selfLeaves })}
        {' · '}
        {t('parScoring.round.appraised', { done: unit.appraised, of: unit.selfLeaves })}
      </Text>
      <Text size="xs" c={unit.submittedAt ? undefined : 'dimmed'}>
        {unit.submittedAt
          ? t('parScoring.round.submitted', { date: fmt.dateTime(unit.submittedAt) })
          : t('parScoring.round.notSubmitted')}
      </Text>
      {unit.awaitingExplanation > 0 && (
        <Text size="xs" fw={700} c="red.9">
          {t('parScoring.round.awaiting', { count: unit.awaitingExplanation })}
        </Text>
      )}
    </Stack>
  );
}

/** Last year's total and rank, with how many places the unit moved (a lower rank number is better). */
function LastYear({ unit }: { unit: RoundUnitDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const last = unit.lastYear;
  if (!last)
    return (
      <Text size="xs" c="dimmed">
        {t('parScoring.round.noLastYear')}
      </Text>
    );
  const moved = last.rank - unit.rank;
  const [Icon, color, text] =
    moved > 0
      ? [IconArrowUp, 'teal.9', t('parScoring.round.rankUp', { count: moved })]
      : moved < 0
        ? [IconArrowDown, 'red.9', t('parScoring.round.rankDown', { count: -moved })]
        : [IconMinus, 'gray.7', t('parScoring.round.rankSame')];
  return (
    <Stack gap={0}>
      <Text size="xs">
        {t('parScoring.round.lastYear', { total: fmt.decimal(last.total), rank: last.rank })}
      </Text>
      <Group gap={2} wrap="nowrap" c={color} data-testid="rank-delta">
        <Icon size={14} aria-hidden />
        <Text span size="xs" fw={600} c={color}>
          {text}
        </Text>
      </Group>
    </Stack>
  );
}
