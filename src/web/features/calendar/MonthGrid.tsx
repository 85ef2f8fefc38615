import { Box, Paper, Table, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../api/types';
import { DAY_OFF_KINDS, monthWeeks, WEEKDAYS_MONDAY_FIRST } from './calendar-layout';
import { DAY_STYLES, TODAY_STYLE } from './day-styles';
import { useCalendarLabels } from './useCalendarLabels';

interface MonthGridProps {
  readonly year: number;
  readonly month: number;
  readonly days: readonly CalendarDay[];
  readonly today: string;
}

/** One month as a table of weeks: the solar day, the lunar date under it, coloured by kind. */
export const MonthGrid = memo(function MonthGrid({ year, month, days, today }: MonthGridProps) {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  const weeks = monthWeeks(days, month);
  const headingId = `month-${year}-${month}`;

  return (
    <Paper withBorder p="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb={4} ta="center">
        {t(`calendar.months.${month}`)}
      </Title>
      <Table
        layout="fixed"
        withRowBorders={false}
        horizontalSpacing={0}
        verticalSpacing={0}
        aria-labelledby={headingId}
        style={{ borderCollapse: 'separate', borderSpacing: 2 }}
      >
        <Table.Thead>
          <Table.Tr>
            {WEEKDAYS_MONDAY_FIRST.map((weekday) => (
              <Table.Th key={weekday} scope="col" ta="center" fz="xs" fw={600} p={2}>
                <abbr title={labels.weekday(weekday)} style={{ textDecoration: 'none' }}>
                  {t(`weekdays.short.${weekday}`)}
                </abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week.find((d) => d !== null)?.date}>
              {week.map((day, column) =>
                day ? (
                  <DayCell key={day.date} day={day} isToday={day.date === today} />
                ) : (
                  // Empty cells pad the first and last week; their place in the row is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <Table.Td key={column} />
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
});

function DayCell({ day, isToday }: { day: CalendarDay; isToday: boolean }) {
  const labels = useCalendarLabels();
  const name = labels.dayName(day);
  const off = DAY_OFF_KINDS.includes(day.kind);
  // Lunar month shown on its first day, and on the first of each solar month for orientation.
  const withMonth = day.lunar.day === 1 || day.date.endsWith('-01');
  return (
    <Table.Td
      aria-label={name}
      title={name}
      aria-current={isToday ? 'date' : undefined}
      data-kind={day.kind}
      data-date={day.date}
      ta="center"
      style={{ ...DAY_STYLES[day.kind], ...(isToday ? TODAY_STYLE : {}), borderRadius: 4 }}
    >
      <Box py={2} aria-hidden>
        <Text component="span" display="block" size="sm" lh={1.2} fw={off ? 700 : 500} c="gray.9">
          {Number(day.date.slice(8))}
        </Text>
        <Text
          component="span"
          display="block"
          fz={10}
          lh={1.2}
          c="gray.8"
          fw={day.lunar.day === 1 ? 700 : 400}
        >
          {withMonth ? labels.lunarShort(day.lunar) : day.lunar.day}
        </Text>
      </Box>
    </Table.Td>
  );
}
