import { Anchor, Group, Loader, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isRemedyClosed } from '../../../domain/par/inspections';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useOwnFindings } from './api';
import { FindingsTable } from './FindingsTable';

/** "Each unit sees its own": the findings whose remedies the caller's units owe, to report on. */
export function OwnFindingsPage() {
  const { t } = useTranslation();
  const thisYear = Number(todayInProvince().slice(0, 4));
  const [year, setYear] = useState<number | null>(null);
  const [openOnly, setOpenOnly] = useState(false);
  const findings = useOwnFindings(year);
  const shown = (findings.data?.findings ?? []).filter((f) => !openOnly || !isRemedyClosed(f.status));
  const years = [thisYear, thisYear - 1, thisYear - 2].map(String);

  return (
    <Stack gap="lg">
      <PageTitle>{t('parInspections.mine.title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('parInspections.mine.intro')}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('parInspections.mine.year')}
          data={[
            { value: '', label: t('parInspections.mine.allYears') },
            ...years.map((y) => ({ value: y, label: y })),
          ]}
          value={year === null ? '' : String(year)}
          onChange={(v) => setYear(v ? Number(v) : null)}
          allowDeselect={false}
          w={200}
        />
        <Switch
          label={t('parInspections.mine.openOnly')}
          checked={openOnly}
          onChange={(e) => setOpenOnly(e.currentTarget.checked)}
          mb={8}
        />
        <Anchor component={Link} to={paths.parInspections} size="sm" mb={8}>
          {t('parInspections.plans.title')}
        </Anchor>
      </Group>
      {findings.isError && <ProblemAlert error={findings.error} />}
      {findings.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <FindingsTable
          findings={shown}
          empty={t('parInspections.mine.none')}
          label={t('parInspections.mine.title')}
          testId="own-findings"
        />
      )}
    </Stack>
  );
}
