import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChecks, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistLine } from './types';

interface Props {
  lines: readonly ChecklistLine[];
  onChange: (lines: ChecklistLine[]) => void;
  /** Lines from the catalog come first and cannot be removed; the clerk may add others after them. */
  fixedLines: number;
  error?: string;
}

/** Thành phần hồ sơ: each line with its originals and copies and a "handed in" tick. */
export function ChecklistEditor({ lines, onChange, fixedLines, error }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [extra, setExtra] = useState('');
  const update = (index: number, patch: Partial<ChecklistLine>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const remove = (index: number) => onChange(lines.filter((_, i) => i !== index));
  const add = () => {
    if (!extra.trim()) return;
    onChange([...lines, { name: extra.trim(), originals: 1, copies: 0, provided: true }]);
    setExtra('');
  };
  const provided = lines.filter((l) => l.provided).length;
  const count = (index: number, line: ChecklistLine, key: 'originals' | 'copies') => (
    <NumberInput
      size="xs"
      w={72}
      min={0}
      max={50}
      allowDecimal={false}
      allowNegative={false}
      aria-label={t(`dossiers.intake.${key}Of`, { name: line.name })}
      value={line[key]}
      onChange={(v) => update(index, { [key]: typeof v === 'number' ? v : 0 })}
    />
  );
  const tick = (index: number, line: ChecklistLine, withLabel: boolean) => (
    <Checkbox
      checked={line.provided}
      onChange={(e) => update(index, { provided: e.currentTarget.checked })}
      aria-label={withLabel ? undefined : t('dossiers.intake.providedOf', { name: line.name })}
      label={withLabel ? line.name : undefined}
    />
  );
  const removeButton = (index: number, line: ChecklistLine) =>
    index >= fixedLines && (
      <ActionIcon
        variant="subtle"
        color="red.8"
        aria-label={t('dossiers.intake.removeLine', { name: line.name })}
        onClick={() => remove(index)}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    );

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite" data-testid="provided-count">
          {t('dossiers.intake.providedCount', { provided, total: lines.length })}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconChecks size={16} aria-hidden />}
          disabled={lines.length === 0 || provided === lines.length}
          onClick={() => onChange(lines.map((l) => ({ ...l, provided: true })))}
        >
          {t('dossiers.intake.markAll')}
        </Button>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossiers.intake.noDocuments')}
        </Text>
      ) : phone ? (
        <Stack gap="xs">
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity besides their place
            <Paper withBorder p="xs" key={i}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                {tick(i, line, true)}
                {removeButton(i, line)}
              </Group>
              <Group gap="sm" mt={6}>
                <Group gap={4} wrap="nowrap">
                  <Text size="xs">{t('dossiers.intake.originals')}</Text>
                  {count(i, line, 'originals')}
                </Group>
                <Group gap={4} wrap="nowrap">
                  <Text size="xs">{t('dossiers.intake.copies')}</Text>
                  {count(i, line, 'copies')}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('dossiers.intake.checklistTable')} verticalSpacing={4} data-testid="checklist">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={48}>
                  {t('dossiers.intake.index')}
                </Table.Th>
                <Table.Th scope="col">{t('dossiers.intake.docName')}</Table.Th>
                <Table.Th scope="col" w={90}>
                  {t('dossiers.intake.originals')}
                </Table.Th>
                <Table.Th scope="col" w={90}>
                  {t('dossiers.intake.copies')}
                </Table.Th>
                <Table.Th scope="col" w={80} ta="center">
                  {t('dossiers.intake.provided')}
                </Table.Th>
                <Table.Th scope="col" w={44}>
                  <VisuallyHidden>{t('dossiers.detail.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity besides their place
                <Table.Tr key={i}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {line.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{count(i, line, 'originals')}</Table.Td>
                  <Table.Td>{count(i, line, 'copies')}</Table.Td>
                  <Table.Td>
                    <Group justify="center">{tick(i, line, false)}</Group>
                  </Table.Td>
                  <Table.Td>{removeButton(i, line)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          flex={1}
          miw={220}
          size="xs"
          label={t('dossiers.intake.newLine')}
          value={extra}
          maxLength={300}
          onChange={(e) => setExtra(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
          {t('dossiers.intake.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
