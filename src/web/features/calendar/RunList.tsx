import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRun } from './calendar-layout';
import { useCalendarLabels } from './useCalendarLabels';

/** Runs of days: "Thứ Bảy 14/02/2026 – Chủ nhật 22/02/2026 · 9 ngày · Nghỉ Tết Nguyên đán", and the note. */
export function RunList({ runs }: { runs: readonly DayRun[] }) {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  return (
    <List size="sm" spacing={4}>
      {runs.map((run) => (
        <List.Item key={run.from}>
          <Text span size="sm" fw={500}>
            {labels.dayRange(run.from, run.to)}
          </Text>
          {run.count > 1 && (
            <Text span size="sm">
              {' '}
              ({t('calendar.dayCount', { count: run.count })})
            </Text>
          )}
          <Text span size="sm">
            {' — '}
            {labels.kindLabel(run)}
          </Text>
          {run.note && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {run.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
