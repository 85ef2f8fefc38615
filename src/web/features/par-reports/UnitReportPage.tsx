import { Anchor, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconSend } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { isWritten } from '../../../domain/par/report-periods';
import { Dialog } from '../../components/Dialog';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { Notice } from '../dossiers/Notice';
import { type UnitReportDto, useSubmitUnitReport, useUnitReport } from './api';
import { SubmissionBadge, usePeriodLabel } from './badges';
import { ComputedFigures } from './ComputedFigures';
import { SectionEditor } from './SectionEditor';

/**
 * A unit's report in a round: the figures the system computed for it, one editor per section
 * (saved one by one), and sending it. For the province it is the consolidated report.
 */
export function UnitReportPage() {
  const { t } = useTranslation();
  const { id = '', unitId = '' } = useParams();
  const report = useUnitReport(id, unitId);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const onDirtyChange = useCallback(
    (code: string, isDirty: boolean) =>
      setDirty((before) => {
        if (before.has(code) === isDirty) return before;
        const next = new Set(before);
        if (isDirty) next.add(code);
        else next.delete(code);
        return next;
      }),
    [],
  );

  if (report.isError)
    return (
      <Stack>
        <BackLink roundId={id} />
        <ProblemAlert error={report.error} />
      </Stack>
    );
  if (!report.data) return <Loader aria-label={t('common.loading')} />;
  const r = report.data;
  return (
    <Stack gap="md">
      <BackLink roundId={id} />
      <Heading report={r} />
      <ComputedFigures figures={r.figures} />
      <Stack gap="lg">
        {r.sections.map((section) => (
          <SectionEditor
            key={section.code}
            roundId={id}
            unitId={unitId}
            section={section}
            label={t(`parReports.sections.${section.code}`)}
            mayWrite={r.mayWrite}
            onDirtyChange={onDirtyChange}
          />
        ))}
      </Stack>
      {/* The province's consolidated report is not sent anywhere: closing the round fixes it. */}
      {r.mayWrite && !r.province && <SubmitReport report={r} unsaved={dirty.size > 0} />}
    </Stack>
  );
}

function BackLink({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={generatePath(paths.parReportRound, { id: roundId })}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('parReports.unit.back')}
      </Group>
    </Anchor>
  );
}

function Heading({ report }: { report: UnitReportDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const periodLabel = usePeriodLabel();
  const period = periodLabel(report.round.year, report.round.period);
  const closed = report.round.closedAt !== null;
  return (
    <>
      <PageTitle>
        {report.province ? t('parReports.unit.provinceTitle', { period }) : `${report.unit.name} — ${period}`}
      </PageTitle>
      <Group gap="sm" wrap="wrap" mt={-12}>
        {!report.province && <SubmissionBadge status={report.status} />}
        <Text size="sm">{report.round.title}</Text>
        <Text size="sm" fw={600}>
          {t('parReports.round.due', { date: fmt.day(report.round.dueDate) })}
        </Text>
        {report.submittedAt && (
          <Text size="sm" data-testid="unit-sent">
            {t('parReports.unit.sentBy', {
              date: fmt.dateTime(report.submittedAt),
              by: report.submittedBy ?? '',
            })}
          </Text>
        )}
      </Group>
      {closed ? (
        <Notice color="gray">{t('parReports.unit.closedNote')}</Notice>
      ) : report.submittedAt ? (
        <Notice color="teal">{t('parReports.unit.sentNote')}</Notice>
      ) : (
        !report.mayWrite && <Notice color="blue">{t('parReports.unit.readOnly')}</Notice>
      )}
    </>
  );
}

function SubmitReport({ report, unsaved }: { report: UnitReportDto; unsaved: boolean }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitUnitReport(report.round.id, report.unit.id);
  const written = report.sections.filter((s) => isWritten(s.body)).length;
  const blocked = unsaved
    ? t('parReports.unit.unsavedBeforeSubmit')
    : written === 0
      ? t('parReports.unit.submitEmpty')
      : null;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" data-testid="submit-hint">
          {blocked ??
            `${t('parReports.round.written')}: ${t('parReports.round.writtenOf', { count: written, total: report.sections.length })}`}
        </Text>
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          disabled={blocked !== null}
          onClick={() => setConfirming(true)}
          data-testid="submit-report"
        >
          {t('parReports.unit.submit')}
        </Button>
      </Group>
      <Dialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('parReports.unit.submitTitle')}
      >
        {confirming && (
          <Stack gap="sm">
            <Text size="sm">
              {t('parReports.unit.submitConfirm', {
                unit: report.unit.name,
                written,
                total: report.sections.length,
              })}
            </Text>
            {submit.isError && <ProblemAlert error={submit.error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={submit.isPending}
                onClick={() => submit.mutate(undefined, { onSuccess: () => setConfirming(false) })}
                data-testid="submit-report-confirm"
              >
                {t('parReports.unit.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Dialog>
    </Paper>
  );
}
