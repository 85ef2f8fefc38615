import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  FileButton,
  Group,
  Input,
  Progress,
  Stack,
  Text,
} from '@mantine/core';
import { IconFileText, IconFolderOpen, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormTemplate } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { useUploadFormTemplate } from './api';
import { FormTemplatePicker, useFileSize } from './FormTemplatePicker';
import {
  FORM_TEMPLATE_ACCEPT,
  FORM_TEMPLATE_EXTENSIONS,
  FORM_TEMPLATE_MAX_BYTES,
  formTemplateContentType,
  formTemplateUrl,
  isStoredTemplate,
} from './form-template-files';

interface FormTemplateFieldProps {
  /** The document's `template`: a stored template's id, a plain file name (older data) or null. */
  readonly value: string | null;
  readonly onChange: (next: string | null) => void;
  /** Stored templates known by id (those the version links, and those uploaded or picked here). */
  readonly known: ReadonlyMap<string, FormTemplate>;
  /** Called with a template stored or picked here, so its name shows at once. */
  readonly onKnown: (template: FormTemplate) => void;
  /** The document's 1-based row, for the buttons' accessible names. */
  readonly row: number;
  readonly disabled?: boolean;
}

/** Mẫu đơn, tờ khai of one document: upload a file or pick a stored one, download it, remove it. */
export function FormTemplateField({
  value,
  onChange,
  known,
  onKnown,
  row,
  disabled,
}: FormTemplateFieldProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fileSize = useFileSize();
  const upload = useUploadFormTemplate();
  const [sent, setSent] = useState(0);
  const [refused, setRefused] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const resetFile = useRef<() => void>(null);
  const stored = isStoredTemplate(value) ? (known.get(value) ?? null) : null;
  const percent = Math.round(sent * 100);

  const onFile = (file: File | null) => {
    resetFile.current?.();
    upload.reset();
    setRefused(null);
    if (!file) return;
    const contentType = formTemplateContentType(file.name);
    if (!contentType)
      return setRefused(t('catalog.templates.wrongType', { types: FORM_TEMPLATE_EXTENSIONS }));
    if (file.size > FORM_TEMPLATE_MAX_BYTES) return setRefused(t('catalog.templates.tooLarge'));
    setSent(0);
    upload.mutate(
      { file, contentType, onProgress: setSent },
      {
        onSuccess: (template) => {
          onKnown(template);
          onChange(template.id);
        },
      },
    );
  };

  return (
    <Box role="group" aria-label={t('catalog.templates.group', { n: row })} maw={720}>
      {/* Styled as the other boxes' labels; the group carries the accessible name. */}
      <Input.Label component="div" mb={4}>
        {t('catalog.form.template')}
      </Input.Label>
      <Stack gap={6}>
        {value !== null && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconFileText size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
            <Box style={{ minWidth: 0 }}>
              {isStoredTemplate(value) ? (
                <>
                  <Anchor
                    href={formTemplateUrl(value)}
                    download
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                    aria-label={t('catalog.templates.download', {
                      name: stored?.fileName ?? t('catalog.templates.storedFile'),
                    })}
                  >
                    {stored?.fileName ?? t('catalog.templates.storedFile')}
                  </Anchor>
                  {stored && (
                    <Text size="xs" c="dimmed">
                      {fileSize(stored.size)} · {fmt.dateTime(stored.uploadedAt)}
                    </Text>
                  )}
                </>
              ) : (
                <Group gap={6}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {value}
                  </Text>
                  <Badge variant="outline" color="gray.8" tt="none" size="sm">
                    {t('catalog.templates.notStored')}
                  </Badge>
                </Group>
              )}
            </Box>
            {!disabled && (
              <ActionIcon
                variant="subtle"
                color="red.8"
                aria-label={t('catalog.templates.remove', { n: row })}
                onClick={() => onChange(null)}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        )}
        {value === null && disabled && (
          <Text size="sm" c="dimmed">
            {t('catalog.templates.none')}
          </Text>
        )}
        {!disabled && !stored && (
          <Group gap="xs">
            <FileButton onChange={onFile} accept={FORM_TEMPLATE_ACCEPT} resetRef={resetFile}>
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  size="xs"
                  leftSection={<IconUpload size={14} aria-hidden />}
                  loading={upload.isPending}
                  aria-label={t('catalog.templates.uploadFor', { n: row })}
                >
                  {t('catalog.templates.upload')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconFolderOpen size={14} aria-hidden />}
              disabled={upload.isPending}
              aria-label={t('catalog.templates.pickFor', { n: row })}
              onClick={() => setPicking(true)}
            >
              {t('catalog.templates.pick')}
            </Button>
          </Group>
        )}
        {upload.isPending && (
          <Stack gap={2}>
            <Progress
              value={percent}
              size="sm"
              animated={percent >= 100}
              aria-label={t('catalog.templates.progress', { percent: fmt.number(percent) })}
            />
            <Text size="xs" aria-live="polite">
              {percent >= 100
                ? t('catalog.templates.checking')
                : t('catalog.templates.progress', { percent: fmt.number(percent) })}
            </Text>
          </Stack>
        )}
        {refused && (
          <Alert color="red" variant="light" role="alert" p="xs">
            {refused}
          </Alert>
        )}
        {upload.isError && <ProblemAlert error={upload.error} title={t('catalog.templates.uploadFailed')} />}
      </Stack>
      <FormTemplatePicker
        opened={picking}
        onClose={() => setPicking(false)}
        onPick={(template) => {
          setPicking(false);
          onKnown(template);
          onChange(template.id);
        }}
      />
    </Box>
  );
}
