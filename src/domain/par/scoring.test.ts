import { describe, expect, it } from 'vitest';
import {
  type CriteriaTree,
  type CriterionKind,
  type CriterionNode,
  checkCouncilScore,
  checkSelfScore,
  checkSurveyScore,
  type LeafScore,
  ParError,
  rankUnits,
  suggestedPoints,
  toHundredths,
  unitScore,
  unitScores,
  validateCriteriaTree,
} from './scoring';

function leaf(code: string, maxPoints: number, kind: CriterionKind = 'self_assessed'): CriterionNode {
  return { code, title: `Tiêu chí ${code}`, maxPoints, kind, children: [] };
}

/** A parent whose maximum is its children's sum unless told otherwise. */
function parent(code: string, children: readonly CriterionNode[], maxPoints?: number): CriterionNode {
  const sum = children.reduce((total, child) => total + (toHundredths(child.maxPoints) ?? 0), 0) / 100;
  return { code, title: `Nhóm ${code}`, maxPoints: maxPoints ?? sum, kind: 'self_assessed', children };
}

function score(code: string, fields: Partial<Omit<LeafScore, 'code'>> = {}): LeafScore {
  return {
    code,
    selfScore: null,
    evidenceCount: 0,
    explanation: null,
    councilScore: null,
    notApplicable: false,
    surveyScore: null,
    ...fields,
  };
}

const scoreMap = (...scores: readonly LeafScore[]) => new Map(scores.map((s) => [s.code, s]));

/** Three areas, 100 points, one survey leaf. */
const demoTree: CriteriaTree = {
  nodes: [
    parent('A', [leaf('A.1', 20), leaf('A.2', 20)]),
    parent('B', [leaf('B.1', 15), leaf('B.2', 20, 'survey')]),
    parent('C', [leaf('C.1', 10), leaf('C.2', 15)]),
  ],
};

function chain(depth: number): CriterionNode {
  return depth === 1 ? leaf(`L${depth}`, 5) : parent(`L${depth}`, [chain(depth - 1)]);
}

describe('validating a criteria tree', () => {
  const cases: readonly { name: string; tree: CriteriaTree; codes: readonly string[] }[] = [
    { name: 'a well-formed tree has no problems', tree: demoTree, codes: [] },
    { name: 'a tree without areas cannot be scored', tree: { nodes: [] }, codes: ['empty_tree'] },
    {
      name: 'a code used three times is reported once',
      tree: { nodes: [parent('A', [leaf('X', 1), leaf('X', 1)]), parent('B', [leaf('X', 1)])] },
      codes: ['duplicate_code'],
    },
    {
      name: 'a blank code is reported',
      tree: { nodes: [parent('A', [leaf(' ', 1)])] },
      codes: ['blank_code'],
    },
    {
      name: 'a negative maximum is reported without a second sum problem on its parent',
      tree: { nodes: [parent('A', [leaf('A.1', -1), leaf('A.2', 3)], 2)] },
      codes: ['invalid_max_points'],
    },
    {
      name: 'an infinite or missing maximum is reported',
      tree: { nodes: [parent('A', [leaf('A.1', Number.POSITIVE_INFINITY), leaf('A.2', Number.NaN)], 3)] },
      codes: ['invalid_max_points', 'invalid_max_points'],
    },
    {
      name: 'a maximum with three decimals is reported',
      tree: { nodes: [parent('A', [leaf('A.1', 1.005)], 1)] },
      codes: ['invalid_max_points'],
    },
    {
      name: 'a parent whose maximum differs from its children by one hundredth is reported',
      tree: { nodes: [parent('A', [leaf('A.1', 20), leaf('A.2', 19.99)], 40)] },
      codes: ['parent_max_mismatch'],
    },
    {
      name: 'children of 0.1 and 0.2 add up to a parent of 0.3 despite float arithmetic',
      tree: { nodes: [parent('A', [leaf('A.1', 0.1), leaf('A.2', 0.2)], 0.3)] },
      codes: [],
    },
    { name: 'four levels are allowed', tree: { nodes: [chain(4)] }, codes: [] },
    { name: 'a fifth level is reported once', tree: { nodes: [chain(6)] }, codes: ['too_deep'] },
  ];
  it.each(cases)('$name', ({ tree, codes }) => {
    expect(validateCriteriaTree(tree).map((p) => p.code)).toEqual(codes);
  });

  it('a problem names its criterion and speaks Vietnamese with a decimal comma', () => {
    const [mismatch] = validateCriteriaTree({ nodes: [parent('A', [leaf('A.1', 17.5)], 18)] });
    expect(mismatch).toEqual({
      code: 'parent_max_mismatch',
      subject: 'A',
      vi: 'Điểm tối đa của A (18) khác tổng các tiêu chí con (17,5)',
      en: "The maximum of A (18) differs from its children's sum (17.5)",
    });
  });
});

