import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OnlineAvailability, ProcedureLevel, VersionStatus } from '../../api/types';

// Dark shades only: every badge keeps WCAG AA contrast (see App.tsx).
const ONLINE_STYLE: Record<OnlineAvailability, BadgeProps> = {
  full: { variant: 'filled', color: 'teal.9' },
  partial: { variant: 'filled', color: 'blue.8' },
  none: { variant: 'outline', color: 'gray.8' },
};

const STATUS_STYLE: Record<VersionStatus, BadgeProps> = {
  draft: { variant: 'outline', color: 'blue.9' },
  scheduled: { variant: 'outline', color: 'teal.9' },
  published: { variant: 'filled', color: 'teal.9' },
  superseded: { variant: 'outline', color: 'gray.8' },
  withdrawn: { variant: 'filled', color: 'red.9' },
};

/** Trực tuyến toàn trình / một phần / trực tiếp. */
export function OnlineBadge({ online }: { online: OnlineAvailability }) {
  const { t } = useTranslation();
  return (
    <Badge {...ONLINE_STYLE[online]} tt="none">
      {t(`catalog.online.${online}`)}
    </Badge>
  );
}

export function LevelBadges({ levels }: { levels: readonly ProcedureLevel[] }) {
  const { t } = useTranslation();
  return levels.map((level) => (
    <Badge key={level} variant="outline" color="blue.9" tt="none">
      {t(`catalog.levels.${level}`)}
    </Badge>
  ));
}

export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...STATUS_STYLE[status]} tt="none" miw="max-content">
      {t(`catalog.status.${status}`)}
    </Badge>
  );
}

/** Marks generated demo texts, which are not real legal documents. */
export function SampleBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray.8" tt="none" size="sm">
      {t('catalog.sample')}
    </Badge>
  );
}
