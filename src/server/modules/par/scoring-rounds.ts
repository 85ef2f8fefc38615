import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZCouncilRequest,
  ZCreateRoundRequest,
  ZCriterion,
  ZRoundDetail,
  ZRoundSummary,
  ZRoundUnit,
  ZUpdateRoundRequest,
} from '../../../contracts/par-scoring';
import { vietnameseDay } from '../../../domain/calendar/civil-date';
import { localDateOf } from '../../../domain/calendar/local-time';
import { classify } from '../../../domain/par/score-bands';
import {
  type CriteriaTree,
  type LeafScore,
  rankUnits,
  unitScore,
  unitScores,
} from '../../../domain/par/scoring';
import { criteriaEditRefusal, type ScoringStage, scoringStage } from '../../../domain/par/scoring-round';
import type { DbOrTx } from '../../db/client';
import { parScoringCouncil, parScoringRounds, parScoringUnits } from '../../db/schema-par';
import { type AuthContext, scopeContains } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { type UnitSummary, unitSummariesOf, unitSummariesOfProvince } from '../organisation/unit-tree';
import { peopleWithRoles, personNames } from '../users/repo';
import { type ParCaller, parCaller } from './par-access';
import {
  bandsOf,
  councilOfRound,
  criteriaOf,
  findRound,
  flattenCriteria,
  leafScoreOf,
  listRoundRows,
  type RoundRow,
  roundOfYear,
  type ScoreFacts,
  type ScoringUnitRow,
  scoreFactsOfRound,
  selfLeafScoreOf,
  unitsOfRound,
} from './scoring-repo';
import { newRoundSetup } from './scoring-setup';

type RoundSummaryDto = z.infer<typeof ZRoundSummary>;
type RoundDetailDto = z.infer<typeof ZRoundDetail>;
type RoundUnitDto = z.infer<typeof ZRoundUnit>;

/** Roles that run scoring rounds: the province's PAR officers (and system admins). */
const RUNS_SCORING = ['par_officer', 'system_admin'];
/** Who may sit on the appraisal council: PAR officers and leaders (of the province or a unit). */
const COUNCIL_ROLES = ['par_officer', 'leader', 'approver'];

export const runsScoring = (auth: AuthContext) => auth.assignments.some((a) => RUNS_SCORING.includes(a.role));

function assertRunsScoring(auth: AuthContext): void {
  if (!runsScoring(auth)) throw new AppError('forbidden', 403);
}

export const todayOf = (deps: Pick<AppDeps, 'clock'>) => localDateOf(deps.clock.now().getTime());

export function stageOf(round: RoundRow, today: string): ScoringStage {
  return scoringStage(
    {
      entryOpensOn: round.entryOpensOn,
      entryClosesOn: round.entryClosesOn,
      published: round.publishedAt !== null,
    },
    today,
  );
}

/** The tree in reading order, as the API shows it. */
export function criteriaDto(tree: CriteriaTree): z.infer<typeof ZCriterion>[] {
  return flattenCriteria(tree).flat.map(({ node, parentCode, depth }) => ({
    code: node.code,
    parentCode,
    depth,
    title: node.title,
    guidance: node.guidance ?? null,
    maxPoints: node.maxPoints,
    kind: node.kind,
    metricCode: node.metricCode ?? null,
    scale: node.scale ? [...node.scale] : null,
    leaf: node.children.length === 0,
  }));
}

function summaryDto(round: RoundRow, unitCount: number, today: string): RoundSummaryDto {
  return {
    id: round.id,
    year: round.year,
    group: round.groupCode as RoundSummaryDto['group'],
    title: round.title,
    stage: stageOf(round, today),
    entryOpensOn: round.entryOpensOn,
    entryClosesOn: round.entryClosesOn,
    publishedAt: round.publishedAt?.toISOString() ?? null,
    unitCount,
    treeMax: unitScore(criteriaOf(round), new Map()).treeMax,
    version: round.rowVersion,
  };
}

export async function listRounds(deps: AppDeps) {
  const today = todayOf(deps);
  const rows = await listRoundRows(deps.db, deps.config.PROVINCE_CODE);
  return { rounds: rows.map((r) => summaryDto(r.round, r.unitCount, today)) };
}

/** A unit's totals: as the council left them (final) and as the unit claimed (self). */
export interface UnitResult {
  readonly unitId: string;
  readonly selfTotal: number;
  readonly total: number;
  readonly rank: number;
  readonly band: string;
}

