import { ActionIcon, Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EditableRowsProps<T> {
  readonly legend: string;
  readonly rows: readonly T[];
  readonly onChange: (rows: T[]) => void;
  /** The row the add button appends. */
  readonly blank: () => T;
  readonly addLabel: string;
  /** The remove button's accessible name for the row at 1-based position n. */
  readonly removeLabel: (n: number) => string;
  readonly emptyText: string;
  /** The inputs of one row; `set` replaces the row. */
  readonly renderRow: (row: T, set: (next: T) => void, index: number) => ReactNode;
  /** Shown under the rows (a running total, a warning). */
  readonly footer?: ReactNode;
  readonly disabled?: boolean;
}

/** A fieldset of editable rows with add and remove buttons; the rows stack on a phone. */
export function EditableRows<T>(props: EditableRowsProps<T>) {
  const { rows, onChange, disabled } = props;
  return (
    <Fieldset legend={props.legend} disabled={disabled}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {props.emptyText}
          </Text>
        )}
        {rows.map((row, index) => (
          // Rows have no identity of their own until saved; the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Paper key={index} bg="gray.0" p="xs" radius="sm">
            <Group align="flex-end" gap="xs" wrap="wrap">
              {props.renderRow(row, (next) => onChange(rows.map((r, i) => (i === index ? next : r))), index)}
              {!disabled && (
                <ActionIcon
                  variant="subtle"
                  color="red.8"
                  size="lg"
                  mb={2}
                  aria-label={props.removeLabel(index + 1)}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          </Paper>
        ))}
        {props.footer}
        {!disabled && (
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => onChange([...rows, props.blank()])}
            >
              {props.addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
