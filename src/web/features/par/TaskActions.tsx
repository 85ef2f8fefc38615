import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extensionProblem } from '../../../domain/par/tasks';
import { ProblemError } from '../../api/client';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { todayInProvince } from '../../i18n/format';
import { serverFieldError } from './AssignTaskDialog';
import { PAR, type TaskAction, type TaskDetailDto, useTaskCommand } from './api';

/** The forms a task offers; two of them (grant, refuse) send the same command. */
type TaskForm = 'progress' | 'extension' | 'complete' | 'contribute' | 'grant' | 'refuse';

const COMMAND_OF: Record<TaskForm, TaskAction> = {
  progress: 'progress',
  extension: 'extension',
  complete: 'complete',
  contribute: 'contributions',
  grant: 'extension/decision',
  refuse: 'extension/decision',
};

const TEST_IDS: Record<TaskForm, string> = {
  progress: 'report-progress',
  extension: 'request-extension',
  complete: 'complete-task',
  contribute: 'record-contribution',
  grant: 'grant-extension',
  refuse: 'refuse-extension',
};

/** The most a progress report may say: 100 % is reported by completing the task. */
const MAX_REPORTED_PERCENT = 99;

/** What the server lets the caller do now (`detail.can`), on an open task. */
function formsFor(task: TaskDetailDto): TaskForm[] {
  if (task.completedAt !== null) return [];
  const forms: TaskForm[] = [];
  if (task.can.update)
    forms.push('progress', ...(task.pendingExtension ? [] : ['extension' as const]), 'complete');
  if (task.can.contribute) forms.push('contribute');
  if (task.can.decide && task.pendingExtension) forms.push('grant', 'refuse');
  return forms;
}

interface Values {
  readonly percent: number | string;
  readonly note: string;
  readonly dueDate: string;
  readonly text: string;
}

/**
 * The request body of a form. The version is the one the form was opened on: the page refreshes
 * live, so the task's current version would let a change made meanwhile pass unseen.
 */
function bodyOf(form: TaskForm, version: number, v: Values): Record<string, unknown> {
  switch (form) {
    case 'progress':
      return { version, percent: Number(v.percent), note: v.note.trim() };
    case 'extension':
      return { version, dueDate: v.dueDate, reason: v.text.trim() };
    case 'complete':
      return { version, output: v.text.trim() };
    case 'contribute':
      // A contribution only adds a note to the history: the contract takes no version.
      return { note: v.note.trim() };
    case 'grant':
    case 'refuse':
      return { version, grant: form === 'grant', note: v.note.trim() };
  }
}

/**
 * The buttons of what the caller may do on the task, each opening a small form. A 409 because
 * someone else changed the task closes the form, shows the server's message and fetches it again.
 */
export function TaskActions({ task }: { task: TaskDetailDto }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const command = useTaskCommand(task.id);
  const [open, setOpen] = useState<TaskForm | null>(null);
  const [done, setDone] = useState<TaskForm | null>(null);
  const [conflict, setConflict] = useState<ProblemError | null>(null);
  const forms = formsFor(task);

  const start = (form: TaskForm) => {
    command.reset();
    setDone(null);
    setConflict(null);
    setOpen(form);
  };
  const submit = (form: TaskForm, version: number, values: Values) =>
    command.mutate(
      { action: COMMAND_OF[form], body: bodyOf(form, version, values) },
      {
        onSuccess: () => {
          setOpen(null);
          setDone(form);
        },
        onError: (error) => {
          if (!(error instanceof ProblemError) || error.status !== 409) return;
          void queryClient.invalidateQueries({ queryKey: [PAR] });
          if (error.code === 'version_conflict') {
            setOpen(null);
            setConflict(error);
          }
        },
      },
    );

  return (
    <Stack gap="sm">
      {conflict && <ProblemAlert error={conflict} title={t('par.tasks.actions.changed')} />}
      {done && <SuccessAlert>{t(`par.tasks.actions.done.${done}`)}</SuccessAlert>}
      {forms.length === 0 ? (
        <Text size="sm" c="dimmed">
          {task.completedAt !== null ? t('par.tasks.actions.finished') : t('par.tasks.actions.none')}
        </Text>
      ) : (
        <Group gap="xs" wrap="wrap" data-testid="task-actions">
          {forms.map((form) => (
            <Button
              key={form}
              size="sm"
              variant={form === 'progress' || form === 'grant' ? 'filled' : 'default'}
              color={form === 'refuse' ? 'red.8' : undefined}
              onClick={() => start(form)}
              data-testid={TEST_IDS[form]}
            >
              {t(`par.tasks.actions.${form}`)}
            </Button>
          ))}
        </Group>
      )}
      {/* A form whose ground went away (e.g. the extension was decided meanwhile) closes itself. */}
      {open !== null && forms.includes(open) && (
        <TaskActionDialog
          key={open}
          form={open}
          task={task}
          pending={command.isPending}
          error={command.error}
          onClose={() => {
            setOpen(null);
            command.reset();
          }}
          onSubmit={(version, values) => submit(open, version, values)}
        />
      )}
    </Stack>
  );
}

