import { z } from 'zod';
import { ZIsoDate, ZUuid } from './common';
import { ZUnitName } from './par';

/**
 * PAR-index scoring (Chỉ số CCHC) of departments and communes: a round per year and unit group,
 * its criteria tree, self-scores with evidence, the council's appraisal, survey scores, the
 * ranking and its publication (domain.md §10; issue "Administrative-reform management", part 4).
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable();
const ZVersion = z.number().int().min(1);
/** Points: at most 100 with two decimals (the domain refuses a third). */
const ZPoints = z.number().min(0).max(1000);

/** Departments (sở, ban, ngành) and communes are scored on different trees and ranked apart. */
export const SCORING_GROUPS = ['department', 'commune'] as const;
export const ZScoringGroup = z.enum(SCORING_GROUPS);

/**
 * Where a round stands, from its entry window and publication: before the window; units
 * self-score; the window closed and the council appraises; published (final, nothing changes).
 */
export const SCORING_STAGES = ['not_open', 'self_assessment', 'appraisal', 'published'] as const;
export const ZScoringStage = z.enum(SCORING_STAGES);

/** A step of a measured leaf's scale: a measured percent at or above `minPercent` earns `points`. */
export const ZScaleStep = z.strictObject({ minPercent: z.number().min(0).max(100), points: ZPoints });

/** One criterion of a tree, flattened in reading order; `parentCode` null for an area. */
export const ZCriterion = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  depth: z.number().int().min(1),
  title: z.string(),
  guidance: z.string().nullable(),
  maxPoints: z.number(),
  kind: z.enum(['self_assessed', 'survey']),
  /** A reform metric (GET /api/par/metrics) the system measures for this criterion, shown to scorers. */
  metricCode: z.string().nullable(),
  /** With a metric: the points its measured percent earns, highest threshold first. */
  scale: z.array(ZScaleStep).nullable(),
  leaf: z.boolean(),
});

export const ZCriterionInput = z.strictObject({
  code: text(20),
  parentCode: z.string().trim().min(1).max(20).nullable(),
  title: text(1000),
  guidance: optionalText(4000).optional(),
  maxPoints: ZPoints,
  kind: z.enum(['self_assessed', 'survey']).default('self_assessed'),
  metricCode: z.string().max(60).nullable().optional(),
  scale: z.array(ZScaleStep).max(10).nullable().optional(),
});

export const ZScoreBand = z.object({ code: z.string().trim().min(1).max(30), minScore: z.number() });
/** A band as written: its code (the name shown where the catalogue has none) and its lower bound. */
export const ZScoreBandInput = z.strictObject({
  code: z.string().trim().min(1).max(30),
  minScore: z.number().min(0).max(100),
});

export const ZCreateRoundRequest = z
  .strictObject({
    year: z.number().int().min(2000).max(2099),
    group: ZScoringGroup,
    title: text(300),
    /**
     * Where the criteria come from: a demo template by name, a copy of another round of the same
     * group (its criteria and bands), or the criteria as a flat list (parents before children).
     */
    template: ZScoringGroup.optional(),
    copyFrom: ZUuid.optional(),
    criteria: z.array(ZCriterionInput).min(1).max(500).optional(),
    bands: z.array(ZScoreBandInput).min(1).max(10).optional(),
    entryOpensOn: ZIsoDate,
    entryClosesOn: ZIsoDate,
    /** The units scored; by default every open unit of the group in the province. */
    unitIds: z.array(ZUuid).min(1).max(500).optional(),
  })
  .refine((r) => [r.template, r.copyFrom, r.criteria].filter((x) => x !== undefined).length === 1, {
    path: ['template'],
    message: 'give one of a template, a round to copy, or the criteria',
  })
  .refine((r) => r.entryClosesOn >= r.entryOpensOn, {
    path: ['entryClosesOn'],
    message: 'the window closes on or after it opens',
  });

export const ZUpdateRoundRequest = z
  .strictObject({
    version: ZVersion,
    entryOpensOn: ZIsoDate,
    entryClosesOn: ZIsoDate,
  })
  .refine((r) => r.entryClosesOn >= r.entryOpensOn, {
    path: ['entryClosesOn'],
    message: 'the window closes on or after it opens',
  });

/** The whole criteria tree and bands of a round, replaced at once under the round's version. */
export const ZEditCriteriaRequest = z.strictObject({
  version: ZVersion,
  criteria: z.array(ZCriterionInput).min(1).max(500),
  bands: z.array(ZScoreBandInput).min(1).max(10),
});

export const ZRoundSummary = z.object({
  id: ZUuid,
  year: z.number().int(),
  group: ZScoringGroup,
  title: z.string(),
  stage: ZScoringStage,
  entryOpensOn: ZIsoDate,
  entryClosesOn: ZIsoDate,
  publishedAt: z.string().nullable(),
  unitCount: z.number().int(),
  treeMax: z.number(),
  version: z.number().int(),
});
export const ZRoundList = z.object({ rounds: z.array(ZRoundSummary) });

export const ZPersonName = z.object({ id: ZUuid, name: z.string() });

