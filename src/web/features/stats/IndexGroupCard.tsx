import { Anchor, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceIndexDto } from '../../../contracts/stats';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { type StatsScope, scopeQuery, toParams } from './stats-search';

type IndexGroup = ServiceIndexDto['groups'][number];
type Indicator = IndexGroup['indicators'][number];

/** Where a numerator or denominator leads: the dossiers of a figure, or the procedures of a filter. */
export function indicatorHref(scope: StatsScope, kind: 'dossiers' | 'procedures', what: string): string {
  const query = scopeQuery(scope);
  return kind === 'dossiers'
    ? `${paths.statsDossiers}?${toParams({ ...query, figure: what }).toString()}`
    : `${paths.statsProcedures}?${toParams({ ...query, filter: what }).toString()}`;
}

/** One group of the index: its points, and each indicator with what it counts. */
export function IndexGroupCard({ group, scope }: { group: IndexGroup; scope: StatsScope }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = fmt.lang === 'en' ? group.nameEn : group.nameVi;
  return (
    <Paper withBorder p="md" component="section" aria-label={name} data-testid={`index-group-${group.key}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Title order={2} size="h5">
          {name}
        </Title>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
          {t('stats.index.groupPoints', { points: fmt.decimal(group.points), max: fmt.decimal(group.max) })}
        </Text>
      </Group>
      {group.max !== group.nominalMax && (
        <Text size="xs" c="dimmed">
          {t('stats.index.groupNominal', { nominal: fmt.decimal(group.nominalMax) })}
        </Text>
      )}
      <Stack component="ul" gap={0} p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
        {group.indicators.map((indicator) => (
          <IndicatorItem key={indicator.key} indicator={indicator} scope={scope} />
        ))}
      </Stack>
    </Paper>
  );
}

function IndicatorItem({ indicator, scope }: { indicator: Indicator; scope: StatsScope }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = fmt.lang === 'en' ? indicator.nameEn : indicator.nameVi;
  const percent = (ratio: number | null) => (ratio === null ? '—' : fmt.rate(Math.round(ratio * 10_000)));
  const part = (value: number | null, which: 'numerator' | 'denominator') => {
    if (value === null) return <Text span>—</Text>;
    const text = fmt.number(value);
    if (!indicator.link) return <Text span>{text}</Text>;
    return (
      <Anchor
        component={Link}
        to={indicatorHref(scope, indicator.link.kind, indicator.link[which])}
        size="xs"
        aria-label={t(`stats.index.${which}Link`, { value: text, name })}
      >
        {text}
      </Anchor>
    );
  };
  return (
    <Box
      component="li"
      py="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid={`indicator-${indicator.key}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm">{name}</Text>
          <Text size="xs" c="dimmed">
            {indicator.code}
            {indicator.target !== null &&
              ` · ${t('stats.index.target', { target: percent(indicator.target) })}`}
          </Text>
          {indicator.status === 'ok' && indicator.denominator !== null && (
            <Text size="xs">
              {t('stats.index.numerator')} {part(indicator.numerator, 'numerator')} ·{' '}
              {t('stats.index.denominator')} {part(indicator.denominator, 'denominator')} ·{' '}
              {t('stats.index.ratio')} {percent(indicator.ratio)}
            </Text>
          )}
        </Stack>
        {indicator.status === 'ok' ? (
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {t('stats.index.indicatorPoints', {
              points: fmt.decimal(indicator.points),
              max: fmt.decimal(indicator.max),
            })}
          </Text>
        ) : (
          <Stack gap={2} align="flex-end">
            <Badge
              color={indicator.status === 'no_data' ? 'yellow.4' : 'gray.3'}
              autoContrast
              tt="none"
              size="sm"
              data-testid="indicator-status"
            >
              {t(`stats.index.status.${indicator.status}`)}
            </Badge>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('stats.index.notCounted', { max: fmt.decimal(indicator.max) })}
            </Text>
          </Stack>
        )}
      </Group>
    </Box>
  );
}
