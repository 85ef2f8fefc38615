import { Button, Checkbox, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingLine } from './dossier-commands';
import type { ChecklistLine } from './types';

const sameLine = (a: MissingLine, b: MissingLine) => a.name === b.name;

/**
 * The documents a supplement request asks for, all at once (Decree 118/2025 art. 19.5): lines of
 * the dossier's checklist ticked, plus any other document typed in.
 */
export function MissingDocumentsField({
  documents,
  value,
  onChange,
  error,
}: {
  documents: readonly ChecklistLine[];
  value: readonly MissingLine[];
  onChange: (missing: MissingLine[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [other, setOther] = useState('');
  const known = documents.map(({ name, originals, copies }) => ({ name, originals, copies }));
  const extras = value.filter((m) => !known.some((k) => sameLine(k, m)));
  const toggle = (line: MissingLine, on: boolean) =>
    onChange(on ? [...value, line] : value.filter((m) => !sameLine(m, line)));
  const add = () => {
    const name = other.trim();
    if (!name || value.some((m) => m.name === name)) return;
    onChange([...value, { name, originals: 1, copies: 0 }]);
    setOther('');
  };
  return (
    <Input.Wrapper label={t('dossiers.dialog.missing')} error={error} required>
      <Stack gap={6} mt={4}>
        {[...known, ...extras].map((line) => (
          <Checkbox
            key={line.name}
            label={line.name}
            checked={value.some((m) => sameLine(m, line))}
            onChange={(e) => toggle(line, e.currentTarget.checked)}
          />
        ))}
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            flex={1}
            miw={220}
            size="xs"
            label={t('dossiers.dialog.otherDocument')}
            value={other}
            maxLength={300}
            onChange={(e) => setOther(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            {t('dossiers.dialog.add')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
