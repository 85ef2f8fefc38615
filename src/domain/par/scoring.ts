/**
 * PAR index scoring (Chỉ số CCHC) of departments and communes, after the Ministry of Home Affairs
 * method: a criteria tree per year, self-assessment with evidence, appraisal by the council, survey
 * components, and a total rescaled when criteria do not apply to a unit.
 * Points are handled as whole hundredths so float artefacts (0.1 + 0.2) never reach a ranking.
 */

/** Areas → criteria → sub-criteria, plus one level some provinces add below sub-criteria. */
export const MAX_TREE_DEPTH = 4;

/** Who gives a leaf its points: the unit (then the council), or the sociological survey. */
export type CriterionKind = 'self_assessed' | 'survey';

export interface CriterionNode {
  readonly code: string;
  readonly title: string;
  readonly maxPoints: number;
  /** Only meaningful on leaves; a parent's points are the sum of its children's. */
  readonly kind: CriterionKind;
  /** Empty for a leaf. */
  readonly children: readonly CriterionNode[];
  /** How points are given (hướng dẫn chấm điểm), e.g. "Ban hành đúng thời hạn: 1 điểm; chậm: 0 điểm". */
  readonly guidance?: string;
  /** A reform metric the system measures for this criterion, shown to scorers beside the leaf. */
  readonly metricCode?: string;
  /**
   * With a metric: the points its measured percent earns, highest threshold first (e.g. ≥ 100 %:
   * 2, ≥ 90 %: 1); below every threshold, 0. The unit's self-score is pre-filled from it.
   */
  readonly scale?: readonly ScaleStep[];
}

export interface ScaleStep {
  readonly minPercent: number;
  readonly points: number;
}

/** One year's criteria; the top nodes are the areas (lĩnh vực). */
export interface CriteriaTree {
  readonly nodes: readonly CriterionNode[];
}

/** A problem shown to people: a stable code plus messages; `subject` names the criterion or band. */
export interface ParProblem<Code extends string = string> {
  readonly code: Code;
  readonly vi: string;
  readonly en: string;
  readonly subject?: string;
}

/** Message templates per problem code; `{name}` placeholders are filled by `makeProblem`. */
export type ProblemCatalogue<Code extends string> = Readonly<
  Record<Code, { readonly vi: string; readonly en: string }>
>;

export type ScoringProblemCode =
  | 'empty_tree'
  | 'blank_code'
  | 'duplicate_code'
  | 'invalid_max_points'
  | 'parent_max_mismatch'
  | 'too_deep'
  | 'not_a_leaf'
  | 'survey_leaf'
  | 'not_survey_leaf'
  | 'score_not_finite'
  | 'score_negative'
  | 'score_above_max'
  | 'score_too_precise'
  | 'explanation_required'
  | 'comment_required'
  | 'invalid_scale';