/** A unit's line in the round: its progress, its total so far (final once published), rank and band. */
export const ZRoundUnit = z.object({
  unit: ZUnitName,
  submittedAt: z.string().nullable(),
  /** Leaves the unit scored or marked not applicable, of the self-assessed leaves. */
  selfScored: z.number().int(),
  /** Leaves the council scored, of the self-assessed leaves. */
  appraised: z.number().int(),
  selfLeaves: z.number().int(),
  /** Criteria returned to the unit for explanation and not yet answered. */
  awaitingExplanation: z.number().int(),
  selfTotal: z.number(),
  total: z.number(),
  rank: z.number().int(),
  band: z.string(),
  lastYear: z.object({ total: z.number(), rank: z.number().int(), band: z.string() }).nullable(),
  council: z.array(ZPersonName),
  /** What the caller may do on this unit's sheet: open it (its unit, its council, managing it), score, appraise. */
  mayRead: z.boolean(),
  mayScore: z.boolean(),
  mayAppraise: z.boolean(),
});

export const ZRoundDetail = ZRoundSummary.extend({
  bands: z.array(ZScoreBand),
  criteria: z.array(ZCriterion),
  units: z.array(ZRoundUnit),
  /** The caller runs the round (window, council, survey, publication). */
  mayManage: z.boolean(),
  /** The caller may change the criteria and bands: they run it, and no unit has started scoring. */
  mayEditCriteria: z.boolean(),
});

export const ZCouncilRequest = z.strictObject({
  unitId: ZUuid,
  userIds: z.array(ZUuid).max(20),
});

export const ZCouncilCandidates = z.object({
  people: z.array(ZPersonName.extend({ unitName: z.string() })),
});

export const ZEvidenceFile = z.object({
  id: ZUuid,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

/** A leaf's scores for one unit. */
export const ZLeafScore = z.object({
  code: z.string(),
  selfScore: z.number().nullable(),
  notApplicable: z.boolean(),
  explanation: z.string().nullable(),
  /** Where in the evidence the proof lies (page, section). */
  evidenceLocation: z.string().nullable(),
  evidence: z.array(ZEvidenceFile),
  councilScore: z.number().nullable(),
  councilComment: z.string().nullable(),
  councilBy: z.string().nullable(),
  /** The council returned the criterion for explanation (once), with its note. */
  returnedAt: z.string().nullable(),
  returnNote: z.string().nullable(),
  /** The unit answered the return. */
  answeredAt: z.string().nullable(),
  surveyScore: z.number().nullable(),
  /** What the measured figure earns on the leaf's scale (null: not measured, or no figure yet). */
  suggestedScore: z.number().nullable(),
  version: z.number().int(),
});

export const ZMeasured = z.object({
  metricCode: z.string(),
  /** Counted for the unit itself (with its children), or for the whole province where the module cannot. */
  scope: z.enum(['unit', 'province']),
  titleVi: z.string(),
  titleEn: z.string(),
  percent: z.number().nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  asOf: ZIsoDate.nullable(),
});

export const ZScoreSheet = z.object({
  round: ZRoundSummary,
  unit: ZUnitName,
  submittedAt: z.string().nullable(),
  criteria: z.array(ZCriterion),
  scores: z.array(ZLeafScore),
  /** Figures the system measures for criteria linked to a metric (the round's year, the unit's own where counted). */
  measured: z.array(ZMeasured),
  totals: z.object({
    self: z.number(),
    final: z.number(),
    treeMax: z.number(),
    maxApplicable: z.number(),
    byArea: z.array(
      z.object({ code: z.string(), earned: z.number(), max: z.number(), notApplicable: z.boolean() }),
    ),
  }),
  band: z.string(),
  maySelfScore: z.boolean(),
  maySubmit: z.boolean(),
  mayAppraise: z.boolean(),
  /** The unit's staff may answer a criterion the council returned for explanation. */
  mayAnswer: z.boolean(),
});

export const ZSelfScoreRequest = z.strictObject({
  version: z.number().int().min(0),
  score: ZPoints.nullable(),
  notApplicable: z.boolean().default(false),
  explanation: optionalText(4000).default(null),
  evidenceLocation: optionalText(500).default(null),
});

export const ZAppraisalRequest = z.strictObject({
  version: z.number().int().min(0),
  score: ZPoints,
  comment: optionalText(4000).default(null),
});

export const ZReturnRequest = z.strictObject({
  version: z.number().int().min(0),
  note: text(4000),
});

export const ZAnswerRequest = z.strictObject({
  version: z.number().int().min(0),
  explanation: text(4000),
  evidenceLocation: optionalText(500).default(null),
});

/** The unit sends its self-assessment to the council; its self-scores are then fixed. */
export const ZSubmitRequest = z.strictObject({});

export const ZPublishRequest = z.strictObject({ version: ZVersion });

export const ZEvidenceUploadQuery = z.strictObject({
  version: z.coerce.number().int().min(0),
  fileName: text(200),
});

export const ZScoreWritten = z.object({ code: z.string(), version: z.number().int() });

export const ZSurveyImportResponse = z.object({ imported: z.number().int() });
