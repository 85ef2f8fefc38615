import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPLETION_COLORS, STATE_COLORS, URGENCY_COLORS } from './badge-colors';
import type { Completion, DossierState, Urgency } from './types';

/** The dossier's state in the UI language (Vietnamese state names by default). */
export function StateBadge({ state, size = 'md' }: { state: DossierState; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} autoContrast size={size} tt="none" data-testid="state-badge">
      {t(`dossiers.states.${state}`)}
    </Badge>
  );
}

/** Overdue red, due soon orange, in time green. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  if (urgency === 'none') return null;
  return (
    <Badge color={URGENCY_COLORS[urgency]} autoContrast size="sm" tt="none">
      {t(`dossiers.urgency.${urgency}`)}
    </Badge>
  );
}

/** Trước hạn / Đúng hạn / Quá hạn. */
export function CompletionBadge({ completion }: { completion: Completion }) {
  const { t } = useTranslation();
  return (
    <Badge color={COMPLETION_COLORS[completion]} autoContrast size="sm" tt="none">
      {t(`dossiers.completion.${completion}`)}
    </Badge>
  );
}
