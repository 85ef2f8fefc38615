import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { StateBadge } from './DossierBadges';
import { formPdfUrl } from './document-links';
import { Notice } from './Notice';
import type { Dossier, IntakeOutcome } from './types';

/** After an intake: the code, the appointment, the slip to print, and a fresh form. */
export function IntakeResult({
  dossier,
  outcome,
  onNew,
}: {
  dossier: Dossier;
  outcome: IntakeOutcome;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack gap="md">
        <Notice
          color={outcome === 'receive' ? 'green' : 'orange'}
          role="status"
          icon={<IconCircleCheck aria-hidden />}
          title={t(`dossiers.intake.done.${outcome}`)}
        >
          <Group gap="xs">
            <StateBadge state={dossier.state} />
            <Text size="sm">{dossier.procedure.name}</Text>
          </Group>
        </Notice>
        <div>
          <Text size="sm" c="dimmed">
            {t('dossiers.intake.code')}
          </Text>
          <Title order={2} size="h2" data-testid="dossier-code" style={{ overflowWrap: 'anywhere' }}>
            {dossier.code}
          </Title>
        </div>
        {dossier.appointmentAt && (
          <div>
            <Text size="sm" c="dimmed">
              {t('dossiers.intake.appointment')}
            </Text>
            <Text size="xl" fw={700} data-testid="appointment">
              {fmt.dateTime(dossier.appointmentAt)}
            </Text>
          </div>
        )}
        <Stack gap={4}>
          {dossier.forms.map((form) => (
            <Anchor key={form.id} href={formPdfUrl(dossier.id, form.id)} target="_blank" rel="noopener">
              <Group gap={6} component="span" wrap="nowrap">
                <IconPrinter size={18} aria-hidden />
                {t('dossiers.intake.printForm', {
                  number: form.formNumber,
                  name: t(`dossiers.formKinds.${form.kind}`, { defaultValue: form.kind }),
                })}
              </Group>
            </Anchor>
          ))}
        </Stack>
        <Group gap="sm">
          <Button autoFocus leftSection={<IconPlus size={18} aria-hidden />} onClick={onNew}>
            {t('dossiers.intake.newDossier')}
          </Button>
          <Button component={Link} to={generatePath(paths.dossier, { id: dossier.id })} variant="default">
            {t('dossiers.intake.openDossier')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
