import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeHours, Unit, WeekdayHours } from '../../api/types';
import { TimeField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSaveOfficeHours } from './api';
import { WEEKDAYS_MONDAY_FIRST } from './calendar-layout';
import { useCalendarLabels } from './useCalendarLabels';

/** The contract allows four working periods a day. */
const MAX_PERIODS = 4;
const DEFAULT_PERIOD = { from: '07:00', to: '11:30' };
const DEFAULT_CUTOFF = '15:00';
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

interface OfficeHoursModalProps {
  readonly opened: boolean;
  readonly unit: Unit;
  readonly hours: OfficeHours;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

/** Sets a unit's own office hours and online cut-off (system and agency admins). */
export function OfficeHoursModal(props: OfficeHoursModalProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Dialog
      opened={props.opened}
      onClose={props.onClose}
      title={t('officeHours.editTitle', { name: props.unit.name })}
      size="lg"
      fullScreen={phone}
    >
      {/* Keyed by unit only: the refetch after saving must not remount the form before onSaved runs. */}
      {props.opened && <OfficeHoursForm key={props.unit.id} {...props} />}
    </Dialog>
  );
}

function OfficeHoursForm({ unit, hours, onClose, onSaved }: OfficeHoursModalProps) {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  const [weekly, setWeekly] = useState<WeekdayHours[]>(hours.weekly);
  const [extra, setExtra] = useState<WeekdayHours>(hours.extraWorkingDay);
  const [cutoff, setCutoff] = useState<string | null>(hours.onlineCutoff);
  const save = useSaveOfficeHours(unit.id);
  const valid = [...weekly, extra].every((day) =>
    day.every((p) => HH_MM.test(p.from) && HH_MM.test(p.to) && p.from < p.to),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The unit's own setting is written (an inherited one reads as version 0: it becomes its own).
    save.mutate(
      { weekly, extraWorkingDay: extra, onlineCutoff: cutoff, version: hours.version },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('officeHours.hint')}
        </Alert>
        {save.isError && <ProblemAlert error={save.error} />}
        {WEEKDAYS_MONDAY_FIRST.map((weekday) => (
          <PeriodsEditor
            key={weekday}
            day={labels.weekday(weekday)}
            periods={weekly[weekday] ?? []}
            onChange={(periods) => setWeekly(weekly.map((p, i) => (i === weekday ? periods : p)))}
            withOpenSwitch
          />
        ))}
        <PeriodsEditor day={t('officeHours.extraWorkingDay')} periods={extra} onChange={setExtra} />
        <Group align="flex-end" gap="md">
          <Checkbox
            label={t('officeHours.useCutoff')}
            checked={cutoff !== null}
            onChange={(e) => setCutoff(e.currentTarget.checked ? DEFAULT_CUTOFF : null)}
            mb={8}
          />
          {cutoff !== null && (
            <TimeField
              label={t('officeHours.cutoffTime')}
              value={cutoff}
              onChange={(value) => setCutoff(value)}
              w={130}
            />
          )}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!valid || (cutoff !== null && !HH_MM.test(cutoff))}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface PeriodsEditorProps {
  readonly day: string;
  readonly periods: WeekdayHours;
  readonly onChange: (next: WeekdayHours) => void;
  /** A weekday can be closed (no periods); the make-up day always has some. */
  readonly withOpenSwitch?: boolean;
}

function PeriodsEditor({ day, periods, onChange, withOpenSwitch = false }: PeriodsEditorProps) {
  const { t } = useTranslation();
  const open = periods.length > 0;
  const set = (index: number, patch: Partial<WeekdayHours[number]>) =>
    onChange(periods.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <Fieldset legend={day} p="xs">
      <Group gap="xs" align="center">
        {withOpenSwitch && (
          <Checkbox
            label={t('officeHours.workingDay')}
            checked={open}
            onChange={(e) => onChange(e.currentTarget.checked ? [DEFAULT_PERIOD] : [])}
            mr="sm"
          />
        )}
        {periods.map((period, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: periods have no identity but their order
          <Group key={index} gap={4} wrap="nowrap">
            <TimeField
              aria-label={t('officeHours.from', { day, n: index + 1 })}
              value={period.from}
              onChange={(value) => set(index, { from: value })}
              error={period.from >= period.to}
              w={124}
            />
            <span aria-hidden>–</span>
            <TimeField
              aria-label={t('officeHours.to', { day, n: index + 1 })}
              value={period.to}
              onChange={(value) => set(index, { to: value })}
              error={period.from >= period.to}
              w={124}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              size="lg"
              aria-label={t('officeHours.removePeriod', { day, n: index + 1 })}
              disabled={!withOpenSwitch && periods.length <= 1}
              onClick={() => onChange(periods.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {open && periods.length < MAX_PERIODS && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            aria-label={t('officeHours.addPeriodOf', { day })}
            onClick={() => {
              const last = periods.at(-1);
              onChange([...periods, last ? { from: last.to, to: last.to } : DEFAULT_PERIOD]);
            }}
          >
            {t('officeHours.addPeriod')}
          </Button>
        )}
      </Group>
    </Fieldset>
  );
}
