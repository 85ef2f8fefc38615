import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCalendarClock, IconCopyPlus, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useLocation, useParams } from 'react-router';
import type { ProcedureVersion, VersionSummary } from '../../api/types';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useCreateDraft, useProcedureVersions } from './api';
import { StatusBadge } from './ProcedureBadges';
import { dayBefore, PublishDialog, type VersionRef, WithdrawDialog } from './VersionDialogs';
import { VersionEditor } from './VersionEditor';

/** A catalog admin's view of one procedure: its versions, a new draft, edit, publish, withdraw. */
export function ManageVersionsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const location = useLocation();
  const versions = useProcedureVersions(id);
  const createDraft = useCreateDraft(id);
  const [notice, setNotice] = useState<string | null>(() => {
    const state = location.state as { notice?: unknown } | null;
    return typeof state?.notice === 'string' ? state.notice : null;
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [publishing, setPublishing] = useState<VersionRef | null>(null);
  const [withdrawing, setWithdrawing] = useState<VersionRef | null>(null);

  const list = versions.data?.versions ?? [];
  const latest = list[0];
  const hasDraft = list.some((v) => v.status === 'draft');
  const current = list.find((v) => v.status === 'published');
  const inForce = current !== undefined;
  const scheduled = list.find((v) => v.status === 'scheduled');

  const onPublished = (result: ProcedureVersion) => {
    setPublishing(null);
    setNotice(
      t(result.status === 'scheduled' ? 'catalog.manage.scheduled' : 'catalog.manage.published', {
        version: result.version,
        date: fmt.day(result.effectiveFrom),
      }),
    );
  };

  return (
    <>
      <PageTitle>{t('catalog.manage.title')}</PageTitle>
      <Stack gap="md">
        <Anchor
          component={Link}
          to={inForce ? generatePath(paths.procedure, { id }) : paths.procedures}
          size="sm"
        >
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={16} aria-hidden />
            {inForce ? t('catalog.manage.back') : t('catalog.detail.back')}
          </Group>
        </Anchor>
        {versions.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        {versions.isError && <ProblemAlert error={versions.error} />}
        {latest && (
          <div>
            <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
              {latest.name}
            </Text>
            <Text size="sm" c="dimmed">
              {t('catalog.search.code', { code: latest.code })}
            </Text>
          </div>
        )}
        <div aria-live="polite">{notice && <SuccessAlert>{notice}</SuccessAlert>}</div>
        {versions.isSuccess && !inForce && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('catalog.manage.notPublic')}
          </Alert>
        )}
        {scheduled?.effectiveFrom && (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCalendarClock aria-hidden />}
            data-testid="scheduled-note"
          >
            {current
              ? t('catalog.manage.scheduledNote', {
                  version: scheduled.version,
                  date: fmt.day(scheduled.effectiveFrom),
                  current: current.version,
                  until: fmt.day(dayBefore(scheduled.effectiveFrom)),
                })
              : t('catalog.manage.scheduledFirstNote', {
                  version: scheduled.version,
                  date: fmt.day(scheduled.effectiveFrom),
                })}
          </Alert>
        )}
        {createDraft.isError && <ProblemAlert error={createDraft.error} />}
        {versions.isSuccess && (
          <Paper withBorder p="md" component="section" aria-labelledby="versions-heading">
            <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
              <div style={{ flex: '1 1 280px' }}>
                <Title order={2} size="h4" id="versions-heading">
                  {t('catalog.manage.versions')}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {hasDraft ? t('catalog.manage.draftExists') : t('catalog.manage.newVersionHint')}
                </Text>
              </div>
              <Button
                size="xs"
                leftSection={<IconCopyPlus size={16} aria-hidden />}
                disabled={hasDraft}
                loading={createDraft.isPending}
                onClick={() =>
                  createDraft.mutate(undefined, {
                    onSuccess: (draft) => {
                      setNotice(t('catalog.manage.created', { version: draft.version }));
                      setEditing(draft.id);
                    },
                  })
                }
              >
                {t('catalog.manage.newVersion')}
              </Button>
            </Group>
            <VersionsTable
              versions={list}
              onEdit={(v) => {
                setNotice(null);
                setEditing(v.id);
              }}
              onPublish={(v) => {
                setNotice(null);
                setPublishing(v);
              }}
              onWithdraw={(v) => {
                setNotice(null);
                setWithdrawing(v);
              }}
            />
          </Paper>
        )}
      </Stack>
      <VersionEditor
        versionId={editing}
        onClose={() => setEditing(null)}
        onPublish={(v) => {
          setEditing(null);
          setPublishing(v);
        }}
      />
      <PublishDialog version={publishing} onClose={() => setPublishing(null)} onDone={onPublished} />
      <WithdrawDialog
        version={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={(result) => {
          setWithdrawing(null);
          setNotice(t('catalog.manage.withdrawn', { version: result.version }));
        }}
      />
    </>
  );
}

