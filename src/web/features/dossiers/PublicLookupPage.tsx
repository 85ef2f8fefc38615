import { Button, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconMailHeart, IconSearch } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { usePublicStatus } from './api';
import { StateBadge } from './DossierBadges';
import { Facts } from './Facts';
import { LookupFields } from './LookupFields';
import { Notice } from './Notice';
import { type LookupProblems, lookupFailure, lookupProblems } from './public-lookup';
import type { PublicStatus } from './types';

function factorFromHome(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('factor' in state)) return null;
  return typeof state.factor === 'string' ? state.factor : null;
}

/** Tra cứu hồ sơ: anyone with the code and the applicant's phone (or id digits) sees the progress. */
export function PublicLookupPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // The receipt's QR code may carry the code; the second factor is always typed, here or on the
  // public home, which passes it in the navigation's state (never in the address).
  const typedOnHome = factorFromHome(useLocation().state);
  const [code, setCode] = useState(params.get('code') ?? '');
  const [factor, setFactor] = useState(typedOnHome ?? '');
  const [problems, setProblems] = useState<LookupProblems>({});
  const [asked, setAsked] = useState<{ code: string; factor: string; attempt: number } | null>(() =>
    typedOnHome && code ? { code: code.trim(), factor: typedOnHome, attempt: 1 } : null,
  );
  const status = usePublicStatus(asked);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = lookupProblems({ code, factor });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setAsked({ code: code.trim(), factor: factor.trim(), attempt: (asked?.attempt ?? 0) + 1 });
  };
  const failure = status.isError ? lookupFailure(status.error) : null;

  return (
    <>
      <PageTitle>{t('dossiers.lookup.title')}</PageTitle>
      <Stack gap="md" maw={880}>
        <Text size="sm">{t('dossiers.lookup.intro')}</Text>
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={onSubmit}
          aria-label={t('dossiers.lookup.form')}
          noValidate
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <LookupFields
              code={code}
              factor={factor}
              problems={problems}
              onCode={setCode}
              onFactor={setFactor}
            />
          </SimpleGrid>
          <Button
            type="submit"
            mt="md"
            leftSection={<IconSearch size={18} aria-hidden />}
            loading={status.isFetching}
          >
            {t('dossiers.lookup.submit')}
          </Button>
        </Paper>
        {failure === 'not_found' && (
          <Notice color="orange" role="alert" title={t('dossiers.lookup.notFound')}>
            {t('dossiers.lookup.notFoundText')}
          </Notice>
        )}
        {failure === 'rate_limited' && (
          <Notice color="red" role="alert" title={t('dossiers.lookup.rateLimited')}>
            {t('dossiers.lookup.rateLimitedText')}
          </Notice>
        )}
        {failure === 'other' && <ProblemAlert error={status.error} />}
        {status.data && !status.isError && <StatusCard status={status.data} />}
      </Stack>
    </>
  );
}

function StatusCard({ status }: { status: PublicStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const facts: [string, ReactNode][] = [
    [t('dossiers.lookup.state'), <StateBadge key="s" state={status.state} size="lg" />],
    [t('dossiers.lookup.procedure'), status.procedureName],
    [t('dossiers.lookup.applicant'), status.applicantName],
    [t('dossiers.lookup.receivedAt'), fmt.dateTime(status.receivedAt)],
    [t('dossiers.lookup.appointmentAt'), fmt.dateTime(status.appointmentAt)],
  ];
  if (status.returnedAt) facts.push([t('dossiers.lookup.returnedAt'), fmt.dateTime(status.returnedAt)]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lookup-result" data-testid="lookup-result">
      <Stack gap="md">
        <Title order={2} size="h3" id="lookup-result" style={{ overflowWrap: 'anywhere' }}>
          {t('dossiers.lookup.result', { code: status.code })}
        </Title>
        <Facts items={facts} />
        {status.apology && (
          <Notice color="blue" icon={<IconMailHeart aria-hidden />} title={t('dossiers.lookup.apology')}>
            <Text size="sm" fw={700}>
              {t('dossiers.lookup.apologyText', { date: fmt.dateTime(status.apology.newAppointmentAt) })}
            </Text>
            <Text size="sm">{t('dossiers.lookup.apologyReason', { reason: status.apology.reason })}</Text>
          </Notice>
        )}
        <Title order={3} size="h5">
          {t('dossiers.lookup.steps')}
        </Title>
        {status.steps.length === 0 ? (
          <Text size="sm">{t('dossiers.lookup.noSteps')}</Text>
        ) : (
          <Table aria-label={t('dossiers.lookup.stepsTable')} verticalSpacing={6} fz="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dossiers.lookup.stepName')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.lookup.stepState')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.lookup.stepFinished')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.steps.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id in the public answer
                <Table.Tr key={i}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {s.name}
                    <Text size="xs" c="dimmed">
                      {s.unit}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`dossiers.stepStates.${s.state}`, { defaultValue: s.state })}</Table.Td>
                  <Table.Td>{fmt.dateTime(s.finishedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
