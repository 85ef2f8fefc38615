import { Box, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DAY_STYLES, LEGEND_KINDS, TODAY_STYLE } from './day-styles';

function Swatch({ style }: { style: React.CSSProperties }) {
  return (
    <Box
      w={22}
      h={18}
      aria-hidden
      style={{ borderRadius: 4, border: '1px solid var(--mantine-color-gray-4)', flexShrink: 0, ...style }}
    />
  );
}

/** What the colours of the month grids mean. */
export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="calendar-legend-heading">
      <Title order={2} size="h5" id="calendar-legend-heading" mb="xs">
        {t('calendar.legend')}
      </Title>
      <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {LEGEND_KINDS.map((kind) => (
          <Group key={kind} gap={6} wrap="nowrap" component="li">
            <Swatch style={DAY_STYLES[kind]} />
            <Text size="sm">{t(`calendar.kinds.${kind}`)}</Text>
          </Group>
        ))}
        <Group gap={6} wrap="nowrap" component="li">
          <Swatch style={{ ...TODAY_STYLE, background: 'var(--mantine-color-white)' }} />
          <Text size="sm">{t('calendar.today')}</Text>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {t('calendar.lunarHint')}
      </Text>
    </Paper>
  );
}
