import { Paper, Select, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types';
import { DateField } from '../../components/DateFields';
import { todayInProvince, viCollator } from '../../i18n/format';
import { useUnitsInScope } from '../dossiers/api';
import {
  GROUP_BYS,
  type GroupBy,
  PERIOD_KINDS,
  type PeriodKind,
  periodName,
  periodParts,
  quarterOf,
  type StatsScope,
} from './stats-search';

/** How many years back the period picker offers. */
const YEARS_BACK = 6;

/**
 * The scope of a statistics page: the period (month, quarter, 6 or 9 months, year, or dates),
 * the unit and the level of the units counted, with or without the units under and the merged
 * units' history; and, on the report, what its rows are.
 */
export function ScopeFilters({
  scope,
  onChange,
  by,
  onBy,
  withUnitOptions = true,
}: {
  scope: StatsScope;
  onChange: (patch: Partial<StatsScope>) => void;
  by?: GroupBy;
  onBy?: (by: GroupBy) => void;
  /** The level filter and the two switches (the index is computed for a unit as a whole). */
  withUnitOptions?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const today = todayInProvince();
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const parts = scope.period ? periodParts(scope.period) : null;
  const kind: PeriodKind = parts?.kind ?? 'custom';
  const year = parts?.year ?? thisYear;
  const index = parts?.index ?? 1;
  const units = useUnitsInScope();
  const en = i18n.language === 'en';

  const setPeriod = (k: PeriodKind, y: number, i: number) => {
    if (k === 'custom') {
      onChange({ period: null, from: scope.from ?? `${today.slice(0, 7)}-01`, to: scope.to ?? today });
      return;
    }
    onChange({ period: periodName(k, y, i), from: null, to: null });
  };
  /** The index a kind starts at when chosen: the current month, quarter or half. */
  const startIndex = (k: PeriodKind, y: number) => {
    const month = y === thisYear ? thisMonth : 12;
    if (k === 'month') return month;
    if (k === 'quarter') return quarterOf(month);
    if (k === 'half') return month > 6 ? 2 : 1;
    return 1;
  };
  const future = (k: PeriodKind, y: number, i: number) => {
    if (y < thisYear) return false;
    if (k === 'month') return i > thisMonth;
    if (k === 'quarter') return (i - 1) * 3 + 1 > thisMonth;
    if (k === 'half') return i === 2 && thisMonth < 7;
    return false;
  };
  const indexOptions = (k: PeriodKind) => {
    const count = k === 'month' ? 12 : k === 'quarter' ? 4 : k === 'half' ? 2 : 0;
    return Array.from({ length: count }, (_, n) => ({
      value: String(n + 1),
      label:
        k === 'half'
          ? t(`stats.filters.halfOptions.h${n + 1}`)
          : t(`stats.filters.${k}Option`, { n: n + 1, month: String(n + 1).padStart(2, '0') }),
      disabled: future(k, year, n + 1),
    }));
  };
  const unitOptions = [...(units.data?.units ?? [])]
    .sort((a: Unit, b: Unit) => a.levelCode.localeCompare(b.levelCode) || viCollator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  const selectedUnit = units.data?.units.find((u) => u.id === scope.unit || u.code === scope.unit);
  const levels = units.data?.levels ?? [];

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('stats.filters.title')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label={t('stats.filters.periodKind')}
          data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`stats.periodKinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => {
            const k = PERIOD_KINDS.find((p) => p === value) ?? 'month';
            setPeriod(k, year, startIndex(k, year));
          }}
        />
        {kind !== 'custom' && (
          <Select
            label={t('stats.filters.year')}
            data={Array.from({ length: YEARS_BACK }, (_, n) => String(thisYear - n))}
            value={String(year)}
            allowDeselect={false}
            onChange={(value) => {
              const y = Number(value ?? thisYear);
              setPeriod(kind, y, future(kind, y, index) ? startIndex(kind, y) : index);
            }}
          />
        )}
        {(kind === 'month' || kind === 'quarter' || kind === 'half') && (
          <Select
            label={t(`stats.filters.${kind}`)}
            data={indexOptions(kind)}
            value={String(index)}
            allowDeselect={false}
            onChange={(value) => setPeriod(kind, year, Number(value ?? 1))}
          />
        )}
        {kind === 'custom' && (
          <>
            <DateField
              label={t('stats.filters.from')}
              value={scope.from ?? ''}
              max={scope.to ?? today}
              onChange={(value) => value && onChange({ from: value })}
            />
            <DateField
              label={t('stats.filters.to')}
              value={scope.to ?? ''}
              min={scope.from ?? undefined}
              max={today}
              onChange={(value) => value && onChange({ to: value })}
            />
          </>
        )}
        <Select
          label={t('stats.filters.unit')}
          placeholder={t('stats.filters.unitDefault')}
          data={unitOptions}
          value={selectedUnit?.id ?? null}
          searchable
          clearable
          nothingFoundMessage={t('stats.filters.noUnit')}
          onChange={(value) => onChange({ unit: value })}
        />
        {withUnitOptions && (
          <Select
            label={t('stats.filters.level')}
            placeholder={t('stats.filters.allLevels')}
            data={levels.map((l) => ({ value: l.code, label: en ? l.nameEn : l.nameVi }))}
            value={scope.level}
            clearable
            onChange={(value) => onChange({ level: value })}
          />
        )}
        {by && onBy && (
          <Select
            label={t('stats.filters.by')}
            data={GROUP_BYS.map((b) => ({ value: b, label: t(`stats.groupBy.${b}`) }))}
            value={by}
            allowDeselect={false}
            onChange={(value) => onBy(GROUP_BYS.find((b) => b === value) ?? 'level')}
          />
        )}
        {withUnitOptions && (
          <>
            <Switch
              mt={{ md: 'xl' }}
              label={t('stats.filters.children')}
              checked={scope.children}
              onChange={(e) => onChange({ children: e.currentTarget.checked })}
            />
            <Switch
              mt={{ md: 'xl' }}
              label={t('stats.filters.successors')}
              checked={scope.successors}
              onChange={(e) => onChange({ successors: e.currentTarget.checked })}
            />
          </>
        )}
      </SimpleGrid>
    </Paper>
  );
}
