import { ActionIcon, Group, Menu, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
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
  // On a phone the row's less used actions fold into a menu, so the table fits the screen.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Table.ScrollContainer minWidth={phone ? 300 : 600} scrollAreaProps={keyboardScrollArea(label)}>
      <Table aria-label={label} verticalSpacing={4} striped data-testid="criteria-tree">
        <Table.Thead>
          <Table.Tr>
            {!phone && <Table.Th scope="col">{t('parScoring.criteria.code')}</Table.Th>}
            <Table.Th scope="col">{t('parScoring.criteria.titleLabel')}</Table.Th>
            <Table.Th scope="col" ta="right" style={phone ? undefined : { whiteSpace: 'nowrap' }}>
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
                {!phone && (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text span size="sm" fw={row.depth === 1 ? 700 : 400} pl={(row.depth - 1) * 12}>
                      {node.code}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td pl={phone ? (row.depth - 1) * 8 + 6 : undefined}>
                  <Text size="sm" fw={row.depth === 1 ? 700 : 400} lineClamp={phone ? 3 : 2}>
                    {phone && (
                      <Text span inherit fw={700}>
                        {node.code}{' '}
                      </Text>
                    )}
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
                    <RowActions row={row} actions={actions} folded={phone} />
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

function RowActions({ row, actions, folded }: { row: TreeRow; actions: TreeActions; folded: boolean }) {
  const { t } = useTranslation();
  const code = row.node.code;
  if (folded)
    return (
      <Group gap={2} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          aria-label={t('parScoring.criteria.editOf', { code })}
          onClick={() => actions.edit(code)}
        >
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={t('parScoring.criteria.moreOf', { code })}>
              <IconDots size={16} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={row.depth >= MAX_TREE_DEPTH}
              onClick={() => actions.addChild(code)}
            >
              {t('parScoring.criteria.addChildOf', { code })}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconArrowUp size={14} aria-hidden />}
              disabled={row.first}
              onClick={() => actions.move(code, -1)}
            >
              {t('parScoring.criteria.upOf', { code })}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconArrowDown size={14} aria-hidden />}
              disabled={row.last}
              onClick={() => actions.move(code, 1)}
            >
              {t('parScoring.criteria.downOf', { code })}
            </Menu.Item>
            <Menu.Item
              color="red.8"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => actions.remove(code)}
            >
              {t('parScoring.criteria.removeOf', { code })}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    );
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
