import { Paper, Text } from '@mantine/core';

/** One computed figure: its label over its value, with a coloured edge where the value has a status. */
export function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper
      p="xs"
      withBorder
      bg="white"
      style={color ? { borderLeft: `4px solid var(--mantine-color-${color.replace('.', '-')})` } : undefined}
    >
      <Text size="xs">{label}</Text>
      <Text fw={700}>{value}</Text>
    </Paper>
  );
}
