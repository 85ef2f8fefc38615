import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InspectionState, RemedyStatus } from '../../../domain/par/inspections';

/**
 * Colours of the inspection badges, picked so Mantine's autoContrast reaches WCAG AA on 10 px bold
 * text (white on green.9 is only 4.37:1, so done is teal.9): overdue red, late orange, done teal,
 * running blue, waiting grey.
 */
export const REMEDY_STATUS_COLORS: Record<RemedyStatus, string> = {
  open: 'blue.8',
  due_soon: 'yellow.4',
  overdue: 'red.8',
  closed_on_time: 'teal.9',
  closed_late: 'orange.5',
};

const STATE_COLORS: Record<InspectionState, string> = {
  planned: 'gray.3',
  overdue: 'red.8',
  conducted: 'teal.9',
};

const badgeProps = {
  autoContrast: true,
  size: 'sm',
  tt: 'none',
  maw: 'none',
  styles: { label: { overflow: 'visible' } },
} as const;

export function RemedyStatusBadge({ status }: { status: RemedyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REMEDY_STATUS_COLORS[status]} {...badgeProps} data-testid="remedy-status">
      {t(`parInspections.remedy.${status}`)}
    </Badge>
  );
}

export function InspectionStateBadge({ state }: { state: InspectionState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} {...badgeProps} data-testid="inspection-state">
      {t(`parInspections.states.${state}`)}
    </Badge>
  );
}

/** Whether a share meets the 30 % target: said in words, not by colour alone. */
export function TargetBadge({ met }: { met: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={met ? 'teal.9' : 'orange.5'} {...badgeProps}>
      {met ? t('parInspections.coverage.met') : t('parInspections.coverage.notMet')}
    </Badge>
  );
}
