import { Button, FileButton, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError, upload } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { DOSSIERS } from './api';
import { DossierFileItem } from './DossierFileItem';
import { RESULT_FILE_ACCEPT, resultUploadUrl } from './document-links';
import type { Dossier } from './types';

/**
 * The result documents of a dossier (văn bản kết quả) with their downloads, and, for whoever may
 * attach one now, an upload with its progress; the server checks the content, not the name.
 */
export function ResultFiles({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canAttach = dossier.actions.includes('attach_result');
  if (!canAttach && dossier.files.length === 0) return null;

  const send = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const updated = await upload<Dossier>(resultUploadUrl(dossier.id, file.name, dossier.version), {
        file,
        contentType: file.type || 'application/octet-stream',
        onProgress: setProgress,
      });
      queryClient.setQueryData([DOSSIERS, 'detail', dossier.id], updated);
    } catch (caught) {
      setError(caught);
      if (caught instanceof ProblemError && caught.status === 409)
        void queryClient.invalidateQueries({ queryKey: [DOSSIERS, 'detail', dossier.id] });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="result-files">
      <Stack gap="sm">
        <Title order={2} size="h4" id="result-files">
          {t('dossiers.results.title')}
        </Title>
        {dossier.files.length === 0 && <Text size="sm">{t('dossiers.results.none')}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {dossier.files.map((f) => (
            <DossierFileItem
              key={f.id}
              dossierId={dossier.id}
              file={f}
              caption={t('dossiers.results.uploaded', {
                size: fmt.number(Math.ceil(f.size / 1024)),
                date: fmt.dateTime(f.uploadedAt),
                by: f.uploadedBy,
              })}
            />
          ))}
        </Stack>
        {canAttach && (
          <FileButton onChange={(file) => void send(file)} accept={RESULT_FILE_ACCEPT}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconUpload size={16} aria-hidden />}
                w="fit-content"
              >
                {t('dossiers.results.attach')}
              </Button>
            )}
          </FileButton>
        )}
        {progress !== null && (
          <Progress value={progress * 100} aria-label={t('dossiers.results.progress')} animated />
        )}
        {error !== null && <ProblemAlert error={error} />}
        <Text size="xs" c="dimmed">
          {t('dossiers.results.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
