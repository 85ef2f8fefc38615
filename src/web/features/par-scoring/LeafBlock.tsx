import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartLine, IconMessageQuestion } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { Notice } from '../dossiers/Notice';
import { AnswerForm } from './AnswerForm';
import type { CriterionDto, LeafScoreDto, MeasuredDto, ScoreSheetDto } from './api';
import { AppraisalForm, AppraisalView, ReturnForm } from './CouncilAppraisal';
import { SelfScoreForm, SelfScoreView } from './SelfAssessment';
import { awaitsAnswer } from './sheet-model';

/**
 * One leaf criterion of a unit's sheet: its maximum and guidance, what the system measures for it,
 * then the unit's part and the council's — each as a form for whoever may write it now.
 */
export function LeafBlock({
  sheet,
  criterion,
  score,
}: {
  sheet: ScoreSheetDto;
  criterion: CriterionDto;
  score: LeafScoreDto;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const titleId = useId();
  const props = { roundId: sheet.round.id, unitId: sheet.unit.id, criterion, score };
  const measured = criterion.metricCode
    ? (sheet.measured.find((m) => m.metricCode === criterion.metricCode) ?? null)
    : null;
  // The council's part shows once it may start: the unit submitted, or the window closed.
  const councilStarted =
    sheet.submittedAt !== null || sheet.round.stage === 'appraisal' || sheet.round.stage === 'published';
  const showCouncil = sheet.mayAppraise || score.councilScore !== null || councilStarted;
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={titleId}
      data-testid={`leaf-${criterion.code}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {criterion.code}. {criterion.title}
          </Text>
          <Badge variant="outline" color="gray.8" tt="none" style={{ flexShrink: 0 }}>
            {t('parScoring.sheet.maxPoints', { max: fmt.decimal(criterion.maxPoints) })}
          </Badge>
        </Group>
        {criterion.guidance && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {criterion.guidance}
          </Text>
        )}
        {criterion.metricCode && <Measured measured={measured} />}
        {criterion.kind === 'survey' ? (
          <Text size="sm" data-testid="survey-score">
            {t('parScoring.sheet.survey')}:{' '}
            <b>
              {score.surveyScore === null
                ? t('parScoring.sheet.surveyPending')
                : t('parScoring.pointsOver', {
                    points: fmt.decimal(score.surveyScore),
                    max: fmt.decimal(criterion.maxPoints),
                  })}
            </b>
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: showCouncil ? 2 : 1 }} spacing="md" verticalSpacing="sm">
            <Stack gap={4}>
              <Text size="xs" fw={700} c="blue.9" tt="uppercase">
                {t('parScoring.sheet.selfTitle')}
              </Text>
              {sheet.maySelfScore ? (
                <SelfScoreForm {...props} />
              ) : (
                <SelfScoreView {...props} evidenceElsewhere={awaitsAnswer(score) && sheet.mayAnswer} />
              )}
            </Stack>
            {showCouncil && (
              <Stack gap={4}>
                <Text size="xs" fw={700} c="violet.9" tt="uppercase">
                  {t('parScoring.sheet.councilTitle')}
                </Text>
                {sheet.mayAppraise ? <AppraisalForm {...props} /> : <AppraisalView {...props} />}
                {sheet.mayAppraise && score.returnedAt === null && <ReturnForm {...props} />}
              </Stack>
            )}
          </SimpleGrid>
        )}
        {score.returnedAt && <ReturnNotice score={score} />}
        {awaitsAnswer(score) && sheet.mayAnswer && <AnswerForm {...props} />}
      </Stack>
    </Paper>
  );
}

function Measured({ measured }: { measured: MeasuredDto | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const counted = measured && measured.numerator !== null && measured.denominator !== null;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="measured">
      <IconChartLine size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={0}>
        {measured && (
          <Text size="xs" c="dimmed">
            {fmt.lang === 'vi' ? measured.titleVi : measured.titleEn} ·{' '}
            {t(`parScoring.sheet.measuredScope_${measured.scope}`)}
          </Text>
        )}
        <Text size="xs" fw={600}>
          {!measured || measured.percent === null
            ? t('parScoring.sheet.measuredNoData')
            : t(counted ? 'parScoring.sheet.measured' : 'parScoring.sheet.measuredPercent', {
                percent: `${fmt.decimal(measured.percent, 1)}%`,
                numerator: fmt.number(measured.numerator ?? 0),
                denominator: fmt.number(measured.denominator ?? 0),
                date: fmt.day(measured.asOf),
              })}
        </Text>
      </Stack>
    </Group>
  );
}

/** The council's return for explanation, its note, and whether the unit answered. */
function ReturnNotice({ score }: { score: LeafScoreDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Notice
      color={score.answeredAt ? 'gray' : 'orange'}
      icon={<IconMessageQuestion aria-hidden />}
      title={t('parScoring.sheet.returned', { date: fmt.dateTime(score.returnedAt) })}
      data-testid="returned"
    >
      {score.returnNote && (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {score.returnNote}
        </Text>
      )}
      <Text size="xs" mt={4} fw={600}>
        {score.answeredAt
          ? t('parScoring.sheet.answered', { date: fmt.dateTime(score.answeredAt) })
          : t('parScoring.sheet.notAnswered')}
      </Text>
    </Notice>
  );
}
