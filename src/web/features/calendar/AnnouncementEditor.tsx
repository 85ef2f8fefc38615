import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AnnouncedDay,
  AnnouncementSaved,
  CalendarYear,
  HolidayKind,
  HolidaySpan,
} from '../../api/types';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { EditableRows } from '../../components/EditableRows';
import { ProblemAlert } from '../../components/ProblemAlert';
import { announcementJurisdiction, useSaveAnnouncement } from './api';
import { HOLIDAY_KINDS } from './calendar-layout';

interface AnnouncementEditorProps {
  readonly opened: boolean;
  readonly calendar: CalendarYear;
  readonly onClose: () => void;
  readonly onSaved: (saved: AnnouncementSaved) => void;
}

/** The system admin's form for a year's announcement (thông báo lịch nghỉ lễ, tết). */
export function AnnouncementEditor(props: AnnouncementEditorProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Dialog
      opened={props.opened}
      onClose={props.onClose}
      title={t('calendar.editor.title', { year: props.calendar.year })}
      size="xl"
      fullScreen={phone}
    >
      {/*
        Mounted only while open, so each opening starts from the year's current announcement. Not
        keyed by version: the refetch after saving must not remount the form before onSaved runs.
      */}
      {props.opened && <AnnouncementForm key={props.calendar.year} {...props} />}
    </Dialog>
  );
}

interface SpanDraft {
  readonly kind: HolidayKind | null;
  readonly from: string;
  readonly to: string;
}

function AnnouncementForm({ calendar, onClose, onSaved }: AnnouncementEditorProps) {
  const { t } = useTranslation();
  const current = calendar.announcement;
  const [legalBasis, setLegalBasis] = useState(current?.legalBasis ?? '');
  const [spans, setSpans] = useState<SpanDraft[]>(current?.holidaySpans ?? []);
  const [daysOff, setDaysOff] = useState<AnnouncedDay[]>(current?.extraDaysOff ?? []);
  const [workingDays, setWorkingDays] = useState<AnnouncedDay[]>(current?.extraWorkingDays ?? []);
  const [reason, setReason] = useState('');
  const save = useSaveAnnouncement(calendar.year);

  const completeSpans = spans.filter((s): s is HolidaySpan => s.kind !== null && !!s.from && !!s.to);
  const complete =
    legalBasis.trim().length >= 3 &&
    completeSpans.length === spans.length &&
    completeSpans.every((s) => s.from <= s.to) &&
    daysOff.every((d) => d.date) &&
    workingDays.every((d) => d.date);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        jurisdiction: announcementJurisdiction(calendar),
        legalBasis: legalBasis.trim(),
        holidaySpans: completeSpans,
        extraDaysOff: daysOff.map((d) => ({ date: d.date, note: d.note.trim() })),
        extraWorkingDays: workingDays.map((d) => ({ date: d.date, note: d.note.trim() })),
        reason: reason.trim(),
        version: current?.version ?? 0,
      },
      { onSuccess: onSaved },
    );
  };
  const min = `${calendar.year}-01-01`;
  const max = `${calendar.year}-12-31`;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('calendar.editor.hint')}
        </Alert>
        {save.isError && <ProblemAlert error={save.error} />}
        <Textarea
          label={t('calendar.editor.legalBasis')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={legalBasis}
          onChange={(e) => setLegalBasis(e.currentTarget.value)}
        />
        <EditableRows
          legend={t('calendar.editor.spans')}
          rows={spans}
          onChange={setSpans}
          blank={() => ({ kind: null, from: '', to: '' })}
          addLabel={t('calendar.editor.addSpan')}
          removeLabel={(n) => t('calendar.editor.removeSpan', { n })}
          emptyText={t('calendar.editor.none')}
          renderRow={(span, set) => (
            <>
              <Select
                label={t('calendar.editor.spanKind')}
                data={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`calendar.holidays.${k}`) }))}
                value={span.kind}
                onChange={(kind) => set({ ...span, kind: HOLIDAY_KINDS.find((k) => k === kind) ?? null })}
                required
                allowDeselect={false}
                style={{ flex: '2 1 220px' }}
              />
              <DateField
                label={t('calendar.editor.from')}
                required
                min={min}
                max={max}
                value={span.from}
                onChange={(value) => set({ ...span, from: value })}
                style={{ flex: '1 1 140px' }}
              />
              <DateField
                label={t('calendar.editor.to')}
                required
                min={min}
                max={max}
                value={span.to}
                onChange={(value) => set({ ...span, to: value })}
                error={span.from && span.to && span.to < span.from ? t('calendar.editor.reversed') : null}
                style={{ flex: '1 1 140px' }}
              />
            </>
          )}
        />
        <AnnouncedDaysEditor
          legend={t('calendar.editor.extraDaysOff')}
          value={daysOff}
          onChange={setDaysOff}
          min={min}
          max={max}
        />
        <AnnouncedDaysEditor
          legend={t('calendar.editor.extraWorkingDays')}
          value={workingDays}
          onChange={setWorkingDays}
          min={min}
          max={max}
        />
        <Textarea
          label={t('calendar.editor.reason')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!complete}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface AnnouncedDaysEditorProps {
  readonly legend: string;
  readonly value: readonly AnnouncedDay[];
  readonly onChange: (next: AnnouncedDay[]) => void;
  readonly min: string;
  readonly max: string;
}

/** Rows of date + note: the extra days off, or the make-up working days. */
function AnnouncedDaysEditor({ legend, value, onChange, min, max }: AnnouncedDaysEditorProps) {
  const { t } = useTranslation();
  return (
    <EditableRows
      legend={legend}
      rows={value}
      onChange={onChange}
      blank={() => ({ date: '', note: '' })}
      addLabel={t('calendar.editor.addDay')}
      removeLabel={(n) => t('calendar.editor.removeDay', { n })}
      emptyText={t('calendar.editor.none')}
      renderRow={(day, set) => (
        <>
          <DateField
            label={t('calendar.editor.date')}
            required
            min={min}
            max={max}
            value={day.date}
            onChange={(value) => set({ ...day, date: value })}
            style={{ flex: '1 1 140px' }}
          />
          <TextInput
            label={t('calendar.editor.note')}
            maxLength={300}
            value={day.note}
            onChange={(e) => set({ ...day, note: e.currentTarget.value })}
            style={{ flex: '3 1 220px' }}
          />
        </>
      )}
    />
  );
}
