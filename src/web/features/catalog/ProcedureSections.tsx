import { Badge, Group, List, Paper, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { OnlineBadge, SampleBadge } from './ProcedureBadges';
import { useCatalogLabels } from './useCatalogLabels';

/** A titled block of the detail page, named by its heading for screen readers. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} className="procedure-section">
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Code, field, level, time limits, how to apply, result, version in force. */
export function GeneralFacts({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useCatalogLabels();
  const online = procedure.processing.online;
  const onlineDiffers =
    online && (online.unit !== procedure.processing.unit || online.amount !== procedure.processing.amount);
  const rows: [string, ReactNode][] = [
    [t('catalog.detail.code'), procedure.code],
    [t('catalog.detail.field'), labels.fieldName(procedure.field)],
    [t('catalog.detail.levels'), procedure.levels.map((l) => t(`catalog.levels.${l}`)).join(', ')],
    [
      t('catalog.detail.time'),
      <Stack gap={2} key="time">
        <Text size="sm" fw={600} data-testid="processing-time">
          {labels.duration(procedure.processing)}
        </Text>
        {online && onlineDiffers && (
          <Text size="sm">
            {t('catalog.detail.onlineTime')}: {labels.duration(online)}
          </Text>
        )}
      </Stack>,
    ],
    [
      t('catalog.detail.onlineService'),
      <Stack gap={4} key="online" align="flex-start">
        <OnlineBadge online={procedure.online} />
        <Text size="sm">{t(`catalog.onlineLong.${procedure.online}`)}</Text>
      </Stack>,
    ],
    [
      t('catalog.detail.onlinePayment'),
      procedure.onlinePayment ? t('catalog.detail.paymentYes') : t('catalog.detail.paymentNo'),
    ],
    [t('catalog.detail.result'), procedure.resultType],
    [
      t('catalog.detail.effective'),
      t('catalog.detail.versionValue', {
        version: procedure.version,
        date: fmt.day(procedure.effectiveFrom),
      }),
    ],
  ];
  return (
    <Section title={t('catalog.detail.general')}>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="38%" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

export function Fees({ fees }: { fees: ProcedureDetail['fees'] }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  return (
    <Section title={t('catalog.detail.fees')}>
      {fees.length === 0 ? (
        <Group gap="xs">
          <Badge variant="outline" color="teal.9" tt="none" size="lg">
            {t('catalog.free')}
          </Badge>
          <Text size="sm">{t('catalog.detail.noFees')}</Text>
        </Group>
      ) : (
        <Table aria-label={t('catalog.detail.feesTable')} data-testid="fees">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('catalog.detail.feeName')}</Table.Th>
              <Table.Th scope="col">{t('catalog.detail.feeKind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('catalog.detail.feeAmount')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fees.map((fee, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fees have no identity besides their place
              <Table.Tr key={i}>
                <Table.Td>{fee.name}</Table.Td>
                <Table.Td>{t(`catalog.feeKinds.${fee.kind}`)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {labels.money(fee.amount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

export function Steps({ steps }: { steps: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('catalog.detail.steps')}>
      {steps.length === 0 ? (
        <Text size="sm">{t('catalog.detail.noSteps')}</Text>
      ) : (
        <List type="ordered" spacing="xs" size="sm">
          {steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity besides their place
            <List.Item key={i}>{step}</List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

export function LegalBasis({ legalBasis }: { legalBasis: ProcedureDetail['legalBasis'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('catalog.detail.legalBasis')}>
      {legalBasis.length === 0 ? (
        <Text size="sm">{t('catalog.detail.noLegalBasis')}</Text>
      ) : (
        <List spacing="xs" size="sm">
          {legalBasis.map((basis, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: texts have no identity besides their place
            <List.Item key={i}>
              {basis.text} {basis.sample && <SampleBadge />}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

/** Where to apply, or who decides: often every commune of the province, so long lists fold. */
export function UnitsSection({ title, units }: { title: string; units: ProcedureDetail['receivingUnits'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section title={title}>
      {units.length > 6 && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('catalog.detail.unitCount', { count: fmt.number(units.length) })}
        </Text>
      )}
      <Spoiler
        maxHeight={150}
        showLabel={t('catalog.detail.showAll')}
        hideLabel={t('catalog.detail.showLess')}
      >
        <List size="sm" spacing={4}>
          {units.map((unit) => (
            <List.Item key={unit.id}>{unit.name}</List.Item>
          ))}
        </List>
      </Spoiler>
    </Section>
  );
}
