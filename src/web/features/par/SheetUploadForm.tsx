import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { ImportErrorsTable } from '../../components/ImportErrorsTable';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { importContentType } from '../catalog/api';

/**
 * Uploads a sheet (CSV or Excel) to an import that takes all rows or none, and shows its answer:
 * what was done, or the problem and one line per bad row.
 */
export function SheetUploadForm<Result>({
  help,
  fileLabel,
  submitLabel,
  mutation,
  done,
}: {
  readonly help: ReactNode;
  readonly fileLabel: string;
  readonly submitLabel: string;
  readonly mutation: UseMutationResult<Result, Error, { file: Blob; contentType: string }>;
  readonly done: (result: Result) => string;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const contentType = file ? importContentType(file.name) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && contentType) mutation.mutate({ file, contentType });
  };
  const error = mutation.error;
  const rowErrors = error instanceof ProblemError && error.code === 'import_invalid' ? error.errors : [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" component="div">
          {help}
        </Text>
        <FileInput
          label={fileLabel}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          clearable
          value={file}
          onChange={(f) => {
            setFile(f);
            mutation.reset();
          }}
          data-testid="import-file"
        />
        {mutation.isSuccess && mutation.data !== undefined && (
          <SuccessAlert>{done(mutation.data)}</SuccessAlert>
        )}
        {error && <ProblemAlert error={error} />}
        {rowErrors.length > 0 && (
          <ImportErrorsTable
            errors={rowErrors}
            labels={{
              title: t('par.plan.importErrors'),
              row: t('par.plan.row'),
              column: t('par.plan.column'),
              message: t('par.plan.message'),
            }}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={!file || !contentType} loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
