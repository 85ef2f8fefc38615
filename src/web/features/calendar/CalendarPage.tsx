import { ActionIcon, Button, Group, Loader, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AnnouncementSaved } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { capabilities, useSession } from '../auth/session';
import { AnnouncementEditor } from './AnnouncementEditor';
import { AnnouncementHistoryTable } from './AnnouncementHistoryTable';
import { announcementJurisdiction, useCalendarYear } from './api';
import { CalendarLegend } from './CalendarLegend';
import { clampYear, FIRST_YEAR, LAST_YEAR, parseYear } from './calendar-layout';
import { DaysOffSummary } from './DaysOffSummary';
import { MonthGrid } from './MonthGrid';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));

/** The working-time calendar of a year (public); system admins also edit the year's announcement. */
export function CalendarPage() {
  const { t } = useTranslation();
  const today = todayInProvince();
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get('year')) ?? clampYear(Number(today.slice(0, 4)));
  const session = useSession().data;
  const canEdit = session ? capabilities(session).editCalendar : false;
  const calendar = useCalendarYear(year);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<(AnnouncementSaved & { year: number }) | null>(null);

  const goTo = (next: number) => {
    setSaved(null);
    setParams({ year: String(clampYear(next)) }, { replace: true });
  };
  // While the next year loads, the previous one stays on screen; only show data of this year.
  const shown = calendar.data?.year === year ? calendar.data : undefined;

  return (
    <>
      <PageTitle
        actions={
          canEdit &&
          shown && (
            <Button
              size="xs"
              leftSection={<IconEdit size={16} aria-hidden />}
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              {t('calendar.editor.open', { year })}
            </Button>
          )
        }
      >
        {t('calendar.title', { year })}
      </PageTitle>
      <Stack gap="md">
        <Text size="sm">{t('calendar.intro')}</Text>
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('calendar.previousYear')}
            disabled={year <= FIRST_YEAR}
            onClick={() => goTo(year - 1)}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <NativeSelect
            aria-label={t('calendar.year')}
            data={YEARS}
            value={String(year)}
            onChange={(e) => goTo(Number(e.currentTarget.value))}
            w={110}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('calendar.nextYear')}
            disabled={year >= LAST_YEAR}
            onClick={() => goTo(year + 1)}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          {calendar.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {saved && saved.year === year && (
          <SuccessAlert>
            {t('calendar.editor.saved', {
              year,
              checked: saved.recomputed.checked,
              changed: saved.recomputed.changed,
            })}
          </SuccessAlert>
        )}
        {calendar.isError && <ProblemAlert error={calendar.error} />}
        <CalendarLegend />
        {shown && (
          <>
            <SimpleGrid
              cols={{ base: 1, xs: 2, md: 3, xl: 4 }}
              spacing="sm"
              component="section"
              aria-label={t('calendar.monthsLabel', { year })}
            >
              {MONTHS.map((month) => (
                <MonthGrid key={month} year={year} month={month} days={shown.days} today={today} />
              ))}
            </SimpleGrid>
            <DaysOffSummary calendar={shown} />
          </>
        )}
        {canEdit && shown && (
          <AnnouncementHistoryTable year={year} jurisdiction={announcementJurisdiction(shown)} />
        )}
      </Stack>
      {canEdit && shown && (
        <AnnouncementEditor
          opened={editing}
          calendar={shown}
          onClose={() => {
            setEditing(false);
            // Someone else may have changed the year meanwhile (a 409): the next opening starts fresh.
            void calendar.refetch();
          }}
          onSaved={(result) => {
            setEditing(false);
            setSaved({ ...result, year });
          }}
        />
      )}
    </>
  );
}
