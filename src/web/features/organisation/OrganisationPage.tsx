import {
  Alert,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconArrowMerge, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { capabilities, useSession } from '../auth/session';
import { OfficeHoursCard } from '../calendar/OfficeHoursCard';
import { useUnits } from './api';
import { CloseUnitModal } from './CloseUnitModal';
import { CsvTemplateLink, ImportUnitsModal } from './ImportUnitsModal';
import { MergeUnitsModal } from './MergeUnitsModal';
import { UnitDetail } from './UnitDetail';
import { UnitFormModal } from './UnitFormModal';
import { UnitSignersCard } from './UnitSignersCard';
import { UnitTree } from './UnitTree';

type Dialog = 'create' | 'edit' | 'close' | 'merge' | 'import' | null;

export function OrganisationPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const canAdmin = session ? capabilities(session).adminUnits : false;
  const canEditOfficeHours = session ? capabilities(session).editOfficeHours : false;
  const canEditSigners = session ? capabilities(session).editUnitSigners : false;
  // The md breakpoint, where the detail column stands beside the tree.
  const besideTree = useMediaQuery('(min-width: 62em)');
  const today = todayInProvince();
  const [onDate, setOnDate] = useState(today);
  const [showClosed, setShowClosed] = useState(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Shown: in force on the chosen day, or every unit ever when closed ones are asked for.
  const shown = useUnits({ on: showClosed ? undefined : onDate || today, q: q || undefined });
  // Every unit, for names of parents and successors outside the shown set.
  const everything = useUnits({});
  const openToday = useUnits({ on: today });

  const unitsById = useMemo(() => {
    const map = new Map<string, Unit>();
    for (const u of everything.data?.units ?? []) map.set(u.id, u);
    for (const u of shown.data?.units ?? []) map.set(u.id, u);
    return map;
  }, [everything.data, shown.data]);
  const selected = selectedId ? (unitsById.get(selectedId) ?? null) : null;
  const levels = shown.data?.levels ?? [];
  const openUnits = openToday.data?.units ?? [];

  const finish = (message: string, unit?: Unit) => {
    setDialog(null);
    setNotice(message);
    if (unit) setSelectedId(unit.id);
  };

  return (
    <>
      <PageTitle
        actions={
          canAdmin && (
            <>
              <Button
                size="xs"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setDialog('create')}
              >
                {t('organisation.actions.create')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArrowMerge size={16} aria-hidden />}
                onClick={() => setDialog('merge')}
              >
                {t('organisation.actions.merge')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={() => setDialog('import')}
              >
                {t('organisation.actions.import')}
              </Button>
            </>
          )
        }
      >
        {t('organisation.title')}
      </PageTitle>
      <Stack gap="md">
        {!canAdmin && <Text size="sm">{t('organisation.readOnly')}</Text>}
        {canAdmin && <CsvTemplateLink />}
        {notice && <SuccessAlert>{notice}</SuccessAlert>}
        <Paper withBorder p="sm" component="section" aria-label={t('audit.filters')}>
          <Group align="flex-end" gap="md">
            <DateField
              label={t('organisation.onDate')}
              value={onDate}
              onChange={(value) => setOnDate(value)}
              disabled={showClosed}
              w={{ base: '100%', xs: 180 }}
            />
            <TextInput
              type="search"
              label={t('organisation.filter')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: '100%', xs: 260 }}
            />
            <Switch
              label={t('organisation.showClosed')}
              checked={showClosed}
              onChange={(e) => setShowClosed(e.currentTarget.checked)}
              mb={8}
            />
          </Group>
        </Paper>
        {shown.isError && <ProblemAlert error={shown.error} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="sm" component="section" aria-labelledby="unit-tree-heading">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id="unit-tree-heading">
                  {t('organisation.tree')}
                </Title>
                {shown.isFetching ? (
                  <Loader size="xs" aria-label={t('common.loading')} />
                ) : (
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {t('organisation.count', { count: shown.data?.units.length ?? 0 })}
                  </Text>
                )}
              </Group>
              {shown.data && shown.data.units.length === 0 && (
                <Alert color="gray">{t('organisation.empty')}</Alert>
              )}
              {shown.data && (
                <UnitTree
                  units={shown.data.units}
                  unitsById={unitsById}
                  onDate={showClosed ? today : onDate || today}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  label={t('organisation.tree')}
                />
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            {/* Beside a long tree it stays in view, scrolling itself so its foot is always reachable. */}
            <Stack
              gap="md"
              style={
                besideTree
                  ? { position: 'sticky', top: 72, maxHeight: 'calc(100vh - 88px)', overflowY: 'auto' }
                  : undefined
              }
            >
              <UnitDetail
                unit={selected}
                unitsById={unitsById}
                levels={levels}
                onDate={showClosed ? today : onDate || today}
                canAdmin={canAdmin}
                onSelect={setSelectedId}
                onEdit={() => setDialog('edit')}
                onClose={() => setDialog('close')}
              />
              {selected && (
                <OfficeHoursCard
                  key={selected.id}
                  unit={selected}
                  unitsById={unitsById}
                  canEdit={canEditOfficeHours}
                />
              )}
              {selected && canEditSigners && (
                <UnitSignersCard key={`signers-${selected.id}`} unit={selected} />
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>

      {canAdmin && (
        <>
          <UnitFormModal
            opened={dialog === 'create' || dialog === 'edit'}
            unit={dialog === 'edit' ? selected : null}
            openUnits={openUnits}
            levels={levels}
            onClose={() => setDialog(null)}
            onSaved={(unit) =>
              finish(
                dialog === 'edit'
                  ? t('organisation.updated')
                  : t('organisation.created', { name: unit.name }),
                unit,
              )
            }
          />
          <CloseUnitModal
            unit={dialog === 'close' ? selected : null}
            onClose={() => setDialog(null)}
            onClosed={(unit) => finish(t('organisation.closed'), unit)}
          />
          <MergeUnitsModal
            opened={dialog === 'merge'}
            openUnits={openUnits}
            levels={levels}
            onClose={() => setDialog(null)}
            onMerged={(r) =>
              finish(
                t('organisation.merge.done', { count: r.closed.length, name: r.successor.name }),
                r.successor,
              )
            }
          />
          <ImportUnitsModal opened={dialog === 'import'} onClose={() => setDialog(null)} />
        </>
      )}
    </>
  );
}
