import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SCORING_STAGES } from '../../../contracts/par-scoring';

type ScoringStage = (typeof SCORING_STAGES)[number];

/**
 * Shades picked so Mantine's autoContrast text reaches WCAG AA (4.5:1 on the small bold badge text;
 * green.9 falls just short, so the greens are teal.9).
 */
const STAGE_COLORS: Record<ScoringStage, string> = {
  not_open: 'gray.3',
  self_assessment: 'blue.8',
  appraisal: 'orange.5',
  published: 'teal.9',
};

/** The demo bands (score-bands.ts DEMO_SCORE_BANDS); a band a province adds gets the neutral colour. */
const BAND_COLORS: Record<string, string> = {
  xuat_sac: 'teal.9',
  tot: 'blue.8',
  kha: 'yellow.5',
  trung_binh: 'orange.5',
  yeu: 'red.8',
};

export function StageBadge({ stage, size = 'sm' }: { stage: ScoringStage; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STAGE_COLORS[stage]}
      autoContrast
      size={size}
      tt="none"
      maw="none"
      styles={{ label: { overflow: 'visible' } }}
      data-testid="round-stage"
    >
      {t(`parScoring.stages.${stage}`)}
    </Badge>
  );
}

/** A band's name in the UI language; a code the catalogue does not know is shown as it is. */
export function useBandLabel() {
  const { t } = useTranslation();
  return (code: string) => t(`parScoring.bands.${code}`, { defaultValue: code });
}

export function BandBadge({ band, size = 'sm' }: { band: string; size?: 'sm' | 'md' }) {
  const label = useBandLabel();
  return (
    <Badge
      color={BAND_COLORS[band] ?? 'gray.3'}
      autoContrast
      size={size}
      tt="none"
      maw="none"
      styles={{ label: { overflow: 'visible' } }}
      data-testid="band"
    >
      {label(band)}
    </Badge>
  );
}