describe('checking a self-score', () => {
  const a1 = leaf('A.1', 20);
  const cases: readonly {
    name: string;
    node?: CriterionNode;
    score: number;
    evidence: number;
    explanation: string | null;
    code: string | null;
  }[] = [
    { name: 'a score with evidence is accepted', score: 17.5, evidence: 2, explanation: null, code: null },
    { name: 'zero and the maximum are both accepted', score: 0, evidence: 1, explanation: null, code: null },
    { name: 'the maximum itself is accepted', score: 20, evidence: 1, explanation: null, code: null },
    {
      name: 'an explanation stands in for evidence',
      score: 10,
      evidence: 0,
      explanation: 'Chưa số hóa',
      code: null,
    },
    {
      name: 'no evidence and no explanation',
      score: 10,
      evidence: 0,
      explanation: null,
      code: 'explanation_required',
    },
    {
      name: 'a blank explanation is no explanation',
      score: 10,
      evidence: 0,
      explanation: '  ',
      code: 'explanation_required',
    },
    { name: 'a negative score', score: -0.5, evidence: 1, explanation: null, code: 'score_negative' },
    {
      name: 'one hundredth above the maximum',
      score: 20.01,
      evidence: 1,
      explanation: null,
      code: 'score_above_max',
    },
    { name: 'not a number', score: Number.NaN, evidence: 1, explanation: null, code: 'score_not_finite' },
    {
      name: 'infinity',
      score: Number.POSITIVE_INFINITY,
      evidence: 1,
      explanation: null,
      code: 'score_not_finite',
    },
    { name: 'three decimals', score: 12.345, evidence: 1, explanation: null, code: 'score_too_precise' },
    {
      name: '0.29, whose float times 100 is 28.999…',
      score: 0.29,
      evidence: 1,
      explanation: null,
      code: null,
    },
    {
      name: 'a range problem before a missing explanation',
      score: 21,
      evidence: 0,
      explanation: null,
      code: 'score_above_max',
    },
    {
      name: 'a parent criterion',
      node: parent('A', [a1]),
      score: 1,
      evidence: 1,
      explanation: null,
      code: 'not_a_leaf',
    },
    {
      name: 'a survey leaf',
      node: leaf('B.2', 20, 'survey'),
      score: 1,
      evidence: 1,
      explanation: null,
      code: 'survey_leaf',
    },
  ];
  it.each(cases)('$name → $code', ({ node, score: points, evidence, explanation, code }) => {
    expect(checkSelfScore(node ?? a1, points, evidence, explanation)?.code ?? null).toBe(code);
  });

  it('the explanation problem carries its criterion and both languages', () => {
    expect(checkSelfScore(a1, 5, 0, null)).toEqual({
      code: 'explanation_required',
      subject: 'A.1',
      vi: 'Tiêu chí A.1 chưa có tài liệu kiểm chứng: cần giải trình',
      en: 'Criterion A.1 has no evidence: an explanation is required',
    });
  });
});