/** Scores by unit and leaf code, as the domain reads them. */
export function scoreMaps(
  scores: readonly ScoreFacts[],
  evidenceCounts: ReadonlyMap<string, number> = new Map(),
) {
  const byUnit = new Map<string, { final: Map<string, LeafScore>; self: Map<string, LeafScore> }>();
  for (const row of scores) {
    const maps = byUnit.get(row.unitId) ?? { final: new Map(), self: new Map() };
    maps.final.set(row.code, leafScoreOf(row, evidenceCounts.get(`${row.unitId}:${row.code}`) ?? 0));
    maps.self.set(row.code, selfLeafScoreOf(row));
    byUnit.set(row.unitId, maps);
  }
  return byUnit;
}

/**
 * Every unit's result in the round: frozen at publication, else computed from the scores as they
 * stand (a provisional ranking the council watches fill in).
 */
export function roundResults(
  round: RoundRow,
  units: readonly ScoringUnitRow[],
  scores: readonly ScoreFacts[],
): Map<string, UnitResult> {
  if (round.publishedAt !== null) {
    return new Map(
      units.map((u) => [
        u.unitId,
        {
          unitId: u.unitId,
          selfTotal: (u.finalSelfHundredths ?? 0) / 100,
          total: (u.finalTotalHundredths ?? 0) / 100,
          rank: u.finalRank ?? 0,
          band: u.finalBand ?? '',
        },
      ]),
    );
  }
  const tree = criteriaOf(round);
  const bands = bandsOf(round);
  const maps = scoreMaps(scores);
  const none = new Map<string, LeafScore>();
  const finals = unitScores(tree, new Map(units.map((u) => [u.unitId, maps.get(u.unitId)?.final ?? none])));
  const selves = unitScores(tree, new Map(units.map((u) => [u.unitId, maps.get(u.unitId)?.self ?? none])));
  const totals = units.map((u) => ({
    unitId: u.unitId,
    total: finals.get(u.unitId)?.total ?? 0,
    selfTotal: selves.get(u.unitId)?.total ?? 0,
  }));
  return new Map(
    rankUnits(totals).map((r) => [r.unitId, { ...r, band: classify(r.total, bands) } satisfies UnitResult]),
  );
}

/** Who the caller is for one unit of a round. */
export function partyOf(
  caller: ParCaller,
  council: readonly { unitId: string; userId: string }[],
  unitId: string,
) {
  const actsForUnit = scopeContains(caller.actsFor, unitId);
  const councilMember = council.some((c) => c.unitId === unitId && c.userId === caller.auth.userId);
  const manages = scopeContains(caller.manages, unitId);
  return { actsForUnit, councilMember, manages, reads: actsForUnit || councilMember || manages };
}

