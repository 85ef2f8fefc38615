import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { CompletionBadge } from './DossierBadges';
import { controlSlipUrl } from './document-links';
import type { Dossier, DossierStep } from './types';

/** Phiếu kiểm soát quá trình giải quyết hồ sơ: each hand-over with its unit, due time and outcome. */
export function ControlSlip({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = useMediaQuery('(max-width: 48em)');
  const steps = dossier.steps;
  const name = (s: DossierStep) => (
    <>
      <Text size="sm" fw={s.state === 'active' ? 700 : 400}>
        {s.name}
      </Text>
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          {t(`roles.${s.role}`)}
        </Text>
        {s.kind === 'inter_agency' && (
          <Badge size="xs" color="indigo.7" autoContrast tt="none">
            {t('dossiers.detail.interAgency')}
          </Badge>
        )}
      </Group>
    </>
  );
  const outcome = (s: DossierStep) =>
    s.outcome ? (
      <CompletionBadge completion={s.outcome} />
    ) : (
      <Text size="sm">{t(`dossiers.stepStates.${s.state}`)}</Text>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="control-slip">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="control-slip">
            {t('dossiers.detail.steps')}
          </Title>
          <Anchor href={controlSlipUrl(dossier.id)} target="_blank" rel="noopener" size="sm">
            <Group gap={4} component="span" wrap="nowrap">
              <IconPrinter size={16} aria-hidden />
              {t('dossiers.detail.controlSlip')}
            </Group>
          </Anchor>
        </Group>
        {steps.length === 0 ? (
          <Text size="sm">{t('dossiers.detail.noSteps')}</Text>
        ) : phone ? (
          <Stack
            component="ol"
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('dossiers.detail.stepsTable')}
          >
            {steps.map((s) => (
              <Paper component="li" withBorder p="xs" key={s.id}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <div>{name(s)}</div>
                  {outcome(s)}
                </Group>
                <Text size="xs" mt={4}>
                  {s.unit.name}
                  {s.assignee ? ` · ${s.assignee}` : ''}
                </Text>
                <Text size="xs">
                  {t('dossiers.detail.startedAt')}: {fmt.dateTime(s.startedAt)} ·{' '}
                  {t('dossiers.detail.stepDue')}: {fmt.dateTime(s.dueAt)}
                </Text>
                {s.finishedAt && (
                  <Text size="xs">
                    {t('dossiers.detail.finishedAt')}: {fmt.dateTime(s.finishedAt)}
                    {s.handedTo ? ` → ${s.handedTo}` : ''}
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table
              aria-label={t('dossiers.detail.stepsTable')}
              verticalSpacing="xs"
              fz="sm"
              data-testid="steps"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    {t('dossiers.detail.stepNo')}
                  </Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.stepName')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.stepUnit')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.assignee')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.startedAt')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.stepDue')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.finishedAt')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.detail.handedTo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {steps.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.ordinal}</Table.Td>
                    <Table.Td>{name(s)}</Table.Td>
                    <Table.Td>{s.unit.name}</Table.Td>
                    <Table.Td>{s.assignee ?? t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(s.startedAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(s.dueAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(s.finishedAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{outcome(s)}</Table.Td>
                    <Table.Td>
                      {s.handedTo ?? t('common.none')}
                      {s.note && (
                        <Text size="xs" c="dimmed">
                          {s.note}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