interface VersionsTableProps {
  readonly versions: readonly VersionSummary[];
  readonly onEdit: (v: VersionSummary) => void;
  readonly onPublish: (v: VersionSummary) => void;
  readonly onWithdraw: (v: VersionSummary) => void;
}

function VersionsTable({ versions, onEdit, onPublish, onWithdraw }: VersionsTableProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const hasScheduled = versions.some((v) => v.status === 'scheduled');
  return (
    <Table.ScrollContainer minWidth={760} scrollAreaProps={keyboardScrollArea(t('catalog.manage.table'))}>
      <Table aria-label={t('catalog.manage.table')} verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th scope="col">{t('catalog.manage.version')}</Table.Th>
            <Table.Th scope="col">{t('catalog.manage.name')}</Table.Th>
            <Table.Th scope="col">{t('catalog.manage.status')}</Table.Th>
            <Table.Th scope="col">{t('catalog.manage.period')}</Table.Th>
            <Table.Th scope="col">{t('catalog.manage.updatedAt')}</Table.Th>
            <Table.Th scope="col">{t('catalog.manage.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{fmt.number(v.version)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 220 }}>{v.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={v.status} />
                {v.status === 'draft' && (
                  <Text size="xs" mt={4} c={v.problems.length > 0 ? 'red.9' : 'teal.9'}>
                    {v.problems.length > 0
                      ? t('catalog.manage.problemCount', { count: v.problems.length })
                      : t('catalog.manage.ready')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {v.effectiveFrom === null
                  ? t('common.none')
                  : v.status === 'withdrawn' && v.effectiveTo === null
                    ? t('catalog.manage.neverInForce', { from: fmt.day(v.effectiveFrom) })
                    : v.effectiveTo === null
                      ? t('catalog.manage.periodFrom', { from: fmt.day(v.effectiveFrom) })
                      : t('catalog.manage.periodRange', {
                          from: fmt.day(v.effectiveFrom),
                          to: fmt.day(v.effectiveTo),
                        })}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(v.updatedAt)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t(v.status === 'draft' ? 'catalog.manage.edit' : 'catalog.manage.view', {
                      version: v.version,
                    })}
                    onClick={() => onEdit(v)}
                  >
                    {t(v.status === 'draft' ? 'catalog.manage.editShort' : 'catalog.manage.viewShort')}
                  </Button>
                  {v.status === 'draft' && (
                    <Button
                      size="compact-sm"
                      color="teal.9"
                      disabled={v.problems.length > 0}
                      aria-label={t('catalog.manage.publish', { version: v.version })}
                      onClick={() => onPublish(v)}
                    >
                      {t('catalog.manage.publishShort')}
                    </Button>
                  )}
                  {/* The version in force is withdrawn after its scheduled successor (the server insists). */}
                  {(v.status === 'scheduled' || (v.status === 'published' && !hasScheduled)) && (
                    <Button
                      size="compact-sm"
                      variant="outline"
                      color="red.9"
                      aria-label={t('catalog.manage.withdraw', { version: v.version })}
                      onClick={() => onWithdraw(v)}
                    >
                      {t('catalog.manage.withdrawShort')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
