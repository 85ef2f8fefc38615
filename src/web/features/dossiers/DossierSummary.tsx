import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { CompletionBadge } from './DossierBadges';
import { Facts } from './Facts';
import type { Dossier } from './types';

/** The dossier's facts: the applicant, where and when it was received, its due times and result. */
export function DossierSummary({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const a = dossier.applicant;
  const none = t('common.none');
  const applicant: [string, ReactNode][] = [
    [
      t('dossiers.detail.applicant'),
      <Text key="n" fw={600} size="sm">
        {a.name}
      </Text>,
    ],
    a.kind === 'person'
      ? [t('dossiers.detail.personalId'), a.personalId ?? none]
      : [t('dossiers.detail.organisationCode'), a.organisationCode ?? none],
    [t('dossiers.detail.phone'), a.phone ?? none],
    [t('dossiers.detail.email'), a.email ?? none],
    [t('dossiers.detail.address'), a.address ?? none],
    [t('dossiers.detail.channel'), t(`dossiers.channels.${dossier.channel}`)],
  ];
  const processing: [string, ReactNode][] = [
    [t('dossiers.detail.receivingUnit'), dossier.receivingUnit.name],
    [t('dossiers.detail.competentUnit'), dossier.competentUnit.name],
    [t('dossiers.detail.submittedAt'), fmt.dateTime(dossier.submittedAt)],
    [t('dossiers.detail.receivedAt'), fmt.dateTime(dossier.receivedAt)],
    [
      t('dossiers.detail.appointmentAt'),
      <Text key="a" fw={700} size="sm" data-testid="appointment">
        {fmt.dateTime(dossier.appointmentAt)}
      </Text>,
    ],
    [t('dossiers.detail.legalDueAt'), fmt.dateTime(dossier.legalDueAt)],
  ];
  if (dossier.resolvedAt)
    processing.push([t('dossiers.detail.resolvedAt'), fmt.dateTime(dossier.resolvedAt)]);
  if (dossier.returnedAt)
    processing.push([t('dossiers.detail.returnedAt'), fmt.dateTime(dossier.returnedAt)]);
  if (dossier.delivery)
    processing.push([t('dossiers.detail.delivery'), t(`dossiers.delivery.${dossier.delivery}`)]);
  if (dossier.completion)
    processing.push([
      t('dossiers.detail.completion'),
      <CompletionBadge key="c" completion={dossier.completion} />,
    ]);

  return (
    <Paper withBorder p="md" component="section" aria-label={t('dossiers.detail.summary')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Facts items={applicant} />
        <Facts items={processing} />
      </SimpleGrid>
    </Paper>
  );
}

/** Thành phần hồ sơ as received: each line with its counts and whether it was handed in. */
export function DossierDocuments({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dossier-documents">
      <Stack gap="xs">
        <Title order={2} size="h4" id="dossier-documents">
          {t('dossiers.detail.documents')}
        </Title>
        <List
          spacing={4}
          size="sm"
          aria-label={t('dossiers.detail.documentsTable')}
          listStyleType="none"
          withPadding={false}
        >
          {dossier.documents.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two lines may have the same name
            <List.Item key={i}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                {d.provided ? (
                  <IconCircleCheck size={18} color="var(--mantine-color-green-9)" aria-hidden />
                ) : (
                  <IconCircleX size={18} color="var(--mantine-color-red-8)" aria-hidden />
                )}
                <div>
                  <Text size="sm">{d.name}</Text>
                  <Text size="xs" c="dimmed">
                    {t('dossiers.intake.originals')}: {d.originals} · {t('dossiers.intake.copies')}:{' '}
                    {d.copies} ·{' '}
                    {d.provided ? t('dossiers.detail.providedYes') : t('dossiers.detail.providedNo')}
                  </Text>
                </div>
              </Group>
            </List.Item>
          ))}
        </List>
        {dossier.notes && (
          <Text size="sm">
            <Text span fw={600}>
              {t('dossiers.detail.notes')}:
            </Text>{' '}
            {dossier.notes}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
