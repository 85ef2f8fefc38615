import { Badge, Button, Collapse, Group, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateFields';
import { useFormat } from '../../components/useFormat';
import { useCatalogFields } from '../catalog/api';
import { useProcedureDetail, useProcedureSuggestions } from './api';
import { activeFilterCount } from './inbox-search';
import type { InboxFilters as Filters, InboxFilterKey } from './types';

const STATES = [
  'submitted',
  'received',
  'needs_supplement',
  'processing',
  'inter_agency',
  'paused',
  'resolved',
  'returned',
  'refused',
  'stopped',
  'withdrawn',
  'cancelled',
] as const;
const CHANNELS = ['counter', 'online', 'postal'] as const;
const DUE = ['in_time', 'due_soon', 'overdue'] as const;
const ASSIGNEE = ['me', 'none'] as const;

/** The list's filters (received days, procedure, field, state, channel, due, who has it), kept in the address. */
export function InboxFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const count = activeFilterCount(filters);
  // Set filters show at once on a wide screen; on a phone they would push the list off it.
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(count > 0 && !phone);
  const set = (key: InboxFilterKey, value: string | null) =>
    onChange({ ...filters, [key]: value ?? undefined });
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFilter size={16} aria-hidden />}
          rightSection={count > 0 ? <Badge size="sm">{count}</Badge> : null}
          aria-expanded={open}
          aria-controls="inbox-filters"
          onClick={() => setOpen((o) => !o)}
        >
          {t('dossiers.filters.open')}
        </Button>
        {count > 0 && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => onChange({})}
          >
            {t('dossiers.filters.clear')}
          </Button>
        )}
      </Group>
      <Collapse expanded={open}>
        <Paper withBorder p="sm" id="inbox-filters" role="group" aria-label={t('dossiers.filters.title')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <DateField
              label={t('dossiers.filters.receivedFrom')}
              value={filters.receivedFrom ?? ''}
              onChange={(v) => set('receivedFrom', v || null)}
            />
            <DateField
              label={t('dossiers.filters.receivedTo')}
              value={filters.receivedTo ?? ''}
              onChange={(v) => set('receivedTo', v || null)}
            />
            <ProcedureFilter value={filters.procedureId ?? null} onChange={(v) => set('procedureId', v)} />
            <FieldFilter value={filters.field ?? null} onChange={(v) => set('field', v)} />
            <Select
              label={t('dossiers.filters.state')}
              placeholder={t('dossiers.filters.any')}
              data={options(STATES, (s) => t(`dossiers.states.${s}`))}
              value={filters.state ?? null}
              onChange={(v) => set('state', v)}
              clearable
            />
            <Select
              label={t('dossiers.filters.channel')}
              placeholder={t('dossiers.filters.any')}
              data={options(CHANNELS, (c) => t(`dossiers.channels.${c}`))}
              value={filters.channel ?? null}
              onChange={(v) => set('channel', v)}
              clearable
            />
            <Select
              label={t('dossiers.filters.due')}
              placeholder={t('dossiers.filters.any')}
              data={options(DUE, (d) => t(`dossiers.filters.dueValues.${d}`))}
              value={filters.due ?? null}
              onChange={(v) => set('due', v)}
              clearable
            />
            <Select
              label={t('dossiers.filters.assignee')}
              placeholder={t('dossiers.filters.any')}
              data={options(ASSIGNEE, (a) => t(`dossiers.filters.assigneeValues.${a}`))}
              value={ASSIGNEE.find((a) => a === filters.assignee) ?? null}
              onChange={(v) => set('assignee', v)}
              clearable
            />
          </SimpleGrid>
        </Paper>
      </Collapse>
    </Stack>
  );
}

function ProcedureFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const chosen = useProcedureDetail(value);
  const suggestions = useProcedureSuggestions(typed);
  const data = (suggestions.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (value && chosen.data && !data.some((d) => d.value === value))
    data.unshift({ value, label: chosen.data.name });
  return (
    <Select
      label={t('dossiers.filters.procedure')}
      placeholder={t('dossiers.filters.procedureAny')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      onSearchChange={setTyped}
      filter={({ options }) => options}
      nothingFoundMessage={typed.trim() ? t('dossiers.filters.noProcedure') : undefined}
      maxDropdownHeight={260}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}

function FieldFilter({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fields = useCatalogFields().data?.fields ?? [];
  return (
    <Select
      label={t('dossiers.filters.field')}
      placeholder={t('dossiers.filters.any')}
      searchable
      clearable
      data={fields.map((f) => ({ value: f.code, label: fmt.lang === 'vi' ? f.nameVi : f.nameEn }))}
      value={value}
      onChange={onChange}
    />
  );
}