describe('checking a council score', () => {
  const a1 = leaf('A.1', 20);
  const cases: readonly {
    name: string;
    score: number;
    self: number | null;
    comment: string | null;
    code: string | null;
  }[] = [
    {
      name: 'confirming the self-score needs no comment',
      score: 17.5,
      self: 17.5,
      comment: null,
      code: null,
    },
    {
      name: 'lowering the self-score needs a comment',
      score: 15,
      self: 17.5,
      comment: null,
      code: 'comment_required',
    },
    { name: 'a blank comment does not count', score: 15, self: 17.5, comment: ' ', code: 'comment_required' },
    {
      name: 'a commented change is accepted',
      score: 15,
      self: 17.5,
      comment: 'Thiếu minh chứng quý IV',
      code: null,
    },
    {
      name: 'scoring a leaf the unit left blank needs a comment',
      score: 3,
      self: null,
      comment: null,
      code: 'comment_required',
    },
    {
      name: 'scores equal at two decimals are no change',
      score: 0.3,
      self: 0.1 + 0.2,
      comment: null,
      code: null,
    },
    {
      name: 'the range is checked as for the unit',
      score: 20.5,
      self: 20,
      comment: 'x',
      code: 'score_above_max',
    },
    { name: 'three decimals are refused', score: 1.234, self: null, comment: 'x', code: 'score_too_precise' },
  ];
  it.each(cases)('$name', ({ score: points, self, comment, code }) => {
    expect(checkCouncilScore(a1, points, self, comment)?.code ?? null).toBe(code);
  });
});

describe('checking an imported survey score', () => {
  it('accepts a score on a survey leaf and refuses one on a self-assessed leaf', () => {
    expect(checkSurveyScore(leaf('B.2', 20, 'survey'), 16.5)).toBeNull();
    expect(checkSurveyScore(leaf('B.2', 20, 'survey'), 20.5)?.code).toBe('score_above_max');
    expect(checkSurveyScore(leaf('A.1', 20), 10)?.code).toBe('not_survey_leaf');
  });
});

describe("a unit's score", () => {
  it('rescales to the full maximum when a criterion does not apply (worked example)', () => {
    // A.2 (20 points) does not apply, so the applicable maximum is 100 − 20 = 80.
    // Earned: A.1 council 16.5 (overrides self 18) + B.1 self 12.25 + B.2 survey 13.68
    //         + C.1 self 7.75 + C.2 unscored 0 = 50.18.
    // Điểm quy đổi: 50.18 / 80 × 100 = 62.725 exactly → 62.73 half-up.
    // Naively in floats 50.18 / 80 * 100 is 62.724999999999994, which would round to 62.72.
    const result = unitScore(
      demoTree,
      scoreMap(
        score('A.1', { selfScore: 18, councilScore: 16.5, evidenceCount: 1 }),
        score('A.2', { notApplicable: true, selfScore: 20 }),
        score('B.1', { selfScore: 12.25, evidenceCount: 3 }),
        score('B.2', { surveyScore: 13.68 }),
        score('C.1', { selfScore: 7.75, explanation: 'Đang hoàn thiện hồ sơ' }),
      ),
    );
    expect(result).toEqual({
      total: 62.73,
      treeMax: 100,
      maxApplicable: 80,
      rawEarned: 50.18,
      allNotApplicable: false,
      byArea: [
        { code: 'A', earned: 16.5, max: 20, notApplicable: false },
        { code: 'B', earned: 25.93, max: 35, notApplicable: false },
        { code: 'C', earned: 7.75, max: 25, notApplicable: false },
      ],
    });
  });

  it('equals the raw points when everything applies', () => {
    const result = unitScore(
      demoTree,
      scoreMap(score('A.1', { selfScore: 19.99 }), score('B.2', { surveyScore: 0.01 })),
    );
    expect([result.total, result.rawEarned, result.maxApplicable]).toEqual([20, 20, 100]);
  });

  it('takes a council score of 0 over a self-score of 20', () => {
    const result = unitScore(demoTree, scoreMap(score('A.1', { selfScore: 20, councilScore: 0 })));
    expect(result.total).toBe(0);
  });

  it('gives a survey leaf only its survey points, whatever else was typed', () => {
    const result = unitScore(
      demoTree,
      scoreMap(score('B.2', { selfScore: 20, councilScore: 20, surveyScore: 4 })),
    );
    expect(result.total).toBe(4);
  });

  it('marks an area whose every leaf does not apply', () => {
    const result = unitScore(
      demoTree,
      scoreMap(
        score('C.1', { notApplicable: true }),
        score('C.2', { notApplicable: true }),
        score('A.1', { selfScore: 15 }),
      ),
    );
    // 15 / 75 × 100 = 20.
    expect(result.total).toBe(20);
    expect(result.byArea[2]).toEqual({ code: 'C', earned: 0, max: 0, notApplicable: true });
  });

  it('is 0 and flagged when nothing applies to the unit', () => {
    const all = ['A.1', 'A.2', 'B.1', 'B.2', 'C.1', 'C.2'].map((code) =>
      score(code, { notApplicable: true, selfScore: 5 }),
    );
    const result = unitScore(demoTree, scoreMap(...all));
    expect(result).toMatchObject({ total: 0, maxApplicable: 0, rawEarned: 0, allNotApplicable: true });
    expect(result.byArea.every((area) => area.notApplicable)).toBe(true);
  });

  it('ignores scores for codes outside the tree', () => {
    expect(unitScore(demoTree, scoreMap(score('Z.9', { selfScore: 50 }))).total).toBe(0);
  });

  it('refuses an invalid tree', () => {
    const bad = { nodes: [parent('A', [leaf('A.1', 10)], 12)] };
    expect(() => unitScore(bad, new Map())).toThrow(expect.objectContaining({ code: 'invalid_tree' }));
  });

  it('refuses a stored score above its maximum rather than ranking on it', () => {
    const call = () => unitScore(demoTree, scoreMap(score('B.2', { surveyScore: 20.5 })));
    expect(call).toThrow(ParError);
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_leaf_score' }));
  });
});

