import { ActionIcon, Group, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_TREE_DEPTH } from '../../../domain/par/scoring';
import { keyboardScrollArea } from '../../components/keyboard-scroll-area';
import { useFormat } from '../../components/useFormat';
import type { TreeRow } from './criteria-editor-model';

export interface TreeActions {
  readonly edit: (code: string) => void;
  readonly addChild: (code: string) => void;
  readonly move: (code: string, direction: -1 | 1) => void;
  readonly remove: (code: string) => void;
}

/**
 * The criteria tree as a compact table: code indented by level, title with how the leaf is scored,
 * maximum (a parent's children's sum beside it when it differs), and the actions per row.
 */
export function CriteriaTreeTable({
  rows,
  actions,
  readOnly,
}: {
  rows: readonly TreeRow[];
  actions: TreeActions;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = t('parScoring.criteria.tree');
  return (
    <Table.ScrollContainer minWidth={600} scrollAreaProps={keyboardScrollArea(label)}>
      <Table aria-label={label} verticalSpacing={4} striped data-testid="criteria-tree">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('parScoring.criteria.code')}</Table.Th>
            <Table.Th scope="col">{t('parScoring.criteria.titleLabel')}</Table.Th>
            <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('parScoring.criteria.maxPoints')}
            </Table.Th>
            {!readOnly && <Table.Th scope="col">{t('parScoring.criteria.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { node } = row;
            const leaf = node.children.length === 0;
            const mismatch = row.childrenSum !== null && row.childrenSum !== node.maxPoints;
            return (
              <Table.Tr key={node.code} data-testid={`criterion-${node.code}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="sm" fw={row.depth === 1 ? 700 : 400} pl={(row.depth - 1) * 12}>
                    {node.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={row.depth === 1 ? 700 : 400} lineClamp={2}>
                    {node.title}
                  </Text>
                  {leaf && (node.kind === 'survey' || node.metricCode) && (
                    <Text size="xs" c="dimmed" data-testid="scored-by">
                      {node.kind === 'survey'
                        ? t('parScoring.criteria.surveyBadge')
                        : t('parScoring.criteria.metricBadge')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="sm" fw={row.depth === 1 ? 700 : 400} data-testid="max">
                    {fmt.decimal(node.maxPoints)}
                  </Text>
                  {mismatch && (
                    <Text size="xs" c="red.8" data-testid="children-sum">
                      {t('parScoring.criteria.childrenSum', { sum: fmt.decimal(row.childrenSum) })}
                    </Text>
                  )}
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <RowActions row={row} actions={actions} />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowActions({ row, actions }: { row: TreeRow; actions: TreeActions }) {
  const { t } = useTranslation();
  const code = row.node.code;
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={t('parScoring.criteria.editOf', { code })}
        onClick={() => actions.edit(code)}
      >
        <IconPencil size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={t('parScoring.criteria.addChildOf', { code })}
        disabled={row.depth >= MAX_TREE_DEPTH}
        onClick={() => actions.addChild(code)}
      >
        <IconPlus size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={t('parScoring.criteria.upOf', { code })}
        disabled={row.first}
        onClick={() => actions.move(code, -1)}
      >
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={t('parScoring.criteria.downOf', { code })}
        disabled={row.last}
        onClick={() => actions.move(code, 1)}
      >
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red.8"
        aria-label={t('parScoring.criteria.removeOf', { code })}
        onClick={() => actions.remove(code)}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
