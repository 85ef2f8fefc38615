import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isInspectedLevel } from '../../../domain/par/inspections';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { viCollator } from '../../i18n/format';
import { useUnitDirectory } from '../dossiers/api';
import { serverFieldError } from '../par/AssignTaskDialog';
import { type InspectionDto, type InspectionPlanDto, useScheduleCommand } from './api';

/** Schedules a unit's inspection (`inspection` null) or moves one not yet carried out. */
export function ScheduleDialog({
  plan,
  inspection,
  opened,
  onClose,
}: {
  plan: InspectionPlanDto;
  inspection: InspectionDto | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={
        inspection
          ? `${t('parInspections.plan.reschedule')}: ${inspection.unit.name}`
          : t('parInspections.plan.schedule')
      }
      size="lg"
    >
      {opened && <ScheduleForm plan={plan} inspection={inspection} onDone={onClose} />}
    </Dialog>
  );
}

function ScheduleForm({
  plan,
  inspection,
  onDone,
}: {
  plan: InspectionPlanDto;
  inspection: InspectionDto | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const command = useScheduleCommand(plan.id);
  const units = useUnitDirectory(inspection === null);
  const [version] = useState(inspection?.version ?? 0);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [scheduledOn, setScheduledOn] = useState(inspection?.scheduledOn ?? '');
  const [inspectors, setInspectors] = useState(inspection?.inspectors ?? '');
  const [tried, setTried] = useState(false);
  const scheduled = new Set(plan.inspections.map((i) => i.unit.id));
  // Open departments, districts and communes not yet in the plan, by name.
  const options = (units.data?.units ?? [])
    .filter((u) => u.validTo === null && isInspectedLevel(u.kind) && !scheduled.has(u.id))
    .map((u) => ({ value: u.id, label: u.name }))
    .sort((a, b) => viCollator.compare(a.label, b.label));
  const outsideYear = scheduledOn !== '' && !scheduledOn.startsWith(`${plan.year}-`);
  const required = (missing: boolean) => (tried && missing ? t('common.requiredField') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if ((!inspection && !unitId) || !scheduledOn || outsideYear || !inspectors.trim()) return;
    const body = { scheduledOn, inspectors: inspectors.trim() };
    command.mutate(
      inspection
        ? { kind: 'reschedule', inspectionId: inspection.id, body: { ...body, version } }
        : { kind: 'schedule', body: { ...body, unitId: unitId ?? '' } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!inspection && (
          <Select
            required
            searchable
            label={t('parInspections.schedule.unit')}
            description={t('parInspections.schedule.unitHint')}
            data={options}
            value={unitId}
            onChange={setUnitId}
            nothingFoundMessage={t('parInspections.schedule.nothing')}
            error={required(unitId === null) ?? serverFieldError(command.error, 'unitId')}
            data-testid="schedule-unit"
          />
        )}
        <DateField
          required
          label={t('parInspections.schedule.scheduledOn')}
          min={`${plan.year}-01-01`}
          max={`${plan.year}-12-31`}
          value={scheduledOn}
          onChange={(value) => setScheduledOn(value)}
          error={
            outsideYear
              ? t('parInspections.schedule.outsideYear', { year: plan.year })
              : (required(scheduledOn === '') ?? serverFieldError(command.error, 'scheduledOn'))
          }
        />
        <Textarea
          required
          label={t('parInspections.schedule.inspectors')}
          description={t('parInspections.schedule.inspectorsHint')}
          value={inspectors}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(e) => setInspectors(e.currentTarget.value)}
          error={required(inspectors.trim() === '')}
        />
        {command.isError && <ProblemAlert error={command.error} withFieldErrors={false} />}
        <Group justify="flex-end">
          <Button type="submit" loading={command.isPending} data-testid="schedule-submit">
            {t('parInspections.schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
