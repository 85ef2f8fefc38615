import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZAnswerRequest,
  ZAppraisalRequest,
  ZReturnRequest,
  ZScoreSheet,
  ZSelfScoreRequest,
} from '../../../contracts/par-scoring';
import { vietnameseDay } from '../../../domain/calendar/civil-date';
import { formatLocalDateTime } from '../../../domain/calendar/local-time';
import { classify } from '../../../domain/par/score-bands';
import {
  type CriterionNode,
  checkCouncilScore,
  checkSelfScore,
  checkSurveyScore,
  formatPoints,
  type ScoringProblem,
  suggestedPoints,
  toHundredths,
  unitScore,
} from '../../../domain/par/scoring';
import { type SheetPermissions, sheetPermissions, stageRefusal } from '../../../domain/par/scoring-round';
import type { DbOrTx } from '../../db/client';
import { parScoreEvidence, parScores, parScoringUnits } from '../../db/schema-par';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { sniffFileKind, sniffImageType } from '../../platform/file-type';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { unitSummariesOf, unitSummaryByCode } from '../organisation/unit-tree';
import { reformMetrics } from './metrics';
import { parCaller } from './par-access';
import {
  councilOfRound,
  criteriaOf,
  evidenceFile,
  evidenceOfSheet,
  findRound,
  flattenCriteria,
  type RoundRow,
  type ScoreRow,
  scoreFactsOfRound,
  scoreRow,
  scoresOfRound,
  scoringUnit,
  unitsOfRound,
} from './scoring-repo';
import {
  criteriaDto,
  lockForChange,
  partyOf,
  roundResults,
  scoreMaps,
  stageOf,
  todayOf,
} from './scoring-rounds';

type SheetDto = z.infer<typeof ZScoreSheet>;

/** Evidence a unit may attach: documents and photos of them, checked by their content. */
export const EVIDENCE_MAX_BYTES = 10 * 1_048_576;
const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
/** The content type the bytes really are, or null when evidence may not be of that kind. */
export function evidenceContentTypeOf(bytes: Uint8Array): string | null {
  const image = sniffImageType(bytes);
  if (image) return image;
  const kind = sniffFileKind(bytes);
  return kind ? (EVIDENCE_TYPES[kind] ?? null) : null;
}

const points = (h: number | null) => (h === null ? null : h / 100);

/** The caller's view of one unit in one round: 404 when the sheet is none of their business. */
export async function sheetContext(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
  round: RoundRow,
  unitId: string,
) {
  const member = await scoringUnit(db, round.id, unitId);
  if (!member) throw notFound();
  const caller = await parCaller(db, auth);
  const party = partyOf(caller, await councilOfRound(db, round.id), unitId);
  if (!party.reads) throw notFound();
  const stage = stageOf(round, todayOf(deps));
  const permissions = sheetPermissions(stage, { ...party, submitted: member.submittedAt !== null });
  return { member, party, stage, permissions };
}

