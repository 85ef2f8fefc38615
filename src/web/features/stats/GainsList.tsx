import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useIndexGains } from './api';
import { type StatsScope, scopeQuery, toParams } from './stats-search';

/** "Where the points are": the actions that would gain the most, with the dossiers or procedures concerned. */
export function GainsList({ scope }: { scope: StatsScope }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const gains = useIndexGains(scope);
  return (
    <Stack gap="xs" component="section" aria-labelledby="gains-heading">
      <Title order={2} size="h4" id="gains-heading">
        {t('stats.gains.title')}
      </Title>
      {gains.isError && <ProblemAlert error={gains.error} />}
      {gains.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {gains.data && gains.data.items.length === 0 && <Text size="sm">{t('stats.gains.empty')}</Text>}
      {gains.data && gains.data.items.length > 0 && (
        <Paper withBorder p="sm">
          <Stack component="ol" gap="xs" m={0} pl="lg" data-testid="gains">
            {gains.data.items.map((item) => {
              const label = fmt.lang === 'en' ? item.labelEn : item.labelVi;
              const base = item.link?.kind === 'procedures' ? paths.statsProcedures : paths.statsDossiers;
              const href = item.link
                ? `${base}?${toParams({ ...scopeQuery(scope), ...item.link.query }).toString()}`
                : null;
              return (
                <li key={item.id}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    {href ? (
                      <Anchor component={Link} to={href} size="sm">
                        {label}
                      </Anchor>
                    ) : (
                      <Text size="sm">{label}</Text>
                    )}
                    <Text size="sm" fw={700} c="teal.9" style={{ whiteSpace: 'nowrap' }}>
                      {t('stats.gains.gain', { gain: fmt.decimal(item.gain) })}
                    </Text>
                  </Group>
                  <Text size="xs" c="gray.7">
                    {t('stats.gains.after', { points: fmt.decimal(item.pointsAfter) })}
                  </Text>
                </li>
              );
            })}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