/** What each problem says: {c} is the criterion, {max} and {sum} are points. */
export const SCORING_PROBLEM_TEXT: ProblemCatalogue<ScoringProblemCode> = {
  empty_tree: { vi: 'Bộ tiêu chí chưa có lĩnh vực nào', en: 'The criteria tree has no areas' },
  blank_code: { vi: 'Tiêu chí chưa có mã', en: 'A criterion has no code' },
  duplicate_code: { vi: 'Mã tiêu chí {c} bị trùng', en: 'Criterion code {c} is repeated' },
  invalid_max_points: {
    vi: 'Điểm tối đa của tiêu chí {c} phải là số không âm, tối đa 2 chữ số thập phân',
    en: 'The maximum of criterion {c} must be a number ≥ 0 with at most 2 decimals',
  },
  parent_max_mismatch: {
    vi: 'Điểm tối đa của {c} ({max}) khác tổng các tiêu chí con ({sum})',
    en: "The maximum of {c} ({max}) differs from its children's sum ({sum})",
  },
  too_deep: {
    vi: `Tiêu chí {c} vượt quá ${MAX_TREE_DEPTH} cấp`,
    en: `Criterion {c} is deeper than ${MAX_TREE_DEPTH} levels`,
  },
  not_a_leaf: {
    vi: 'Chỉ chấm điểm tiêu chí thành phần, không chấm {c}',
    en: 'Only leaves are scored, not {c}',
  },
  survey_leaf: {
    vi: 'Tiêu chí {c} lấy điểm từ điều tra xã hội học',
    en: 'Criterion {c} is scored by the survey',
  },
  not_survey_leaf: {
    vi: 'Tiêu chí {c} không chấm bằng điều tra xã hội học',
    en: 'Criterion {c} is not a survey criterion',
  },
  score_not_finite: { vi: 'Điểm của {c} không phải là số', en: 'The score of {c} is not a number' },
  score_negative: { vi: 'Điểm của {c} không được âm', en: 'The score of {c} must not be negative' },
  score_above_max: {
    vi: 'Điểm của {c} vượt điểm tối đa {max}',
    en: 'The score of {c} exceeds its maximum of {max}',
  },
  score_too_precise: {
    vi: 'Điểm của {c} chỉ được có tối đa 2 chữ số thập phân',
    en: 'The score of {c} may have at most 2 decimals',
  },
  explanation_required: {
    vi: 'Tiêu chí {c} chưa có tài liệu kiểm chứng: cần giải trình',
    en: 'Criterion {c} has no evidence: an explanation is required',
  },
  invalid_scale: {
    vi: 'Thang điểm theo số liệu của tiêu chí {c} không hợp lệ (ngưỡng 0–100 % giảm dần, điểm không vượt điểm tối đa)',
    en: 'The measured scale of criterion {c} is invalid (thresholds 0–100 % descending, points within the maximum)',
  },
  comment_required: {
    vi: 'Hội đồng thẩm định thay đổi điểm tiêu chí {c}: cần ghi nhận xét',
    en: 'The council changed the score of {c}: a comment is required',
  },
};

export type ScoringProblem = ParProblem<ScoringProblemCode>;

export type ParErrorCode =
  | 'invalid_tree'
  | 'invalid_leaf_score'
  | 'invalid_total'
  | 'duplicate_unit'
  | 'score_below_bands';

/** A typed error for inputs that should have been checked before computing; `message` is English. */
export class ParError extends Error {
  constructor(
    readonly code: ParErrorCode,
    message: string,
    readonly vi: string,
  ) {
    super(message);
    this.name = 'ParError';
  }
}

/** A unit's scores for one leaf, as stored. */
export interface LeafScore {
  readonly code: string;
  readonly selfScore: number | null;
  readonly evidenceCount: number;
  /** Required when there is no evidence: why the unit claims the points anyway. */
  readonly explanation: string | null;
  readonly councilScore: number | null;
  readonly notApplicable: boolean;
  readonly surveyScore: number | null;
}

export interface AreaScore {
  readonly code: string;
  /** Raw points on applicable leaves, before rescaling. */
  readonly earned: number;
  /** Maximum of the applicable leaves. */
  readonly max: number;
  /** Every leaf of the area is not applicable to the unit. */
  readonly notApplicable: boolean;
}

export interface UnitScore {
  /** Rescaled to the tree's full maximum (điểm quy đổi), 2 decimals. */
  readonly total: number;
  readonly treeMax: number;
  readonly maxApplicable: number;
  readonly rawEarned: number;
  /** Nothing applies to the unit: the total is 0 and must not be read as a result. */
  readonly allNotApplicable: boolean;
  readonly byArea: readonly AreaScore[];
}

const TOLERANCE = 1e-6;

/** The value as whole hundredths when it has at most two decimals, else null. */
export function toHundredths(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * 100;
  const whole = Math.round(scaled);
  // 0.29 * 100 is 28.999999999999996: a value typed with two decimals must still count as such.
  return Math.abs(scaled - whole) < TOLERANCE ? whole : null;
}