function TaskActionDialog({
  form,
  task,
  pending,
  error,
  onClose,
  onSubmit,
}: {
  form: TaskForm;
  task: TaskDetailDto;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (version: number, values: Values) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [version] = useState(task.version);
  const [values, setValues] = useState<Values>({
    percent: Math.min(task.progressPercent, MAX_REPORTED_PERCENT),
    note: '',
    dueDate: '',
    text: '',
  });
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const today = todayInProvince();
  const percent = Number(values.percent);
  const blank = (s: string) => s.trim() === '';

  const problems = {
    percent:
      form === 'progress' &&
      (values.percent === '' || !Number.isInteger(percent) || percent < 0 || percent > MAX_REPORTED_PERCENT)
        ? t('par.tasks.actions.percentInvalid')
        : null,
    note:
      (form === 'progress' || form === 'contribute') && blank(values.note) ? t('common.requiredField') : null,
    dueDate:
      form !== 'extension'
        ? null
        : values.dueDate === ''
          ? t('common.requiredField')
          : (() => {
              const problem = extensionProblem(task.dueDate, values.dueDate, today);
              return problem ? t(`par.tasks.actions.extensionProblems.${problem}`) : null;
            })(),
    text:
      (form === 'extension' || form === 'complete') && blank(values.text) ? t('common.requiredField') : null,
  };
  const shown = (key: keyof typeof problems, field: string) =>
    (tried ? problems[key] : null) ?? serverFieldError(error, field);

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).every((p) => p === null)) onSubmit(version, values);
  };
  const pendingDue = task.pendingExtension?.dueDate;

  return (
    <Dialog opened onClose={onClose} title={t(`par.tasks.actions.${form}`)} size="lg">
      <form onSubmit={confirm} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {task.title}
          </Text>
          {form === 'progress' && (
            <NumberInput
              data-autofocus
              required
              label={t('par.tasks.actions.percent')}
              description={t('par.tasks.actions.percentHint')}
              min={0}
              max={MAX_REPORTED_PERCENT}
              step={5}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              suffix="%"
              value={values.percent}
              onChange={(percent) => set({ percent })}
              error={shown('percent', 'percent')}
            />
          )}
          {form === 'extension' && (
            <DateField
              data-autofocus
              required
              label={t('par.tasks.actions.newDueDate')}
              description={t('par.tasks.actions.currentDue', { date: fmt.day(task.dueDate) })}
              min={today > task.dueDate ? today : task.dueDate}
              value={values.dueDate}
              onChange={(value) => set({ dueDate: value })}
              error={shown('dueDate', 'dueDate')}
            />
          )}
          {(form === 'grant' || form === 'refuse') && pendingDue && (
            <Text size="sm">
              {form === 'grant'
                ? t('par.tasks.actions.grantText', { date: fmt.day(pendingDue) })
                : t('par.tasks.actions.refuseText', { date: fmt.day(task.dueDate) })}
            </Text>
          )}
          {(form === 'extension' || form === 'complete') && (
            <Textarea
              data-autofocus={form === 'complete' ? true : undefined}
              required
              label={form === 'extension' ? t('par.tasks.actions.reason') : t('par.tasks.actions.output')}
              description={form === 'complete' ? t('par.tasks.actions.outputHint') : undefined}
              value={values.text}
              maxLength={form === 'extension' ? 2000 : 4000}
              autosize
              minRows={3}
              onChange={(e) => set({ text: e.currentTarget.value })}
              error={shown('text', form === 'extension' ? 'reason' : 'output')}
            />
          )}
          {form !== 'extension' && form !== 'complete' && (
            <Textarea
              data-autofocus={
                form === 'contribute' || form === 'grant' || form === 'refuse' ? true : undefined
              }
              required={form === 'progress' || form === 'contribute'}
              label={t(`par.tasks.actions.noteLabel.${form}`)}
              value={values.note}
              maxLength={form === 'grant' || form === 'refuse' ? 2000 : 4000}
              autosize
              minRows={3}
              onChange={(e) => set({ note: e.currentTarget.value })}
              error={shown('note', 'note')}
            />
          )}
          {error ? <ProblemAlert error={error} /> : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={pending}
              color={form === 'refuse' ? 'red.8' : undefined}
              data-testid="task-action-submit"
            >
              {t(`par.tasks.actions.submit.${form}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
