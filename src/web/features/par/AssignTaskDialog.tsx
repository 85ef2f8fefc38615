import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { PAR_AREAS } from '../../../contracts/par';
import { ProblemError } from '../../api/client';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince, viCollator } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useUnitDirectory } from '../dossiers/api';
import { type CreateTaskInput, useCreateTask, usePlans, useTasks } from './api';

type AssignedBy = CreateTaskInput['assignedBy'];
const ASSIGNERS: readonly AssignedBy[] = ['committee', 'chairman'];

/** The API's message for one field of the request body (`body.dueDate`, `body.cooperatingUnitIds.0`…). */
export function serverFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ProblemError)) return undefined;
  return error.errors.find((e) => e.path === `body.${field}` || e.path.startsWith(`body.${field}.`))?.message;
}

/**
 * Giao nhiệm vụ: a leader or PAR officer assigns a task of the People's Committee (or its
 * Chairman) to a lead unit; `parent` makes it a subtask of that task.
 */
export function AssignTaskDialog({
  opened,
  onClose,
  parent,
}: {
  opened: boolean;
  onClose: () => void;
  parent?: { id: string; title: string };
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={parent ? t('par.tasks.assign.subtaskTitle') : t('par.tasks.assign.title')}
      size="xl"
      fullScreen={phone}
    >
      {/* Mounted per opening: a fresh form and a fresh Idempotency-Key each time. */}
      {opened && <AssignTaskForm onClose={onClose} preset={parent ?? null} />}
    </Dialog>
  );
}