export async function scoreSheet(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
  unitId: string,
): Promise<SheetDto> {
  const db = deps.db;
  const round = await findRound(db, deps.config.PROVINCE_CODE, roundId);
  const { member, permissions } = await sheetContext(deps, db, auth, round, unitId);
  const [scores, evidence, allUnits, allScores, unitMap] = await Promise.all([
    scoresOfRound(db, roundId, unitId),
    evidenceOfSheet(db, roundId, unitId),
    unitsOfRound(db, roundId),
    scoreFactsOfRound(db, roundId),
    unitSummariesOf(db, [unitId]),
  ]);
  const tree = criteriaOf(round);
  const { leaves } = flattenCriteria(tree);
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(`${unitId}:${e.code}`, (counts.get(`${unitId}:${e.code}`) ?? 0) + 1);
  const own = scoreMaps(scores, counts).get(unitId);
  const final = unitScore(tree, own?.final ?? new Map());
  const self = unitScore(tree, own?.self ?? new Map());
  const result = roundResults(round, allUnits, allScores).get(unitId);
  const byCode = new Map(scores.map((s) => [s.code, s]));
  const unit = unitMap.get(unitId);
  const metrics = reformMetrics(deps.config);
  const metricCodes = [
    ...new Set([...leaves.values()].map((l) => l.metricCode).filter((c): c is string => !!c)),
  ];
  const measured = await Promise.all(
    metricCodes.map(async (code) => {
      const metric = metrics.find((m) => m.code === code);
      const ctx = { provinceCode: deps.config.PROVINCE_CODE, year: round.year, now: deps.clock.now() };
      const value = metric?.measureUnit
        ? await metric.measureUnit(db, { ...ctx, unitId })
        : metric?.measure
          ? await metric.measure(db, ctx)
          : null;
      return {
        metricCode: code,
        scope: metric?.measureUnit ? ('unit' as const) : ('province' as const),
        titleVi: metric?.titleVi ?? code,
        titleEn: metric?.titleEn ?? code,
        percent: value?.percent ?? null,
        numerator: value?.numerator ?? null,
        denominator: value?.denominator ?? null,
        asOf: value?.asOf ?? null,
      };
    }),
  );
  const percentOf = new Map(measured.map((m) => [m.metricCode, m.percent]));
  const suggestionOf = (code: string) => {
    const leaf = leaves.get(code);
    const percent = leaf?.metricCode ? percentOf.get(leaf.metricCode) : null;
    return leaf && percent !== null && percent !== undefined ? suggestedPoints(leaf, percent) : null;
  };
  return {
    round: {
      id: round.id,
      year: round.year,
      group: round.groupCode as SheetDto['round']['group'],
      title: round.title,
      stage: stageOf(round, todayOf(deps)),
      entryOpensOn: round.entryOpensOn,
      entryClosesOn: round.entryClosesOn,
      publishedAt: round.publishedAt?.toISOString() ?? null,
      unitCount: allUnits.length,
      treeMax: final.treeMax,
      version: round.rowVersion,
    },
    unit: { id: unitId, code: unit?.code ?? '', name: unit?.name ?? unitId },
    submittedAt: member.submittedAt?.toISOString() ?? null,
    criteria: criteriaDto(tree),
    scores: [...leaves.keys()].map((code) => {
      const row = byCode.get(code);
      return {
        code,
        selfScore: points(row?.selfHundredths ?? null),
        notApplicable: row?.notApplicable ?? false,
        explanation: row?.explanation ?? null,
        evidenceLocation: row?.evidenceLocation ?? null,
        evidence: evidence
          .filter((e) => e.code === code)
          .map((e) => ({
            id: e.id,
            fileName: e.fileName,
            contentType: e.contentType,
            size: e.size,
            uploadedAt: e.uploadedAt.toISOString(),
            uploadedBy: e.uploadedBy,
          })),
        councilScore: points(row?.councilHundredths ?? null),
        councilComment: row?.councilComment ?? null,
        councilBy: row?.councilBy ?? null,
        returnedAt: row?.returnedAt?.toISOString() ?? null,
        returnNote: row?.returnNote ?? null,
        answeredAt: row?.answeredAt?.toISOString() ?? null,
        surveyScore: points(row?.surveyHundredths ?? null),
        suggestedScore: suggestionOf(code),
        version: row?.rowVersion ?? 0,
      };
    }),
    measured,
    totals: {
      self: self.total,
      final: round.publishedAt !== null && result ? result.total : final.total,
      treeMax: final.treeMax,
      maxApplicable: final.maxApplicable,
      byArea: final.byArea.map((a) => ({ ...a })),
    },
    band: result?.band ?? classify(final.total, round.bands as never),
    maySelfScore: permissions.selfScore,
    maySubmit: permissions.submit,
    mayAppraise: permissions.appraise,
    mayAnswer: permissions.answer,
  };
}

const STAGE_PROBLEMS = {
  published: 'par_scoring_published',
  not_open: 'par_scoring_not_open',
  window_closed: 'par_scoring_window_closed',
  submitted: 'par_scoring_submitted',
  not_submitted: 'par_scoring_not_submitted',
} as const;

