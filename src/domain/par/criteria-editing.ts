/**
 * Editing a year's criteria tree and bands before units score against them (issue "Administrative-
 * reform management", part 4): the tree as the flat list the API carries, small immutable edits the
 * editor makes, and the one check a round's setup must pass.
 */
import { BAND_SCALE_MAX, type ScoreBand, validateScoreBands } from './score-bands';
import {
  type CriteriaTree,
  type CriterionKind,
  type CriterionNode,
  makeProblem,
  type ParProblem,
  type ProblemCatalogue,
  type ScaleStep,
  toHundredths,
  validateCriteriaTree,
} from './scoring';

/** The points a round's areas add up to: totals and bands are on the same 100-point scale. */
export const ROUND_TOTAL_POINTS = BAND_SCALE_MAX;

/** One criterion as the API carries it: parents before children, `parentCode` null for an area. */
export interface CriterionEntry {
  readonly code: string;
  readonly parentCode: string | null;
  readonly title: string;
  readonly guidance?: string | null;
  readonly maxPoints: number;
  readonly kind: CriterionKind;
  readonly metricCode?: string | null;
  readonly scale?: readonly ScaleStep[] | null;
}

export type CriteriaListProblemCode = 'duplicate_code' | 'parent_after_child' | 'round_total_mismatch';

const LIST_PROBLEM_TEXT: ProblemCatalogue<CriteriaListProblemCode> = {
  duplicate_code: { vi: 'Mã tiêu chí {c} bị trùng', en: 'Criterion code {c} is repeated' },
  parent_after_child: {
    vi: 'Tiêu chí {c} thuộc tiêu chí {parent} chưa có (hoặc đứng sau nó)',
    en: 'Criterion {c} belongs to {parent}, which is missing or comes after it',
  },
  round_total_mismatch: {
    vi: 'Tổng điểm tối đa các lĩnh vực là {sum}, phải bằng {max} điểm',
    en: "The areas' maxima add up to {sum}; they must add up to {max} points",
  },
};

/** A problem of a list entry, with its position so a form can show it on that row. */
export interface ListProblem extends ParProblem<CriteriaListProblemCode> {
  readonly index: number;
}

type MutableNode = { -readonly [K in keyof CriterionNode]: CriterionNode[K] } & { children: MutableNode[] };

/** The tree from its flat list, or the first entry that cannot be placed. */
export function criteriaTreeFromList(
  list: readonly CriterionEntry[],
): { readonly tree: CriteriaTree } | { readonly problem: ListProblem } {
  const byCode = new Map<string, MutableNode>();
  const roots: MutableNode[] = [];
  for (const [index, entry] of list.entries()) {
    if (byCode.has(entry.code))
      return { problem: { ...makeProblem(LIST_PROBLEM_TEXT, 'duplicate_code', entry.code), index } };
    const parent = entry.parentCode === null ? null : byCode.get(entry.parentCode);
    if (parent === undefined) {
      const problem = makeProblem(LIST_PROBLEM_TEXT, 'parent_after_child', entry.code, {
        parent: entry.parentCode ?? '',
      });
      return { problem: { ...problem, index } };
    }
    const node: MutableNode = {
      code: entry.code,
      title: entry.title,
      maxPoints: entry.maxPoints,
      kind: entry.kind,
      children: [],
      ...(entry.guidance ? { guidance: entry.guidance } : {}),
      ...(entry.metricCode ? { metricCode: entry.metricCode } : {}),
      ...(entry.scale && entry.scale.length > 0 ? { scale: entry.scale } : {}),
    };
    byCode.set(entry.code, node);
    if (parent === null) roots.push(node);
    else parent.children.push(node);
  }
  return { tree: { nodes: roots } };
}

/** The tree as its flat list, in reading order (the inverse of `criteriaTreeFromList`). */
export function criteriaList(tree: CriteriaTree): CriterionEntry[] {
  const list: CriterionEntry[] = [];
  const visit = (node: CriterionNode, parentCode: string | null) => {
    list.push({
      code: node.code,
      parentCode,
      title: node.title,
      guidance: node.guidance ?? null,
      maxPoints: node.maxPoints,
      kind: node.kind,
      metricCode: node.metricCode ?? null,
      scale: node.scale ?? null,
    });
    for (const child of node.children) visit(child, node.code);
  };
  for (const area of tree.nodes) visit(area, null);
  return list;
}

/** The areas' maxima added up, in hundredths (null when one is not a valid number of points). */
export function areasTotalHundredths(tree: CriteriaTree): number | null {
  let sum = 0;
  for (const area of tree.nodes) {
    const max = toHundredths(area.maxPoints);
    if (max === null || max < 0) return null;
    sum += max;
  }
  return sum;
}

/** A node's children's maxima added up, in hundredths (null for a leaf or an invalid child). */
export function childrenTotalHundredths(node: CriterionNode): number | null {
  if (node.children.length === 0) return null;
  return areasTotalHundredths({ nodes: node.children });
}

/**
 * Every problem of a round's setup, the one rule the server applies and the editor shows early:
 * the tree (codes, maxima, sums, depth, scales), its areas adding up to the round's 100 points,
 * and bands covering 0–100 with distinct minimums.
 */
