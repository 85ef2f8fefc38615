import { describe, expect, it } from 'vitest';
import { COMMUNE_CRITERIA, criteriaTemplate, DEPARTMENT_CRITERIA } from './criteria-templates';
import {
  type CriteriaTree,
  type CriterionNode,
  checkSelfScore,
  checkSurveyScore,
  type LeafScore,
  toHundredths,
  unitScore,
  validateCriteriaTree,
} from './scoring';

// The reform metric codes of server/modules/{stats,catalog,par}/reform-metrics.ts. Listed by hand:
// those files import the database client, and domain tests stay pure; par/metrics.test.ts checks
// every code of the templates against the registry itself.
const MEASURED_METRIC_CODES: readonly string[] = [
  'dossiers_on_time_rate',
  'dossiers_on_time_rate_province',
  'dossiers_on_time_rate_district',
  'dossiers_on_time_rate_commune',
  'dossiers_online_share',
  'procedures_online_share',
  'procedures_online_payment_share',
  'par_tasks_done_share',
];

const leavesOf = (node: CriterionNode): readonly CriterionNode[] =>
  node.children.length === 0 ? [node] : node.children.flatMap(leavesOf);
const allLeaves = (tree: CriteriaTree) => tree.nodes.flatMap(leavesOf);
const allNodes = (node: CriterionNode): readonly CriterionNode[] => [
  node,
  ...node.children.flatMap(allNodes),
];
const hundredths = (node: CriterionNode) => toHundredths(node.maxPoints) ?? Number.NaN;

function fullMarks(tree: CriteriaTree): ReadonlyMap<string, LeafScore> {
  return new Map(
    allLeaves(tree).map((leaf) => {
      const survey = leaf.kind === 'survey';
      const score: LeafScore = {
        code: leaf.code,
        selfScore: survey ? null : leaf.maxPoints,
        evidenceCount: survey ? 0 : 1,
        explanation: null,
        councilScore: null,
        notApplicable: false,
        surveyScore: survey ? leaf.maxPoints : null,
      };
      return [leaf.code, score];
    }),
  );
}

const templates = [
  { group: 'department', tree: DEPARTMENT_CRITERIA, leaves: [35, 45], survey: [30, 35] },
  { group: 'commune', tree: COMMUNE_CRITERIA, leaves: [30, 40], survey: [30, 40] },
] as const;

describe.each(templates)('the demo $group criteria', ({ group, tree, leaves, survey }) => {
  it('is the template named by its group', () => {
    expect(criteriaTemplate(group)).toBe(tree);
  });

  it('passes validation', () => {
    expect(validateCriteriaTree(tree)).toEqual([]);
  });

  it('totals exactly 100 points', () => {
    expect(tree.nodes.reduce((total, area) => total + hundredths(area), 0)).toBe(10_000);
  });

  it('has the eight areas of the PAR index, coded 1 to 8 in order', () => {
    expect(tree.nodes.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('has 2 to 6 criteria in every area and 1 to 4 sub-criteria under every criterion', () => {
    for (const area of tree.nodes) {
      expect(area.children.length, area.code).toBeGreaterThanOrEqual(2);
      expect(area.children.length, area.code).toBeLessThanOrEqual(6);
      for (const criterion of area.children)
        expect(criterion.children.length, criterion.code).toBeLessThanOrEqual(4);
    }
  });

  it(`has between ${leaves[0]} and ${leaves[1]} leaves`, () => {
    expect(allLeaves(tree).length).toBeGreaterThanOrEqual(leaves[0]);
    expect(allLeaves(tree).length).toBeLessThanOrEqual(leaves[1]);
  });

  it('gives scoring guidance on every leaf', () => {
    for (const leaf of allLeaves(tree)) expect(leaf.guidance?.trim(), leaf.code).toBeTruthy();
  });

  it('scores area 8 by the survey and every other area by self-assessment', () => {
    for (const area of tree.nodes) {
      const kind = area.code === '8' ? 'survey' : 'self_assessed';
      for (const leaf of leavesOf(area)) expect(leaf.kind, leaf.code).toBe(kind);
    }
  });

  it(`puts ${survey[0]} to ${survey[1]} points on the survey`, () => {
    const surveyH = allLeaves(tree)
      .filter((leaf) => leaf.kind === 'survey')
      .reduce((total, leaf) => total + hundredths(leaf), 0);
    expect(surveyH).toBeGreaterThanOrEqual(survey[0] * 100);
    expect(surveyH).toBeLessThanOrEqual(survey[1] * 100);
  });

  it("codes every node uniquely, each child as its parent's code plus one number", () => {
    const codes = tree.nodes.flatMap(allNodes).map((node) => node.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const node of tree.nodes.flatMap(allNodes)) {
      for (const child of node.children) expect(child.code).toMatch(new RegExp(`^${node.code}\\.[1-9]\\d*$`));
    }
  });

  it('links leaves only to reform metrics the system measures', () => {
    const used = allLeaves(tree).flatMap((leaf) => (leaf.metricCode ? [leaf.metricCode] : []));
    expect(used.length).toBeGreaterThan(0);
    for (const code of used) expect(MEASURED_METRIC_CODES).toContain(code);
  });

  it('carries metric codes and guidance on leaves only', () => {
    const parents = tree.nodes.flatMap(allNodes).filter((node) => node.children.length > 0);
    for (const node of parents)
      expect({ metricCode: node.metricCode, guidance: node.guidance }, node.code).toEqual({});
  });

  it('accepts full marks on every leaf', () => {
    for (const leaf of allLeaves(tree)) {
      const problem =
        leaf.kind === 'survey'
          ? checkSurveyScore(leaf, leaf.maxPoints)
          : checkSelfScore(leaf, leaf.maxPoints, 1, null);
      expect(problem, leaf.code).toBeNull();
    }
  });

  it('scores 100 with full marks and 0 with no scores', () => {
    expect(unitScore(tree, fullMarks(tree)).total).toBe(100);
    expect(unitScore(tree, new Map()).total).toBe(0);
  });
});

describe('the demo commune criteria for a commune without public-finance autonomy', () => {
  const notApplicable = allLeaves(COMMUNE_CRITERIA).filter((leaf) =>
    leaf.guidance?.includes('Không áp dụng đối với'),
  );

  it('says in the guidance which criteria it may mark not applicable', () => {
    expect(notApplicable.map((leaf) => leaf.code)).toContain('6.2');
  });

  it('still reaches 100 when those criteria are marked not applicable and the rest get full marks', () => {
    const scores = new Map(fullMarks(COMMUNE_CRITERIA));
    for (const leaf of notApplicable) {
      const entry = scores.get(leaf.code);
      if (entry) scores.set(leaf.code, { ...entry, selfScore: null, notApplicable: true });
    }
    const result = unitScore(COMMUNE_CRITERIA, scores);
    expect(result.maxApplicable).toBeLessThan(100);
    expect(result.total).toBe(100);
  });
});
