import { Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeHours, Unit, WeekdayHours } from '../../api/types';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useOfficeHours } from './api';
import { weekdaySpans } from './calendar-layout';
import { OfficeHoursModal } from './OfficeHoursModal';
import { useCalendarLabels } from './useCalendarLabels';

interface OfficeHoursCardProps {
  readonly unit: Unit;
  readonly unitsById: ReadonlyMap<string, Unit>;
  /** System and agency admins; the API still checks the unit is in their scope. */
  readonly canEdit: boolean;
}

/** A unit's office hours and online cut-off (giờ làm việc), its own or inherited, in the unit's detail. */
export function OfficeHoursCard({ unit, unitsById, canEdit }: OfficeHoursCardProps) {
  const { t } = useTranslation();
  const hours = useOfficeHours(unit.id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="office-hours-heading">
      <Group justify="space-between" align="center" mb="xs" gap="xs">
        <Title order={2} size="h4" id="office-hours-heading">
          {t('officeHours.title')}
        </Title>
        {canEdit && hours.data && unit.validTo === null && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('officeHours.edit')}
          </Button>
        )}
      </Group>
      {hours.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {hours.isError && <ProblemAlert error={hours.error} />}
      {saved && <SuccessAlert>{t('officeHours.saved')}</SuccessAlert>}
      {hours.data && <OfficeHoursTable hours={hours.data} unitsById={unitsById} />}
      {canEdit && hours.data && (
        <OfficeHoursModal
          opened={editing}
          unit={unit}
          hours={hours.data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
    </Paper>
  );
}

function OfficeHoursTable({
  hours,
  unitsById,
}: {
  hours: OfficeHours;
  unitsById: ReadonlyMap<string, Unit>;
}) {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  const periods = (list: readonly WeekdayHours[number][]) =>
    list.length === 0 ? t('officeHours.restDay') : list.map((p) => `${p.from}–${p.to}`).join(', ');
  const source =
    hours.definedBy === null
      ? t('officeHours.national')
      : hours.definedBy === hours.unitId
        ? t('officeHours.own')
        : t('officeHours.inherited', { unit: unitsById.get(hours.definedBy)?.name ?? hours.definedBy });
  const rows: [string, string][] = [
    ...weekdaySpans(hours.weekly).map((span): [string, string] => [
      span.first === span.last
        ? labels.weekday(span.first)
        : t('calendar.range', { from: labels.weekday(span.first), to: labels.weekday(span.last) }),
      periods(span.periods),
    ]),
    [t('officeHours.extraWorkingDay'), periods(hours.extraWorkingDay)],
    [
      t('officeHours.cutoff'),
      hours.onlineCutoff
        ? t('officeHours.cutoffValue', { time: hours.onlineCutoff })
        : t('officeHours.noCutoff'),
    ],
  ];
  return (
    <>
      <Text size="sm" mb="xs" data-testid="office-hours-source">
        {source}
      </Text>
      <Table variant="vertical" layout="fixed" withTableBorder fz="sm" aria-label={t('officeHours.table')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="40%" scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
