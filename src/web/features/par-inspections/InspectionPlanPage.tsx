import { Anchor, Button, Card, Group, Loader, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Dialog } from '../../components/Dialog';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { type InspectionDto, type InspectionPlanDto, useInspectionPlan, useScheduleCommand } from './api';
import { InspectionStateBadge } from './badges';
import { CoverageBars } from './CoverageBars';
import { FindingsTable } from './FindingsTable';
import { RecordDialog } from './RecordDialog';
import { ScheduleDialog } from './ScheduleDialog';

/**
 * One year's inspection plan: its coverage per level against the target, the overdue remedies, the
 * inspections (scheduled, recorded) and every finding the caller may read, with what they may do.
 */
export function InspectionPlanPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const plan = useInspectionPlan(id);
  const [scheduling, setScheduling] = useState<{ inspection: InspectionDto | null } | null>(null);
  const [recording, setRecording] = useState<InspectionDto | null>(null);
  const [removing, setRemoving] = useState<InspectionDto | null>(null);
  const data = plan.data;

  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (!data) return <Loader aria-label={t('common.loading')} />;

  return (
    <Stack gap="lg">
      <PageTitle
        actions={
          data.mayManage && (
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setScheduling({ inspection: null })}
              data-testid="schedule-inspection"
            >
              {t('parInspections.plan.schedule')}
            </Button>
          )
        }
      >
        {data.title}
      </PageTitle>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('parInspections.plans.basis', { number: data.documentNumber, date: fmt.day(data.issuedOn) })}
        </Text>
        <Text size="sm">
          {t('parInspections.plans.progress', {
            conducted: fmt.number(data.conductedCount),
            total: fmt.number(data.inspectionCount),
          })}
        </Text>
        <Anchor component={Link} to={paths.parInspections} size="sm">
          {t('parInspections.plans.title')}
        </Anchor>
      </Group>
      <Card withBorder component="section" aria-labelledby="coverage-heading">
        <Title order={2} size="h4" id="coverage-heading" mb="xs">
          {t('parInspections.coverage.title')}
        </Title>
        <CoverageBars coverage={data.coverage} />
      </Card>
      <section aria-labelledby="overdue-heading">
        <Title order={2} size="h4" id="overdue-heading" mb="xs">
          {t('parInspections.plan.overdueTitle')}
        </Title>
        <FindingsTable
          findings={data.overdueRemedies}
          empty={t('parInspections.plan.noOverdue')}
          label={t('parInspections.plan.overdueTitle')}
          testId="plan-overdue"
        />
      </section>
      <section aria-labelledby="inspections-heading">
        <Title order={2} size="h4" id="inspections-heading" mb="xs">
          {t('parInspections.plan.inspections')}
        </Title>
        <InspectionsTable
          plan={data}
          onSchedule={(inspection) => setScheduling({ inspection })}
          onRecord={setRecording}
          onRemove={setRemoving}
        />
      </section>
      <section aria-labelledby="findings-heading">
        <Title order={2} size="h4" id="findings-heading" mb={4}>
          {t('parInspections.plan.findingsTitle')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('parInspections.plan.rule')}
        </Text>
        <FindingsTable
          findings={data.findings}
          empty={t('parInspections.plan.noFindings')}
          label={t('parInspections.plan.findingsTitle')}
        />
      </section>
      <ScheduleDialog
        plan={data}
        inspection={scheduling?.inspection ?? null}
        opened={scheduling !== null}
        onClose={() => setScheduling(null)}
      />
      <RecordDialog plan={data} inspection={recording} onClose={() => setRecording(null)} />
      <RemoveDialog planId={data.id} inspection={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function InspectionsTable({
  plan,
  onSchedule,
  onRecord,
  onRemove,
}: {
  plan: InspectionPlanDto;
  onSchedule: (inspection: InspectionDto) => void;
  onRecord: (inspection: InspectionDto) => void;
  onRemove: (inspection: InspectionDto) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (plan.inspections.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('parInspections.plan.noInspections')}
      </Text>
    );
  return (
    <Table.ScrollContainer
      minWidth={900}
      scrollAreaProps={keyboardScrollArea(t('parInspections.plan.inspections'))}
    >
      <Table striped withTableBorder verticalSpacing="xs" data-testid="inspections">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('parInspections.plan.unit')}</Table.Th>
            <Table.Th>{t('parInspections.plan.scheduledOn')}</Table.Th>
            <Table.Th>{t('parInspections.plan.inspectors')}</Table.Th>
            <Table.Th>{t('parInspections.plan.state')}</Table.Th>
            <Table.Th>{t('parInspections.plan.record')}</Table.Th>
            <Table.Th ta="right">{t('parInspections.plan.findings')}</Table.Th>
            {plan.mayManage && <Table.Th>{t('parInspections.plan.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.inspections.map((i) => (
            <Table.Tr key={i.id} data-testid="inspection-row" data-state={i.state}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {i.unit.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`parInspections.levels.${i.unit.level}`)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.day(i.scheduledOn)}</Table.Td>
              <Table.Td maw={220}>
                <Text size="sm">{i.inspectors}</Text>
              </Table.Td>
              <Table.Td>
                <InspectionStateBadge state={i.state} />
              </Table.Td>
              <Table.Td maw={320}>
                {i.conductedOn && i.recordNumber ? (
                  <>
                    <Text size="sm">
                      {t('parInspections.plan.recordOf', {
                        number: i.recordNumber,
                        date: fmt.day(i.conductedOn),
                      })}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2} title={i.conclusion ?? undefined}>
                      {i.conclusion}
                    </Text>
                  </>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {i.conductedOn
                  ? t('parInspections.plan.findingCounts', {
                      total: fmt.number(i.findings.total),
                      open: fmt.number(i.findings.open),
                    })
                  : t('common.none')}
              </Table.Td>
              {plan.mayManage && (
                <Table.Td>
                  {i.state !== 'conducted' && (
                    <Group gap={6} wrap="nowrap">
                      <Button size="compact-sm" onClick={() => onRecord(i)} data-testid="record-inspection">
                        {t('parInspections.plan.recordAction')}
                      </Button>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('parInspections.plan.actionsOf', { unit: i.unit.name })}
                          >
                            <IconDots size={16} aria-hidden />
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => onSchedule(i)}>
                            {t('parInspections.plan.reschedule')}
                          </Menu.Item>
                          <Menu.Item color="red.8" onClick={() => onRemove(i)}>
                            {t('parInspections.plan.remove')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RemoveDialog({
  planId,
  inspection,
  onClose,
}: {
  planId: string;
  inspection: InspectionDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const command = useScheduleCommand(planId);
  return (
    <Dialog
      opened={inspection !== null}
      onClose={() => {
        command.reset();
        onClose();
      }}
      title={t('parInspections.plan.remove')}
    >
      {inspection && (
        <Stack>
          <Text>{t('parInspections.plan.removeConfirm', { unit: inspection.unit.name })}</Text>
          {command.isError && <ProblemAlert error={command.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={command.isPending}
              onClick={() =>
                command.mutate(
                  { kind: 'remove', inspectionId: inspection.id, version: inspection.version },
                  { onSuccess: onClose },
                )
              }
            >
              {t('parInspections.plan.remove')}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
