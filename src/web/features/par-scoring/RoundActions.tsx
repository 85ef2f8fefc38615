import { Button, FileInput, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCircleCheck,
  IconDownload,
  IconFileImport,
  IconSend,
} from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { ImportErrorsTable } from '../../components/ImportErrorsTable';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { importContentType } from '../catalog/api';
import { serverFieldError } from '../par/AssignTaskDialog';
import {
  type RoundDetailDto,
  resultsXlsxUrl,
  useImportSurvey,
  usePublishRound,
  useUpdateWindow,
} from './api';

type Form = 'publish' | 'survey' | 'window';

/** What the round's managers do: publish, download the results, import survey scores, move the window. */
export function RoundActions({ round }: { round: RoundDetailDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Form | null>(null);
  const published = round.stage === 'published';
  const close = () => setOpen(null);
  return (
    <Group gap="xs" wrap="wrap" data-testid="round-actions">
      {published ? (
        <Group gap={4} c="teal.9" data-testid="round-published">
          <IconCircleCheck size={18} aria-hidden />
          <Text fw={700} c="teal.9">
            {t('parScoring.round.published')}
          </Text>
        </Group>
      ) : (
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setOpen('publish')}>
          {t('parScoring.round.publish')}
        </Button>
      )}
      <Button
        component="a"
        href={resultsXlsxUrl(round.id)}
        download
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
      >
        {t('parScoring.round.export')}
      </Button>
      {!published && (
        <>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={() => setOpen('survey')}
          >
            {t('parScoring.round.survey')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            onClick={() => setOpen('window')}
          >
            {t('parScoring.round.editWindow')}
          </Button>
        </>
      )}
      <Dialog opened={open === 'publish'} onClose={close} title={t('parScoring.round.publishTitle')}>
        {open === 'publish' && <PublishForm round={round} onClose={close} />}
      </Dialog>
      <Dialog opened={open === 'survey'} onClose={close} title={t('parScoring.round.surveyTitle')} size="xl">
        {open === 'survey' && <SurveyForm roundId={round.id} />}
      </Dialog>
      <Dialog opened={open === 'window'} onClose={close} title={t('parScoring.round.editWindowTitle')}>
        {open === 'window' && <WindowForm round={round} onClose={close} />}
      </Dialog>
    </Group>
  );
}

function PublishForm({ round, onClose }: { round: RoundDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishRound(round.id);
  // The round as the manager saw it: a change meanwhile makes the API refuse (409) rather than publish unseen.
  const [version] = useState(round.version);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('parScoring.round.publishConfirm', { title: round.title })}</Text>
      {publish.isError && <ProblemAlert error={publish.error} />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={publish.isPending}
          onClick={() => publish.mutate(version, { onSuccess: onClose })}
          data-testid="publish-confirm"
        >
          {t('parScoring.round.publish')}
        </Button>
      </Group>
    </Stack>
  );
}

function SurveyForm({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const survey = useImportSurvey(roundId);
  const contentType = file ? importContentType(file.name) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !contentType) return;
    setProgress(0);
    survey.mutate({ file, contentType, onProgress: setProgress }, { onSettled: () => setProgress(null) });
  };
  const error = survey.error;
  const rowErrors = error instanceof ProblemError ? error.errors : [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('parScoring.round.surveyHelp')}</Text>
        <FileInput
          label={t('parScoring.round.surveyFile')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          clearable
          value={file}
          onChange={(f) => {
            setFile(f);
            survey.reset();
          }}
          data-testid="survey-file"
        />
        {progress !== null && (
          <Progress value={progress * 100} aria-label={t('parScoring.sheet.uploadProgress')} animated />
        )}
        {survey.isSuccess && (
          <SuccessAlert>{t('parScoring.round.surveyImported', { count: survey.data.imported })}</SuccessAlert>
        )}
        {error && <ProblemAlert error={error} withFieldErrors={false} />}
        {rowErrors.length > 0 && (
          <ImportErrorsTable
            errors={rowErrors}
            labels={{
              title: t('parScoring.round.importErrors'),
              row: t('parScoring.round.row'),
              column: t('parScoring.round.column'),
              message: t('parScoring.round.message'),
            }}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={!file || !contentType} loading={survey.isPending}>
            {t('parScoring.round.surveySubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WindowForm({ round, onClose }: { round: RoundDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateWindow(round.id);
  const [version] = useState(round.version);
  const [opensOn, setOpensOn] = useState(round.entryOpensOn);
  const [closesOn, setClosesOn] = useState(round.entryClosesOn);
  const invalid = opensOn === '' || closesOn === '' || closesOn < opensOn;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    update.mutate({ version, entryOpensOn: opensOn, entryClosesOn: closesOn }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField
            data-autofocus
            required
            label={t('parScoring.create.opensOn')}
            value={opensOn}
            onChange={(value) => setOpensOn(value)}
            error={
              opensOn === '' ? t('common.requiredField') : serverFieldError(update.error, 'entryOpensOn')
            }
          />
          <DateField
            required
            label={t('parScoring.create.closesOn')}
            min={opensOn || undefined}
            value={closesOn}
            onChange={(value) => setClosesOn(value)}
            error={
              closesOn === ''
                ? t('common.requiredField')
                : closesOn < opensOn
                  ? t('parScoring.create.closesBeforeOpens')
                  : serverFieldError(update.error, 'entryClosesOn')
            }
          />
        </SimpleGrid>
        {update.isError && <ProblemAlert error={update.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" disabled={invalid} loading={update.isPending}>
            {t('parScoring.round.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
