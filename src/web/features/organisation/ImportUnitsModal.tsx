import { Anchor, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileTypeCsv } from '@tabler/icons-react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
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

/** "row 3: parent_code" → ["3", "parent_code"] */
function splitPath(path: string): [string, string] {
  const match = /^row (\d+):\s*(.*)$/.exec(path);
  return match ? [match[1] ?? '', match[2] ?? ''] : ['', path];
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
          <section aria-labelledby="import-errors-heading">
            <Title order={3} size="h5" id="import-errors-heading" mb="xs">
              {t('organisation.import.errorsTitle')}
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('organisation.import.row')}</Table.Th>
                    <Table.Th scope="col">{t('organisation.import.column')}</Table.Th>
                    <Table.Th scope="col">{t('organisation.import.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rowErrors.map((e) => {
                    const [row, column] = splitPath(e.path);
                    return (
                      <Table.Tr key={`${e.path}:${e.message}`}>
                        <Table.Td>{row}</Table.Td>
                        <Table.Td>
                          <code>{column}</code>
                        </Table.Td>
                        <Table.Td>{e.message}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
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
