import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { REPORT_PERIODS, SubmissionStatus } from '../../../domain/par/report-periods';

type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** Shades picked so Mantine's autoContrast text reaches WCAG AA on the small bold badge text. */
export const SUBMISSION_COLORS: Record<SubmissionStatus, string> = {
  on_time: 'teal.9',
  late: 'orange.5',
  pending: 'gray.3',
  overdue: 'red.8',
};

export function SubmissionBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={SUBMISSION_COLORS[status]}
      autoContrast
      size="sm"
      tt="none"
      maw="none"
      styles={{ label: { overflow: 'visible' } }}
      data-testid="submission-status"
      data-status={status}
    >
      {t(`parReports.status.${status}`)}
    </Badge>
  );
}

export function RoundStateBadge({ closed }: { closed: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={closed ? 'gray.7' : 'blue.8'}
      autoContrast
      size="sm"
      tt="none"
      maw="none"
      styles={{ label: { overflow: 'visible' } }}
      data-testid="round-state"
    >
      {t(closed ? 'parReports.rounds.closed' : 'parReports.rounds.open')}
    </Badge>
  );
}

/** 'Quý III năm 2026' / 'Q3 2026'. */
export function usePeriodLabel() {
  const { t } = useTranslation();
  return (year: number, period: ReportPeriod) => t(`parReports.periods.${period}`, { year });
}

/** The label inside a sentence: 'quý III năm 2026' in Vietnamese (only its first letter lowered), 'Q3 2026'. */
export function usePeriodInSentence() {
  const { i18n } = useTranslation();
  const label = usePeriodLabel();
  return (year: number, period: ReportPeriod) => {
    const text = label(year, period);
    return i18n.language === 'en' ? text : `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;
  };
}
