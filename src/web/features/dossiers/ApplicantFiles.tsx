import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApplicantFilesDto } from '../../../contracts/dossier-applicant-files';
import { api } from '../../api/client';
import { useFormat } from '../../components/useFormat';
import { DOSSIERS } from './api';
import { DossierFileItem } from './DossierFileItem';
import type { Dossier } from './types';

/** The papers the applicant uploaded with an online dossier, each opening in a new tab (at review and after). */
export function ApplicantFiles({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const files = useQuery({
    queryKey: [DOSSIERS, 'applicant-files', dossier.id, dossier.version],
    queryFn: () => api<ApplicantFilesDto>(`/api/dossiers/${encodeURIComponent(dossier.id)}/applicant-files`),
    enabled: dossier.channel === 'online',
  });
  if (dossier.channel !== 'online' || !files.data) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="applicant-files">
      <Stack gap="sm">
        <Title order={2} size="h4" id="applicant-files">
          {t('dossiers.applicantFiles.title')}
        </Title>
        {files.data.files.length === 0 ? (
          <Text size="sm">{t('dossiers.applicantFiles.none')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {files.data.files.map((f) => (
              <DossierFileItem
                key={f.id}
                dossierId={dossier.id}
                file={f}
                caption={t('dossiers.applicantFiles.uploaded', {
                  size: fmt.number(Math.ceil(f.size / 1024)),
                  date: fmt.dateTime(f.uploadedAt),
                })}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
