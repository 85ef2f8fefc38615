import { Anchor, Button, Card, Group, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { isLateOrMissing, REPORT_SECTION_CODES } from '../../../domain/par/report-periods';
import { Dialog } from '../../components/Dialog';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { useParLive } from '../par/api';
import {
  type ReportRoundDetailDto,
  type ReportUnitLineDto,
  reportFileUrl,
  useCloseReportRound,
  useReportRound,
} from './api';
import { RoundStateBadge, SubmissionBadge, usePeriodLabel } from './badges';

const unitPath = (id: string, unitId: string) => generatePath(paths.parUnitReport, { id, unitId });

/**
 * One report round: its period and due date, the province's consolidated report, the units late or
 * missing, and every unit's status (managers see all units, a unit's staff its own). PAR officers
 * close the round; they and the province's leaders download the consolidated report.
 */
export function ReportRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const round = useReportRound(id);
  useParLive();

  if (round.isError)
    return (
      <Stack>
        <BackLink />
        <ProblemAlert error={round.error} />
      </Stack>
    );
  if (!round.data) return <Loader aria-label={t('common.loading')} />;
  const d = round.data;
  const province = d.units.find((u) => u.province);
  return (
    <Stack gap="md">
      <BackLink />
      <PageTitle>{d.title}</PageTitle>
      <RoundFacts round={d} />
      <RoundActions round={d} />
      {province && <ProvinceCard round={d} line={province} />}
      {d.units.some((u) => !u.province) && <LateOrMissing round={d} />}
      <UnitsTable round={d} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.parReports} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('parReports.round.back')}
      </Group>
    </Anchor>
  );
}

function RoundFacts({ round }: { round: ReportRoundDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const periodLabel = usePeriodLabel();
  return (
    <Group gap="sm" wrap="wrap" mt={-12}>
      <RoundStateBadge closed={round.closedAt !== null} />
      <Text size="sm">
        {t('parReports.round.period', {
          period: periodLabel(round.year, round.period),
          from: fmt.day(round.from),
          to: fmt.day(round.to),
        })}
      </Text>
      <Text size="sm" fw={600}>
        {t('parReports.round.due', { date: fmt.day(round.dueDate) })}
      </Text>
      <Text size="sm" data-testid="round-sent">
        {t('parReports.round.sentOf', { sent: round.submittedCount, total: round.unitCount })}
      </Text>
      {round.closedAt && (
        <Text size="sm" fw={600} data-testid="round-closed">
          {t('parReports.round.closedOn', { date: fmt.dateTime(round.closedAt), by: round.closedBy ?? '' })}
        </Text>
      )}
    </Group>
  );
}

function RoundActions({ round }: { round: ReportRoundDetailDto }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  if (!round.mayDownload && !round.mayManage) return null;
  return (
    <Group gap="xs" wrap="wrap" data-testid="report-round-actions">
      {round.mayDownload && (
        <>
          <Button
            component="a"
            href={reportFileUrl(round.id, 'docx')}
            download
            leftSection={<IconDownload size={16} aria-hidden />}
            data-testid="download-docx"
          >
            {t('parReports.round.downloadDocx')}
          </Button>
          <Button
            component="a"
            href={reportFileUrl(round.id, 'pdf')}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('parReports.round.downloadPdf')}
          </Button>
        </>
      )}
      {round.mayManage && round.closedAt === null && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconLock size={16} aria-hidden />}
          onClick={() => setClosing(true)}
        >
          {t('parReports.round.close')}
        </Button>
      )}
      <Dialog opened={closing} onClose={() => setClosing(false)} title={t('parReports.round.closeTitle')}>
        {closing && <CloseForm round={round} onClose={() => setClosing(false)} />}
      </Dialog>
    </Group>
  );
}

function CloseForm({ round, onClose }: { round: ReportRoundDetailDto; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useCloseReportRound(round.id);
  // The round as the officer saw it: a change meanwhile makes the API refuse (409) rather than close unseen.
  const [version] = useState(round.version);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('parReports.round.closeConfirm', { title: round.title })}</Text>
      {close.isError && <ProblemAlert error={close.error} />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={close.isPending}
          onClick={() => close.mutate(version, { onSuccess: onClose })}
          data-testid="close-round-confirm"
        >
          {t('parReports.round.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function ProvinceCard({ round, line }: { round: ReportRoundDetailDto; line: ReportUnitLineDto }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="province-report-heading"
      data-testid="province-report"
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h4" id="province-report-heading">
            {t('parReports.round.provinceReport')}
          </Title>
          <Text size="sm">
            {line.unit.name} · {t('parReports.round.written')}:{' '}
            {t('parReports.round.writtenOf', {
              count: line.sectionsWritten,
              total: REPORT_SECTION_CODES.length,
            })}
          </Text>
        </div>
        <Button
          component={Link}
          to={unitPath(round.id, line.unit.id)}
          variant={line.mayWrite ? 'filled' : 'default'}
          leftSection={<IconPencil size={16} aria-hidden />}
          data-testid="open-province-report"
        >
          {t('parReports.round.openProvince')}
        </Button>
      </Group>
    </Card>
  );
}

function LateOrMissing({ round }: { round: ReportRoundDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const late = round.lateOrMissing;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="late-heading"
      data-testid="late-or-missing"
      style={late.length > 0 ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined}
    >
      <Title order={2} size="h4" id="late-heading" mb="xs">
        {t('parReports.round.lateOrMissing')} ({fmt.number(late.length)})
      </Title>
      {late.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('parReports.round.noneLate')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {late.map((u) => (
            <List.Item key={u.unit.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={unitPath(round.id, u.unit.id)} size="sm">
                  {u.unit.name}
                </Anchor>
                <SubmissionBadge status={u.status} />
                {u.submittedAt && (
                  <Text span size="xs">
                    {fmt.dateTime(u.submittedAt)}
                  </Text>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function UnitsTable({ round }: { round: ReportRoundDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = t('parReports.round.unitsTable');
  const units = round.units.filter((u) => !u.province);
  if (units.length === 0) return null;
  return (
    <section aria-labelledby="units-heading">
      <Title order={2} size="h4" id="units-heading" mb="xs">
        {label}
      </Title>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={640} scrollAreaProps={keyboardScrollArea(label)}>
          <Table aria-labelledby="units-heading" verticalSpacing="xs" data-testid="report-units">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('parReports.round.unit')}</Table.Th>
                <Table.Th scope="col">{t('parReports.round.status')}</Table.Th>
                <Table.Th scope="col">{t('parReports.round.sentAt')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('parReports.round.written')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u) => (
                <Table.Tr
                  key={u.unit.id}
                  bg={isLateOrMissing(u.status) ? 'red.0' : undefined}
                  data-testid="report-unit-row"
                  data-status={u.status}
                >
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={unitPath(round.id, u.unit.id)} size="sm" fw={600}>
                      {u.unit.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <SubmissionBadge status={u.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {u.submittedAt ? fmt.dateTime(u.submittedAt) : '—'}
                  </Table.Td>
                  <Table.Td ta="right">
                    {t('parReports.round.writtenOf', { count: u.sectionsWritten, total: u.sectionCount })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </section>
  );
}