/** Refuses what the caller's part or the round's stage does not allow, with the reason. */
export function assertMay(
  round: RoundRow,
  ctx: Awaited<ReturnType<typeof sheetContext>>,
  action: keyof SheetPermissions,
): void {
  if (ctx.permissions[action]) return;
  const isParty = action === 'appraise' ? ctx.party.councilMember : ctx.party.actsForUnit;
  if (!isParty) throw new AppError('forbidden', 403);
  const refusal = stageRefusal(ctx.stage, ctx.member.submittedAt !== null, action);
  throw new AppError(refusal ? STAGE_PROBLEMS[refusal] : 'forbidden', refusal ? 409 : 403, {
    opens: vietnameseDay(round.entryOpensOn),
    closes: vietnameseDay(round.entryClosesOn),
  });
}

/** Evidence changes with a self-score the unit may still write, or with its answer to a return. */
export function assertMayChangeEvidence(
  round: RoundRow,
  ctx: Awaited<ReturnType<typeof sheetContext>>,
  row: ScoreRow | undefined,
): void {
  if (ctx.permissions.selfScore) return;
  const answering = ctx.permissions.answer && row?.returnedAt && !row.answeredAt;
  if (!answering) assertMay(round, ctx, 'selfScore');
}

/** The field a scoring problem is about, for the form to show it there. */
const PROBLEM_FIELD: Partial<Record<ScoringProblem['code'], string>> = {
  explanation_required: 'body.explanation',
  comment_required: 'body.comment',
};

function scoreProblem(problem: ScoringProblem): AppError {
  return new AppError('par_score_invalid', 422, { reasonVi: problem.vi, reasonEn: problem.en }, [
    { path: PROBLEM_FIELD[problem.code] ?? 'body.score', message: problem.en, code: problem.code },
  ]);
}

/** 09:26 08/12/2026: as Vietnamese write a time and day, in either language. */
function timeAndDate(at: number): string {
  const [date = '', time = ''] = formatLocalDateTime(at).split(' ');
  return `${time} ${vietnameseDay(date)}`;
}

/** 409 naming who changed the criterion last and what it now holds, so nothing is overwritten blind. */
function scoreChanged(code: string, row: ScoreRow | undefined): AppError {
  const show = (h: number | null, locale: 'vi' | 'en') => (h === null ? '—' : formatPoints(h, locale));
  return new AppError('par_score_changed', 409, {
    code,
    by: row?.updatedBy ?? '—',
    at: row ? timeAndDate(row.updatedAt.getTime()) : '—',
    self: show(row?.selfHundredths ?? null, 'vi'),
    selfEn: show(row?.selfHundredths ?? null, 'en'),
    council: show(row?.councilHundredths ?? null, 'vi'),
    councilEn: show(row?.councilHundredths ?? null, 'en'),
  });
}

interface ScoreCommand {
  readonly roundId: string;
  readonly unitId: string;
  readonly code: string;
  readonly version: number;
  /** What the write is; evidence goes with a self-score, or with the answer to a return. */
  readonly action: keyof SheetPermissions | 'evidence';
}

type ScorePatch = Partial<Omit<typeof parScores.$inferInsert, 'roundId' | 'unitId' | 'code' | 'rowVersion'>>;

/**
 * One write on one leaf of a unit's sheet, in one transaction: the round is read under a share
 * lock (publication waits), the caller's part and the stage are checked, the version read must
 * still be the row's (0: never written), and the row is written with the next version.
 */
