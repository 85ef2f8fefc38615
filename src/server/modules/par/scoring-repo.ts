import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ScoreBand } from '../../../domain/par/score-bands';
import type { CriteriaTree, CriterionNode, LeafScore } from '../../../domain/par/scoring';
import { type DbOrTx, queryRows } from '../../db/client';
import {
  parScoreEvidence,
  parScores,
  parScoringCouncil,
  parScoringRounds,
  parScoringUnits,
} from '../../db/schema-par';
import { notFound } from '../../platform/errors';

/** The tables of PAR-index scoring, read and written here only. */

export type RoundRow = typeof parScoringRounds.$inferSelect;
export type ScoreRow = typeof parScores.$inferSelect;
export type ScoringUnitRow = typeof parScoringUnits.$inferSelect;

export const criteriaOf = (round: RoundRow) => round.criteria as CriteriaTree;
export const bandsOf = (round: RoundRow) => round.bands as readonly ScoreBand[];

/** A round of the province, locked for the transaction's writes when asked; 404 otherwise. */
export async function findRound(
  db: DbOrTx,
  provinceCode: string,
  id: string,
  lock: 'update' | 'share' | null = null,
): Promise<RoundRow> {
  const query = db
    .select()
    .from(parScoringRounds)
    .where(and(eq(parScoringRounds.id, id), eq(parScoringRounds.provinceCode, provinceCode)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw notFound();
  return row;
}

export async function listRoundRows(db: DbOrTx, provinceCode: string) {
  return db
    .select({
      round: parScoringRounds,
      unitCount: sql<number>`(select count(*)::int from par_scoring_units u where u.round_id = ${parScoringRounds.id})`,
    })
    .from(parScoringRounds)
    .where(eq(parScoringRounds.provinceCode, provinceCode))
    .orderBy(desc(parScoringRounds.year), asc(parScoringRounds.groupCode));
}

/** The published round of the same group the year before, for the comparison with last year. */
export async function roundOfYear(db: DbOrTx, provinceCode: string, year: number, groupCode: string) {
  const [row] = await db
    .select()
    .from(parScoringRounds)
    .where(
      and(
        eq(parScoringRounds.provinceCode, provinceCode),
        eq(parScoringRounds.year, year),
        eq(parScoringRounds.groupCode, groupCode),
      ),
    );
  return row;
}

export async function unitsOfRound(db: DbOrTx, roundId: string): Promise<ScoringUnitRow[]> {
  return db.select().from(parScoringUnits).where(eq(parScoringUnits.roundId, roundId));
}

export async function scoringUnit(db: DbOrTx, roundId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(parScoringUnits)
    .where(and(eq(parScoringUnits.roundId, roundId), eq(parScoringUnits.unitId, unitId)));
  return row;
}

export async function councilOfRound(db: DbOrTx, roundId: string) {
  return db.select().from(parScoringCouncil).where(eq(parScoringCouncil.roundId, roundId));
}

export async function scoresOfRound(db: DbOrTx, roundId: string, unitId?: string): Promise<ScoreRow[]> {
  return db
    .select()
    .from(parScores)
    .where(and(eq(parScores.roundId, roundId), unitId ? eq(parScores.unitId, unitId) : undefined));
}

/** What totals and progress are computed from: a round's ranking reads only this of every score. */
export type ScoreFacts = Pick<
  ScoreRow,
  | 'unitId'
  | 'code'
  | 'selfHundredths'
  | 'councilHundredths'
  | 'surveyHundredths'
  | 'notApplicable'
  | 'returnedAt'
  | 'answeredAt'
>;

/**
 * The score facts of a whole round (every unit × leaf: thousands of rows), read as one json value
 * of compact arrays: the embedded database answers one value far faster than as many rows.
 */
export async function scoreFactsOfRound(db: DbOrTx, roundId: string): Promise<ScoreFacts[]> {
  type Packed = [
    string,
    string,
    number | null,
    number | null,
    number | null,
    boolean,
    string | null,
    string | null,
  ];
  const [row] = await queryRows<{ facts: Packed[] }>(
    db,
    sql`select coalesce(json_agg(json_build_array(s.unit_id, s.code, s.self_hundredths, s.council_hundredths,
          s.survey_hundredths, s.not_applicable, s.returned_at, s.answered_at)), '[]'::json) as facts
        from ${parScores} s where s.round_id = ${roundId}`,
  );
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return (row?.facts ?? []).map(
    ([unitId, code, self, council, survey, notApplicable, returnedAt, answeredAt]) => ({
      unitId,
      code,
      selfHundredths: self,
      councilHundredths: council,
      surveyHundredths: survey,
      notApplicable,
      returnedAt: date(returnedAt),
      answeredAt: date(answeredAt),
    }),
  );
}

/** Whether any unit (or the survey) has written a score in the round. */
export async function roundHasScores(db: DbOrTx, roundId: string): Promise<boolean> {
  const [row] = await db
    .select({ code: parScores.code })
    .from(parScores)
    .where(eq(parScores.roundId, roundId))
    .limit(1);
  return row !== undefined;
}

export async function scoreRow(db: DbOrTx, roundId: string, unitId: string, code: string) {
  const [row] = await db
    .select()
    .from(parScores)
    .where(and(eq(parScores.roundId, roundId), eq(parScores.unitId, unitId), eq(parScores.code, code)));
  return row;
}

/** Evidence files of a unit's sheet, without their bytes. */
export async function evidenceOfSheet(db: DbOrTx, roundId: string, unitId: string) {
  return db
    .select({
      id: parScoreEvidence.id,
      code: parScoreEvidence.code,
      fileName: parScoreEvidence.fileName,
      contentType: parScoreEvidence.contentType,
      size: parScoreEvidence.size,
      uploadedAt: parScoreEvidence.uploadedAt,
      uploadedBy: parScoreEvidence.uploadedBy,
    })
    .from(parScoreEvidence)
    .where(and(eq(parScoreEvidence.roundId, roundId), eq(parScoreEvidence.unitId, unitId)))
    .orderBy(asc(parScoreEvidence.uploadedAt));
}

export async function evidenceFile(db: DbOrTx, id: string) {
  const [row] = await db.select().from(parScoreEvidence).where(eq(parScoreEvidence.id, id));
  return row;
}

const points = (hundredths: number | null) => (hundredths === null ? null : hundredths / 100);

/** A stored row as the domain's leaf score, with the number of evidence files behind it. */
export function leafScoreOf(
  row: ScoreFacts & { explanation?: string | null },
  evidenceCount: number,
): LeafScore {
  return {
    code: row.code,
    selfScore: points(row.selfHundredths),
    evidenceCount,
    explanation: row.explanation ?? null,
    councilScore: points(row.councilHundredths),
    notApplicable: row.notApplicable,
    surveyScore: points(row.surveyHundredths),
  };
}

/** As `leafScoreOf`, without the council: what the unit claims for itself. */
export function selfLeafScoreOf(row: ScoreFacts): LeafScore {
  return { ...leafScoreOf(row, 0), councilScore: null };
}

/** The tree's leaves by code, and each node with its parent and depth in reading order. */
export function flattenCriteria(tree: CriteriaTree) {
  const flat: { node: CriterionNode; parentCode: string | null; depth: number }[] = [];
  const visit = (node: CriterionNode, parentCode: string | null, depth: number) => {
    flat.push({ node, parentCode, depth });
    for (const child of node.children) visit(child, node.code, depth + 1);
  };
  for (const area of tree.nodes) visit(area, null, 1);
  const leaves = new Map(flat.filter((f) => f.node.children.length === 0).map((f) => [f.node.code, f.node]));
  return { flat, leaves };
}

/** Moves whenever a score, a submission or a round of the province changes: live pages compare it. */
export async function scoringRevision(db: DbOrTx, provinceCode: string): Promise<string> {
  const [row] = await queryRows<{ rounds: string; scores: string; submitted: number }>(
    db,
    sql`select
          (select coalesce(sum(r.row_version), 0)::text || '/' || count(*)::text
             from par_scoring_rounds r where r.province_code = ${provinceCode}) as rounds,
          (select coalesce(max(s.updated_at)::text, '') || '/' || count(*)::text
             from par_scores s join par_scoring_rounds r on r.id = s.round_id
            where r.province_code = ${provinceCode}) as scores,
          (select count(u.submitted_at)::int
             from par_scoring_units u join par_scoring_rounds r on r.id = u.round_id
            where r.province_code = ${provinceCode}) as submitted`,
  );
  return `${row?.rounds ?? ''}:${row?.scores ?? ''}:${row?.submitted ?? 0}`;
}
