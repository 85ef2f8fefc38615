import { Anchor, Button, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { Dialog } from '../../components/Dialog';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { capabilities, useSession } from '../auth/session';
import { useParLive } from '../par/api';
import { useRounds } from './api';
import { StageBadge } from './badges';
import { CreateRoundForm } from './CreateRoundForm';

/** Chấm điểm Chỉ số CCHC: the scoring rounds, newest year first, and a new round for PAR officers. */
export function ScoringRoundsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const rounds = useRounds();
  useParLive();
  const [creating, setCreating] = useState(false);
  // Rounds are run by the province's PAR officers (the API refuses others).
  const canCreate = session ? capabilities(session).runParPlans : false;
  const label = t('parScoring.rounds.table');

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          canCreate && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="new-round"
            >
              {t('parScoring.rounds.new')}
            </Button>
          )
        }
      >
        {t('parScoring.rounds.title')}
      </PageTitle>
      <Text size="sm" mt={-12}>
        {t('parScoring.rounds.intro')}
      </Text>
      {rounds.isError && <ProblemAlert error={rounds.error} />}
      {rounds.isPending && <Loader aria-label={t('common.loading')} />}
      {rounds.data?.rounds.length === 0 && <Text c="dimmed">{t('parScoring.rounds.none')}</Text>}
      {rounds.data && rounds.data.rounds.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860} scrollAreaProps={keyboardScrollArea(label)}>
            <Table aria-label={label} striped highlightOnHover verticalSpacing="xs" data-testid="rounds">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('parScoring.rounds.year')}</Table.Th>
                  <Table.Th scope="col">{t('parScoring.rounds.group')}</Table.Th>
                  <Table.Th scope="col">{t('parScoring.rounds.round')}</Table.Th>
                  <Table.Th scope="col">{t('parScoring.rounds.stage')}</Table.Th>
                  <Table.Th scope="col">{t('parScoring.rounds.window')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('parScoring.rounds.units')}
                  </Table.Th>
                  <Table.Th scope="col">{t('parScoring.rounds.published')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...rounds.data.rounds]
                  .sort((a, b) => b.year - a.year || a.group.localeCompare(b.group))
                  .map((round) => (
                    <Table.Tr key={round.id} data-testid="round-row">
                      <Table.Td fw={700}>{round.year}</Table.Td>
                      <Table.Td>{t(`parScoring.groups.${round.group}`)}</Table.Td>
                      <Table.Th scope="row" fw={400}>
                        <Anchor
                          component={Link}
                          to={generatePath(paths.parScoringRound, { id: round.id })}
                          size="sm"
                          fw={600}
                        >
                          {round.title}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        <StageBadge stage={round.stage} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t('parScoring.windowRange', {
                          from: fmt.day(round.entryOpensOn),
                          to: fmt.day(round.entryClosesOn),
                        })}
                      </Table.Td>
                      <Table.Td ta="right">{fmt.number(round.unitCount)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {round.publishedAt ? (
                          fmt.dateTime(round.publishedAt)
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('parScoring.rounds.notPublished')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Dialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('parScoring.rounds.new')}
        size="lg"
      >
        {creating && <CreateRoundForm onClose={() => setCreating(false)} />}
      </Dialog>
    </Stack>
  );
}