export async function roundDetail(deps: AppDeps, auth: AuthContext, id: string, db: DbOrTx = deps.db) {
  const round = await findRound(db, deps.config.PROVINCE_CODE, id);
  const caller = await parCaller(db, auth);
  const today = todayOf(deps);
  const [units, scores, council, lastYearRound] = await Promise.all([
    unitsOfRound(db, id),
    scoreFactsOfRound(db, id),
    councilOfRound(db, id),
    roundOfYear(db, deps.config.PROVINCE_CODE, round.year - 1, round.groupCode),
  ]);
  const lastYear =
    lastYearRound?.publishedAt != null
      ? roundResults(lastYearRound, await unitsOfRound(db, lastYearRound.id), [])
      : null;
  const [summaries, names] = await Promise.all([
    unitSummariesOf(
      db,
      units.map((u) => u.unitId),
    ),
    personNames(db, [...new Set(council.map((c) => c.userId))]),
  ]);
  const results = roundResults(round, units, scores);
  const tree = criteriaOf(round);
  const { leaves } = flattenCriteria(tree);
  const selfLeaves = [...leaves.values()].filter((l) => l.kind === 'self_assessed');
  const selfCodes = new Set(selfLeaves.map((l) => l.code));
  const published = round.publishedAt !== null;
  const rows: RoundUnitDto[] = [];
  const selfScoresOf = new Map<string, ScoreFacts[]>();
  for (const row of scores) {
    if (!selfCodes.has(row.code)) continue;
    const list = selfScoresOf.get(row.unitId);
    if (list) list.push(row);
    else selfScoresOf.set(row.unitId, [row]);
  }
  for (const u of units) {
    const party = partyOf(caller, council, u.unitId);
    // Before publication a unit sees its own line only; the ranking is the council's working view.
    if (!published && !party.reads) continue;
    const own = selfScoresOf.get(u.unitId) ?? [];
    const result = results.get(u.unitId);
    const last = lastYear?.get(u.unitId);
    const summary = summaries.get(u.unitId);
    rows.push({
      unit: { id: u.unitId, code: summary?.code ?? '', name: summary?.name ?? u.unitId },
      submittedAt: u.submittedAt?.toISOString() ?? null,
      selfScored: own.filter((s) => s.selfHundredths !== null || s.notApplicable).length,
      appraised: own.filter((s) => s.councilHundredths !== null).length,
      selfLeaves: selfLeaves.length,
      awaitingExplanation: own.filter((s) => s.returnedAt !== null && s.answeredAt === null).length,
      selfTotal: result?.selfTotal ?? 0,
      total: result?.total ?? 0,
      rank: result?.rank ?? 0,
      band: result?.band ?? '',
      lastYear: last ? { total: last.total, rank: last.rank, band: last.band } : null,
      council: council
        .filter((c) => c.unitId === u.unitId)
        .map((c) => ({ id: c.userId, name: names.get(c.userId) ?? '' })),
      mayRead: party.reads,
      mayScore: party.actsForUnit,
      mayAppraise: party.councilMember,
    });
  }
  rows.sort((a, b) => a.rank - b.rank || a.unit.code.localeCompare(b.unit.code));
  return {
    ...summaryDto(round, units.length, today),
    bands: [...bandsOf(round)],
    criteria: criteriaDto(tree),
    units: rows,
    mayManage: runsScoring(auth),
    mayEditCriteria:
      runsScoring(auth) && criteriaEditRefusal(stageOf(round, today), scores.length > 0) === null,
  } satisfies RoundDetailDto;
}

export async function createRound(
  deps: AppDeps,
  auth: AuthContext,
  input: z.infer<typeof ZCreateRoundRequest>,
  meta: CommandMeta,
): Promise<RoundDetailDto> {
  assertRunsScoring(auth);
  const { tree, bands } = await newRoundSetup(deps, deps.db, input);
  const id = await deps.db.transaction(async (tx) => {
    const province = deps.config.PROVINCE_CODE;
    const all = await unitSummariesOfProvince(tx, province);
    const unitIds = input.unitIds ?? defaultUnits(all, input.group).map((u) => u.id);
    const known = new Map(all.map((u) => [u.id, u]));
    for (const unitId of unitIds) {
      const unit = known.get(unitId);
      if (!unit || unit.validTo !== null) throw new AppError('par_unit_invalid', 422, { unit: unitId });
    }
    const roundId = uuidv7(deps.clock);
    const inserted = await tx
      .insert(parScoringRounds)
      .values({
        id: roundId,
        provinceCode: province,
        year: input.year,
        groupCode: input.group,
        title: input.title,
        criteria: tree,
        bands,
        entryOpensOn: input.entryOpensOn,
        entryClosesOn: input.entryClosesOn,
        createdAt: deps.clock.now(),
        createdBy: auth.userId,
        rowVersion: 1,
      })
      .onConflictDoNothing()
      .returning({ id: parScoringRounds.id });
    if (inserted.length === 0) throw new AppError('par_scoring_round_exists', 409, { year: input.year });
    const distinct = [...new Set(unitIds)];
    if (distinct.length > 0)
      await tx.insert(parScoringUnits).values(distinct.map((unitId) => ({ roundId, unitId })));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.scoring.create',
      targetType: 'par_scoring_round',
      targetId: roundId,
      ip: meta.ip,
      details: { year: input.year, group: input.group, units: distinct.length },
    });
    return roundId;
  });
  return roundDetail(deps, auth, id);
}

/** The open units a group scores by default: departments, or communes. */
function defaultUnits(all: readonly UnitSummary[], group: 'department' | 'commune') {
  return all.filter((u) => u.kind === group && u.validTo === null);
}

/** Locks the round for a change by its runners: the version read, and not yet published. */
async function lockForChange(deps: AppDeps, tx: DbOrTx, auth: AuthContext, id: string, version?: number) {
  assertRunsScoring(auth);
  const round = await findRound(tx, deps.config.PROVINCE_CODE, id, 'update');
  if (round.publishedAt !== null) throw new AppError('par_scoring_published', 409);
  if (version !== undefined && version !== round.rowVersion) throw versionConflict();
  return round;
}

