import { Anchor, Button, Center, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter, IconVersions } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useLocation, useParams } from 'react-router';
import { ProblemError } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { paths } from '../../routes/paths';
import { capabilities, useSession } from '../auth/session';
import { useProcedure, useProcedureVersions } from './api';
import { LevelBadges, OnlineBadge } from './ProcedureBadges';
import { Documents } from './ProcedureDocuments';
import { Fees, GeneralFacts, LegalBasis, Steps, UnitsSection } from './ProcedureSections';
import './print.css';
import { useCatalogLabels } from './useCatalogLabels';

/** Everything a citizen must know before applying, printable; catalog admins reach the versions. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const labels = useCatalogLabels();
  const procedure = useProcedure(id);
  const session = useSession().data;
  const canManage = session ? capabilities(session).manageCatalog : false;
  // Answers only for procedures the admin manages (404 otherwise): then the link is offered.
  const managed = useProcedureVersions(id, canManage).isSuccess;
  const fromSearch = (location.state as { fromSearch?: unknown } | null)?.fromSearch;
  const back = `${paths.procedures}${typeof fromSearch === 'string' ? fromSearch : ''}`;

  const backLink = (
    <Anchor component={Link} to={back} size="sm" data-print-hidden>
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('catalog.detail.back')}
      </Group>
    </Anchor>
  );
  const manageLink = managed && (
    <Button
      component={Link}
      to={generatePath(paths.procedureVersions, { id })}
      variant="default"
      size="xs"
      leftSection={<IconVersions size={16} aria-hidden />}
    >
      {t('catalog.detail.manage')}
    </Button>
  );

  if (procedure.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (procedure.isError) {
    const missing = procedure.error instanceof ProblemError && procedure.error.status === 404;
    return (
      <Stack gap="sm">
        {backLink}
        {missing ? (
          <>
            <PageTitle>{t('catalog.detail.notFoundTitle')}</PageTitle>
            <Text>{t('catalog.detail.notFound')}</Text>
          </>
        ) : (
          <ProblemAlert error={procedure.error} />
        )}
        {manageLink && <Group>{manageLink}</Group>}
      </Stack>
    );
  }

  const p = procedure.data;
  return (
    <Stack gap="md" data-printable>
      {backLink}
      <div>
        <PageTitle
          actions={
            <Group gap="xs" data-print-hidden>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPrinter size={16} aria-hidden />}
                onClick={() => window.print()}
              >
                {t('catalog.detail.print')}
              </Button>
              {manageLink}
            </Group>
          }
        >
          {p.name}
        </PageTitle>
        <Group gap={6} mt={-8} wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('catalog.search.code', { code: p.code })} · {labels.fieldName(p.field)}
          </Text>
          <LevelBadges levels={p.levels} />
          <OnlineBadge online={p.online} />
        </Group>
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <GeneralFacts procedure={p} />
            <Documents documents={p.documents} />
            <Fees fees={p.fees} />
            <Steps steps={p.steps} />
            <LegalBasis legalBasis={p.legalBasis} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <UnitsSection title={t('catalog.detail.where')} units={p.receivingUnits} />
            <UnitsSection title={t('catalog.detail.competent')} units={p.competentUnits} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