describe('ranking units', () => {
  const cases: readonly { name: string; totals: readonly number[]; ranks: readonly number[] }[] = [
    { name: 'distinct totals rank 1, 2, 3', totals: [90, 80, 70], ranks: [1, 2, 3] },
    { name: 'a tie in the middle skips the next rank', totals: [95, 88, 88, 70], ranks: [1, 2, 2, 4] },
    { name: 'a tie at the top', totals: [91.5, 91.5, 80], ranks: [1, 1, 3] },
    { name: 'a tie at the bottom', totals: [99, 85, 60, 60], ranks: [1, 2, 3, 3] },
    { name: 'everyone tied', totals: [75, 75, 75], ranks: [1, 1, 1] },
    { name: 'two groups of ties', totals: [90, 90, 85, 85, 80], ranks: [1, 1, 3, 3, 5] },
    { name: 'a three-way tie after the leader', totals: [92, 90, 90, 90, 50], ranks: [1, 2, 2, 2, 5] },
    { name: 'totals equal at two decimals are tied', totals: [85.001, 85, 84.99], ranks: [1, 1, 3] },
  ];
  it.each(cases)('$name', ({ totals, ranks }) => {
    // Fed in reverse so the order of the input cannot be what makes the test pass.
    const entries = totals.map((total, i) => ({ unitId: `u${i}`, total })).reverse();
    expect(rankUnits(entries).map((e) => [e.unitId, e.rank])).toEqual(
      totals.map((_, i) => [`u${i}`, ranks[i]]),
    );
  });

  it('lists tied units by unit id and keeps their other fields', () => {
    const ranked = rankUnits([
      { unitId: 'so-yte', total: 88, name: 'Sở Y tế' },
      { unitId: 'so-gddt', total: 88, name: 'Sở Giáo dục và Đào tạo' },
      { unitId: 'so-tc', total: 92, name: 'Sở Tài chính' },
    ]);
    expect(ranked).toEqual([
      { unitId: 'so-tc', total: 92, name: 'Sở Tài chính', rank: 1 },
      { unitId: 'so-gddt', total: 88, name: 'Sở Giáo dục và Đào tạo', rank: 2 },
      { unitId: 'so-yte', total: 88, name: 'Sở Y tế', rank: 2 },
    ]);
  });

  it('ranks nobody when there are no units', () => {
    expect(rankUnits([])).toEqual([]);
  });

  it('refuses a unit listed twice or a total that is not a number', () => {
    const twice = () =>
      rankUnits([
        { unitId: 'a', total: 1 },
        { unitId: 'a', total: 2 },
      ]);
    expect(twice).toThrow(expect.objectContaining({ code: 'duplicate_unit' }));
    expect(() => rankUnits([{ unitId: 'a', total: Number.NaN }])).toThrow(
      expect.objectContaining({ code: 'invalid_total' }),
    );
  });
});

