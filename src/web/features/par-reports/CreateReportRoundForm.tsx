import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { REPORT_PERIODS, type ReportPeriod } from '../../../domain/par/report-periods';
import { DateField } from '../../components/DateFields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInProvince } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { serverFieldError } from '../par/AssignTaskDialog';
import { useCreateReportRound } from './api';
import { usePeriodInSentence } from './badges';

/** The period whose report is written now: the quarter, 6 or 9 months, or the year that ends this quarter. */
function currentPeriod(month: number): ReportPeriod {
  if (month <= 3) return 'Q1';
  if (month <= 6) return 'H1';
  if (month <= 9) return 'M9';
  return 'Y';
}

/**
 * A new round: the year and period reported on, a title, and the due date. Every open department
 * and commune reports, and the province writes the consolidated report.
 */
export function CreateReportRoundForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReportRound();
  const periodInSentence = usePeriodInSentence();
  const today = todayInProvince();
  const [year, setYear] = useState<number | string>(Number(today.slice(0, 4)));
  const [period, setPeriod] = useState<ReportPeriod>(currentPeriod(Number(today.slice(5, 7))));
  const [title, setTitle] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [tried, setTried] = useState(false);

  const validYear = Number.isInteger(Number(year)) && year !== '';
  const suggested = t('parReports.create.titleDefault', {
    period: validYear ? periodInSentence(Number(year), period) : '',
  });
  const shownTitle = title ?? suggested;
  const problems = {
    year: validYear ? null : t('common.requiredField'),
    title: shownTitle.trim() === '' ? t('common.requiredField') : null,
    dueDate: dueDate === '' ? t('common.requiredField') : null,
  };
  const shown = (key: keyof typeof problems, field: string) =>
    (tried ? problems[key] : null) ?? serverFieldError(create.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some((p) => p !== null)) return;
    create.mutate(
      { year: Number(year), period, title: shownTitle.trim(), dueDate },
      {
        onSuccess: (round) => {
          onClose();
          void navigate(generatePath(paths.parReportRound, { id: round.id }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('parReports.rounds.new')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            data-autofocus
            required
            label={t('parReports.create.year')}
            min={2000}
            max={2099}
            allowDecimal={false}
            allowNegative={false}
            value={year}
            onChange={setYear}
            error={shown('year', 'year')}
          />
          <Select
            required
            label={t('parReports.create.period')}
            data={REPORT_PERIODS.map((p) => ({ value: p, label: t(`parReports.periodKinds.${p}`) }))}
            value={period}
            onChange={(v) => setPeriod(REPORT_PERIODS.find((p) => p === v) ?? 'Q1')}
            allowDeselect={false}
            error={serverFieldError(create.error, 'period')}
          />
        </SimpleGrid>
        <TextInput
          required
          label={t('parReports.create.title')}
          value={shownTitle}
          maxLength={300}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={shown('title', 'title')}
        />
        <DateField
          required
          label={t('parReports.create.dueDate')}
          value={dueDate}
          onChange={(value) => setDueDate(value)}
          error={shown('dueDate', 'dueDate')}
        />
        <div>
          <Text size="sm" fw={500}>
            {t('parReports.create.units')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('parReports.create.unitsHint')}
          </Text>
        </div>
        {create.isError && <ProblemAlert error={create.error} withFieldErrors={false} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-report-round-submit">
            {t('parReports.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
