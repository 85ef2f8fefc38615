/** Shapes the API's flat unit list into a tree (pure; no React). */

import type { Unit } from '../../api/types';
import { viCollator } from '../../i18n/format';

export interface UnitNode {
  readonly unit: Unit;
  readonly children: UnitNode[];
}

const kindOrder: Record<Unit['kind'], number> = {
  province: 0,
  service_centre: 1,
  desk: 2,
  department: 3,
  district: 4,
  commune: 5,
  division: 6,
};

function compareUnits(a: Unit, b: Unit): number {
  return kindOrder[a.kind] - kindOrder[b.kind] || viCollator.compare(a.name, b.name);
}

/** Roots are units whose parent is not in the list (the caller may see only part of the tree). */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => compareUnits(a.unit, b.unit));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function isClosed(unit: Unit, today: string): boolean {
  return unit.validTo !== null && unit.validTo < today;
}