export function validateRoundSetup(tree: CriteriaTree, bands: readonly ScoreBand[]): readonly ParProblem[] {
  const problems: ParProblem[] = [...validateCriteriaTree(tree)];
  const sum = areasTotalHundredths(tree);
  const max = ROUND_TOTAL_POINTS * 100;
  if (tree.nodes.length > 0 && sum !== null && sum !== max)
    problems.push(makeProblem(LIST_PROBLEM_TEXT, 'round_total_mismatch', undefined, { sum, max }));
  return [...problems, ...validateScoreBands(bands)];
}

/** Bands highest first, as they are read and stored. */
export function bandsHighestFirst(bands: readonly ScoreBand[]): ScoreBand[] {
  return [...bands].sort((a, b) => b.minScore - a.minScore);
}

/** The fields of a criterion the editor changes; children are edited through the tree functions. */
export type CriterionFields = Omit<CriterionNode, 'children'>;

function mapNodes(
  nodes: readonly CriterionNode[],
  change: (siblings: readonly CriterionNode[]) => readonly CriterionNode[],
  parentCode: string | null,
  target: string | null,
): CriterionNode[] {
  const here = parentCode === target ? change(nodes) : nodes;
  return here.map((node) =>
    node.children.length === 0 && target !== node.code
      ? node
      : { ...node, children: mapNodes(node.children, change, node.code, target) },
  );
}

/** Applies `change` to the children of `parentCode` (null: the areas). */
function editSiblings(
  tree: CriteriaTree,
  parentCode: string | null,
  change: (siblings: readonly CriterionNode[]) => readonly CriterionNode[],
): CriteriaTree {
  return { nodes: mapNodes(tree.nodes, change, null, parentCode) };
}

/** The code of the node's parent (null for an area), or undefined when no node has that code. */
export function parentOf(tree: CriteriaTree, code: string): string | null | undefined {
  const entry = criteriaList(tree).find((e) => e.code === code);
  return entry === undefined ? undefined : entry.parentCode;
}

/** A tree with one more criterion at the end of `parentCode`'s children (null: a new area). */
export function addCriterion(
  tree: CriteriaTree,
  parentCode: string | null,
  node: CriterionNode,
): CriteriaTree {
  // A leaf that gets children stops being scored, so its measuring and survey settings go.
  const withChild = editSiblings(tree, parentCode, (siblings) => [...siblings, node]);
  if (parentCode === null) return withChild;
  return updateCriterion(withChild, parentCode, (parent) => ({
    code: parent.code,
    title: parent.title,
    maxPoints: parent.maxPoints,
    kind: 'self_assessed',
    ...(parent.guidance ? { guidance: parent.guidance } : {}),
  }));
}

/** A tree without the criterion and everything under it. */
export function removeCriterion(tree: CriteriaTree, code: string): CriteriaTree {
  const parent = parentOf(tree, code);
  if (parent === undefined) return tree;
  return editSiblings(tree, parent, (siblings) => siblings.filter((s) => s.code !== code));
}

/** A tree with the criterion one place up (-1) or down (+1) among its siblings; unchanged at an end. */
export function moveCriterion(tree: CriteriaTree, code: string, direction: -1 | 1): CriteriaTree {
  const parent = parentOf(tree, code);
  if (parent === undefined) return tree;
  return editSiblings(tree, parent, (siblings) => {
    const from = siblings.findIndex((s) => s.code === code);
    const to = from + direction;
    const other = siblings[to];
    const self = siblings[from];
    if (other === undefined || self === undefined) return siblings;
    const moved = [...siblings];
    moved[to] = self;
    moved[from] = other;
    return moved;
  });
}

/** A tree with the criterion's own fields replaced (its code too); its children stay. */
export function updateCriterion(
  tree: CriteriaTree,
  code: string,
  change: (node: CriterionNode) => CriterionFields,
): CriteriaTree {
  const parent = parentOf(tree, code);
  if (parent === undefined) return tree;
  return editSiblings(tree, parent, (siblings) =>
    siblings.map((s) => (s.code === code ? { ...change(s), children: s.children } : s)),
  );
}

/** A code for a new child of `parentCode` not yet used: "3" for a new area, "2.4" under "2". */
export function nextCriterionCode(tree: CriteriaTree, parentCode: string | null): string {
  const used = new Set(criteriaList(tree).map((e) => e.code));
  const siblings = parentCode === null ? tree.nodes : (findNode(tree, parentCode)?.children ?? []);
  for (let n = siblings.length + 1; ; n++) {
    const code = parentCode === null ? String(n) : `${parentCode}.${n}`;
    if (!used.has(code)) return code;
  }
}

export function findNode(tree: CriteriaTree, code: string): CriterionNode | undefined {
  const visit = (nodes: readonly CriterionNode[]): CriterionNode | undefined => {
    for (const node of nodes) {
      if (node.code === code) return node;
      const found = visit(node.children);
      if (found) return found;
    }
    return undefined;
  };
  return visit(tree.nodes);
}
