import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { IconCornerDownRight, IconFileImport, IconPlus, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useSearchParams } from 'react-router';
import { ZUuid } from '../../../contracts/common';
import { TASK_STATUSES, type TaskStatus } from '../../../domain/par/tasks';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { capabilities, useSession } from '../auth/session';
import { AssignTaskDialog } from './AssignTaskDialog';
import { type TaskSummaryDto, useParLive, usePlans, useTasks } from './api';
import { TaskStatusBadge } from './badges';
import { ProgressSheetDialog, TaskImportDialog } from './TaskSheetsDialogs';

const PAGE_SIZE = 50;
/** The value of the "all" option of the filters (the address leaves it out). */
const ALL = 'all';

/** The list as the address bar keeps it (?status=&mine=&plan=&page=): reload and back return to it. */
interface TaskSearch {
  readonly status: TaskStatus | null;
  readonly mine: boolean;
  readonly plan: string | null;
  /** 1-based. */
  readonly page: number;
}

const isStatus = (v: string | null): v is TaskStatus => TASK_STATUSES.some((s) => s === v);

function parseTaskSearch(params: URLSearchParams): TaskSearch {
  const status = params.get('status');
  const plan = params.get('plan');
  const page = Number(params.get('page'));
  return {
    status: isStatus(status) ? status : null,
    mine: params.get('mine') === 'true',
    plan: ZUuid.safeParse(plan).success ? plan : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

function taskSearchParams(search: TaskSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.status) params.set('status', search.status);
  if (search.mine) params.set('mine', 'true');
  if (search.plan) params.set('plan', search.plan);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** Nhiệm vụ CCHC: the tasks the caller assigned, leads or shares, filtered and paged on the server. */
export function TasksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const canAssign = session ? capabilities(session).assignParTasks : false;
  const [params, setParams] = useSearchParams();
  const search = parseTaskSearch(params);
  const [assigning, setAssigning] = useState(false);
  const [sheet, setSheet] = useState<'progress' | 'tasks' | null>(null);
  useParLive();
  const plans = usePlans();
  const list = useTasks({
    status: search.status ?? undefined,
    mine: search.mine ? 'true' : undefined,
    plan: search.plan ?? undefined,
    limit: PAGE_SIZE,
    offset: (search.page - 1) * PAGE_SIZE,
  });
  /** A new filter starts on its first page. */
  const update = (patch: Partial<TaskSearch>) =>
    setParams((prev) => taskSearchParams({ ...parseTaskSearch(prev), page: 1, ...patch }));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageTitle
        actions={
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconTableImport size={16} aria-hidden />}
              onClick={() => setSheet('progress')}
              data-testid="progress-sheet"
            >
              {t('par.tasks.sheets.progressOpen')}
            </Button>
            {canAssign && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={() => setSheet('tasks')}
                data-testid="import-tasks"
              >
                {t('par.tasks.sheets.importOpen')}
              </Button>
            )}
            {canAssign && (
              <Button
                size="xs"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setAssigning(true)}
                data-testid="assign-task"
              >
                {t('par.tasks.assign.open')}
              </Button>
            )}
          </Group>
        }
      >
        {t('par.tasks.list.title')}
      </PageTitle>
      <Stack gap="md">
        <Text size="sm">{t('par.tasks.list.intro')}</Text>
        <Paper withBorder p="md" role="search" aria-label={t('par.tasks.list.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
            <Select
              label={t('par.board.status')}
              data={[
                { value: ALL, label: t('par.tasks.list.allStatuses') },
                ...TASK_STATUSES.map((s) => ({ value: s, label: t(`par.taskStatus.${s}`) })),
              ]}
              value={search.status ?? ALL}
              onChange={(v) => update({ status: isStatus(v) ? v : null })}
              allowDeselect={false}
              data-testid="task-status-filter"
            />
            <Select
              label={t('par.board.plan')}
              searchable
              data={[
                { value: ALL, label: t('par.board.allPlans') },
                ...(plans.data?.plans ?? []).map((p) => ({ value: p.id, label: p.title })),
              ]}
              value={search.plan ?? ALL}
              onChange={(v) => update({ plan: v && v !== ALL ? v : null })}
              allowDeselect={false}
            />
            <Switch
              label={t('par.tasks.list.mine')}
              description={t('par.tasks.list.mineHint')}
              checked={search.mine}
              onChange={(e) => update({ mine: e.currentTarget.checked })}
              mt={{ base: 0, sm: 'xl' }}
              data-testid="task-mine-filter"
            />
          </SimpleGrid>
        </Paper>
        {list.isError && <ProblemAlert error={list.error} />}
        <Group gap="xs" aria-live="polite" mih={28}>
          {data && (
            <Text fw={600} data-testid="task-count">
              {t('par.tasks.list.count', { count: data.total, formatted: fmt.number(data.total) })}
            </Text>
          )}
          {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {data && data.tasks.length === 0 && (
          <Paper withBorder p="lg" ta="center">
            <Text>{t('par.tasks.list.empty')}</Text>
          </Paper>
        )}
        {data && data.tasks.length > 0 && <TaskTable tasks={data.tasks} />}
        {pages > 1 && (
          <Pager
            total={pages}
            value={search.page}
            onChange={(page) => {
              update({ page });
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Stack>
      {canAssign && <AssignTaskDialog opened={assigning} onClose={() => setAssigning(false)} />}
      <ProgressSheetDialog opened={sheet === 'progress'} onClose={() => setSheet(null)} />
      {canAssign && <TaskImportDialog opened={sheet === 'tasks'} onClose={() => setSheet(null)} />}
    </>
  );
}

function TaskTable({ tasks }: { tasks: readonly TaskSummaryDto[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={800}>
        <Table aria-label={t('par.tasks.list.table')} verticalSpacing="xs" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('par.board.task')}</Table.Th>
              <Table.Th scope="col">{t('par.board.unit')}</Table.Th>
              <Table.Th scope="col">{t('par.board.due')}</Table.Th>
              <Table.Th scope="col" w={140}>
                {t('par.board.progress')}
              </Table.Th>
              <Table.Th scope="col" w={190}>
                {t('par.board.status')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => (
              <TaskRow key={task.id} task={task} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function TaskRow({ task }: { task: TaskSummaryDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const subtask = task.parentId !== null;
  return (
    <Table.Tr data-testid="task-row">
      <Table.Td>
        {/* A subtask is indented under an arrow and named as such (not by the indent alone). */}
        <Group gap={6} wrap="nowrap" align="flex-start" pl={subtask ? 'lg' : 0}>
          {subtask && <IconCornerDownRight size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />}
          <Stack gap={2}>
            {subtask && (
              <Text size="xs" c="dimmed">
                {t('par.tasks.list.subtask')}
              </Text>
            )}
            <Anchor
              component={Link}
              to={generatePath(paths.parTask, { id: task.id })}
              fw={600}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
              data-testid="task-link"
            >
              {task.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {task.sourceDocument}
            </Text>
            {task.subtaskCount > 0 && (
              <Text size="xs">{t('par.tasks.list.subtaskCount', { count: task.subtaskCount })}</Text>
            )}
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{task.leadUnit.name}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{fmt.day(task.dueDate)}</Text>
        {task.originalDueDate !== task.dueDate && (
          <Text size="xs" c="dimmed">
            {t('par.tasks.list.extendedFrom')} <s>{fmt.day(task.originalDueDate)}</s>
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={task.progressPercent}
            aria-label={t('par.tasks.list.progressOf', { title: task.title })}
            size="md"
            flex={1}
            miw={60}
          />
          <Text size="sm" w={40} ta="right">
            {t('par.tasks.percent', { value: task.progressPercent })}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <TaskStatusBadge status={task.status} />
          {task.extensionPending && (
            <Badge color="yellow.3" autoContrast size="sm" tt="none">
              {t('par.tasks.list.extensionPending')}
            </Badge>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
