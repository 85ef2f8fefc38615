import { Box, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { CoverageDto } from './api';
import { TargetBadge } from './badges';

type Level = CoverageDto['levels'][number];

/**
 * Each level's share of units in the plan and inspected, as bars with the target marked on them
 * and a "met / not met" said in words (the server decides it exactly: 30.00 % meets it).
 */
export function CoverageBars({ coverage }: { coverage: CoverageDto }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="coverage">
      <Text size="sm" c="dimmed">
        {t('parInspections.coverage.target', { percent: coverage.targetPercent })}
      </Text>
      {coverage.levels.length === 0 ? (
        <Text size="sm">{t('parInspections.coverage.noLevels')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: coverage.levels.length > 1 ? 2 : 1 }} spacing="md">
          {coverage.levels.map((level) => (
            <LevelBars key={level.level} level={level} targetPercent={coverage.targetPercent} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function LevelBars({ level, targetPercent }: { level: Level; targetPercent: number }) {
  const { t } = useTranslation();
  const name = t(`parInspections.levels.${level.level}`);
  return (
    <Stack gap={6} data-testid={`coverage-${level.level}`}>
      <Text fw={600} size="sm">
        {name}
      </Text>
      <ShareBar
        what={t('parInspections.coverage.planned')}
        level={name}
        count={level.plannedUnits}
        total={level.openUnits}
        basisPoints={level.plannedBasisPoints}
        met={level.plannedMeetsTarget}
        targetPercent={targetPercent}
        testId={`coverage-${level.level}-planned`}
      />
      <ShareBar
        what={t('parInspections.coverage.inspected')}
        level={name}
        count={level.inspectedUnits}
        total={level.openUnits}
        basisPoints={level.inspectedBasisPoints}
        met={level.inspectedMeetsTarget}
        targetPercent={targetPercent}
        testId={`coverage-${level.level}-inspected`}
      />
    </Stack>
  );
}

function ShareBar(props: {
  what: string;
  level: string;
  count: number;
  total: number;
  basisPoints: number;
  met: boolean;
  targetPercent: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rate = fmt.rate(props.basisPoints);
  return (
    <div data-testid={props.testId} data-met={props.met}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs">{props.what}</Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs">
            {t('parInspections.coverage.share', {
              count: fmt.number(props.count),
              total: fmt.number(props.total),
              rate,
            })}
          </Text>
          <TargetBadge met={props.met} />
        </Group>
      </Group>
      <Box pos="relative" mt={4}>
        <Progress
          value={props.basisPoints / 100}
          color={props.met ? 'teal.9' : 'orange.6'}
          size="lg"
          aria-label={t('parInspections.coverage.bar', { what: props.what, level: props.level, rate })}
        />
        {/* The target, marked on the bar. */}
        <Box
          aria-hidden
          pos="absolute"
          top={-3}
          bottom={-3}
          w={2}
          bg="dark.6"
          style={{ left: `${props.targetPercent}%` }}
        />
      </Box>
    </div>
  );
}
