import {
  childrenTotalHundredths,
  criteriaList,
  criteriaTreeFromList,
} from '../../../domain/par/criteria-editing';
import type { CriteriaTree, CriterionNode } from '../../../domain/par/scoring';
import type { CriterionDto, EditCriteriaInput, RoundDetailDto } from './api';

/** A band as the editor holds it: the name typed (or the catalogue's name of a known code) and its lower bound. */
export interface BandDraft {
  readonly code: string;
  readonly name: string;
  readonly minScore: number | string;
}

/** One line of the tree table: the node, its depth (1 = area) and its place among its siblings. */
export interface TreeRow {
  readonly node: CriterionNode;
  readonly depth: number;
  readonly first: boolean;
  readonly last: boolean;
  /** A parent's children's maxima added up, in points (null for a leaf or an unreadable child). */
  readonly childrenSum: number | null;
}

/** The tree of the round's criteria as the API lists them (always a valid list: the server stored it). */
export function treeOfRound(criteria: readonly CriterionDto[]): CriteriaTree {
  const built = criteriaTreeFromList(criteria);
  return 'tree' in built ? built.tree : { nodes: [] };
}

export function treeRows(tree: CriteriaTree): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (nodes: readonly CriterionNode[], depth: number) =>
    nodes.forEach((node, i) => {
      const sum = childrenTotalHundredths(node);
      rows.push({
        node,
        depth,
        first: i === 0,
        last: i === nodes.length - 1,
        childrenSum: sum === null ? null : sum / 100,
      });
      visit(node.children, depth + 1);
    });
  visit(tree.nodes, 1);
  return rows;
}

/** Bands as the editor starts them, highest first, named in the UI language. */
export function bandDrafts(bands: RoundDetailDto['bands'], label: (code: string) => string): BandDraft[] {
  return [...bands]
    .sort((a, b) => b.minScore - a.minScore)
    .map((b) => ({ code: b.code, name: label(b.code), minScore: b.minScore }));
}

/** A typed number, or NaN for what is not one (the domain then names the problem). */
export const typedNumber = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value.replace(',', '.'));

/**
 * The bands to save: a band keeps its code while its name is still the catalogue's name for it;
 * a renamed or new band is known by the name typed.
 */
export function bandsToSave(drafts: readonly BandDraft[], label: (code: string) => string) {
  return drafts.map((d) => ({
    code: d.code !== '' && d.name === label(d.code) ? d.code : d.name.trim(),
    minScore: typedNumber(d.minScore),
  }));
}

/** The save request: the whole tree as a flat list and the bands, under the version read. */
export function editRequest(
  version: number,
  tree: CriteriaTree,
  bands: ReturnType<typeof bandsToSave>,
): EditCriteriaInput {
  return {
    version,
    criteria: criteriaList(tree).map((c) => ({
      code: c.code,
      parentCode: c.parentCode,
      title: c.title,
      guidance: c.guidance ?? null,
      maxPoints: c.maxPoints,
      kind: c.kind,
      metricCode: c.metricCode ?? null,
      scale: c.scale ? [...c.scale] : null,
    })),
    bands,
  };
}
