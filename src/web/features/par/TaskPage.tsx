import {
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCalendarTime, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { ProblemError } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { capabilities, useSession } from '../auth/session';
import { Facts } from '../dossiers/Facts';
import { Notice } from '../dossiers/Notice';
import { AssignTaskDialog } from './AssignTaskDialog';
import { type TaskDetailDto, useParLive, usePlans, useTask } from './api';
import { TaskStatusBadge } from './badges';
import { TaskActions } from './TaskActions';

/** One task: its facts, progress, a pending extension, subtasks, history and the caller's actions. */
export function TaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const task = useTask(id);
  const session = useSession().data;
  useParLive();

  if (task.isPending) return <Loader aria-label={t('common.loading')} />;
  if (task.isError)
    return (
      <Stack>
        <BackLink />
        {task.error instanceof ProblemError && task.error.status === 404 ? (
          <Notice color="orange" role="alert">
            {t('par.tasks.detail.notFound')}
          </Notice>
        ) : (
          <ProblemAlert error={task.error} />
        )}
      </Stack>
    );
  const d = task.data;
  // Only an open top-level task takes subtasks (the API refuses deeper nesting).
  const canAssignSubtask =
    (session ? capabilities(session).assignParTasks : false) && d.parentId === null && d.completedAt === null;
  const showSubtasks = d.subtasks.length > 0 || canAssignSubtask;
  return (
    <Stack gap="md">
      <BackLink />
      <PageTitle>{d.title}</PageTitle>
      <Group gap="sm" mt={-12} wrap="wrap">
        <TaskStatusBadge status={d.status} size="md" />
        <Text size="sm">{t(`par.assignedBy.${d.assignedBy}`)}</Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {d.sourceDocument}
        </Text>
      </Group>
      {d.parentId && (
        <Anchor component={Link} to={generatePath(paths.parTask, { id: d.parentId })} size="sm">
          {t('par.tasks.detail.parentLink')}
        </Anchor>
      )}
      <TaskProgress task={d} />
      {d.pendingExtension && <PendingExtension task={d} extension={d.pendingExtension} />}
      <Paper withBorder p="md" component="section" aria-labelledby="task-actions-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="task-actions-title">
            {t('par.tasks.actions.title')}
          </Title>
          <TaskActions task={d} />
        </Stack>
      </Paper>
      <TaskFacts task={d} />
      <SimpleGrid cols={{ base: 1, md: showSubtasks ? 2 : 1 }} spacing="md">
        <TaskHistory task={d} />
        {showSubtasks && <Subtasks task={d} canAssign={canAssignSubtask} />}
      </SimpleGrid>
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.parTasks} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('par.tasks.detail.back')}
      </Group>
    </Anchor>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function TaskProgress({ task }: { task: TaskDetailDto }) {
  const { t } = useTranslation();
  return (
    <Section id="task-progress-title" title={t('par.tasks.detail.progress')}>
      <Group gap="sm" wrap="nowrap" data-testid="task-progress">
        <Progress
          value={task.progressPercent}
          aria-label={t('par.tasks.detail.progress')}
          size="lg"
          flex={1}
        />
        <Text fw={700}>{t('par.tasks.percent', { value: task.progressPercent })}</Text>
      </Group>
      {task.progressNote ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t('par.tasks.detail.progressNote', { note: task.progressNote })}
        </Text>
      ) : (
        task.completedAt === null && <Text size="sm">{t('par.tasks.detail.noProgress')}</Text>
      )}
    </Section>
  );
}

