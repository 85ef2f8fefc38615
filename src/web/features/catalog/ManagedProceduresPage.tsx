import {
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch, IconTableExport, IconTableImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useSearchParams } from 'react-router';
import type { ManagedProcedure } from '../../api/types';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useCatalogFields, useManagedProcedures } from './api';
import { CreateProcedureModal } from './CreateProcedureModal';
import { PAGE_SIZE, pageCount, SEARCH_DEBOUNCE_MS } from './catalog-search';
import { ImportProceduresModal } from './ImportProceduresModal';
import {
  type ManagedSearch,
  managedSearchParams,
  parseManagedSearch,
  VERSION_STATUSES,
} from './managed-search';
import { StatusBadge } from './ProcedureBadges';
import { useCatalogLabels } from './useCatalogLabels';

/** Thủ tục do tôi quản lý: a catalog admin's procedures with drafts and withdrawn ones, import and export. */
export function ManagedProceduresPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  // The search, filter and page live in the address, so reload and back return to them.
  const [params, setParams] = useSearchParams();
  const search = parseManagedSearch(params);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const results = useManagedProcedures(search);
  /** A new search starts on its first page; typing replaces the history entry, the rest adds one. */
  const update = (patch: Partial<ManagedSearch>, replace = false) =>
    setParams((prev) => managedSearchParams({ ...parseManagedSearch(prev), page: 1, ...patch }), { replace });
  const [text, setText] = useState(search.q);
  const input = useRef<HTMLInputElement>(null);
  const searchFor = useDebouncedCallback((q: string) => update({ q }, true), SEARCH_DEBOUNCE_MS);
  // Back and forward change the address: show its query unless the admin is typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(search.q);
  }, [search.q]);
  const shown = results.data;

  return (
    <>
      <PageTitle
        actions={
          <Button
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('catalog.search.add')}
          </Button>
        }
      >
        {t('catalog.managed.title')}
      </PageTitle>
      <Stack gap="md">
        <Text size="sm">{t('catalog.managed.intro')}</Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconTableImport size={16} aria-hidden />}
            onClick={() => setImporting(true)}
          >
            {t('catalog.managed.importFile')}
          </Button>
          <Button
            component="a"
            href="/api/catalog/import-template.xlsx"
            download
            variant="subtle"
            size="xs"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('catalog.managed.importTemplate')}
          </Button>
          <Button
            component="a"
            href="/api/catalog/export.xlsx"
            download
            variant="subtle"
            size="xs"
            leftSection={<IconTableExport size={16} aria-hidden />}
          >
            {t('catalog.managed.exportXlsx')}
          </Button>
        </Group>
        <Paper withBorder p="md" role="search" aria-label={t('catalog.managed.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              ref={input}
              type="search"
              label={t('catalog.managed.search')}
              placeholder={t('catalog.managed.placeholder')}
              leftSection={<IconSearch size={18} aria-hidden />}
              value={text}
              maxLength={200}
              autoComplete="off"
              onChange={(e) => {
                setText(e.currentTarget.value);
                searchFor(e.currentTarget.value);
              }}
            />
            <Select
              label={t('catalog.managed.status')}
              placeholder={t('catalog.managed.allStatuses')}
              data={VERSION_STATUSES.map((s) => ({ value: s, label: t(`catalog.status.${s}`) }))}
              value={search.status}
              onChange={(value) => update({ status: VERSION_STATUSES.find((s) => s === value) ?? null })}
              clearable
            />
          </SimpleGrid>
        </Paper>

        {results.isError && <ProblemAlert error={results.error} />}
        <Group gap="xs" aria-live="polite" mih={28}>
          {shown && (
            <Text fw={600} data-testid="managed-count">
              {t('catalog.managed.count', { count: shown.total, formatted: fmt.number(shown.total) })}
            </Text>
          )}
          {results.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {shown && shown.total === 0 && (
          <Paper withBorder p="lg" ta="center">
            <Text fw={600}>{t('catalog.managed.empty')}</Text>
          </Paper>
        )}
        {shown && shown.items.length > 0 && <ManagedTable items={shown.items} />}
        {shown && shown.total > PAGE_SIZE && (
          <Pager
            total={pageCount(shown.total)}
            value={search.page}
            onChange={(page) => {
              update({ page });
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Stack>
      <CreateProcedureModal opened={creating} onClose={() => setCreating(false)} />
      <ImportProceduresModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function ManagedTable({ items }: { items: readonly ManagedProcedure[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCatalogLabels();
  const fields = useCatalogFields().data?.fields ?? [];
  const fieldName = (code: string) => {
    const field = fields.find((f) => f.code === code);
    return field ? labels.fieldName(field) : code;
  };
  // Six columns do not fit a phone: there each procedure is a short list item.
  const phone = useMediaQuery('(max-width: 36em)');
  if (phone)
    return (
      <List listStyleType="none" spacing="sm" aria-label={t('catalog.managed.table')}>
        {items.map((p) => (
          <List.Item key={p.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} pb="xs">
            <Anchor
              component={Link}
              to={generatePath(paths.procedureVersions, { id: p.id })}
              fw={600}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
              aria-label={t('catalog.managed.manageLabel', { name: p.name })}
            >
              {p.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {p.code} · {fieldName(p.fieldCode)}
            </Text>
            <Group gap={6} mt={4}>
              <Text size="sm">{t('catalog.managed.versionShort', { version: p.latestVersion })}</Text>
              <StatusBadge status={p.latestStatus} />
              <ScheduledFrom procedure={p} />
              {p.publishedVersion !== null && p.publishedVersion !== p.latestVersion && (
                <Text size="sm">
                  · {t('catalog.managed.inForce')}:{' '}
                  {t('catalog.managed.inForceVersion', { version: p.publishedVersion })}
                </Text>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    );
  return (
    <Table.ScrollContainer minWidth={760} scrollAreaProps={keyboardScrollArea(t('catalog.managed.table'))}>
      <Table aria-label={t('catalog.managed.table')} verticalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th scope="col">{t('catalog.managed.code')}</Table.Th>
            <Table.Th scope="col">{t('catalog.managed.name')}</Table.Th>
            <Table.Th scope="col">{t('catalog.managed.field')}</Table.Th>
            <Table.Th scope="col">{t('catalog.managed.latest')}</Table.Th>
            <Table.Th scope="col">{t('catalog.managed.inForce')}</Table.Th>
            <Table.Th scope="col">{t('catalog.managed.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.code}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 240 }}>
                <Anchor
                  component={Link}
                  to={generatePath(paths.procedureVersions, { id: p.id })}
                  size="sm"
                  aria-label={t('catalog.managed.manageLabel', { name: p.name })}
                >
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{fieldName(p.fieldCode)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{t('catalog.managed.versionShort', { version: p.latestVersion })}</Text>
                  <StatusBadge status={p.latestStatus} />
                  <ScheduledFrom procedure={p} />
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {p.publishedVersion === null ? (
                  <Text size="sm" c="dimmed">
                    {t('catalog.managed.notInForce')}
                  </Text>
                ) : (
                  t('catalog.managed.inForceVersion', { version: p.publishedVersion })
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(p.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The first day of a scheduled latest version ("từ 01/12/2026"); nothing otherwise. */
function ScheduledFrom({ procedure }: { procedure: ManagedProcedure }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (procedure.latestStatus !== 'scheduled' || !procedure.latestEffectiveFrom) return null;
  return (
    <Text size="sm" c="teal.9">
      {t('catalog.managed.scheduledFrom', { date: fmt.day(procedure.latestEffectiveFrom) })}
    </Text>
  );
}
