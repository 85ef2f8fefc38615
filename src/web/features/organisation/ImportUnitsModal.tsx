import { Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileTypeCsv } from '@tabler/icons-react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ImportErrorsTable } from '../../components/ImportErrorsTable';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { useImportUnits } from './api';

/** The template's columns, in the order the import expects them. */
const TEMPLATE_HEADER = 'code,name,kind,level,parent_code,valid_from';

function templateCsv(): string {
  const day = todayInProvince();
  return [
    TEMPLATE_HEADER,
    `T60.X900,UBND xã Mẫu,commune,commune,T60,${day}`,
    `T60.X900.MC,Bộ phận Một cửa xã Mẫu,desk,commune,T60.X900,${day}`,
  ].join('\r\n');
}

/** A link that downloads a CSV template built in the browser. */
export function CsvTemplateLink() {
  const { t } = useTranslation();
  const href = useMemo(
    // The BOM makes spreadsheet programs read the Vietnamese text as UTF-8.
    () => URL.createObjectURL(new Blob([`\uFEFF${templateCsv()}\r\n`], { type: 'text/csv;charset=utf-8' })),
    [],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <Anchor href={href} download="mau-nhap-don-vi.csv" size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <IconDownload size={16} aria-hidden />
        {t('organisation.actions.template')}
      </Group>
    </Anchor>
  );
}

export function ImportUnitsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('organisation.import.title')} size="xl">
      {opened && <ImportForm onClose={onClose} />}
    </Dialog>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const importUnits = useImportUnits();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importUnits.mutate(file);
  };
  const rowErrors = importUnits.error instanceof ProblemError ? importUnits.error.errors : [];

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('organisation.import.help')}</Text>
        <CsvTemplateLink />
        <FileInput
          label={t('organisation.import.file')}
          placeholder={t('organisation.import.placeholder')}
          accept=".csv,text/csv"
          required
          clearable
          value={file}
          onChange={(f) => {
            setFile(f);
            importUnits.reset();
          }}
          leftSection={<IconFileTypeCsv size={18} aria-hidden />}
        />
        {importUnits.isSuccess && (
          <SuccessAlert>
            {t('organisation.import.success', { count: importUnits.data.imported })}
          </SuccessAlert>
        )}
        {importUnits.isError && <ProblemAlert error={importUnits.error} withFieldErrors={false} />}
        {rowErrors.length > 0 && (
          <ImportErrorsTable
            errors={rowErrors}
            labels={{
              title: t('organisation.import.errorsTitle'),
              row: t('organisation.import.row'),
              column: t('organisation.import.column'),
              message: t('organisation.import.message'),
            }}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button type="submit" loading={importUnits.isPending} disabled={!file}>
            {t('organisation.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
