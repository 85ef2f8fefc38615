import { Anchor, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { StateBadge } from './DossierBadges';
import { formPdfUrl } from './document-links';
import type { Dossier } from './types';

/** Diễn biến hồ sơ: every recorded event, oldest first, with who, where, when and why. */
export function DossierTimeline({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dossier-timeline">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dossier-timeline">
          {t('dossiers.detail.timeline')}
        </Title>
        <Timeline
          active={dossier.events.length - 1}
          bulletSize={14}
          lineWidth={2}
          color="blue.8"
          data-testid="timeline"
        >
          {dossier.events.map((e) => (
            <Timeline.Item
              key={e.seq}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {t(`dossiers.events.${e.type}`, { defaultValue: e.type })}
                  </Text>
                  <StateBadge state={e.stateAfter} size="sm" />
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.at)}
              </Text>
              <Text size="xs">
                {t('dossiers.detail.timelineBy', {
                  actor: e.actor ?? t('common.none'),
                  unit: e.unit ?? t('common.none'),
                })}
              </Text>
              {e.reason && <Text size="xs">{t('dossiers.detail.timelineReason', { reason: e.reason })}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}

/** The documents issued for the dossier (Mẫu 01–05), each printable as PDF. */
export function IssuedForms({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="issued-forms">
      <Stack gap="sm">
        <Title order={2} size="h4" id="issued-forms">
          {t('dossiers.detail.forms')}
        </Title>
        {dossier.forms.length === 0 && <Text size="sm">{t('dossiers.detail.noForms')}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {dossier.forms.map((f) => {
            const name = t(`dossiers.formKinds.${f.kind}`, { defaultValue: f.kind });
            return (
              <li key={f.id}>
                <Text size="sm" fw={600}>
                  {f.formNumber}: {name}
                </Text>
                <Group gap="sm">
                  <Text size="xs" c="dimmed">
                    {t('dossiers.detail.issuedAt', { date: fmt.dateTime(f.issuedAt) })}
                  </Text>
                  <Anchor href={formPdfUrl(dossier.id, f.id)} target="_blank" rel="noopener" size="xs">
                    <Group gap={4} component="span" wrap="nowrap">
                      <IconPrinter size={14} aria-hidden />
                      {t('dossiers.detail.printForm', { number: f.formNumber })}
                    </Group>
                  </Anchor>
                </Group>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
