import {
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useSearchParams } from 'react-router';
import { PAR_AREAS } from '../../../contracts/par';
import { TASK_STATUSES } from '../../../domain/par/tasks';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { InspectionsOnBoard } from '../par-inspections/InspectionsOnBoard';
import { ReportsOnBoard } from '../par-reports/ReportsOnBoard';
import { type BoardDto, type BoardFilters, type TaskSummaryDto, useBoard, useParLive, usePlans } from './api';
import { TASK_STATUS_COLORS, TaskStatusBadge } from './badges';

/**
 * The leaders' board of the tasks the People's Committee assigned (seed 004, target 18: "hiển thị
 * theo thời gian thực"): counts by status, each lead unit's completion and on-time rates, the
 * overdue tasks and those due soon. Updated live by the server's stream, without a reload.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const filters: BoardFilters = {
    plan: params.get('plan') ?? undefined,
    area: (PAR_AREAS as readonly string[]).includes(params.get('area') ?? '')
      ? (params.get('area') as BoardFilters['area'])
      : undefined,
    unit: params.get('unit') ?? undefined,
  };
  const board = useBoard(filters);
  const plans = usePlans();
  useParLive();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const data = board.data;

  return (
    <Stack gap="lg">
      <PageTitle>{t('par.board.title')}</PageTitle>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('par.board.intro')}
        </Text>
        {data && (
          <Badge
            color="teal.9"
            variant="filled"
            tt="none"
            data-testid="board-live"
            data-revision={data.revision}
          >
            {t('par.live')} · {t('par.board.asOf', { time: fmt.dateTime(data.asOf) })}
          </Badge>
        )}
      </Group>
      <Group gap="sm" wrap="wrap" role="group" aria-label={t('par.board.filters')}>
        <Select
          label={t('par.board.plan')}
          data={[
            { value: '', label: t('par.board.allPlans') },
            ...(plans.data?.plans ?? []).map((p) => ({
              value: p.id,
              label: `${p.documentNumber} — ${p.title}`,
            })),
          ]}
          value={filters.plan ?? ''}
          onChange={(v) => set('plan', v)}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('par.board.area')}
          data={[
            { value: '', label: t('par.board.allAreas') },
            ...PAR_AREAS.map((a) => ({ value: a, label: t(`par.areas.${a}`) })),
          ]}
          value={filters.area ?? ''}
          onChange={(v) => set('area', v)}
          allowDeselect={false}
          w={{ base: '100%', sm: 260 }}
        />
        {filters.unit && (
          <Anchor component="button" type="button" size="sm" onClick={() => set('unit', null)}>
            {t('par.board.allUnits')}
          </Anchor>
        )}
      </Group>
      {board.isError && <ProblemAlert error={board.error} />}
      {!data && board.isPending && <Loader aria-label={t('common.loading')} />}
      {data && <BoardBody data={data} onUnit={(id) => set('unit', id)} />}
      <InspectionsOnBoard />
      <ReportsOnBoard />
    </Stack>
  );
}

function BoardBody({ data, onUnit }: { data: BoardDto; onUnit: (unitId: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { counts } = data;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
        <Figure label={t('par.board.total')} value={fmt.number(counts.total)} testId="board-total" />
        {TASK_STATUSES.map((status) => (
          <Figure
            key={status}
            label={t(`par.taskStatus.${status}`)}
            value={fmt.number(counts.byStatus[status] ?? 0)}
            color={TASK_STATUS_COLORS[status]}
            testId={`board-${status}`}
          />
        ))}
        <Figure
          label={t('par.board.completionRate')}
          value={fmt.rate(counts.completionRate)}
          testId="board-completion"
        />
      </SimpleGrid>
      <TaskTable title={t('par.board.overdue')} tasks={data.overdue} testId="board-overdue-list" />
      <TaskTable title={t('par.board.dueSoon')} tasks={data.dueSoon} testId="board-due-soon-list" />
      <section aria-labelledby="by-unit-heading">
        <Title order={2} size="h4" id="by-unit-heading" mb="xs">
          {t('par.board.byUnit')}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder data-testid="board-by-unit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('par.board.unit')}</Table.Th>
                <Table.Th ta="right">{t('par.board.total')}</Table.Th>
                {TASK_STATUSES.map((s) => (
                  <Table.Th key={s} ta="right">
                    {t(`par.taskStatus.${s}`)}
                  </Table.Th>
                ))}
                <Table.Th>{t('par.board.completionRate')}</Table.Th>
                <Table.Th ta="right">{t('par.board.onTimeRate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.byUnit.map(({ unit, counts: c }) => (
                <Table.Tr key={unit.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" onClick={() => onUnit(unit.id)}>
                      {unit.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{fmt.number(c.total)}</Table.Td>
                  {TASK_STATUSES.map((s) => (
                    <Table.Td key={s} ta="right">
                      {fmt.number(c.byStatus[s] ?? 0)}
                    </Table.Td>
                  ))}
                  <Table.Td miw={140}>
                    <Group gap={6} wrap="nowrap">
                      <Progress
                        value={(c.completionRate ?? 0) / 100}
                        w={70}
                        aria-label={`${t('par.board.completionRate')} ${unit.name}`}
                      />
                      <Text size="sm">{fmt.rate(c.completionRate)}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{fmt.rate(c.onTimeRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
    </>
  );
}

function Figure({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: string;
  color?: string;
  testId: string;
}) {
  return (
    <Paper
      withBorder
      p="sm"
      style={color ? { borderLeft: `4px solid var(--mantine-color-${color.replace('.', '-')})` } : undefined}
    >
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function TaskTable({
  title,
  tasks,
  testId,
}: {
  title: string;
  tasks: readonly TaskSummaryDto[];
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('par.board.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid={testId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('par.board.task')}</Table.Th>
                <Table.Th>{t('par.board.unit')}</Table.Th>
                <Table.Th>{t('par.board.due')}</Table.Th>
                <Table.Th>{t('par.board.progress')}</Table.Th>
                <Table.Th>{t('par.board.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>
                    <Anchor component={Link} to={generatePath(paths.parTask, { id: task.id })} size="sm">
                      {task.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{task.leadUnit.name}</Table.Td>
                  <Table.Td>{fmt.day(task.dueDate)}</Table.Td>
                  <Table.Td>{fmt.number(task.progressPercent)}%</Table.Td>
                  <Table.Td>
                    <TaskStatusBadge status={task.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
