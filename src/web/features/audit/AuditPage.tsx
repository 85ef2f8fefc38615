import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowRight, IconShieldCheck } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  ACTION_KIND_WORDS,
  AUDIT_ACTION_KINDS,
  type AuditActionKind,
} from '../../../domain/audit/action-words';
import { api } from '../../api/client';
import type { AuditTimeline, AuditVerifyResponse } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { capabilities, useSession } from '../auth/session';
import { AuditLine } from './AuditLine';
import { type AuditSearch, auditSearchParams, auditTimelineQuery, parseAuditSearch } from './audit-search';

const PAGE_SIZE = 25;

/**
 * The audit log: administrative actions (hash-chained) and dossier commands in one timeline,
 * newest first, in words; filters and page in the address.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession().data;
  const canVerify = session ? capabilities(session).verifyAudit : false;
  const [params, setParams] = useSearchParams();
  const search = parseAuditSearch(params);
  const [draft, setDraft] = useState<AuditSearch>(search);
  // Back and forward change the address: the form shows what is applied.
  const applied = auditSearchParams({ ...search, before: '' }).toString();
  useEffect(() => setDraft(parseAuditSearch(new URLSearchParams(applied))), [applied]);

  const timeline = useQuery({
    queryKey: ['audit-timeline', auditSearchParams(search).toString()],
    queryFn: () =>
      api<AuditTimeline>('/api/audit/timeline', { query: auditTimelineQuery(search, PAGE_SIZE) }),
    placeholderData: keepPreviousData,
  });
  const go = (next: AuditSearch) => setParams(auditSearchParams(next));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...draft, before: '' });
  };
  const text = (key: 'actor' | 'subject') => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setDraft({ ...draft, [key]: e.currentTarget.value }),
  });
  const entries = timeline.data?.entries ?? [];
  const nextCursor = timeline.data?.nextCursor ?? null;

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Stack>
        <Text size="sm">{t('audit.intro')}</Text>
        {canVerify && <VerifyChain />}
        <Paper withBorder p="sm" component="form" onSubmit={onSubmit} aria-label={t('audit.filters')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
            <Select
              label={t('audit.kind')}
              placeholder={t('audit.anyKind')}
              clearable
              data={AUDIT_ACTION_KINDS.map((kind) => ({
                value: kind,
                label: ACTION_KIND_WORDS[kind][fmt.lang],
              }))}
              value={draft.kind || null}
              onChange={(kind) => setDraft({ ...draft, kind: (kind ?? '') as AuditActionKind | '' })}
            />
            <TextInput label={t('audit.actor')} {...text('actor')} />
            <TextInput label={t('audit.subject')} {...text('subject')} />
            <DateField
              label={t('audit.from')}
              value={draft.from}
              onChange={(from) => setDraft({ ...draft, from })}
            />
            <DateField
              label={t('audit.to')}
              value={draft.to}
              min={draft.from || undefined}
              onChange={(to) => setDraft({ ...draft, to })}
            />
          </SimpleGrid>
          <Group mt="sm" gap="xs">
            <Button type="submit" size="xs">
              {t('common.apply')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setParams(new URLSearchParams())}>
              {t('common.reset')}
            </Button>
          </Group>
        </Paper>
        {timeline.isError && <ProblemAlert error={timeline.error} />}
        <Paper withBorder>
          <Table.ScrollContainer minWidth={320} scrollAreaProps={keyboardScrollArea(t('audit.table'))}>
            <Table striped aria-label={t('audit.table')} verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={100}>
                    {t('audit.columns.time')}
                  </Table.Th>
                  <Table.Th scope="col">{t('audit.columns.line')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <LineTime iso={entry.occurredAt} />
                    </Table.Td>
                    <Table.Td>
                      <AuditLine entry={entry} />
                    </Table.Td>
                  </Table.Tr>
                ))}
                {timeline.data && entries.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={2}>{t('audit.empty')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <Group justify="flex-end" gap="xs" component="nav" aria-label={t('common.pager.label')}>
          <Button
            size="xs"
            variant="default"
            disabled={!search.before}
            onClick={() => go({ ...search, before: '' })}
          >
            {t('audit.newest')}
          </Button>
          <Button
            size="xs"
            variant="default"
            rightSection={<IconArrowRight size={14} aria-hidden />}
            disabled={!nextCursor}
            onClick={() => nextCursor && go({ ...search, before: nextCursor })}
          >
            {t('audit.older')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}

/** The day over the time, so the line keeps the width on a phone. */
function LineTime({ iso }: { iso: string }) {
  const fmt = useFormat();
  const [day, time] = fmt.dateTime(iso).split(' ');
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {day}
      </Text>
      <Text size="xs" c="dimmed">
        {time}
      </Text>
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
      <Group gap="sm" wrap="wrap">
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('audit.verify')}
        </Button>
        <Text size="xs" c="dimmed" style={{ flex: '1 1 240px' }}>
          {t('audit.verifyHint')}
        </Text>
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