/** mulberry32: a tiny seeded PRNG, so every run checks the same cases and a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function randomNode(random: () => number, code: string, depth: number): CriterionNode {
  const childCount = depth < 4 && random() < 0.6 ? int(random, 1, 3) : 0;
  if (childCount === 0)
    return leaf(code, int(random, 1, 2000) / 100, random() < 0.25 ? 'survey' : 'self_assessed');
  return parent(
    code,
    Array.from({ length: childCount }, (_, i) => randomNode(random, `${code}.${i + 1}`, depth + 1)),
  );
}

function randomTree(random: () => number): CriteriaTree {
  return { nodes: Array.from({ length: int(random, 1, 4) }, (_, i) => randomNode(random, `${i + 1}`, 1)) };
}

const leavesOf = (node: CriterionNode): readonly CriterionNode[] =>
  node.children.length === 0 ? [node] : node.children.flatMap(leavesOf);

function randomScores(random: () => number, tree: CriteriaTree): Map<string, LeafScore> {
  const points = (max: number) => (random() < 0.2 ? null : int(random, 0, Math.round(max * 100)) / 100);
  return scoreMap(
    ...tree.nodes.flatMap(leavesOf).map((node) =>
      score(node.code, {
        notApplicable: random() < 0.15,
        selfScore: points(node.maxPoints),
        councilScore: random() < 0.5 ? null : points(node.maxPoints),
        surveyScore: points(node.maxPoints),
        evidenceCount: int(random, 0, 3),
      }),
    ),
  );
}

describe('scores of random trees (property-based, seeded)', () => {
  const runs = Array.from({ length: 300 }, (_, seed) => {
    const random = prng(seed + 1);
    const tree = randomTree(random);
    return { seed, random, tree, scores: randomScores(random, tree), leaves: tree.nodes.flatMap(leavesOf) };
  });

  it('every generated tree is valid', () => {
    for (const { seed, tree } of runs) expect(validateCriteriaTree(tree), `seed ${seed}`).toEqual([]);
  });

  it('the total lies between 0 and the tree maximum, has two decimals and matches the formula', () => {
    for (const { seed, tree, scores } of runs) {
      const result = unitScore(tree, scores);
      expect(result.total, `seed ${seed}`).toBeGreaterThanOrEqual(0);
      expect(result.total, `seed ${seed}`).toBeLessThanOrEqual(result.treeMax);
      expect(toHundredths(result.total), `seed ${seed}`).not.toBeNull();
      expect(result.rawEarned, `seed ${seed}`).toBeLessThanOrEqual(result.maxApplicable);
      const exact = result.allNotApplicable ? 0 : (result.rawEarned / result.maxApplicable) * result.treeMax;
      expect(Math.abs(result.total - exact), `seed ${seed}`).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('the areas add up to the raw points and the applicable maximum', () => {
    for (const { seed, tree, scores } of runs) {
      const result = unitScore(tree, scores);
      const sum = (pick: (a: (typeof result.byArea)[number]) => number) =>
        result.byArea.reduce((total, area) => total + Math.round(pick(area) * 100), 0) / 100;
      expect([sum((a) => a.earned), sum((a) => a.max)], `seed ${seed}`).toEqual([
        result.rawEarned,
        result.maxApplicable,
      ]);
    }
  });

  it('full marks on every applicable leaf give the full maximum', () => {
    for (const { seed, tree, scores, leaves } of runs) {
      const full = scoreMap(
        ...leaves.map((node) => {
          const max = node.maxPoints;
          return {
            ...score(node.code),
            notApplicable: scores.get(node.code)?.notApplicable ?? false,
            selfScore: max,
            surveyScore: max,
          };
        }),
      );
      const result = unitScore(tree, full);
      expect(result.total, `seed ${seed}`).toBe(result.allNotApplicable ? 0 : result.treeMax);
    }
  });

  it('raising one leaf to its maximum never lowers the total', () => {
    for (const { seed, random, tree, scores, leaves } of runs) {
      const node = leaves[int(random, 0, leaves.length - 1)];
      const before = scores.get(node?.code ?? '');
      if (node === undefined || before === undefined) continue;
      const raised = new Map(scores).set(node.code, {
        ...before,
        councilScore: node.maxPoints,
        surveyScore: node.maxPoints,
      });
      expect(unitScore(tree, raised).total, `seed ${seed}`).toBeGreaterThanOrEqual(
        unitScore(tree, scores).total,
      );
    }
  });

  // Rescaling averages over applicable leaves, so dropping a leaf moves the total toward the rest's
  // average: a leaf that earned nothing can only have pulled it down, a full-marks leaf only up.
  // (Dropping a full-marks leaf can therefore lower the total — see the example below.)
  // Each leaf in turn is first given `points`, then marked not applicable, and the totals compared.
  function dropEachLeaf(
    points: (node: CriterionNode) => number,
    check: (kept: number, dropped: number, label: string) => void,
  ) {
    let checked = 0;
    for (const { seed, tree, scores, leaves } of runs) {
      for (const node of leaves) {
        const given = score(node.code, { councilScore: points(node), surveyScore: points(node) });
        const kept = unitScore(tree, new Map(scores).set(node.code, given));
        const dropped = unitScore(tree, new Map(scores).set(node.code, { ...given, notApplicable: true }));
        if (dropped.allNotApplicable) continue;
        check(kept.total, dropped.total, `seed ${seed}, leaf ${node.code}`);
        checked++;
      }
    }
    // Guards against a generator change that would leave the property checking nothing.
    expect(checked).toBeGreaterThan(500);
  }

  it('marking a leaf that earned nothing not applicable never lowers the total', () => {
    dropEachLeaf(
      () => 0,
      (kept, dropped, label) => expect(dropped, label).toBeGreaterThanOrEqual(kept),
    );
  });

  it('marking a leaf with full marks not applicable never raises the total', () => {
    dropEachLeaf(
      (node) => node.maxPoints,
      (kept, dropped, label) => expect(dropped, label).toBeLessThanOrEqual(kept),
    );
  });

  it('dropping a full-marks leaf lowers the total when the rest scored below average', () => {
    // Before: (50 + 12.5) / 100 × 100 = 62.5. After A.1 is not applicable: 12.5 / 50 × 100 = 25.
    const tree = { nodes: [parent('A', [leaf('A.1', 50), leaf('A.2', 50)])] };
    const scores = scoreMap(score('A.1', { selfScore: 50 }), score('A.2', { selfScore: 12.5 }));
    expect(unitScore(tree, scores).total).toBe(62.5);
    expect(
      unitScore(tree, new Map(scores).set('A.1', score('A.1', { selfScore: 50, notApplicable: true }))).total,
    ).toBe(25);
  });

  it('a rank is one more than the number of units with a strictly higher total', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = prng(seed);
      // Few distinct totals so that ties are common.
      const entries = Array.from({ length: int(random, 0, 12) }, (_, i) => ({
        unitId: `${String.fromCharCode(97 + int(random, 0, 25))}-${i}`,
        total: int(random, 0, 5) * 10 + 0.25,
      }));
      const ranked = rankUnits(entries);
      expect(ranked).toHaveLength(entries.length);
      ranked.forEach((entry, i) => {
        expect(entry.rank, `seed ${seed}`).toBe(1 + entries.filter((e) => e.total > entry.total).length);
        const next = ranked[i + 1];
        if (next !== undefined && next.total === entry.total) expect(entry.unitId < next.unitId).toBe(true);
      });
    }
  });
});

describe('unitScores', () => {
  it('scores every unit as unitScore does, checking the tree once', () => {
    const tree: CriteriaTree = {
      nodes: [
        {
          code: '1',
          title: 'A',
          maxPoints: 10,
          kind: 'self_assessed',
          children: [
            { code: '1.1', title: 'a', maxPoints: 4, kind: 'self_assessed', children: [] },
            { code: '1.2', title: 'b', maxPoints: 6, kind: 'self_assessed', children: [] },
          ],
        },
      ],
    };
    const leaf = (code: string, selfScore: number | null, notApplicable = false): LeafScore => ({
      code,
      selfScore,
      evidenceCount: 1,
      explanation: null,
      councilScore: null,
      notApplicable,
      surveyScore: null,
    });
    const byUnit = new Map([
      ['u1', new Map([['1.1', leaf('1.1', 4)]])],
      [
        'u2',
        new Map([
          ['1.1', leaf('1.1', 3)],
          ['1.2', leaf('1.2', null, true)],
        ]),
      ],
      ['u3', new Map<string, LeafScore>()],
    ]);
    const all = unitScores(tree, byUnit);
    for (const [unit, scores] of byUnit) expect(all.get(unit)).toEqual(unitScore(tree, scores));
    expect(all.get('u2')?.total).toBe(7.5);
    expect(() => unitScores({ nodes: [] }, byUnit)).toThrow(ParError);
  });
});

describe('measured scales', () => {
  const measured = (scale: CriterionNode['scale'], maxPoints = 2): CriterionNode => ({
    code: '3.1',
    title: 'Tỷ lệ hồ sơ đúng hạn',
    maxPoints,
    kind: 'self_assessed',
    children: [],
    metricCode: 'dossiers_on_time_rate',
    ...(scale ? { scale } : {}),
  });
  const SCALE = [
    { minPercent: 100, points: 2 },
    { minPercent: 90, points: 1 },
  ];

  it('gives the points of the highest threshold reached, 0 below them all, edges included', () => {
    const leaf = measured(SCALE);
    expect(suggestedPoints(leaf, 100)).toBe(2);
    expect(suggestedPoints(leaf, 99.99)).toBe(1);
    expect(suggestedPoints(leaf, 90)).toBe(1);
    expect(suggestedPoints(leaf, 89.99)).toBe(0);
    expect(suggestedPoints(measured(undefined), 100)).toBeNull();
  });

  it('refuses scales out of order, out of range, above the maximum or without a metric', () => {
    const tree = (leaf: CriterionNode): CriteriaTree => ({
      nodes: [
        { code: '3', title: 'TTHC', maxPoints: leaf.maxPoints, kind: 'self_assessed', children: [leaf] },
      ],
    });
    expect(validateCriteriaTree(tree(measured(SCALE)))).toEqual([]);
    for (const bad of [
      [
        { minPercent: 90, points: 1 },
        { minPercent: 100, points: 2 },
      ],
      [{ minPercent: 120, points: 2 }],
      [{ minPercent: 100, points: 3 }],
      [{ minPercent: 100, points: 1.555 }],
      [],
    ])
      expect(validateCriteriaTree(tree(measured(bad))).map((p) => p.code)).toEqual(['invalid_scale']);
    const { metricCode: _, ...unmeasured } = measured(SCALE);
    expect(validateCriteriaTree(tree(unmeasured)).map((p) => p.code)).toEqual(['invalid_scale']);
  });
});
