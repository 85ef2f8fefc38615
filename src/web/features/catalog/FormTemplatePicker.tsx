import { Anchor, Button, Center, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormTemplate } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { TEMPLATES_PAGE_SIZE, useFormTemplates } from './api';
import { SEARCH_DEBOUNCE_MS } from './catalog-search';

interface FormTemplatePickerProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onPick: (template: FormTemplate) => void;
}

/** File size in KB or MB, in the UI language's number format. */
export function useFileSize() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (bytes: number) =>
    bytes >= 1_048_576
      ? t('catalog.templates.sizeMb', { size: fmt.number(Math.round(bytes / 104_857.6) / 10) })
      : t('catalog.templates.sizeKb', { size: fmt.number(Math.max(1, Math.round(bytes / 1024))) });
}

/** Choose a form template already stored for the province (newest first, found by its name). */
export function FormTemplatePicker({ opened, onClose, onPick }: FormTemplatePickerProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={t('catalog.templates.pickTitle')}
      size="lg"
      fullScreen={phone}
    >
      {opened && <PickerBody onPick={onPick} />}
    </Dialog>
  );
}

function PickerBody({ onPick }: { onPick: (template: FormTemplate) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fileSize = useFileSize();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const [page, setPage] = useState(1);
  const templates = useFormTemplates({ q, page }, true);
  const shown = templates.data;
  const pages = shown ? Math.max(1, Math.ceil(shown.total / TEMPLATES_PAGE_SIZE)) : 1;

  return (
    <Stack>
      <TextInput
        type="search"
        label={t('catalog.templates.search')}
        placeholder={t('catalog.templates.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        maxLength={200}
        autoComplete="off"
        data-autofocus
        onChange={(e) => {
          setText(e.currentTarget.value);
          setPage(1);
        }}
      />
      {templates.isError && <ProblemAlert error={templates.error} />}
      {templates.isPending && (
        <Center py="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {shown && shown.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('catalog.templates.noneStored')}
        </Text>
      )}
      {shown && shown.items.length > 0 && (
        <Stack gap="xs" component="ul" aria-label={t('catalog.templates.list')} p={0} m={0}>
          {shown.items.map((template) => (
            <Paper component="li" key={template.id} withBorder p="xs" style={{ listStyle: 'none' }}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Anchor
                    href={template.url}
                    download
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                    aria-label={t('catalog.templates.download', { name: template.fileName })}
                  >
                    {template.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {fileSize(template.size)} ·{' '}
                    {t('catalog.templates.uploadedAt', { at: fmt.dateTime(template.uploadedAt) })}
                  </Text>
                </div>
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-label={t('catalog.templates.choose', { name: template.fileName })}
                  onClick={() => onPick(template)}
                >
                  {t('catalog.templates.chooseShort')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {shown && pages > 1 && <Pager total={pages} value={page} onChange={setPage} />}
    </Stack>
  );
}
