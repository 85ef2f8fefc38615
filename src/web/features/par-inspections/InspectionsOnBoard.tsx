import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useInspectionBoard } from './api';
import { CoverageBars } from './CoverageBars';
import { FindingsTable } from './FindingsTable';

/** The inspections on the leader's board: this year's coverage per level and the overdue remedies. */
export function InspectionsOnBoard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const board = useInspectionBoard();
  const data = board.data;
  if (board.isError) return <ProblemAlert error={board.error} />;
  if (!data) return null;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="inspections-board-heading"
      data-testid="inspections-board"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h4" id="inspections-board-heading">
            {t('parInspections.board.title', { year: data.year })}
          </Title>
          {data.plan && (
            <Anchor
              component={Link}
              to={generatePath(paths.parInspectionPlan, { id: data.plan.id })}
              size="sm"
            >
              {t('parInspections.board.open')}
            </Anchor>
          )}
        </Group>
        {data.plan && data.coverage ? (
          <>
            <Text size="sm">
              {t('parInspections.board.plan', { number: data.plan.documentNumber })} ·{' '}
              {t('parInspections.board.counts', {
                open: fmt.number(data.openFindingCount),
                total: fmt.number(data.findingCount),
              })}
            </Text>
            <CoverageBars coverage={data.coverage} />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('parInspections.board.noPlan', { year: data.year })}
          </Text>
        )}
        <Title order={3} size="h5">
          {t('parInspections.board.overdue')}
        </Title>
        <FindingsTable
          findings={data.overdueRemedies}
          empty={t('parInspections.plan.noOverdue')}
          label={t('parInspections.board.overdue')}
          testId="board-overdue-remedies"
        />
      </Stack>
    </Card>
  );
}
