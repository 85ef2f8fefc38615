import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconEdit, IconLockOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Level, Unit } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { isClosed } from './unit-tree';

interface UnitDetailProps {
  readonly unit: Unit | null;
  readonly unitsById: ReadonlyMap<string, Unit>;
  readonly levels: readonly Level[];
  readonly onDate: string;
  readonly canAdmin: boolean;
  readonly onSelect: (id: string) => void;
  readonly onEdit: () => void;
  readonly onClose: () => void;
}

export function UnitDetail({
  unit,
  unitsById,
  levels,
  onDate,
  canAdmin,
  onSelect,
  onEdit,
  onClose,
}: UnitDetailProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  if (!unit) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="unit-detail-heading">
        <Title order={2} size="h4" id="unit-detail-heading">
          {t('organisation.detail')}
        </Title>
        <Text c="dimmed" size="sm" mt="xs">
          {t('organisation.select')}
        </Text>
      </Paper>
    );
  }
  const parent = unit.parentId ? unitsById.get(unit.parentId) : undefined;
  const successor = unit.successorId ? unitsById.get(unit.successorId) : undefined;
  const level = levels.find((l) => l.code === unit.levelCode);
  const closed = isClosed(unit, onDate);
  const unitLink = (target: Unit | undefined, id: string | null) =>
    target ? (
      <Anchor component="button" type="button" size="sm" onClick={() => onSelect(target.id)}>
        {target.name} ({target.code})
      </Anchor>
    ) : (
      (id ?? t('common.none'))
    );

  const rows: [string, React.ReactNode][] = [
    [t('organisation.fields.code'), unit.code],
    [t('organisation.fields.kind'), t(`unitKinds.${unit.kind}`)],
    [
      t('organisation.fields.level'),
      level ? (i18n.language === 'en' ? level.nameEn : level.nameVi) : unit.levelCode,
    ],
    [
      t('organisation.fields.parent'),
      unit.parentId ? unitLink(parent, unit.parentId) : t('organisation.fields.noParent'),
    ],
    [t('organisation.fields.validFrom'), fmt.day(unit.validFrom)],
    [t('organisation.fields.validTo'), fmt.day(unit.validTo)],
  ];
  if (unit.successorId)
    rows.push([t('organisation.fields.successor'), unitLink(successor, unit.successorId)]);
  if (unit.closedReason) rows.push([t('organisation.fields.closedReason'), unit.closedReason]);
  rows.push([t('organisation.fields.version'), String(unit.version)]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="unit-detail-heading">
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <div>
          <Text size="xs" c="dimmed">
            {t('organisation.detail')}
          </Text>
          <Title order={2} size="h4" id="unit-detail-heading">
            {unit.name}
          </Title>
        </div>
        {closed && (
          <Badge color="gray.8" variant="outline" tt="none">
            {t('organisation.closedBadge')}
          </Badge>
        )}
      </Group>
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="40%" scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canAdmin && unit.validTo === null && (
        <Group mt="md" gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={onEdit}
          >
            {t('organisation.actions.edit')}
          </Button>
          <Button
            variant="outline"
            color="red.8"
            size="xs"
            leftSection={<IconLockOff size={16} aria-hidden />}
            onClick={onClose}
          >
            {t('organisation.actions.close')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