function AssignTaskForm({
  onClose,
  preset,
}: {
  onClose: () => void;
  preset: { id: string; title: string } | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateTask();
  const units = useUnitDirectory();
  const plans = usePlans();
  // A subtask hangs under an open top-level task (the API refuses deeper nesting).
  const parents = useTasks({ limit: 200 });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [title, setTitle] = useState('');
  const [sourceDocument, setSourceDocument] = useState('');
  const [assignedBy, setAssignedBy] = useState<AssignedBy>('committee');
  const [leadUnitId, setLeadUnitId] = useState<string | null>(null);
  const [cooperatingUnitIds, setCooperatingUnitIds] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const [expectedOutput, setExpectedOutput] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const [area, setArea] = useState<string | null>(null);
  const [parent, setParent] = useState<string | null>(preset?.id ?? null);
  const [showErrors, setShowErrors] = useState(false);

  const today = todayInProvince();
  const duePast = dueDate !== '' && dueDate < today;
  const complete =
    title.trim() !== '' &&
    sourceDocument.trim() !== '' &&
    leadUnitId !== null &&
    dueDate !== '' &&
    !duePast &&
    expectedOutput.trim() !== '';
  const required = (missing: boolean) => (showErrors && missing ? t('common.requiredField') : null);
  const fieldError = (missing: boolean, field: string) =>
    required(missing) ?? serverFieldError(create.error, field);

  // Units in force, by name (as the dossiers' unit pickers: the search matches what people call them).
  const openUnits = (units.data?.units ?? [])
    .filter((u) => u.validTo === null)
    .map((u) => ({ value: u.id, label: u.name }))
    .sort((a, b) => viCollator.compare(a.label, b.label));
  const planOptions = (plans.data?.plans ?? []).map((p) => ({
    value: p.id,
    label: `${p.title} (${p.documentNumber})`,
  }));
  const areaOptions = PAR_AREAS.map((a) => ({ value: a, label: t(`par.areas.${a}`) }));
  const parentOptions = (parents.data?.tasks ?? [])
    .filter((task) => task.parentId === null && task.completedAt === null && task.id !== preset?.id)
    .map((task) => ({ value: task.id, label: task.title }))
    .concat(preset ? [{ value: preset.id, label: preset.title }] : [])
    .sort((a, b) => viCollator.compare(a.label, b.label));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (!complete || leadUnitId === null) return;
    create.mutate(
      {
        idempotencyKey,
        body: {
          title: title.trim(),
          sourceDocument: sourceDocument.trim(),
          assignedBy,
          leadUnitId,
          cooperatingUnitIds: cooperatingUnitIds.filter((id) => id !== leadUnitId),
          dueDate,
          expectedOutput: expectedOutput.trim(),
          planId,
          area: PAR_AREAS.find((a) => a === area) ?? null,
          parentId: parent,
        },
      },
      {
        onSuccess: (task) => {
          onClose();
          void navigate(generatePath(paths.parTask, { id: task.id }));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('par.tasks.assign.title')}>
      <Stack gap="sm">
        {units.isError && <ProblemAlert error={units.error} />}
        <Textarea
          data-autofocus
          required
          label={t('par.tasks.assign.taskTitle')}
          value={title}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(title.trim() === '', 'title')}
        />
        <TextInput
          required
          label={t('par.tasks.assign.sourceDocument')}
          description={t('par.tasks.assign.sourceDocumentHint')}
          value={sourceDocument}
          maxLength={500}
          onChange={(e) => setSourceDocument(e.currentTarget.value)}
          error={fieldError(sourceDocument.trim() === '', 'sourceDocument')}
        />
        <Radio.Group
          required
          label={t('par.tasks.assign.assignedBy')}
          value={assignedBy}
          onChange={(v) => setAssignedBy(ASSIGNERS.find((a) => a === v) ?? 'committee')}
        >
          <Group gap="md" mt={4}>
            {ASSIGNERS.map((a) => (
              <Radio key={a} value={a} label={t(`par.assignedBy.${a}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Select
          required
          searchable
          label={t('par.tasks.assign.leadUnit')}
          data={openUnits}
          value={leadUnitId}
          onChange={setLeadUnitId}
          nothingFoundMessage={t('par.tasks.assign.unitsNothing')}
          error={fieldError(leadUnitId === null, 'leadUnitId')}
        />
        <MultiSelect
          searchable
          label={t('par.tasks.assign.cooperatingUnits')}
          data={openUnits.filter((u) => u.value !== leadUnitId)}
          value={cooperatingUnitIds}
          onChange={setCooperatingUnitIds}
          nothingFoundMessage={t('par.tasks.assign.unitsNothing')}
          error={serverFieldError(create.error, 'cooperatingUnitIds')}
        />
        <DateField
          required
          label={t('par.tasks.assign.dueDate')}
          min={today}
          value={dueDate}
          onChange={(value) => setDueDate(value)}
          error={duePast ? t('par.tasks.assign.dueDatePast') : fieldError(dueDate === '', 'dueDate')}
        />
        <Textarea
          required
          label={t('par.tasks.assign.expectedOutput')}
          description={t('par.tasks.assign.expectedOutputHint')}
          value={expectedOutput}
          maxLength={2000}
          autosize
          minRows={2}
          onChange={(e) => setExpectedOutput(e.currentTarget.value)}
          error={fieldError(expectedOutput.trim() === '', 'expectedOutput')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            clearable
            searchable
            label={t('par.tasks.assign.plan')}
            placeholder={t('par.tasks.assign.noPlan')}
            data={planOptions}
            value={planId}
            onChange={setPlanId}
            error={serverFieldError(create.error, 'planId')}
          />
          <Select
            clearable
            label={t('par.tasks.assign.area')}
            placeholder={t('par.tasks.assign.noArea')}
            data={areaOptions}
            value={area}
            onChange={setArea}
          />
        </SimpleGrid>
        <Select
          clearable
          searchable
          label={t('par.tasks.assign.parent')}
          description={t('par.tasks.assign.parentHint')}
          placeholder={t('par.tasks.assign.noParent')}
          data={parentOptions}
          value={parent}
          onChange={setParent}
          nothingFoundMessage={t('par.tasks.assign.parentsNothing')}
          error={serverFieldError(create.error, 'parentId')}
        />
        {create.isError && <ProblemAlert error={create.error} />}
        {showErrors && !complete && (
          <Alert color="red" variant="light">
            {t('par.tasks.assign.incomplete')}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="assign-task-submit">
            {t('par.tasks.assign.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