async function runScoreCommand(
  deps: AppDeps,
  auth: AuthContext,
  command: ScoreCommand,
  decide: (ctx: {
    tx: DbOrTx;
    leaf: CriterionNode;
    row: ScoreRow | undefined;
    now: Date;
  }) => Promise<ScorePatch> | ScorePatch,
) {
  return deps.db.transaction(async (tx) => {
    const round = await findRound(tx, deps.config.PROVINCE_CODE, command.roundId, 'share');
    const ctx = await sheetContext(deps, tx, auth, round, command.unitId);
    const leaf = flattenCriteria(criteriaOf(round)).leaves.get(command.code);
    if (!leaf) throw new AppError('par_scoring_unknown_criterion', 404, { code: command.code });
    const row = await scoreRow(tx, command.roundId, command.unitId, command.code);
    if (command.action !== 'evidence') assertMay(round, ctx, command.action);
    else assertMayChangeEvidence(round, ctx, row);
    if ((row?.rowVersion ?? 0) !== command.version) throw scoreChanged(command.code, row);
    const now = deps.clock.now();
    const patch = await decide({ tx, leaf, row, now });
    const stamp = { updatedAt: now, updatedBy: auth.fullName };
    const written = row
      ? await tx
          .update(parScores)
          .set({ ...patch, ...stamp, rowVersion: sql`${parScores.rowVersion} + 1` })
          .where(
            and(
              eq(parScores.roundId, command.roundId),
              eq(parScores.unitId, command.unitId),
              eq(parScores.code, command.code),
              eq(parScores.rowVersion, command.version),
            ),
          )
          .returning({ version: parScores.rowVersion })
      : await tx
          .insert(parScores)
          .values({
            roundId: command.roundId,
            unitId: command.unitId,
            code: command.code,
            notApplicable: false,
            ...patch,
            ...stamp,
            rowVersion: 1,
          })
          .onConflictDoNothing()
          .returning({ version: parScores.rowVersion });
    const version = written[0]?.version;
    // Another writer got in between the read and the write: their change stands, ours is refused.
    if (version === undefined)
      throw scoreChanged(
        command.code,
        await scoreRow(deps.db, command.roundId, command.unitId, command.code),
      );
    return { code: command.code, version };
  });
}