/** Points for messages, with the locale's decimal separator (17,5 in vi, 17.5 in en). */
export function formatPoints(hundredths: number, locale: 'vi' | 'en'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(
    hundredths / 100,
  );
}

/**
 * A problem from its catalogue entry: `{c}` becomes the subject, a number fills its placeholder as
 * points given in hundredths (in the locale's format), a string verbatim.
 */
export function makeProblem<Code extends string>(
  catalogue: ProblemCatalogue<Code>,
  code: Code,
  subject?: string,
  values: Readonly<Record<string, number | string>> = {},
): ParProblem<Code> {
  const fill = (template: string, locale: 'vi' | 'en') =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = key === 'c' ? subject : values[key];
      return typeof value === 'number' ? formatPoints(value, locale) : (value ?? '');
    });
  const text = catalogue[code];
  const found = { code, vi: fill(text.vi, 'vi'), en: fill(text.en, 'en') };
  return subject === undefined ? found : { ...found, subject };
}

const problem = (code: ScoringProblemCode, subject?: string, values?: Readonly<Record<string, number>>) =>
  makeProblem(SCORING_PROBLEM_TEXT, code, subject, values);

const isBlank = (text: string | null): boolean => text === null || text.trim() === '';

/** Every problem of a year's criteria tree; empty when units can score against it. */
export function validateCriteriaTree(tree: CriteriaTree): readonly ScoringProblem[] {
  const problems: ScoringProblem[] = [];
  if (tree.nodes.length === 0) problems.push(problem('empty_tree'));
  const seen = new Set<string>();
  const reported = new Set<string>();
  const visit = (node: CriterionNode, depth: number): void => {
    const c = node.code;
    if (c.trim() === '') problems.push(problem('blank_code', c));
    else if (seen.has(c) && !reported.has(c)) {
      reported.add(c);
      problems.push(problem('duplicate_code', c));
    }
    seen.add(c);
    // Reported once, at the first level too deep, rather than once per descendant.
    if (depth === MAX_TREE_DEPTH + 1) problems.push(problem('too_deep', c));
    const max = toHundredths(node.maxPoints);
    if (max === null || max < 0) problems.push(problem('invalid_max_points', c));
    if (node.scale !== undefined && !validScale(node, max ?? 0)) problems.push(problem('invalid_scale', c));
    const childMaxes = node.children.map((child) => toHundredths(child.maxPoints));
    const valid = childMaxes.filter((m): m is number => m !== null && m >= 0);
    const sum = valid.reduce((total, m) => total + m, 0);
    // Compared only when parent and children are valid, so one bad maximum is reported once.
    const comparable =
      node.children.length > 0 && max !== null && max >= 0 && valid.length === childMaxes.length;
    if (comparable && sum !== max) problems.push(problem('parent_max_mismatch', c, { max, sum }));
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const area of tree.nodes) visit(area, 1);
  return problems;
}

/** A scale is on a measured leaf: thresholds within 0–100 % strictly descending, points within the maximum. */
function validScale(node: CriterionNode, maxH: number): boolean {
  const steps = node.scale ?? [];
  if (node.children.length > 0 || !node.metricCode || steps.length === 0) return false;
  return steps.every((step, i) => {
    const points = toHundredths(step.points);
    const previous = steps[i - 1];
    return (
      Number.isFinite(step.minPercent) &&
      step.minPercent >= 0 &&
      step.minPercent <= 100 &&
      (previous === undefined || step.minPercent < previous.minPercent) &&
      points !== null &&
      points >= 0 &&
      points <= maxH
    );
  });
}

/** The points a measured percent earns on a leaf's scale (null: the leaf has none). */
export function suggestedPoints(leaf: CriterionNode, percent: number): number | null {
  if (!leaf.scale || leaf.scale.length === 0) return null;
  return leaf.scale.find((step) => percent >= step.minPercent)?.points ?? 0;
}

