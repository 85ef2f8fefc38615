import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n';
import { formatMonth, todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useCalendarYear } from '../calendar/api';
import { monthGlance, nextDaysOff } from '../calendar/month-glance';
import { RunList } from '../calendar/RunList';
import { useCalendarLabels } from '../calendar/useCalendarLabels';

/** This month's working days and days off, and the next days off (looking into next year in December). */
export function CalendarGlance() {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  const today = todayInProvince();
  const year = Number(today.slice(0, 4));
  const thisYear = useCalendarYear(year);
  const leftThisYear = thisYear.data ? nextDaysOff(thisYear.data.days, today) : null;
  const nextYear = useCalendarYear(year + 1, !!thisYear.data && leftThisYear === null);
  if (!thisYear.data) return <Loader size="sm" role="status" aria-label={t('common.loading')} />;
  const glance = monthGlance(thisYear.data.days, today);
  const next = leftThisYear ?? (nextYear.data ? nextDaysOff(nextYear.data.days, today) : null);
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="month-working-days">
        {t('portal.calendar.month', {
          month: formatMonth(glance.month, currentLanguage()),
          count: glance.workingDays,
        })}
      </Text>
      {glance.daysOff.length > 0 ? (
        <RunList runs={glance.daysOff} />
      ) : (
        <Text size="sm">{t('portal.calendar.noDaysOff')}</Text>
      )}
      {next && (
        <Text size="sm" data-testid="next-days-off">
          <Text span fw={600}>
            {t('portal.calendar.next')}:
          </Text>{' '}
          {labels.dayRange(next.from, next.to)} — {labels.kindLabel(next)}
        </Text>
      )}
      <Anchor component={Link} to={paths.calendar} size="sm">
        {t('portal.calendar.open')}
      </Anchor>
    </Stack>
  );
}
