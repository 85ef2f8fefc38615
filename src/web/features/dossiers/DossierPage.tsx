import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconMailHeart } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ProblemError } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { DossierNotices } from '../notifications/DossierNotices';
import { ApplicantFiles } from './ApplicantFiles';
import { AssignPanel } from './AssignPanel';
import { useDossier, useReloadDossier } from './api';
import { URGENCY_COLORS } from './badge-colors';
import { ControlSlip } from './ControlSlip';
import { DossierActions } from './DossierActions';
import { StateBadge } from './DossierBadges';
import { DossierTimeline, IssuedForms } from './DossierHistory';
import { DossierDocuments, DossierSummary } from './DossierSummary';
import type { DossierAction } from './dossier-commands';
import { Notice } from './Notice';
import { ResultFiles } from './ResultFiles';
import type { Dossier } from './types';

type PageNotice =
  | { kind: 'done'; action: DossierAction; state: Dossier['state'] }
  | { kind: 'changed'; message: string };

/** One dossier: its facts, the control slip, the timeline, the issued forms and the caller's actions. */
export function DossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useDossier(id);
  const reload = useReloadDossier();
  const [notice, setNotice] = useState<PageNotice | null>(null);

  if (dossier.isPending) return <Loader aria-label={t('common.loading')} />;
  if (dossier.isError)
    return (
      <Stack>
        <BackLink />
        {dossier.error instanceof ProblemError && dossier.error.status === 404 ? (
          <Notice color="orange" role="alert">
            {t('dossiers.detail.notFound')}
          </Notice>
        ) : (
          <ProblemAlert error={dossier.error} />
        )}
      </Stack>
    );
  const d = dossier.data;
  return (
    <Stack gap="md">
      <BackLink />
      <PageTitle>{d.code}</PageTitle>
      <Group gap="sm" mt={-12} wrap="wrap">
        <StateBadge state={d.state} size="lg" />
        {d.overdue && (
          <Badge color="red.8" autoContrast size="lg" tt="none">
            {t('dossiers.detail.overdueBadge')}
          </Badge>
        )}
        {d.dueSoon && (
          <Badge color={URGENCY_COLORS.due_soon} autoContrast size="lg" tt="none">
            {t('dossiers.detail.dueSoonBadge')}
          </Badge>
        )}
        {d.otherLevelReceipt && (
          <Tooltip
            label={t('dossiers.detail.otherLevelBadgeHint', {
              level: t(`catalog.levels.${d.otherLevelReceipt}`).toLowerCase(),
            })}
            multiline
            w={280}
            events={{ hover: true, focus: true, touch: true }}
          >
            <Badge
              color="violet.8"
              autoContrast
              size="lg"
              tt="none"
              tabIndex={0}
              data-testid="other-level-badge"
            >
              {t('dossiers.detail.otherLevelBadge')}
            </Badge>
          </Tooltip>
        )}
        <Text fw={600}>{d.procedure.name}</Text>
        <Text size="sm" c="dimmed">
          {d.procedure.code}
        </Text>
      </Group>
      {notice?.kind === 'done' && (
        <Notice
          color="green"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t('common.close')}
        >
          {t('dossiers.detail.done', {
            action: t(`dossiers.actions.${notice.action}`),
            state: t(`dossiers.states.${notice.state}`),
          })}
        </Notice>
      )}
      {notice?.kind === 'changed' && (
        <Notice color="orange" role="alert" title={t('dossiers.detail.changed')}>
          {notice.message} {t('dossiers.detail.reloaded')}
        </Notice>
      )}
      {d.apologyRequired && (
        <Alert
          color="red"
          variant="filled"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('dossiers.detail.apologyRequired')}
        >
          {t('dossiers.detail.apologyRequiredText')}
        </Alert>
      )}
      {d.apology && <ApologyNote apology={d.apology} />}
      <Paper withBorder p="md" component="section" aria-labelledby="dossier-actions">
        <Stack gap="xs">
          <Title order={2} size="h4" id="dossier-actions">
            {t('dossiers.detail.actions')}
          </Title>
          <DossierActions
            dossier={d}
            onDone={(action, updated) => setNotice({ kind: 'done', action, state: updated.state })}
            onConflict={(error: ProblemError) => {
              setNotice({ kind: 'changed', message: error.detail });
              void reload(d.id);
            }}
          />
        </Stack>
      </Paper>
      <AssignPanel
        dossier={d}
        onConflict={(error: ProblemError) => {
          setNotice({ kind: 'changed', message: error.detail });
          void reload(d.id);
        }}
      />
      <DossierSummary dossier={d} />
      <ControlSlip dossier={d} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DossierTimeline dossier={d} />
        <Stack gap="md">
          <ApplicantFiles dossier={d} />
          <IssuedForms dossier={d} />
          <ResultFiles dossier={d} />
          <DossierDocuments dossier={d} />
          {/* A unit holding only an inter-agency part sees neither the forms nor the notices. */}
          {(d.forms.length > 0 || d.notices.length > 0) && <DossierNotices notices={d.notices} />}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const search =
    state && typeof state === 'object' && 'fromInbox' in state && typeof state.fromInbox === 'string'
      ? state.fromInbox
      : '';
  return (
    <Anchor component={Link} to={`${paths.dossiers}${search}`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('dossiers.detail.back')}
      </Group>
    </Anchor>
  );
}

function ApologyNote({ apology }: { apology: NonNullable<Dossier['apology']> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Notice color="blue" icon={<IconMailHeart aria-hidden />} title={t('dossiers.detail.apology')}>
      <Text size="sm" fw={700}>
        {t('dossiers.detail.apologyNewDate', { date: fmt.dateTime(apology.newAppointmentAt) })}
      </Text>
      <Text size="sm">{t('dossiers.detail.apologyReason', { reason: apology.reason })}</Text>
      <Text size="xs" c="dimmed">
        {t('dossiers.detail.apologyBy', {
          unit: apology.unit,
          date: fmt.dateTime(apology.at),
          by: apology.by,
        })}
      </Text>
    </Notice>
  );
}
