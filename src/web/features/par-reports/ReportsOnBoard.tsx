import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useReportBoard } from './api';
import { SubmissionBadge } from './badges';

/** On the leaders' board: the open report rounds and the units late or missing in each. */
export function ReportsOnBoard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const board = useReportBoard();
  if (board.isError) return <ProblemAlert error={board.error} />;
  if (!board.data) return null;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="reports-on-board-heading"
      data-testid="reports-on-board"
    >
      <Title order={2} size="h4" id="reports-on-board-heading" mb="xs">
        {t('parReports.board.title')}
      </Title>
      {board.data.rounds.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('parReports.board.noRounds')}
        </Text>
      )}
      <Stack gap="sm">
        {board.data.rounds.map(({ round, lateOrMissing, pending }) => (
          <Stack key={round.id} gap={4}>
            <Group gap="sm" wrap="wrap">
              <Anchor
                component={Link}
                to={generatePath(paths.parReportRound, { id: round.id })}
                size="sm"
                fw={600}
              >
                {t('parReports.board.round', { title: round.title, date: fmt.day(round.dueDate) })}
              </Anchor>
              <Text size="sm">
                {t('parReports.board.sentOf', { sent: round.submittedCount, total: round.unitCount })}
              </Text>
              {pending > 0 && <Text size="sm">{t('parReports.board.pending', { count: pending })}</Text>}
            </Group>
            {lateOrMissing.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('parReports.board.none')}
              </Text>
            ) : (
              <List size="sm" spacing={2} data-testid="reports-late-list">
                {lateOrMissing.map((u) => (
                  <List.Item key={u.unit.id}>
                    <Group gap="xs" wrap="wrap">
                      <Text span size="sm">
                        {u.unit.name}
                      </Text>
                      <SubmissionBadge status={u.status} />
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
