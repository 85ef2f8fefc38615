import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  areasTotalHundredths,
  childrenTotalHundredths,
  criteriaList,
  criteriaTreeFromList,
  findNode,
  moveCriterion,
  nextCriterionCode,
  removeCriterion,
  updateCriterion,
  validateRoundSetup,
} from './criteria-editing';
import { criteriaTemplate } from './criteria-templates';
import { DEMO_SCORE_BANDS, type ScoreBand } from './score-bands';
import type { CriteriaTree, CriterionNode } from './scoring';

const leaf = (code: string, maxPoints: number, extra: Partial<CriterionNode> = {}): CriterionNode => ({
  code,
  title: `Tiêu chí ${code}`,
  maxPoints,
  kind: 'self_assessed',
  children: [],
  ...extra,
});
const node = (code: string, maxPoints: number, children: CriterionNode[]): CriterionNode => ({
  ...leaf(code, maxPoints),
  children,
});

/** Two areas of 60 and 40 points: 1 → 1.1 (30), 1.2 (30); 2 → 2.1 (40). */
const small = (): CriteriaTree => ({
  nodes: [node('1', 60, [leaf('1.1', 30), leaf('1.2', 30)]), node('2', 40, [leaf('2.1', 40)])],
});
const codes = (tree: CriteriaTree) => criteriaList(tree).map((e) => e.code);
const problemCodes = (tree: CriteriaTree, bands: readonly ScoreBand[] = DEMO_SCORE_BANDS) =>
  validateRoundSetup(tree, bands).map((p) => p.code);

describe('the criteria tree as a flat list', () => {
  it.each(['department', 'commune'] as const)('the %s template survives a round trip unchanged', (group) => {
    const tree = criteriaTemplate(group);
    const back = criteriaTreeFromList(criteriaList(tree));
    expect(back).toEqual({ tree });
  });

  it('keeps guidance, the metric and its scale on a leaf', () => {
    const scale = [{ minPercent: 90, points: 2 }];
    const tree = { nodes: [node('1', 2, [leaf('1.1', 2, { guidance: 'Đủ: 2', metricCode: 'm', scale })])] };
    expect(criteriaTreeFromList(criteriaList(tree))).toEqual({ tree });
  });

  it('names a repeated code and its row', () => {
    const list = [...criteriaList(small()), { ...criteriaList(small())[1], code: '1.1' }];
    const result = criteriaTreeFromList(list as never);
    expect(result).toMatchObject({ problem: { code: 'duplicate_code', subject: '1.1', index: 5 } });
  });

  it('refuses a child listed before its parent, or under a parent that does not exist', () => {
    const [area, first] = criteriaList(small());
    if (!area || !first) throw new Error('the small tree has an area and a leaf');
    expect(criteriaTreeFromList([first, area])).toMatchObject({
      problem: { code: 'parent_after_child', subject: '1.1', index: 0 },
    });
    expect(criteriaTreeFromList([{ ...area, parentCode: '9' }])).toMatchObject({
      problem: { code: 'parent_after_child', index: 0 },
    });
  });
});

describe('validating a round setup', () => {
  it('accepts both demo templates with the demo bands', () => {
    expect(problemCodes(criteriaTemplate('department'))).toEqual([]);
    expect(problemCodes(criteriaTemplate('commune'))).toEqual([]);
    expect(problemCodes(small())).toEqual([]);
  });

  it('requires the areas to add up to 100 points, naming the sum', () => {
    const tree = updateCriterion(small(), '2.1', (n) => ({ ...n, maxPoints: 35 }));
    const withArea = updateCriterion(tree, '2', (n) => ({ ...n, maxPoints: 35 }));
    const problems = validateRoundSetup(withArea, DEMO_SCORE_BANDS);
    expect(problems.map((p) => p.code)).toEqual(['round_total_mismatch']);
    expect(problems[0]?.vi).toBe('Tổng điểm tối đa các lĩnh vực là 95, phải bằng 100 điểm');
    expect(problems[0]?.en).toBe("The areas' maxima add up to 95; they must add up to 100 points");
  });

  it('reports a child changed without its parent once, not also as a wrong total', () => {
    const tree = updateCriterion(small(), '1.1', (n) => ({ ...n, maxPoints: 25 }));
    expect(problemCodes(tree)).toEqual(['parent_max_mismatch']);
  });

  it('reports a negative maximum, and skips the total it makes meaningless', () => {
    const tree = updateCriterion(small(), '2', (n) => ({ ...n, maxPoints: -40 }));
    expect(problemCodes(tree)).toEqual(['invalid_max_points']);
  });

  const band = (code: string, minScore: number): ScoreBand => ({ code, minScore });
  const bandCases: readonly { name: string; bands: readonly ScoreBand[]; codes: readonly string[] }[] = [
    {
      name: 'bands with a gap below the lowest',
      bands: [band('tot', 80), band('kha', 50)],
      codes: ['no_zero_band'],
    },
    {
      name: 'two bands on one minimum',
      bands: [band('a', 0), band('b', 80), band('c', 80)],
      codes: ['duplicate_min'],
    },
    { name: 'a band above 100', bands: [band('a', 0), band('b', 101)], codes: ['invalid_min'] },
    { name: 'no bands', bands: [], codes: ['no_bands'] },
    {
      name: 'three bands a province chose',
      bands: [band('dat', 0), band('tot', 75), band('xuat_sac', 92.5)],
      codes: [],
    },
  ];
  it.each(bandCases)('$name', ({ bands, codes: expected }) => {
    expect(problemCodes(small(), bands)).toEqual(expected);
  });

  it('reports tree and band problems together', () => {
    expect(problemCodes({ nodes: [] }, [])).toEqual(['empty_tree', 'no_bands']);
  });
});

