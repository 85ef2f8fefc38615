import { Alert, Button, Code, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuditList, AuditVerifyResponse } from '../../api/types';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { TotalAndPager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { capabilities, useSession } from '../auth/session';

const PAGE_SIZE = 25;

interface Filters {
  readonly action: string;
  readonly actor: string;
  /** datetime-local values (the browser's local time), converted to ISO when sent. */
  readonly from: string;
  readonly to: string;
}

const noFilters: Filters = { action: '', actor: '', from: '', to: '' };

function toIso(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const canVerify = session ? capabilities(session).verifyAudit : false;
  const [draft, setDraft] = useState<Filters>(noFilters);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);

  const entries = useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () =>
      api<AuditList>('/api/audit', {
        query: {
          action: filters.action.trim() || undefined,
          actor: filters.actor.trim() || undefined,
          from: toIso(filters.from),
          to: toIso(filters.to),
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const total = entries.data?.total ?? 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const field = (key: keyof Filters) => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setDraft({ ...draft, [key]: e.currentTarget.value }),
  });

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Stack>
        {canVerify && <VerifyChain />}
        <Paper withBorder p="sm" component="form" onSubmit={onSubmit} aria-label={t('audit.filters')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <TextInput label={t('audit.action')} placeholder="user." {...field('action')} />
            <TextInput label={t('audit.actor')} {...field('actor')} />
            <TextInput type="datetime-local" label={t('audit.from')} {...field('from')} />
            <TextInput type="datetime-local" label={t('audit.to')} {...field('to')} />
          </SimpleGrid>
          <Group mt="sm" gap="xs">
            <Button type="submit" size="xs">
              {t('common.apply')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setDraft(noFilters);
                setFilters(noFilters);
                setPage(1);
              }}
            >
              {t('common.reset')}
            </Button>
          </Group>
        </Paper>
        {entries.isError && <ProblemAlert error={entries.error} />}
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860} scrollAreaProps={keyboardScrollArea(t('audit.table'))}>
            <Table striped aria-label={t('audit.table')} verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
                  <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.data?.entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(e.occurredAt)}</Table.Td>
                    <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                    <Table.Td>
                      <Code>{e.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      {e.targetType ? (
                        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                          {e.targetType}: {e.targetId}
                        </Text>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td>{e.ip ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      {Object.keys(e.details).length > 0 ? (
                        <Code
                          block
                          style={{ maxWidth: 360, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                        >
                          {JSON.stringify(e.details)}
                        </Code>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {entries.data?.entries.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('audit.empty')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <TotalAndPager total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      </Stack>
    </>
  );
}

function VerifyChain() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api<AuditVerifyResponse>('/api/audit/verify') });
  const result = verify.data;
  const broken = result?.streams.filter((s) => !s.intact) ?? [];
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('audit.verify')}
        </Button>
      </Group>
      {verify.isError && <ProblemAlert error={verify.error} />}
      {result && (
        <Alert role="status" color={result.intact ? 'green' : 'red'} variant="light">
          {result.intact
            ? t('audit.intact', { checked: result.checked, streams: result.streams.length })
            : t('audit.broken', { count: broken.length })}
          {broken.map((s) => (
            <Text size="sm" key={s.stream}>
              {t('audit.brokenStream', { stream: s.stream, seq: s.brokenSeq ?? '?', reason: s.reason ?? '' })}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