/** Range checks shared by self, council and survey scores. */
function checkLeafScore(leaf: CriterionNode, score: number, kind: CriterionKind): ScoringProblem | null {
  const c = leaf.code;
  const max = toHundredths(leaf.maxPoints) ?? 0;
  if (leaf.children.length > 0) return problem('not_a_leaf', c);
  if (leaf.kind !== kind) return problem(kind === 'survey' ? 'not_survey_leaf' : 'survey_leaf', c);
  if (!Number.isFinite(score)) return problem('score_not_finite', c);
  if (score < 0) return problem('score_negative', c);
  if (score * 100 > max + TOLERANCE) return problem('score_above_max', c, { max });
  if (toHundredths(score) === null) return problem('score_too_precise', c);
  return null;
}

/** A unit's self-score on a leaf: in range, and backed by evidence or an explanation. */
export function checkSelfScore(
  leaf: CriterionNode,
  score: number,
  evidenceCount: number,
  explanation: string | null,
): ScoringProblem | null {
  const range = checkLeafScore(leaf, score, 'self_assessed');
  if (range !== null) return range;
  return evidenceCount <= 0 && isBlank(explanation) ? problem('explanation_required', leaf.code) : null;
}

/**
 * The appraisal council's score on a leaf. Where the council departs from the unit's self-score
 * (or scores a leaf the unit left blank) it must say why, since the unit may contest the change.
 */
export function checkCouncilScore(
  leaf: CriterionNode,
  score: number,
  selfScore: number | null,
  comment: string | null,
): ScoringProblem | null {
  const range = checkLeafScore(leaf, score, 'self_assessed');
  if (range !== null) return range;
  const changed = selfScore === null || toHundredths(selfScore) !== toHundredths(score);
  return changed && isBlank(comment) ? problem('comment_required', leaf.code) : null;
}

/** An imported survey score (điều tra xã hội học) on a survey leaf. */
export function checkSurveyScore(leaf: CriterionNode, score: number): ScoringProblem | null {
  return checkLeafScore(leaf, score, 'survey');
}

function leavesOf(node: CriterionNode): readonly CriterionNode[] {
  return node.children.length === 0 ? [node] : node.children.flatMap(leavesOf);
}

/** What a leaf earns in hundredths: the council overrides the unit; survey leaves take the survey. */
function earnedHundredths(leaf: CriterionNode, maxH: number, entry: LeafScore | undefined): number {
  const points =
    leaf.kind === 'survey' ? (entry?.surveyScore ?? null) : (entry?.councilScore ?? entry?.selfScore ?? null);
  if (points === null) return 0;
  const h = toHundredths(points);
  if (h === null || h < 0 || h > maxH) {
    throw new ParError(
      'invalid_leaf_score',
      `the score ${points} of ${leaf.code} is outside 0..${maxH / 100} or has more than 2 decimals`,
      `Điểm ${points} của tiêu chí ${leaf.code} không hợp lệ`,
    );
  }
  return h;
}

/** Half-up division of non-negative integers, exact for any size. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * A unit's PAR score. Scores are expected to have passed the checks above; a score outside its
 * leaf's range throws rather than silently moving the unit in the ranking. Leaves without a score
 * earn 0; entries for codes outside the tree are ignored.
 */
export function unitScore(tree: CriteriaTree, scores: ReadonlyMap<string, LeafScore>): UnitScore {
  assertValidTree(tree);
  return scoreOnValidTree(tree, scores);
}

/** Every unit's score on one tree (checked once): a round's ranking scores all its units. */
export function unitScores<Key>(
  tree: CriteriaTree,
  scoresByUnit: ReadonlyMap<Key, ReadonlyMap<string, LeafScore>>,
): Map<Key, UnitScore> {
  assertValidTree(tree);
  return new Map([...scoresByUnit].map(([key, scores]) => [key, scoreOnValidTree(tree, scores)]));
}