function PendingExtension({
  task,
  extension,
}: {
  task: TaskDetailDto;
  extension: NonNullable<TaskDetailDto['pendingExtension']>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Notice
      color="yellow"
      icon={<IconCalendarTime aria-hidden />}
      title={t('par.tasks.detail.pendingExtension')}
      data-testid="pending-extension"
    >
      <Text size="sm" fw={700}>
        {t('par.tasks.detail.pendingNewDate', {
          date: fmt.day(extension.dueDate),
          current: fmt.day(task.dueDate),
        })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {t('par.tasks.detail.pendingReason', { reason: extension.reason })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('par.tasks.detail.pendingBy', { name: extension.byName, time: fmt.dateTime(extension.at) })}
      </Text>
    </Notice>
  );
}

function TaskFacts({ task }: { task: TaskDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const plan = usePlans().data?.plans.find((p) => p.id === task.planId);
  const open = task.completedAt === null;
  const daysLeft =
    task.status === 'overdue'
      ? t('par.tasks.detail.pastDue')
      : open && task.workingDaysLeft > 0
        ? t('par.tasks.detail.workingDaysLeft', { count: task.workingDaysLeft })
        : null;
  const items: [string, ReactNode][] = [
    [t('par.tasks.detail.assignedBy'), t(`par.assignedBy.${task.assignedBy}`)],
    [t('par.tasks.detail.sourceDocument'), task.sourceDocument],
    [t('par.tasks.detail.assigningUnit'), task.assigningUnit.name],
    [t('par.tasks.detail.leadUnit'), task.leadUnit.name],
    [
      t('par.tasks.detail.cooperatingUnits'),
      task.cooperatingUnits.length > 0
        ? task.cooperatingUnits.map((u) => u.name).join('; ')
        : t('par.tasks.detail.noUnits'),
    ],
    [
      t('par.tasks.detail.dueDate'),
      <span key="due" data-testid="task-due">
        {fmt.day(task.dueDate)}
        {daysLeft && ` (${daysLeft})`}
      </span>,
    ],
  ];
  if (task.originalDueDate !== task.dueDate)
    items.push([
      t('par.tasks.detail.originalDueDate'),
      <s key="original">{fmt.day(task.originalDueDate)}</s>,
    ]);
  if (plan) items.push([t('par.tasks.detail.plan'), `${plan.title} (${plan.documentNumber})`]);
  if (task.area) items.push([t('par.tasks.detail.area'), t(`par.areas.${task.area}`)]);
  items.push([t('par.tasks.detail.expectedOutput'), <Multiline key="expected" text={task.expectedOutput} />]);
  if (task.completedAt) items.push([t('par.tasks.detail.completedAt'), fmt.dateTime(task.completedAt)]);
  if (task.output) items.push([t('par.tasks.detail.output'), <Multiline key="output" text={task.output} />]);
  return (
    <Section id="task-facts-title" title={t('par.tasks.detail.info')}>
      <Facts items={items} />
    </Section>
  );
}

function Multiline({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;
}

function Subtasks({ task, canAssign }: { task: TaskDetailDto; canAssign: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [assigning, setAssigning] = useState(false);
  return (
    <Section id="task-subtasks-title" title={t('par.tasks.detail.subtasks')}>
      {task.subtasks.length === 0 && <Text size="sm">{t('par.tasks.detail.noSubtasks')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="subtasks">
        {task.subtasks.map((s) => (
          <li key={s.id}>
            <Anchor
              component={Link}
              to={generatePath(paths.parTask, { id: s.id })}
              fw={600}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
              data-testid="task-link"
            >
              {s.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {s.leadUnit.name} · {t('par.tasks.detail.dueShort', { date: fmt.day(s.dueDate) })}
            </Text>
            <Group gap="xs" wrap="nowrap" mt={4}>
              <TaskStatusBadge status={s.status} size="xs" />
              <Progress
                value={s.progressPercent}
                aria-label={t('par.tasks.list.progressOf', { title: s.title })}
                size="sm"
                flex={1}
                miw={60}
              />
              <Text size="xs">{t('par.tasks.percent', { value: s.progressPercent })}</Text>
            </Group>
          </li>
        ))}
      </Stack>
      {canAssign && (
        <>
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAssigning(true)}
              data-testid="assign-subtask"
            >
              {t('par.tasks.assign.openSubtask')}
            </Button>
          </Group>
          <AssignTaskDialog
            opened={assigning}
            onClose={() => setAssigning(false)}
            parent={{ id: task.id, title: task.title }}
          />
        </>
      )}
    </Section>
  );
}

/** Diễn biến thực hiện: every update of the task, oldest first, with who, which unit and when. */
function TaskHistory({ task }: { task: TaskDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section id="task-history-title" title={t('par.tasks.history.title')}>
      {task.updates.length === 0 && <Text size="sm">{t('par.tasks.history.empty')}</Text>}
      <Timeline
        active={task.updates.length - 1}
        bulletSize={14}
        lineWidth={2}
        color="blue.8"
        data-testid="task-history"
      >
        {task.updates.map((u) => (
          <Timeline.Item
            key={u.seq}
            title={
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {t(`par.tasks.history.kinds.${u.kind}`)}
                </Text>
                {u.percent !== null && <Text size="sm">{t('par.tasks.percent', { value: u.percent })}</Text>}
              </Group>
            }
          >
            <Text size="xs" c="dimmed">
              {fmt.dateTime(u.at)}
            </Text>
            <Text size="xs">
              {t('par.tasks.history.by', {
                actor: u.actorName ?? t('common.none'),
                unit: u.unit?.name ?? t('common.none'),
              })}
            </Text>
            {u.dueBefore && u.dueAfter && u.dueBefore !== u.dueAfter && (
              <Text size="xs">
                {t('par.tasks.history.due', { before: fmt.day(u.dueBefore), after: fmt.day(u.dueAfter) })}
              </Text>
            )}
            {u.text && (
              <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {u.text}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}
