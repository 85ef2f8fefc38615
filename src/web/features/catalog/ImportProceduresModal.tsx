import { Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ImportErrorsTable } from '../../components/ImportErrorsTable';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { importContentType, useImportProcedures } from './api';

/** Nhập thủ tục từ tệp: choose a .xlsx or .csv file, upload it with progress, list the rejected rows. */
export function ImportProceduresModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Dialog opened={opened} onClose={onClose} title={t('catalog.import.title')} size="xl" fullScreen={phone}>
      {opened && <ImportForm onClose={onClose} />}
    </Dialog>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const importProcedures = useImportProcedures();
  const contentType = file ? importContentType(file.name) : null;
  const wrongType = file !== null && contentType === null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !contentType) return;
    setSent(0);
    importProcedures.mutate({ file, contentType, onProgress: setSent });
  };
  const error = importProcedures.error;
  const rowErrors = error instanceof ProblemError && error.code === 'import_invalid' ? error.errors : [];
  const percent = Math.round(sent * 100);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('catalog.import.help')}</Text>
        <FileInput
          label={t('catalog.import.file')}
          placeholder={t('catalog.import.placeholder')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          clearable
          value={file}
          error={wrongType ? t('catalog.import.wrongType') : undefined}
          onChange={(f) => {
            setFile(f);
            setSent(0);
            importProcedures.reset();
          }}
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        />
        {importProcedures.isPending && (
          <Stack gap={4}>
            <Progress
              value={percent}
              animated={percent >= 100}
              aria-label={t('catalog.import.progress', { percent: fmt.number(percent) })}
            />
            <Text size="sm" aria-live="polite">
              {percent >= 100
                ? t('catalog.import.processing')
                : t('catalog.import.progress', { percent: fmt.number(percent) })}
            </Text>
          </Stack>
        )}
        {importProcedures.isSuccess && (
          <SuccessAlert>
            {t('catalog.import.success', { count: importProcedures.data.imported })}
          </SuccessAlert>
        )}
        {importProcedures.isError && <ProblemAlert error={error} withFieldErrors={rowErrors.length === 0} />}
        {rowErrors.length > 0 && (
          <ImportErrorsTable
            errors={rowErrors}
            labels={{
              title: t('catalog.import.errorsTitle'),
              table: t('catalog.import.errorsTable'),
              row: t('catalog.import.row'),
              column: t('catalog.import.column'),
              message: t('catalog.import.message'),
            }}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button type="submit" loading={importProcedures.isPending} disabled={!file || wrongType}>
            {t('catalog.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
