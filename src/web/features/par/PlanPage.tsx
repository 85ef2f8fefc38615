import {
  Anchor,
  Button,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { DateField } from '../../components/DateFields';
import { Dialog } from '../../components/Dialog';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import {
  type PlanDetailDto,
  type TargetDto,
  useImportTargets,
  useLinkMetric,
  useParLive,
  usePlan,
  useReportTarget,
} from './api';
import { TargetStatusBadge } from './badges';
import { SheetUploadForm } from './SheetUploadForm';
import { TargetMetricLink } from './TargetMetricLink';

/** A plan's targets for one year: milestone, result (measured or reported) and status; import, report, link. */
export function PlanPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || null;
  const plan = usePlan(id, year);
  useParLive();
  const [importing, setImporting] = useState(false);
  const [reporting, setReporting] = useState<TargetDto | null>(null);
  const data = plan.data;

  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!data) return <Loader aria-label={t('common.loading')} />;
  const years = Array.from({ length: data.plan.toYear - data.plan.fromYear + 1 }, (_, i) =>
    String(data.plan.fromYear + i),
  );

  return (
    <Stack gap="md">
      <PageTitle
        actions={
          data.canManage && (
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
              onClick={() => setImporting(true)}
              data-testid="import-targets"
            >
              {t('par.plan.import')}
            </Button>
          )
        }
      >
        {data.plan.title}
      </PageTitle>
      <Text size="sm">
        {t('par.plans.basis', {
          number: data.plan.documentNumber,
          date: fmt.day(data.plan.issuedOn),
          signer: data.plan.signer,
        })}
      </Text>
      {years.length > 1 && (
        <SegmentedControl
          aria-label={t('par.plan.year')}
          data={years}
          value={String(data.year)}
          onChange={(v) => setParams({ year: v })}
          w="fit-content"
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
      )}
      <Group gap="xs" wrap="wrap" data-testid="target-counts">
        {Object.entries(data.statusCounts)
          .filter(([, n]) => n > 0)
          .map(([status, n]) => (
            <Text key={status} size="sm">
              {t(`par.targetStatus.${status}`)}: <b>{fmt.number(n)}</b>
            </Text>
          ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('par.plan.statusRule')}
      </Text>
      <TargetsTable data={data} onReport={setReporting} />
      <Dialog opened={importing} onClose={() => setImporting(false)} title={t('par.plan.import')} size="xl">
        {importing && <ImportForm planId={id} />}
      </Dialog>
      <Dialog
        opened={reporting !== null}
        onClose={() => setReporting(null)}
        title={reporting ? t('par.plan.reportTitle', { number: reporting.number, year: data.year }) : ''}
      >
        {reporting && <ReportForm target={reporting} year={data.year} onDone={() => setReporting(null)} />}
      </Dialog>
    </Stack>
  );
}

function TargetsTable({ data, onReport }: { data: PlanDetailDto; onReport: (target: TargetDto) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const link = useLinkMetric();
  const milestoneText = (target: TargetDto) => {
    const m = target.milestone;
    if (!m) return '—';
    return m.kind === 'percent' ? `${fmt.decimal(m.percent)}%` : t('par.months', { month: m.month });
  };
  return (
    <>
      {link.isError && <ProblemAlert error={link.error} />}
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder verticalSpacing="xs" data-testid="targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('par.plan.number')}</Table.Th>
              <Table.Th>{t('par.plan.target')}</Table.Th>
              <Table.Th>{t('par.plan.lead')}</Table.Th>
              <Table.Th>{t('par.plan.milestone', { year: data.year })}</Table.Th>
              <Table.Th>{t('par.plan.actual')}</Table.Th>
              <Table.Th>{t('par.plan.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.targets.map((target) => (
              <Table.Tr key={target.id} data-testid="target-row">
                <Table.Td>{target.number}</Table.Td>
                <Table.Td miw={360} maw={460}>
                  <Text size="sm">{target.text}</Text>
                  {target.area && (
                    <Text size="xs" c="dimmed">
                      {t(`par.areas.${target.area}`)}
                    </Text>
                  )}
                  {(target.metric || data.canManage) && (
                    <TargetMetricLink target={target} mayLink={data.canManage} link={link} />
                  )}
                </Table.Td>
                <Table.Td>{target.leadUnit.name}</Table.Td>
                <Table.Td>{milestoneText(target)}</Table.Td>
                <Table.Td>
                  <ActualCell target={target} />
                  {target.canReport && (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => onReport(target)}
                      data-testid="report-target"
                    >
                      {t('par.plan.report')}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <TargetStatusBadge status={target.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function ActualCell({ target }: { target: TargetDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actual, metric } = target;
  if (metric && !metric.available)
    return (
      <Text size="xs" c="dimmed">
        {t('par.plan.noDataYet')}
      </Text>
    );
  if (!actual)
    return (
      <Text size="sm" c="dimmed">
        {t('par.plan.notReported')}
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {actual.percent !== null
          ? `${fmt.decimal(actual.percent)}%`
          : t('par.plan.doneOn', { date: fmt.day(actual.doneOn) })}
      </Text>
      {actual.source === 'metric' && metric ? (
        <Text size="xs" c="dimmed">
          {t('par.plan.measured', { metric: fmt.lang === 'vi' ? metric.titleVi : metric.titleEn })} ·{' '}
          {t('par.plan.measuredAsOf', {
            numerator: fmt.number(actual.numerator ?? 0),
            denominator: fmt.number(actual.denominator ?? 0),
            date: fmt.day(actual.asOf),
          })}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('par.plan.reported', { date: fmt.dateTime(actual.reportedAt) })}
          {actual.note ? ` — ${actual.note}` : ''}
        </Text>
      )}
    </Stack>
  );
}

function ReportForm({ target, year, onDone }: { target: TargetDto; year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const report = useReportTarget();
  const [kind, setKind] = useState<'percent' | 'done'>(
    target.milestone?.kind === 'by_month' ? 'done' : 'percent',
  );
  const [percent, setPercent] = useState<number | string>('');
  const [doneOn, setDoneOn] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate(
      {
        targetId: target.id,
        year,
        ...(kind === 'percent' ? { percent: Number(percent) } : { doneOn }),
        note,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{target.text}</Text>
        <SegmentedControl
          data={[
            { value: 'percent', label: t('par.plan.kindPercent') },
            { value: 'done', label: t('par.plan.kindDone') },
          ]}
          value={kind}
          onChange={(v) => setKind(v === 'done' ? 'done' : 'percent')}
        />
        {kind === 'percent' ? (
          <NumberInput
            label={t('par.plan.percent')}
            min={0}
            max={100}
            decimalScale={2}
            required
            value={percent}
            onChange={setPercent}
            data-testid="report-percent"
          />
        ) : (
          <DateField
            label={t('par.plan.doneOnLabel')}
            required
            value={doneOn}
            onChange={(value) => setDoneOn(value)}
          />
        )}
        <Textarea
          label={t('par.plan.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {report.isError && <ProblemAlert error={report.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={report.isPending}>
            {t('par.plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ImportForm({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const importTargets = useImportTargets(planId);
  return (
    <SheetUploadForm
      help={t('par.plan.importHelp')}
      fileLabel={t('par.plan.importFile')}
      submitLabel={t('par.plan.importSubmit')}
      mutation={importTargets}
      done={(result) => t('par.plan.imported', { count: result.imported })}
    />
  );
}
