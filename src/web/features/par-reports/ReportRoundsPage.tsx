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
import { useParLive } from '../par/api';
import { useReportRounds } from './api';
import { RoundStateBadge, usePeriodLabel } from './badges';
import { CreateReportRoundForm } from './CreateReportRoundForm';

/** Báo cáo định kỳ CCHC: the report rounds, newest first, and a new round for PAR officers. */
export function ReportRoundsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const periodLabel = usePeriodLabel();
  const rounds = useReportRounds();
  useParLive();
  const [creating, setCreating] = useState(false);
  const label = t('parReports.rounds.table');

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          rounds.data?.mayCreate && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="new-report-round"
            >
              {t('parReports.rounds.new')}
            </Button>
          )
        }
      >
        {t('parReports.rounds.title')}
      </PageTitle>
      <Text size="sm" mt={-12}>
        {t('parReports.rounds.intro')}
      </Text>
      {rounds.isError && <ProblemAlert error={rounds.error} />}
      {rounds.isPending && <Loader aria-label={t('common.loading')} />}
      {rounds.data?.rounds.length === 0 && <Text c="dimmed">{t('parReports.rounds.none')}</Text>}
      {rounds.data && rounds.data.rounds.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760} scrollAreaProps={keyboardScrollArea(label)}>
            <Table
              aria-label={label}
              striped
              highlightOnHover
              verticalSpacing="xs"
              data-testid="report-rounds"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('parReports.rounds.period')}</Table.Th>
                  <Table.Th scope="col">{t('parReports.rounds.round')}</Table.Th>
                  <Table.Th scope="col">{t('parReports.rounds.due')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('parReports.rounds.sent')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('parReports.rounds.lateOrMissing')}
                  </Table.Th>
                  <Table.Th scope="col">{t('parReports.rounds.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rounds.data.rounds.map((round) => (
                  <Table.Tr key={round.id} data-testid="report-round-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }} fw={700}>
                      {periodLabel(round.year, round.period)}
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <Anchor
                        component={Link}
                        to={generatePath(paths.parReportRound, { id: round.id })}
                        size="sm"
                        fw={600}
                      >
                        {round.title}
                      </Anchor>
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.day(round.dueDate)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {fmt.number(round.submittedCount)}/{fmt.number(round.unitCount)}
                    </Table.Td>
                    <Table.Td ta="right" fw={round.lateOrMissingCount > 0 ? 700 : 400}>
                      <Text span size="sm" c={round.lateOrMissingCount > 0 ? 'red.9' : undefined} inherit>
                        {fmt.number(round.lateOrMissingCount)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RoundStateBadge closed={round.closedAt !== null} />
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
        title={t('parReports.rounds.new')}
        size="lg"
      >
        {creating && <CreateReportRoundForm onClose={() => setCreating(false)} />}
      </Dialog>
    </Stack>
  );
}
