import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';

export interface AssignmentDraft {
  readonly role: Role | null;
  readonly unitId: string | null;
}

interface AssignmentsEditorProps {
  readonly value: readonly AssignmentDraft[];
  readonly onChange: (next: AssignmentDraft[]) => void;
  readonly roles: readonly Role[];
  readonly unitOptions: { value: string; label: string }[];
}

/** Role assignments: each row a role at a unit (the role reaches the unit and its descendants). */
export function AssignmentsEditor({ value, onChange, roles, unitOptions }: AssignmentsEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<AssignmentDraft>) =>
    onChange(value.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <Fieldset legend={t('users.assignments.title')}>
      <Stack gap="sm">
        {value.map((a, index) => (
          // Rows have no identity of their own until saved; the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
            <Select
              label={t('users.assignments.role')}
              data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={a.role}
              onChange={(role) => set(index, { role: role as Role | null })}
              required
              style={{ flex: 1, minWidth: 0 }}
            />
            <Select
              label={t('users.assignments.unit')}
              data={unitOptions}
              value={a.unitId}
              onChange={(unitId) => set(index, { unitId })}
              searchable
              required
              style={{ flex: 1.4, minWidth: 0 }}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              size="lg"
              mb={2}
              aria-label={t('users.assignments.remove', { n: index + 1 })}
              disabled={value.length <= 1}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {value.length === 0 && (
          <Text size="sm" c="red.8">
            {t('users.assignments.atLeastOne')}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange([...value, { role: null, unitId: value[0]?.unitId ?? null }])}
          >
            {t('users.assignments.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

export function completeAssignments(
  drafts: readonly AssignmentDraft[],
): { role: Role; unitId: string }[] | null {
  const out: { role: Role; unitId: string }[] = [];
  for (const d of drafts) {
    if (!d.role || !d.unitId) return null;
    out.push({ role: d.role, unitId: d.unitId });
  }
  return out.length > 0 ? out : null;
}
