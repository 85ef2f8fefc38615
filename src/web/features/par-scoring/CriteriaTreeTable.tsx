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

/** A row's actions: edit first (always shown), then the rest (in a menu on a phone). */
function actionsOf(row: TreeRow, actions: TreeActions, labelOf: (key: string, code: string) => string) {
  const code = row.node.code;
  return [
    {
      key: 'edit',
      label: labelOf('parScoring.criteria.editOf', code),
      Icon: IconPencil,
      disabled: false,
      danger: false,
      run: () => actions.edit(code),
    },
    {
      key: 'add',
      label: labelOf('parScoring.criteria.addChildOf', code),
      Icon: IconPlus,
      disabled: row.depth >= MAX_TREE_DEPTH,
      danger: false,
      run: () => actions.addChild(code),
    },
    {
      key: 'up',
      label: labelOf('parScoring.criteria.upOf', code),
      Icon: IconArrowUp,
      disabled: row.first,
      danger: false,
      run: () => actions.move(code, -1),
    },
    {
      key: 'down',
      label: labelOf('parScoring.criteria.downOf', code),
      Icon: IconArrowDown,
      disabled: row.last,
      danger: false,
      run: () => actions.move(code, 1),
    },
    {
      key: 'remove',
      label: labelOf('parScoring.criteria.removeOf', code),
      Icon: IconTrash,
      disabled: false,
      danger: true,
      run: () => actions.remove(code),
    },
  ];
}

function RowActions({ row, actions, folded }: { row: TreeRow; actions: TreeActions; folded: boolean }) {
  const { t } = useTranslation();
  const [edit, ...rest] = actionsOf(row, actions, (key, code) => t(key, { code }));
  const icon = (a: NonNullable<typeof edit>) => (
    <ActionIcon
      key={a.key}
      variant="subtle"
      color={a.danger ? 'red.8' : undefined}
      aria-label={a.label}
      disabled={a.disabled}
      onClick={a.run}
    >
      <a.Icon size={16} aria-hidden />
    </ActionIcon>
  );
  if (!edit) return null;
  if (!folded)
    return (
      <Group gap={2} wrap="nowrap">
        {[edit, ...rest].map(icon)}
      </Group>
    );
  return (
    <Group gap={2} wrap="nowrap">
      {icon(edit)}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('parScoring.criteria.moreOf', { code: row.node.code })}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {rest.map((a) => (
            <Menu.Item
              key={a.key}
              color={a.danger ? 'red.8' : undefined}
              leftSection={<a.Icon size={14} aria-hidden />}
              disabled={a.disabled}
              onClick={a.run}
            >
              {a.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