export async function evidenceCount(tx: DbOrTx, roundId: string, unitId: string, code: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(parScoreEvidence)
    .where(
      and(
        eq(parScoreEvidence.roundId, roundId),
        eq(parScoreEvidence.unitId, unitId),
        eq(parScoreEvidence.code, code),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * What backs a self-score besides an explanation: its files, a place in a document, or — on a leaf
 * the system measures — the system's own figure.
 */
export function evidenceBacking(leaf: CriterionNode, files: number, location: string | null): number {
  return files + (location ? 1 : 0) + (leaf.metricCode ? 1 : 0);
}

const hundredths = (score: number) => toHundredths(score) ?? Math.round(score * 100);

export function writeSelfScore(
  deps: AppDeps,
  auth: AuthContext,
  target: { roundId: string; unitId: string; code: string },
  input: z.infer<typeof ZSelfScoreRequest>,
) {
  return runScoreCommand(
    deps,
    auth,
    { ...target, version: input.version, action: 'selfScore' },
    async ({ tx, leaf }) => {
      if (input.notApplicable) {
        // Not applicable to the unit (e.g. no procedures of its own): the reason is the explanation.
        if (!input.explanation)
          throw scoreProblem({
            code: 'explanation_required',
            vi: `Tiêu chí ${leaf.code} không áp dụng: cần nêu lý do`,
            en: `Criterion ${leaf.code} does not apply: give the reason`,
          } as ScoringProblem);
        return {
          selfHundredths: null,
          notApplicable: true,
          explanation: input.explanation,
          evidenceLocation: input.evidenceLocation,
        };
      }
      if (input.score !== null) {
        const count = await evidenceCount(tx, target.roundId, target.unitId, target.code);
        const located = evidenceBacking(leaf, count, input.evidenceLocation);
        const problem = checkSelfScore(leaf, input.score, located, input.explanation);
        if (problem) throw scoreProblem(problem);
      }
      return {
        selfHundredths: input.score === null ? null : hundredths(input.score),
        notApplicable: false,
        explanation: input.explanation,
        evidenceLocation: input.evidenceLocation,
      };
    },
  );
}

export function writeAppraisal(
  deps: AppDeps,
  auth: AuthContext,
  target: { roundId: string; unitId: string; code: string },
  input: z.infer<typeof ZAppraisalRequest>,
) {
  return runScoreCommand(
    deps,
    auth,
    { ...target, version: input.version, action: 'appraise' },
    ({ leaf, row }) => {
      const problem = checkCouncilScore(
        leaf,
        input.score,
        points(row?.selfHundredths ?? null),
        input.comment,
      );
      if (problem) throw scoreProblem(problem);
      // Scoring a leaf the unit called not applicable means the council holds that it applies.
      return {
        councilHundredths: hundredths(input.score),
        councilComment: input.comment,
        councilBy: auth.fullName,
        notApplicable: false,
      };
    },
  );
}

export function returnForExplanation(
  deps: AppDeps,
  auth: AuthContext,
  target: { roundId: string; unitId: string; code: string },
  input: z.infer<typeof ZReturnRequest>,
) {
  return runScoreCommand(
    deps,
    auth,
    { ...target, version: input.version, action: 'appraise' },
    ({ row, now }) => {
      if (row?.returnedAt) throw new AppError('par_score_already_returned', 409, { code: target.code });
      return { returnedAt: now, returnNote: input.note, councilBy: auth.fullName };
    },
  );
}

export function answerReturn(
  deps: AppDeps,
  auth: AuthContext,
  target: { roundId: string; unitId: string; code: string },
  input: z.infer<typeof ZAnswerRequest>,
) {
  return runScoreCommand(
    deps,
    auth,
    { ...target, version: input.version, action: 'answer' },
    ({ row, now }) => {
      if (!row?.returnedAt || row.answeredAt)
        throw new AppError('par_score_not_returned', 409, { code: target.code });
      return {
        explanation: input.explanation,
        evidenceLocation: input.evidenceLocation ?? row.evidenceLocation,
        answeredAt: now,
      };
    },
  );
}

/** Evidence goes with a self-score in the window, or with the answer to a return. */
export function attachEvidence(
  deps: AppDeps,
  auth: AuthContext,
  target: { roundId: string; unitId: string; code: string },
  input: { version: number; fileName: string; contentType: string; bytes: Buffer },
) {
  const actual = evidenceContentTypeOf(input.bytes);
  if (actual === null || input.bytes.length === 0 || actual !== input.contentType)
    throw new AppError('par_scoring_evidence_invalid', 415, { types: 'PDF, DOCX, XLSX, PNG, JPEG' });
  if (input.bytes.length > EVIDENCE_MAX_BYTES) throw new AppError('body_too_large', 413);
  return runScoreCommand(
    deps,
    auth,
    { ...target, version: input.version, action: 'evidence' },
    async ({ tx, now }) => {
      await tx.insert(parScoreEvidence).values({
        id: uuidv7(deps.clock),
        roundId: target.roundId,
        unitId: target.unitId,
        code: target.code,
        fileName: input.fileName,
        contentType: actual,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        bytes: input.bytes,
        uploadedAt: now,
        uploadedBy: auth.fullName,
      });
      return {};
    },
  );
}

export async function evidenceDownload(deps: AppDeps, auth: AuthContext, fileId: string) {
  const file = await evidenceFile(deps.db, fileId);
  if (!file) throw notFound();
  const round = await findRound(deps.db, deps.config.PROVINCE_CODE, file.roundId);
  await sheetContext(deps, deps.db, auth, round, file.unitId);
  return { fileName: file.fileName, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}

/** The unit sends its self-assessment to the council, once; its self-scores are fixed from then. */
export async function submitSheet(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
  unitId: string,
  meta: CommandMeta,
) {
  await deps.db.transaction(async (tx) => {
    const round = await findRound(tx, deps.config.PROVINCE_CODE, roundId, 'share');
    const ctx = await sheetContext(deps, tx, auth, round, unitId);
    assertMay(round, ctx, 'submit');
    const now = deps.clock.now();
    const done = await tx
      .update(parScoringUnits)
      .set({ submittedAt: now, submittedBy: auth.fullName })
      .where(
        and(
          eq(parScoringUnits.roundId, roundId),
          eq(parScoringUnits.unitId, unitId),
          isNull(parScoringUnits.submittedAt),
        ),
      )
      .returning({ unitId: parScoringUnits.unitId });
    if (done.length === 0) throw new AppError('par_scoring_submitted', 409);
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId,
      action: 'par.scoring.submit',
      targetType: 'par_scoring_round',
      targetId: roundId,
      ip: meta.ip,
      details: {},
    });
  });
  return scoreSheet(deps, auth, roundId, unitId);
}

/** A survey sheet's rows: unit code, criterion code, score; numbered from the header (row 1). */
export interface SurveyRow {
  readonly row: number;
  readonly unitCode: string;
  readonly code: string;
  readonly score: string;
}

/**
 * Imports the sociological survey's scores (điều tra xã hội học) onto the survey leaves: every row
 * checked (unit in the round, a survey leaf, a score in range), then all written or none.
 */
export async function importSurvey(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
  table: readonly string[][],
  meta: CommandMeta,
) {
  return deps.db.transaction(async (tx) => {
    const round = await lockForChange(deps, tx, auth, roundId);
    const { leaves } = flattenCriteria(criteriaOf(round));
    const members = new Set((await unitsOfRound(tx, roundId)).map((u) => u.unitId));
    const [header = [], ...body] = table;
    const columns = header.map((h) => h.trim().toLowerCase());
    const at = (name: string) => columns.indexOf(name);
    const missing = ['unit_code', 'criterion', 'score'].filter((c) => at(c) < 0);
    const errors: { path: string; message: string; code: string }[] = [];
    if (missing.length > 0)
      errors.push({
        path: 'row 1',
        message: `missing columns: ${missing.join(', ')}`,
        code: 'missing_columns',
      });
    const writes: { unitId: string; code: string; hundredths: number }[] = [];
    const seen = new Set<string>();
    if (missing.length === 0) {
      for (const [index, cells] of body.entries()) {
        const row = index + 2;
        const cell = (name: string) => (cells[at(name)] ?? '').trim();
        if (cells.every((c) => c.trim() === '')) continue;
        const fail = (message: string, column = 'score') =>
          errors.push({ path: `row ${row}: ${column}`, message, code: 'invalid_row' });
        const unit = await unitSummaryByCode(tx, deps.config.PROVINCE_CODE, cell('unit_code'));
        if (!unit || !members.has(unit.id)) {
          fail(
            meta.lang === 'vi'
              ? `Đơn vị "${cell('unit_code')}" không thuộc đợt chấm điểm`
              : `Unit "${cell('unit_code')}" is not in the round`,
            'unit_code',
          );
          continue;
        }
        const leaf = leaves.get(cell('criterion'));
        if (!leaf) {
          fail(
            meta.lang === 'vi'
              ? `Không có tiêu chí "${cell('criterion')}"`
              : `No criterion "${cell('criterion')}"`,
            'criterion',
          );
          continue;
        }
        const score = Number(cell('score').replace(',', '.'));
        const problem = cell('score') === '' ? null : checkSurveyScore(leaf, score);
        if (cell('score') === '' || problem) {
          fail(
            problem
              ? meta.lang === 'vi'
                ? problem.vi
                : problem.en
              : meta.lang === 'vi'
                ? 'Thiếu điểm'
                : 'No score',
            problem && problem.code.endsWith('leaf') ? 'criterion' : 'score',
          );
          continue;
        }
        const key = `${unit.id}:${leaf.code}`;
        if (seen.has(key)) {
          fail(
            meta.lang === 'vi' ? 'Dòng trùng đơn vị và tiêu chí' : 'Repeats a unit and criterion',
            'criterion',
          );
          continue;
        }
        seen.add(key);
        writes.push({ unitId: unit.id, code: leaf.code, hundredths: hundredths(score) });
      }
    }
    if (errors.length > 0)
      throw new AppError('import_invalid', 422, { count: new Set(errors.map((e) => e.path)).size }, errors);
    const now = deps.clock.now();
    for (const w of writes) {
      await tx
        .insert(parScores)
        .values({
          roundId,
          unitId: w.unitId,
          code: w.code,
          notApplicable: false,
          surveyHundredths: w.hundredths,
          updatedAt: now,
          updatedBy: auth.fullName,
          rowVersion: 1,
        })
        .onConflictDoUpdate({
          target: [parScores.roundId, parScores.unitId, parScores.code],
          set: {
            surveyHundredths: w.hundredths,
            updatedAt: now,
            updatedBy: auth.fullName,
            rowVersion: sql`${parScores.rowVersion} + 1`,
          },
        });
    }
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: null,
      action: 'par.scoring.survey',
      targetType: 'par_scoring_round',
      targetId: roundId,
      ip: meta.ip,
      details: { rows: writes.length },
    });
    return { imported: writes.length };
  });
}
