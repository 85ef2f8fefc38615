import { Badge, Box, Group, Text, Tree, type TreeNodeData, useTree } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types';
import { useFormat } from '../../components/useFormat';
import { buildUnitTree, isClosed, type UnitNode } from './unit-tree';

function toTreeData(nodes: UnitNode[]): TreeNodeData[] {
  return nodes.map((n) => ({ value: n.unit.id, label: n.unit.name, children: toTreeData(n.children) }));
}

type ExpandedState = Record<string, boolean>;

function openAll(state: ExpandedState, ids: readonly string[]): ExpandedState {
  if (ids.every((id) => state[id])) return state;
  const next = { ...state };
  for (const id of ids) next[id] = true;
  return next;
}

interface UnitTreeProps {
  readonly units: readonly Unit[];
  /** Every unit known (for successor names), which may be more than the units shown. */
  readonly unitsById: ReadonlyMap<string, Unit>;
  readonly onDate: string;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly label: string;
}

/** The organisation tree: keyboard-navigable (arrows), Enter or click selects a unit. */
export function UnitTree({ units, unitsById, onDate, selectedId, onSelect, label }: UnitTreeProps) {
  const roots = useMemo(() => buildUnitTree(units), [units]);
  const data = useMemo(() => toTreeData(roots), [roots]);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const tree = useTree({
    expandedState: expanded,
    onExpandedStateChange: setExpanded,
    selectedState: selectedId ? [selectedId] : [],
    onSelectedStateChange: (values) => {
      const [first] = values;
      if (first) onSelect(first);
    },
  });

  // Open the top of the tree when its contents change, and the path down to the selected unit.
  useEffect(() => {
    setExpanded((prev) =>
      openAll(
        prev,
        roots.map((r) => r.unit.id),
      ),
    );
  }, [roots]);
  useEffect(() => {
    const path: string[] = [];
    let cursor = selectedId ? unitsById.get(selectedId)?.parentId : undefined;
    while (cursor && !path.includes(cursor)) {
      path.push(cursor);
      cursor = unitsById.get(cursor)?.parentId;
    }
    if (path.length > 0) setExpanded((prev) => openAll(prev, path));
  }, [selectedId, unitsById]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'Enter') return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role=treeitem]');
    const value = item?.dataset.value;
    if (value) {
      event.preventDefault();
      onSelect(value);
    }
  };

  return (
    <Tree
      data={data}
      tree={tree}
      selectOnClick
      expandOnClick={false}
      levelOffset="md"
      aria-label={label}
      onKeyDown={onKeyDown}
      renderNode={({ node, expanded, hasChildren, elementProps, tree: controller }) => {
        const unit = unitsById.get(node.value);
        return (
          <Group gap={4} wrap="nowrap" align="flex-start" py={2} {...elementProps}>
            {hasChildren ? (
              <Box
                component="span"
                aria-hidden
                onClick={(e) => {
                  e.stopPropagation();
                  controller.toggleExpanded(node.value);
                }}
                style={{ cursor: 'pointer', display: 'inline-flex', paddingTop: 2 }}
              >
                <IconChevronRight
                  size={16}
                  style={{ transform: expanded ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}
                />
              </Box>
            ) : (
              <Box component="span" w={16} style={{ flexShrink: 0 }} />
            )}
            {unit ? <UnitLabel unit={unit} unitsById={unitsById} onDate={onDate} /> : node.label}
          </Group>
        );
      }}
    />
  );
}

function UnitLabel({
  unit,
  unitsById,
  onDate,
}: {
  unit: Unit;
  unitsById: ReadonlyMap<string, Unit>;
  onDate: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const closed = isClosed(unit, onDate);
  const successor = unit.successorId ? unitsById.get(unit.successorId) : undefined;
  return (
    <Box style={{ minWidth: 0 }}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={500} td={closed ? 'line-through' : undefined} c={closed ? 'dimmed' : undefined}>
          {unit.name}
        </Text>
        <Text size="xs" c="dimmed">
          {unit.code}
        </Text>
        {closed && (
          <Badge size="xs" color="gray.8" variant="outline" tt="none">
            {t('organisation.closedBadge')}
          </Badge>
        )}
      </Group>
      {closed && (
        <Text size="xs" c="dimmed">
          {t('organisation.validity', { from: fmt.day(unit.validFrom), to: fmt.day(unit.validTo) })}
          {successor && ` ${t('organisation.mergedInto', { name: successor.name })}`}
        </Text>
      )}
    </Box>
  );
}
