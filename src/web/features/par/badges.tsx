import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TARGET_STATUSES } from '../../../contracts/par';
import type { TaskStatus } from '../../../domain/par/tasks';

type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * Colours of the programme's badges; shades picked so Mantine's autoContrast text reaches WCAG AA
 * (as the dossier badges). Overdue and missed red, late orange, done green, running blue.
 */
export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'gray.3',
  in_progress: 'blue.8',
  done_on_time: 'green.9',
  done_late: 'orange.5',
  overdue: 'red.8',
};

export const TARGET_STATUS_COLORS: Record<TargetStatus, string> = {
  met: 'green.9',
  on_track: 'blue.8',
  at_risk: 'orange.5',
  missed: 'red.8',
  no_data: 'gray.3',
  no_milestone: 'gray.1',
};

export function TaskStatusBadge({ status, size = 'sm' }: { status: TaskStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={TASK_STATUS_COLORS[status]} autoContrast size={size} tt="none" data-testid="task-status">
      {t(`par.taskStatus.${status}`)}
    </Badge>
  );
}

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={TARGET_STATUS_COLORS[status]}
      autoContrast
      size="sm"
      tt="none"
      maw="none"
      styles={{ label: { overflow: 'visible' } }}
      data-testid="target-status"
    >
      {t(`par.targetStatus.${status}`)}
    </Badge>
  );
}
