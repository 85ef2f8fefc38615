import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { DateTimeField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { ChecklistEditor } from './ChecklistEditor';
import {
  type ActionValues,
  actionSpec,
  type DossierAction,
  sendBackTargets,
  valuesProblems,
} from './dossier-commands';
import { MissingDocumentsField } from './MissingDocumentsField';
import type { Delivery, Dossier } from './types';

const DELIVERIES: readonly Delivery[] = ['counter', 'postal', 'electronic'];

/** The API's message for a field of the request body (`body.reason`, `body.missing.0.name`, …). */
function serverError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ProblemError)) return undefined;
  return error.errors.find((e) => e.path === `body.${field}` || e.path.startsWith(`body.${field}.`))?.message;
}

/** The small form of one action: only the fields that command needs. */
export function ActionDialog({
  dossier,
  action,
  values,
  onValues,
  units,
  pending,
  error,
  onClose,
  onConfirm,
}: {
  dossier: Dossier;
  action: DossierAction | null;
  values: ActionValues;
  onValues: (values: ActionValues) => void;
  /** Units that can take an inter-agency part (the current step's unit left out). */
  units: readonly { id: string; name: string }[];
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [tried, setTried] = useState(false);
  if (action === null) return null;
  const fields = actionSpec(action, dossier.state).fields;
  const problems = tried ? valuesProblems(action, dossier.state, values) : {};
  const problem = (key: keyof typeof problems, field: string = key) => {
    const code = problems[key];
    return code ? t(`dossiers.problems.${code}`) : serverError(error, field);
  };
  const set = (patch: Partial<ActionValues>) => onValues({ ...values, ...patch });
  const targets = sendBackTargets(dossier.steps);
  const danger = actionSpec(action, dossier.state).tone === 'danger';

  return (
    <Dialog
      opened
      onClose={onClose}
      size="lg"
      title={t('dossiers.dialog.title', { action: t(`dossiers.actions.${action}`), code: dossier.code })}
    >
      <Stack gap="sm">
        {action === 'receive' && <Text size="sm">{t('dossiers.dialog.receiveText')}</Text>}
        {fields.includes('documents') && (
          <Text size="sm" fw={500}>
            {t('dossiers.dialog.documents')}
          </Text>
        )}
        {fields.includes('documents') && (
          <ChecklistEditor
            lines={values.documents}
            fixedLines={dossier.documents.length}
            onChange={(documents) => set({ documents })}
            error={serverError(error, 'documents')}
          />
        )}
        {fields.includes('missing') && (
          <MissingDocumentsField
            documents={dossier.documents}
            value={values.missing}
            onChange={(missing) => set({ missing })}
            error={problem('missing')}
          />
        )}
        {fields.includes('delivery') && (
          <Radio.Group
            label={t('dossiers.dialog.delivery')}
            value={values.delivery}
            onChange={(v) => set({ delivery: DELIVERIES.find((d) => d === v) ?? 'counter' })}
          >
            <Stack gap={6} mt={4}>
              {DELIVERIES.map((d) => (
                <Radio key={d} value={d} label={t(`dossiers.delivery.${d}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {fields.includes('paperResult') && dossier.files.length === 0 && (
          <Checkbox
            label={t('dossiers.dialog.paperResult')}
            description={t('dossiers.dialog.paperResultHint')}
            checked={values.paperResult}
            onChange={(e) => set({ paperResult: e.currentTarget.checked })}
          />
        )}
        {fields.includes('newAppointment') && (
          <DateTimeField
            data-autofocus
            required
            label={t('dossiers.dialog.newAppointment')}
            description={[
              dossier.appointmentAt
                ? t('dossiers.dialog.currentAppointment', { date: fmt.dateTime(dossier.appointmentAt) })
                : '',
              t('dossiers.dialog.newAppointmentHint'),
            ]
              .filter(Boolean)
              .join(' ')}
            value={values.newAppointment}
            onChange={(value) => set({ newAppointment: value })}
            error={problem('newAppointment', 'newAppointmentAt')}
          />
        )}
        {fields.includes('toStep') &&
          (targets.length === 0 ? (
            <Text size="sm">{t('dossiers.dialog.noEarlierStep')}</Text>
          ) : (
            <Select
              data-autofocus
              required
              label={t('dossiers.dialog.toStep')}
              data={targets.map((s) => ({ value: String(s.index), label: s.name }))}
              value={values.toStep === null ? null : String(values.toStep)}
              onChange={(v) => set({ toStep: v === null ? null : Number(v) })}
              error={problem('toStep')}
            />
          ))}
        {fields.includes('interAgency') && (
          <>
            <Select
              data-autofocus
              required
              searchable
              label={t('dossiers.dialog.unit')}
              placeholder={t('dossiers.dialog.unitPlaceholder')}
              nothingFoundMessage={t('dossiers.dialog.noUnits')}
              data={units.map((u) => ({ value: u.id, label: u.name }))}
              value={values.unitId}
              onChange={(unitId) => set({ unitId })}
              error={problem('unitId')}
            />
            <TextInput
              required
              label={t('dossiers.dialog.task')}
              value={values.task}
              maxLength={300}
              onChange={(e) => set({ task: e.currentTarget.value })}
              error={problem('task')}
            />
            <NumberInput
              required
              label={t('dossiers.dialog.workingDays')}
              min={0.5}
              max={60}
              step={0.5}
              decimalScale={1}
              value={values.workingDays}
              onChange={(v) => set({ workingDays: typeof v === 'number' ? v : 0 })}
              error={problem('workingDays')}
            />
          </>
        )}
        {fields.includes('reason') && (
          <Textarea
            data-autofocus={fields[0] === 'reason' ? true : undefined}
            required
            label={t('dossiers.dialog.reason')}
            value={values.reason}
            maxLength={2000}
            autosize
            minRows={3}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={problem('reason')}
          />
        )}
        {fields.includes('note') && (
          <Textarea
            data-autofocus={fields[0] === 'note' ? true : undefined}
            label={t('dossiers.dialog.note')}
            value={values.note}
            maxLength={2000}
            autosize
            minRows={2}
            onChange={(e) => set({ note: e.currentTarget.value })}
            error={serverError(error, 'note')}
          />
        )}
        {error ? <ProblemAlert error={error} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={danger ? 'red.8' : undefined}
            loading={pending}
            disabled={fields.includes('toStep') && targets.length === 0}
            onClick={() => {
              setTried(true);
              if (Object.keys(valuesProblems(action, dossier.state, values)).length === 0) onConfirm();
            }}
          >
            {t('dossiers.dialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
