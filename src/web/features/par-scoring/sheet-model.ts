import type { CriterionDto, LeafScoreDto } from './api';

/** What each form on one leaf of a unit's sheet works on. */
export interface LeafProps {
  readonly roundId: string;
  readonly unitId: string;
  readonly criterion: CriterionDto;
  readonly score: LeafScoreDto;
}

/** An area (lĩnh vực) with its criteria and leaves below it, in reading order. */
export interface AreaBlock {
  readonly area: CriterionDto;
  readonly items: readonly CriterionDto[];
}

/**
 * The flat criteria list (reading order, areas at depth 1) cut into areas: everything after an
 * area up to the next one belongs to it.
 */
export function areasOf(criteria: readonly CriterionDto[]): AreaBlock[] {
  const blocks: { area: CriterionDto; items: CriterionDto[] }[] = [];
  for (const criterion of criteria) {
    const current = blocks[blocks.length - 1];
    if (criterion.parentCode === null || !current) blocks.push({ area: criterion, items: [] });
    else current.items.push(criterion);
  }
  return blocks;
}

/** The council returned the leaf for explanation and the unit has not answered yet. */
export const awaitsAnswer = (score: LeafScoreDto | undefined): boolean =>
  !!score && score.returnedAt !== null && score.answeredAt === null;

/** An empty score of a leaf never written (version 0, as the API expects for a first write). */
export function blankScore(code: string): LeafScoreDto {
  return {
    code,
    selfScore: null,
    notApplicable: false,
    explanation: null,
    evidenceLocation: null,
    evidence: [],
    councilScore: null,
    councilComment: null,
    councilBy: null,
    returnedAt: null,
    returnNote: null,
    answeredAt: null,
    surveyScore: null,
    suggestedScore: null,
    version: 0,
  };
}

/** Points typed in a number box: blank is no score; a comma is the Vietnamese decimal mark. */
export function typedPoints(value: number | string): number | null {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