export async function updateRound(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  input: z.infer<typeof ZUpdateRoundRequest>,
  meta: CommandMeta,
) {
  await deps.db.transaction(async (tx) => {
    await lockForChange(deps, tx, auth, id, input.version);
    await tx
      .update(parScoringRounds)
      .set({
        entryOpensOn: input.entryOpensOn,
        entryClosesOn: input.entryClosesOn,
        rowVersion: sql`${parScoringRounds.rowVersion} + 1`,
      })
      .where(eq(parScoringRounds.id, id));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.scoring.window',
      targetType: 'par_scoring_round',
      targetId: id,
      ip: meta.ip,
      details: { opens: input.entryOpensOn, closes: input.entryClosesOn },
    });
  });
  return roundDetail(deps, auth, id);
}

export async function councilCandidates(deps: AppDeps, auth: AuthContext) {
  assertRunsScoring(auth);
  return { people: await peopleWithRoles(deps.db, COUNCIL_ROLES) };
}

export async function setCouncil(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  input: z.infer<typeof ZCouncilRequest>,
  meta: CommandMeta,
) {
  await deps.db.transaction(async (tx) => {
    await lockForChange(deps, tx, auth, id);
    const units = await unitsOfRound(tx, id);
    if (!units.some((u) => u.unitId === input.unitId))
      throw new AppError('par_scoring_not_unit', 422, { unit: input.unitId });
    const userIds = [...new Set(input.userIds)];
    const eligible = new Set((await peopleWithRoles(tx, COUNCIL_ROLES)).map((p) => p.id));
    const stranger = userIds.find((u) => !eligible.has(u));
    if (stranger) throw new AppError('par_unit_invalid', 422, { unit: stranger });
    await tx
      .delete(parScoringCouncil)
      .where(and(eq(parScoringCouncil.roundId, id), eq(parScoringCouncil.unitId, input.unitId)));
    if (userIds.length > 0)
      await tx
        .insert(parScoringCouncil)
        .values(userIds.map((userId) => ({ roundId: id, unitId: input.unitId, userId })));
    await tx
      .update(parScoringRounds)
      .set({ rowVersion: sql`${parScoringRounds.rowVersion} + 1` })
      .where(eq(parScoringRounds.id, id));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: input.unitId,
      action: 'par.scoring.council',
      targetType: 'par_scoring_round',
      targetId: id,
      ip: meta.ip,
      details: { members: userIds.length },
    });
  });
}

/**
 * Publishes the round once the window has closed: each unit's total, rank and band are frozen
 * and nothing changes afterwards.
 */
export async function publishRound(
  deps: AppDeps,
  auth: AuthContext,
  id: string,
  version: number,
  meta: CommandMeta,
) {
  await deps.db.transaction(async (tx) => {
    const round = await lockForChange(deps, tx, auth, id, version);
    const today = todayOf(deps);
    const stage = stageOf(round, today);
    if (stage === 'not_open')
      throw new AppError('par_scoring_not_open', 409, { opens: vietnameseDay(round.entryOpensOn) });
    if (stage === 'self_assessment')
      throw new AppError('par_scoring_still_open', 409, { closes: vietnameseDay(round.entryClosesOn) });
    const units = await unitsOfRound(tx, id);
    const results = roundResults(round, units, await scoreFactsOfRound(tx, id));
    for (const r of results.values()) {
      await tx
        .update(parScoringUnits)
        .set({
          finalTotalHundredths: Math.round(r.total * 100),
          finalSelfHundredths: Math.round(r.selfTotal * 100),
          finalRank: r.rank,
          finalBand: r.band,
        })
        .where(and(eq(parScoringUnits.roundId, id), eq(parScoringUnits.unitId, r.unitId)));
    }
    const now = deps.clock.now();
    await tx
      .update(parScoringRounds)
      .set({
        publishedAt: now,
        publishedBy: auth.fullName,
        rowVersion: sql`${parScoringRounds.rowVersion} + 1`,
      })
      .where(eq(parScoringRounds.id, id));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.scoring.publish',
      targetType: 'par_scoring_round',
      targetId: id,
      ip: meta.ip,
      details: { units: units.length },
    });
  });
  return roundDetail(deps, auth, id);
}

export { lockForChange };
