import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemError } from '../../api/client';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import type { FindingAction, FindingDto } from './api';
import { RemedyStatusBadge } from './badges';
import { actionsOn, FindingActionButtons, FindingActionDialog } from './FindingActions';

/**
 * Findings with their remedies: who owes each, by when, where it stands, the latest note, and the
 * actions the caller may take (the owner unit reports progress and closes; an officer reopens).
 */
export function FindingsTable({
  findings,
  showInspected = true,
  empty,
  label,
  testId = 'findings',
}: {
  findings: readonly FindingDto[];
  showInspected?: boolean;
  empty: string;
  /** The table's name, for the keyboard-scrollable region around it. */
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [target, setTarget] = useState<{ finding: FindingDto; action: FindingAction } | null>(null);
  const [done, setDone] = useState<FindingAction | null>(null);
  const [conflict, setConflict] = useState<ProblemError | null>(null);
  const withActions = findings.some((f) => actionsOn(f).length > 0);
  // On a phone a table this wide hides the status and the actions: each finding becomes a card.
  const phone = useMediaQuery('(max-width: 48em)');
  const open = (finding: FindingDto, action: FindingAction) => {
    setDone(null);
    setConflict(null);
    setTarget({ finding, action });
  };

  if (findings.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Stack gap="xs">
      {done && <SuccessAlert>{t(`parInspections.finding.done.${done}`)}</SuccessAlert>}
      {conflict && <ProblemAlert error={conflict} title={t('parInspections.finding.changed')} />}
      {phone ? (
        <Stack gap="xs" data-testid={testId}>
          {findings.map((f) => (
            <FindingCard key={f.id} finding={f} showInspected={showInspected} onOpen={open} />
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer
          minWidth={showInspected ? 960 : 820}
          scrollAreaProps={keyboardScrollArea(label)}
        >
          <Table striped withTableBorder verticalSpacing="xs" data-testid={testId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('parInspections.finding.finding')}</Table.Th>
                {showInspected && <Table.Th>{t('parInspections.finding.inspected')}</Table.Th>}
                <Table.Th>{t('parInspections.finding.owner')}</Table.Th>
                <Table.Th>{t('parInspections.finding.due')}</Table.Th>
                <Table.Th>{t('parInspections.finding.status')}</Table.Th>
                <Table.Th>{t('parInspections.finding.note')}</Table.Th>
                {withActions && <Table.Th>{t('parInspections.finding.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {findings.map((f) => (
                <Table.Tr key={f.id} data-testid="finding-row" data-finding-id={f.id}>
                  <Table.Td miw={240} maw={360}>
                    <Text size="sm" fw={500}>
                      {f.finding}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('parInspections.finding.remedy')}: {f.remedy}
                    </Text>
                  </Table.Td>
                  {showInspected && (
                    <Table.Td>
                      <InspectedUnit finding={f} />
                    </Table.Td>
                  )}
                  <Table.Td>{f.ownerUnit.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.day(f.dueDate)}</Table.Td>
                  <Table.Td>
                    <RemedyStatusBadge status={f.status} />
                  </Table.Td>
                  <Table.Td miw={180} maw={280}>
                    <FindingNote finding={f} />
                  </Table.Td>
                  {withActions && (
                    <Table.Td>
                      <FindingActionButtons finding={f} onOpen={open} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FindingActionDialog
        target={target}
        onClose={() => setTarget(null)}
        onDone={(action, error) => {
          setTarget(null);
          if (error) setConflict(error);
          else setDone(action);
        }}
      />
    </Stack>
  );
}

/** Where the finding was made: the inspected unit and the record. */
function InspectedUnit({ finding: f }: { finding: FindingDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Text size="sm">{f.inspectedUnit.name}</Text>
      {f.recordNumber && f.conductedOn && (
        <Text size="xs" c="dimmed">
          {t('parInspections.plan.recordOf', { number: f.recordNumber, date: fmt.day(f.conductedOn) })}
        </Text>
      )}
    </>
  );
}

/** The latest word on the remedy: how it was closed, or the last progress note. */
function FindingNote({ finding: f }: { finding: FindingDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (f.closedAt)
    return (
      <>
        <Text size="sm">{f.closedNote}</Text>
        <Text size="xs" c="dimmed">
          {t('parInspections.finding.closedBy', { by: f.closedBy ?? '', at: fmt.dateTime(f.closedAt) })}
        </Text>
      </>
    );
  return (
    <Text size="sm" data-testid="finding-note">
      {f.progressNote ?? t('common.none')}
    </Text>
  );
}

function FindingCard({
  finding: f,
  showInspected,
  onOpen,
}: {
  finding: FindingDto;
  showInspected: boolean;
  onOpen: (finding: FindingDto, action: FindingAction) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card withBorder padding="sm" data-testid="finding-row" data-finding-id={f.id}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <RemedyStatusBadge status={f.status} />
          <Text size="sm">
            {t('parInspections.finding.due')}: {fmt.day(f.dueDate)}
          </Text>
        </Group>
        <Text size="sm" fw={600}>
          {f.finding}
        </Text>
        <Text size="xs" c="dimmed">
          {t('parInspections.finding.remedy')}: {f.remedy}
        </Text>
        {showInspected && (
          <div>
            <Text size="xs" c="dimmed">
              {t('parInspections.finding.inspected')}
            </Text>
            <InspectedUnit finding={f} />
          </div>
        )}
        <Text size="sm">
          {t('parInspections.finding.owner')}: {f.ownerUnit.name}
        </Text>
        <FindingNote finding={f} />
        <FindingActionButtons finding={f} onOpen={onOpen} />
      </Stack>
    </Card>
  );
}
