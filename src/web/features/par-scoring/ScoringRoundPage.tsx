import { Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconListTree } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { Notice } from '../dossiers/Notice';
import { useParLive } from '../par/api';
import { type RoundDetailDto, useRound } from './api';
import { BandBadge, StageBadge } from './badges';
import { RankingTable } from './RankingTable';
import { RoundActions } from './RoundActions';

/** One scoring round: its stage, window and bands, the ranking of its units and, for managers, its running. */
export function ScoringRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const round = useRound(id);
  useParLive();

  if (round.isError)
    return (
      <Stack>
        <BackLink />
        <ProblemAlert error={round.error} />
      </Stack>
    );
  if (!round.data) return <Loader aria-label={t('common.loading')} />;
  const d = round.data;
  return (
    <Stack gap="md">
      <BackLink />
      <PageTitle>{d.title}</PageTitle>
      <RoundFacts round={d} />
      {d.mayManage && <RoundActions round={d} />}
      {d.mayManage && (
        <Button
          component={Link}
          to={generatePath(paths.parScoringCriteria, { id: d.id })}
          variant={d.mayEditCriteria ? 'filled' : 'default'}
          w="fit-content"
          leftSection={<IconListTree size={16} aria-hidden />}
          data-testid="edit-criteria"
        >
          {t(d.mayEditCriteria ? 'parScoring.criteria.edit' : 'parScoring.criteria.open')}
        </Button>
      )}
      {d.stage !== 'published' && (
        <Notice color="blue" data-testid="provisional">
          {t('parScoring.round.provisional')}
        </Notice>
      )}
      <RankingTable round={d} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.parScoring} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('parScoring.round.back')}
      </Group>
    </Anchor>
  );
}

function RoundFacts({ round }: { round: RoundDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const bands = [...round.bands].sort((a, b) => b.minScore - a.minScore);
  return (
    <Stack gap="xs" mt={-12}>
      <Group gap="sm" wrap="wrap">
        <StageBadge stage={round.stage} size="md" />
        <Text size="sm">{t(`parScoring.groups.${round.group}`)}</Text>
        <Text size="sm">
          {t('parScoring.round.window', {
            from: fmt.day(round.entryOpensOn),
            to: fmt.day(round.entryClosesOn),
          })}
        </Text>
        <Text size="sm">{t('parScoring.round.treeMax', { max: fmt.decimal(round.treeMax) })}</Text>
        {round.publishedAt && (
          <Text size="sm" fw={600} data-testid="published-at">
            {t('parScoring.round.publishedOn', { date: fmt.dateTime(round.publishedAt) })}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="wrap" data-testid="bands">
        <Text span size="sm" fw={600}>
          {t('parScoring.round.bandsTitle')}:
        </Text>
        {bands.map((band) => (
          <Group key={band.code} gap={4} wrap="nowrap">
            <BandBadge band={band.code} />
            <Text span size="xs">
              {t('parScoring.round.bandFrom', { min: fmt.decimal(band.minScore) })}
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