function assertValidTree(tree: CriteriaTree): void {
  const problems = validateCriteriaTree(tree);
  if (problems.length > 0) {
    throw new ParError(
      'invalid_tree',
      `the criteria tree is invalid: ${problems.map((p) => p.en).join('; ')}`,
      `Bộ tiêu chí không hợp lệ: ${problems.map((p) => p.vi).join('; ')}`,
    );
  }
}

function scoreOnValidTree(tree: CriteriaTree, scores: ReadonlyMap<string, LeafScore>): UnitScore {
  let treeMaxH = 0;
  let earnedH = 0;
  let applicableH = 0;
  const byArea = tree.nodes.map((area): AreaScore => {
    let areaEarned = 0;
    let areaMax = 0;
    let applicableLeaves = 0;
    const leaves = leavesOf(area);
    for (const leaf of leaves) {
      const maxH = toHundredths(leaf.maxPoints) ?? 0;
      treeMaxH += maxH;
      const entry = scores.get(leaf.code);
      if (entry?.notApplicable === true) continue;
      applicableLeaves++;
      areaMax += maxH;
      areaEarned += earnedHundredths(leaf, maxH, entry);
    }
    earnedH += areaEarned;
    applicableH += areaMax;
    return {
      code: area.code,
      earned: areaEarned / 100,
      max: areaMax / 100,
      notApplicable: applicableLeaves === 0,
    };
  });
  const allNotApplicable = applicableH === 0;
  // Điểm quy đổi: when criteria do not apply, their points leave both the earned points and the
  // maximum, and the result is brought back to the full scale — total = earned / applicable max ×
  // tree max — as the Ministry does for provinces, so units with and without those criteria compare.
  const totalH = allNotApplicable
    ? 0
    : Number(divideHalfUp(BigInt(earnedH) * BigInt(treeMaxH), BigInt(applicableH)));
  return {
    total: totalH / 100,
    treeMax: treeMaxH / 100,
    maxApplicable: applicableH / 100,
    rawEarned: earnedH / 100,
    allNotApplicable,
    byArea,
  };
}

/** The total in hundredths for comparisons; totals differing only past 2 decimals are tied. */
export function totalHundredths(unitId: string, total: number): number {
  if (!Number.isFinite(total)) {
    throw new ParError(
      'invalid_total',
      `the total of ${unitId} is not a number`,
      `Tổng điểm của ${unitId} không hợp lệ`,
    );
  }
  return Math.round(total * 100);
}

/** Throws when a unit appears twice, which would give it two ranks. */
export function assertDistinctUnits(entries: readonly { readonly unitId: string }[]): void {
  const seen = new Set<string>();
  for (const { unitId } of entries) {
    if (seen.has(unitId)) {
      throw new ParError(
        'duplicate_unit',
        `unit ${unitId} appears twice`,
        `Đơn vị ${unitId} xuất hiện hai lần`,
      );
    }
    seen.add(unitId);
  }
}

/**
 * Ranks units by total, highest first, with standard competition ranking (1, 2, 2, 4); tied units
 * are listed by unitId so the same data always prints the same table.
 */
export function rankUnits<Entry extends { readonly unitId: string; readonly total: number }>(
  entries: readonly Entry[],
): readonly (Entry & { readonly rank: number })[] {
  assertDistinctUnits(entries);
  const sorted = entries
    .map((entry) => ({ entry, key: totalHundredths(entry.unitId, entry.total) }))
    .sort((a, b) => b.key - a.key || compareIds(a.entry.unitId, b.entry.unitId));
  let rank = 0;
  return sorted.map(({ entry, key }, index) => {
    if (index === 0 || key !== sorted[index - 1]?.key) rank = index + 1;
    return { ...entry, rank };
  });
}

/** Code-unit order, not locale order, so the result does not depend on the machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
