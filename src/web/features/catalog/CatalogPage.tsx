import {
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconPlus, IconSearch, IconTableExport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { viCollator } from '../../i18n/format';
import { capabilities, useSession } from '../auth/session';
import { useCatalogFields, useProcedureSearch } from './api';
import { CreateProcedureModal } from './CreateProcedureModal';
import {
  type CatalogSearch,
  catalogSearchParams,
  ONLINE_AVAILABILITY,
  PROCEDURE_LEVELS,
  pageCount,
  parseCatalogSearch,
  SEARCH_DEBOUNCE_MS,
} from './catalog-search';
import { ProcedureResultList } from './ProcedureResultList';
import { useCatalogLabels } from './useCatalogLabels';

/** The public catalog: search as you type, filters, one page of results; admins also add procedures. */
export function CatalogPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCatalogLabels();
  const [params, setParams] = useSearchParams();
  const search = parseCatalogSearch(params);
  const session = useSession().data;
  const canManage = session ? capabilities(session).manageCatalog : false;
  const [creating, setCreating] = useState(false);
  const results = useProcedureSearch(search);
  const fields = useCatalogFields();

  /** A new search starts on its first page; typing replaces the history entry, the rest adds one. */
  const update = (patch: Partial<CatalogSearch>, replace = false) =>
    setParams((prev) => catalogSearchParams({ ...parseCatalogSearch(prev), page: 1, ...patch }), { replace });

  const [text, setText] = useState(search.q);
  const input = useRef<HTMLInputElement>(null);
  const searchFor = useDebouncedCallback((q: string) => update({ q }, true), SEARCH_DEBOUNCE_MS);
  // Back and forward change the address: show its query unless the visitor is typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(search.q);
  }, [search.q]);

  const fieldOptions = (fields.data?.fields ?? [])
    .map((f) => ({
      value: f.code,
      label: t('catalog.search.fieldOption', { name: labels.fieldName(f), count: fmt.number(f.procedures) }),
    }))
    .sort((a, b) => viCollator.compare(a.label, b.label));
  const filtered = search.q.trim() !== '' || search.field || search.level || search.online;
  const shown = results.data;

  return (
    <>
      <PageTitle
        actions={
          canManage && (
            <Button
              size="xs"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('catalog.search.add')}
            </Button>
          )
        }
      >
        {t('catalog.search.title')}
      </PageTitle>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text size="sm" maw={760}>
            {t('catalog.search.intro')}
          </Text>
          <Anchor href="/api/catalog/export.xlsx" download size="sm">
            <Group gap={4} component="span" wrap="nowrap">
              <IconTableExport size={16} aria-hidden />
              {t('catalog.search.export')}
            </Group>
          </Anchor>
        </Group>
        <Paper withBorder p="md" role="search" aria-label={t('catalog.search.filters')}>
          <Stack gap="sm">
            <TextInput
              ref={input}
              type="search"
              size="lg"
              label={t('catalog.search.label')}
              description={t('catalog.search.example')}
              placeholder={t('catalog.search.placeholder')}
              leftSection={<IconSearch size={20} aria-hidden />}
              value={text}
              maxLength={200}
              autoComplete="off"
              onChange={(e) => {
                setText(e.currentTarget.value);
                searchFor(e.currentTarget.value);
              }}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('catalog.search.field')}
                placeholder={t('catalog.search.allFields')}
                data={fieldOptions}
                value={search.field}
                onChange={(field) => update({ field })}
                searchable
                clearable
                nothingFoundMessage={t('catalog.search.empty')}
              />
              <Select
                label={t('catalog.search.level')}
                placeholder={t('catalog.search.allLevels')}
                data={PROCEDURE_LEVELS.map((l) => ({ value: l, label: t(`catalog.levels.${l}`) }))}
                value={search.level}
                onChange={(level) => update({ level: PROCEDURE_LEVELS.find((l) => l === level) ?? null })}
                clearable
              />
              <Select
                label={t('catalog.search.online')}
                placeholder={t('catalog.search.allOnline')}
                data={ONLINE_AVAILABILITY.map((o) => ({ value: o, label: t(`catalog.online.${o}`) }))}
                value={search.online}
                onChange={(online) =>
                  update({ online: ONLINE_AVAILABILITY.find((o) => o === online) ?? null })
                }
                clearable
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        {results.isError && <ProblemAlert error={results.error} />}
        <Group gap="xs" aria-live="polite" mih={28}>
          {shown && (
            <Text fw={600} data-testid="result-count">
              {t('catalog.search.count', { count: shown.total, formatted: fmt.number(shown.total) })}
            </Text>
          )}
          {results.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>

        {shown && shown.total === 0 && (
          <Paper withBorder p="lg" ta="center">
            <Text fw={600}>{t('catalog.search.empty')}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('catalog.search.emptyHint')}
            </Text>
            {filtered && (
              <Button
                mt="sm"
                variant="default"
                leftSection={<IconFilterOff size={16} aria-hidden />}
                onClick={() => {
                  setText('');
                  setParams(new URLSearchParams());
                }}
              >
                {t('catalog.search.clear')}
              </Button>
            )}
          </Paper>
        )}
        {shown && shown.items.length > 0 && <ProcedureResultList items={shown.items} />}
        {shown && shown.total > 0 && pageCount(shown.total) > 1 && (
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
      {canManage && <CreateProcedureModal opened={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
