import { Accordion, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMessageQuestion } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { Notice } from '../dossiers/Notice';
import { useParLive } from '../par/api';
import { type CriterionDto, type ScoreSheetDto, useScoreSheet } from './api';
import { BandBadge, StageBadge } from './badges';
import { LeafBlock } from './LeafBlock';
import { SubmitSheet } from './SubmitSheet';
import { areasOf, awaitsAnswer, blankScore } from './sheet-model';

/** A unit's score sheet in a round: totals, then the criteria by area with the unit's and the council's parts. */
export function ScoreSheetPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '', unitId = '' } = useParams();
  const sheet = useScoreSheet(id, unitId);
  useParLive();

  if (sheet.isError)
    return (
      <Stack>
        <BackLink roundId={id} />
        <ProblemAlert error={sheet.error} />
      </Stack>
    );
  if (!sheet.data) return <Loader aria-label={t('common.loading')} />;
  const d = sheet.data;
  const returned = d.scores.filter(awaitsAnswer).length;
  return (
    <Stack gap="md">
      <BackLink roundId={id} />
      <PageTitle actions={d.maySubmit && <SubmitSheet roundId={id} unitId={unitId} />}>
        {t('parScoring.sheet.title', { unit: d.unit.name })}
      </PageTitle>
      <Group gap="sm" wrap="wrap" mt={-12}>
        <StageBadge stage={d.round.stage} size="md" />
        <Text size="sm">{d.round.title}</Text>
        <Text size="sm" c={d.submittedAt ? undefined : 'dimmed'} data-testid="submitted">
          {d.submittedAt
            ? t('parScoring.sheet.submittedOn', { date: fmt.dateTime(d.submittedAt) })
            : t('parScoring.sheet.notSubmitted')}
        </Text>
      </Group>
      {returned > 0 && (
        <Notice color="orange" icon={<IconMessageQuestion aria-hidden />} data-testid="returned-count">
          {t('parScoring.sheet.returnedCount', { count: returned })}
        </Notice>
      )}
      <Totals sheet={d} />
      <Criteria sheet={d} />
    </Stack>
  );
}

function BackLink({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={generatePath(paths.parScoringRound, { id: roundId })}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('parScoring.sheet.back')}
      </Group>
    </Anchor>
  );
}

function Totals({ sheet }: { sheet: ScoreSheetDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { totals } = sheet;
  const over = (n: number) =>
    t('parScoring.pointsOver', { points: fmt.decimal(n), max: fmt.decimal(totals.treeMax) });
  const figures: [string, ReactNode, string][] = [
    [t('parScoring.sheet.selfTotal'), over(totals.self), 'total-self'],
    [t('parScoring.sheet.finalTotal'), over(totals.final), 'total-final'],
    [t('parScoring.sheet.band'), <BandBadge key="band" band={sheet.band} size="md" />, 'total-band'],
    [t('parScoring.sheet.maxApplicable'), fmt.decimal(totals.maxApplicable), 'total-applicable'],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sheet-totals">
      <Title order={2} size="h4" id="sheet-totals" mb="xs">
        {t('parScoring.sheet.totals')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {figures.map(([label, value, testId]) => (
          <Stack key={testId} gap={2}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="div" size="lg" fw={700} data-testid={testId}>
              {value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** The criteria by area, one panel each; areas with a return to answer start open, as does the first. */
function Criteria({ sheet }: { sheet: ScoreSheetDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const areas = areasOf(sheet.criteria);
  const scoreOf = (code: string) => sheet.scores.find((s) => s.code === code) ?? blankScore(code);
  const opened = areas
    .filter((a, i) => i === 0 || a.items.some((c) => c.leaf && awaitsAnswer(scoreOf(c.code))))
    .map((a) => a.area.code);
  return (
    <section aria-labelledby="sheet-criteria">
      <Title order={2} size="h4" id="sheet-criteria" mb="xs">
        {t('parScoring.sheet.criteria')}
      </Title>
      <Accordion multiple defaultValue={opened} variant="separated" order={3} chevronPosition="left">
        {areas.map(({ area, items }) => {
          const subtotal = sheet.totals.byArea.find((a) => a.code === area.code);
          return (
            <Accordion.Item key={area.code} value={area.code} data-testid={`area-${area.code}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={700} size="sm">
                    {area.code}. {area.title}
                  </Text>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="area-subtotal">
                    {!subtotal
                      ? t('parScoring.sheet.maxPoints', { max: fmt.decimal(area.maxPoints) })
                      : subtotal.notApplicable
                        ? t('parScoring.sheet.areaNotApplicable')
                        : t('parScoring.pointsOver', {
                            points: fmt.decimal(subtotal.earned),
                            max: fmt.decimal(subtotal.max),
                          })}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  {items.map((c) =>
                    c.leaf ? (
                      <LeafBlock key={c.code} sheet={sheet} criterion={c} score={scoreOf(c.code)} />
                    ) : (
                      <CriterionHeading key={c.code} criterion={c} />
                    ),
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </section>
  );
}

function CriterionHeading({ criterion }: { criterion: CriterionDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" mt="xs" pl={(criterion.depth - 2) * 12}>
      <Title order={criterion.depth <= 2 ? 4 : 5} size="h6">
        {criterion.code}. {criterion.title}
      </Title>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('parScoring.sheet.maxPoints', { max: fmt.decimal(criterion.maxPoints) })}
      </Text>
    </Group>
  );
}