describe('editing the tree', () => {
  it('adds an area and a child at the end with a fresh code', () => {
    const code = nextCriterionCode(small(), null);
    expect(code).toBe('3');
    const withArea = addCriterion(small(), null, leaf(code, 0));
    const childCode = nextCriterionCode(withArea, '1');
    expect(childCode).toBe('1.3');
    const tree = addCriterion(withArea, '1', leaf(childCode, 0));
    expect(codes(tree)).toEqual(['1', '1.1', '1.2', '1.3', '2', '2.1', '3']);
  });

  it('skips a code already taken when suggesting the next', () => {
    const tree = { nodes: [node('1', 10, [leaf('1.2', 10)])] };
    expect(nextCriterionCode(tree, '1')).toBe('1.3');
  });

  it('turns a measured or survey leaf into a plain parent when it gets children', () => {
    const tree = { nodes: [node('1', 2, [leaf('1.1', 2, { kind: 'survey', metricCode: 'm', scale: [] })])] };
    const parent = findNode(addCriterion(tree, '1.1', leaf('1.1.1', 2)), '1.1');
    expect(parent).toMatchObject({ kind: 'self_assessed', children: [{ code: '1.1.1' }] });
    expect(parent?.metricCode).toBeUndefined();
    expect(parent?.scale).toBeUndefined();
  });

  it('removes a criterion with everything under it', () => {
    expect(codes(removeCriterion(small(), '1'))).toEqual(['2', '2.1']);
    expect(codes(removeCriterion(small(), '1.2'))).toEqual(['1', '1.1', '2', '2.1']);
    expect(removeCriterion(small(), 'nope')).toEqual(small());
  });

  it('moves a criterion among its siblings and not past either end', () => {
    expect(codes(moveCriterion(small(), '2', -1))).toEqual(['2', '2.1', '1', '1.1', '1.2']);
    expect(codes(moveCriterion(small(), '1.1', 1))).toEqual(['1', '1.2', '1.1', '2', '2.1']);
    expect(moveCriterion(small(), '1.1', -1)).toEqual(small());
    expect(moveCriterion(small(), '2.1', 1)).toEqual(small());
  });

  it('changes a criterion’s fields and code, keeping its children', () => {
    const tree = updateCriterion(small(), '1', (n) => ({ ...n, code: 'A', title: 'Chỉ đạo', maxPoints: 60 }));
    expect(findNode(tree, 'A')).toMatchObject({
      title: 'Chỉ đạo',
      children: [{ code: '1.1' }, { code: '1.2' }],
    });
  });

  it('never changes the tree it was given', () => {
    const tree = small();
    const before = JSON.stringify(tree);
    addCriterion(tree, '1', leaf('1.3', 1));
    removeCriterion(tree, '1.1');
    moveCriterion(tree, '2', -1);
    updateCriterion(tree, '2.1', (n) => ({ ...n, maxPoints: 1 }));
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('adds up the areas and a parent’s children for the live totals', () => {
    expect(areasTotalHundredths(small())).toBe(10_000);
    const tree = updateCriterion(small(), '1.2', (n) => ({ ...n, maxPoints: 12.5 }));
    expect(childrenTotalHundredths(findNode(tree, '1') as CriterionNode)).toBe(4250);
    expect(childrenTotalHundredths(leaf('x', 1))).toBeNull();
    expect(areasTotalHundredths({ nodes: [leaf('1', Number.NaN)] })).toBeNull();
  });

  it('keeps every edit sequence of the template valid once the sums are made good again', () => {
    // Moving and renaming never break a valid tree: only maxima do.
    let tree = criteriaTemplate('commune');
    for (const area of tree.nodes) tree = moveCriterion(tree, area.code, 1);
    tree = updateCriterion(tree, '1', (n) => ({ ...n, title: 'Công tác chỉ đạo, điều hành CCHC' }));
    expect(problemCodes(tree)).toEqual([]);
  });
});
