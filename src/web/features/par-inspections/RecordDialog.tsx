import {
  ActionIcon,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRemedyDueDate, remedyDueDateProblem } from '../../../domain/par/inspections';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince, viCollator } from '../../i18n/format';
import { useUnitDirectory } from '../dossiers/api';
import { serverFieldError } from '../par/AssignTaskDialog';
import { type InspectionDto, type InspectionPlanDto, useRecordInspection } from './api';

interface FindingDraft {
  readonly key: number;
  readonly finding: string;
  readonly remedy: string;
  readonly ownerUnitId: string;
  readonly dueDate: string;
}

/** Ghi kết quả kiểm tra: the record of an inspection carried out, with the findings and their remedies. */
export function RecordDialog({
  plan,
  inspection,
  onClose,
}: {
  plan: InspectionPlanDto;
  inspection: InspectionDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Dialog
      opened={inspection !== null}
      onClose={onClose}
      title={inspection ? t('parInspections.record.title', { unit: inspection.unit.name }) : ''}
      size="xl"
      fullScreen={phone}
    >
      {inspection && <RecordForm plan={plan} inspection={inspection} onDone={onClose} />}
    </Dialog>
  );
}

function RecordForm({
  plan,
  inspection,
  onDone,
}: {
  plan: InspectionPlanDto;
  inspection: InspectionDto;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordInspection(plan.id);
  const units = useUnitDirectory();
  const today = todayInProvince();
  const [version] = useState(inspection.version);
  const [conductedOn, setConductedOn] = useState(
    today < inspection.scheduledOn ? today : inspection.scheduledOn,
  );
  const [recordNumber, setRecordNumber] = useState('');
  const [conclusion, setConclusion] = useState('');
  const [findings, setFindings] = useState<FindingDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [tried, setTried] = useState(false);
  const lastDay = defaultRemedyDueDate(plan.year);
  const owners = (units.data?.units ?? [])
    .filter((u) => u.validTo === null && u.kind !== 'desk')
    .map((u) => ({ value: u.id, label: u.name }))
    .sort((a, b) => viCollator.compare(a.label, b.label));

  const required = (value: string) => (tried && value.trim() === '' ? t('common.requiredField') : undefined);
  const dueProblem = (due: string) =>
    due !== '' && remedyDueDateProblem(due, { year: plan.year, today }) !== null
      ? t('parInspections.record.dueInvalid', { year: plan.year })
      : undefined;
  const future = conductedOn > today;
  const complete =
    conductedOn !== '' &&
    !future &&
    recordNumber.trim() !== '' &&
    conclusion.trim() !== '' &&
    findings.every((f) => f.finding.trim() !== '' && f.remedy.trim() !== '' && !dueProblem(f.dueDate));

  const change = (key: number, patch: Partial<FindingDraft>) =>
    setFindings((list) => list.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  const add = () => {
    setFindings((list) => [
      ...list,
      { key: nextKey, finding: '', remedy: '', ownerUnitId: inspection.unit.id, dueDate: '' },
    ]);
    setNextKey((k) => k + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!complete) return;
    record.mutate(
      {
        inspectionId: inspection.id,
        body: {
          version,
          conductedOn,
          recordNumber: recordNumber.trim(),
          conclusion: conclusion.trim(),
          findings: findings.map((f) => ({
            finding: f.finding.trim(),
            remedy: f.remedy.trim(),
            ...(f.ownerUnitId !== inspection.unit.id ? { ownerUnitId: f.ownerUnitId } : {}),
            ...(f.dueDate ? { dueDate: f.dueDate } : {}),
          })),
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            required
            label={t('parInspections.record.conductedOn')}
            min={`${plan.year}-01-01`}
            max={today < lastDay ? today : lastDay}
            value={conductedOn}
            onChange={(value) => setConductedOn(value)}
            error={
              future
                ? t('parInspections.record.futureDate')
                : (required(conductedOn) ?? serverFieldError(record.error, 'conductedOn'))
            }
          />
          <TextInput
            required
            label={t('parInspections.record.recordNumber')}
            placeholder="12/BB-ĐKT"
            value={recordNumber}
            maxLength={60}
            onChange={(e) => setRecordNumber(e.currentTarget.value)}
            error={required(recordNumber)}
          />
        </SimpleGrid>
        <Textarea
          required
          label={t('parInspections.record.conclusion')}
          value={conclusion}
          maxLength={8000}
          autosize
          minRows={3}
          onChange={(e) => setConclusion(e.currentTarget.value)}
          error={required(conclusion)}
        />
        <Title order={3} size="h5">
          {t('parInspections.record.findings')}
        </Title>
        {findings.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('parInspections.record.none')}
          </Text>
        )}
        {findings.map((f, index) => (
          <Card
            withBorder
            padding="sm"
            key={f.key}
            role="group"
            aria-labelledby={`finding-draft-${f.key}`}
            data-testid="finding-draft"
          >
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm" id={`finding-draft-${f.key}`}>
                {t('parInspections.record.findingN', { n: index + 1 })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red.8"
                onClick={() => setFindings((list) => list.filter((x) => x.key !== f.key))}
                aria-label={t('parInspections.record.removeOne', { n: index + 1 })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            <Stack gap="xs">
              <Textarea
                required
                label={t('parInspections.record.finding')}
                value={f.finding}
                maxLength={4000}
                autosize
                minRows={2}
                onChange={(e) => change(f.key, { finding: e.currentTarget.value })}
                error={required(f.finding)}
              />
              <Textarea
                required
                label={t('parInspections.record.remedy')}
                value={f.remedy}
                maxLength={4000}
                autosize
                minRows={2}
                onChange={(e) => change(f.key, { remedy: e.currentTarget.value })}
                error={required(f.remedy)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  searchable
                  label={t('parInspections.record.owner')}
                  description={t('parInspections.record.ownerHint')}
                  data={owners}
                  value={f.ownerUnitId}
                  onChange={(v) => change(f.key, { ownerUnitId: v ?? inspection.unit.id })}
                  allowDeselect={false}
                  error={serverFieldError(record.error, `findings.${index}.ownerUnitId`)}
                />
                <DateField
                  label={t('parInspections.record.dueDate')}
                  description={t('parInspections.record.dueHint', { year: plan.year })}
                  min={today}
                  max={lastDay}
                  value={f.dueDate}
                  onChange={(value) => change(f.key, { dueDate: value })}
                  error={dueProblem(f.dueDate) ?? serverFieldError(record.error, `findings.${index}.dueDate`)}
                />
              </SimpleGrid>
            </Stack>
          </Card>
        ))}
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={add}
          w="fit-content"
          data-testid="add-finding"
        >
          {t('parInspections.record.add')}
        </Button>
        {record.isError && <ProblemAlert error={record.error} withFieldErrors={false} />}
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending} data-testid="record-submit">
            {t('parInspections.record.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
