import { and, eq } from 'drizzle-orm';
import { localDateOf } from '../../domain/calendar/local-time';
import type { CriterionNode } from '../../domain/par/scoring';
import { toHundredths } from '../../domain/par/scoring';
import type { DbOrTx } from '../db/client';
import { parScores, parScoringRounds, parScoringUnits } from '../db/schema-par';
import { criteriaOf, findRound, flattenCriteria } from '../modules/par/scoring-repo';
import { createRound, publishRound, setCouncil } from '../modules/par/scoring-rounds';
import type { AuthContext } from '../platform/access';
import type { AppDeps } from '../platform/http';
import { SeededRandom } from './names';

const DAY_MS = 86_400_000;
const meta = { ip: '127.0.0.1', lang: 'vi' as const };

/**
 * How well each department did last year, in the order of their codes: the share of each leaf's
 * points the council gave. Most are excellent or good and one fair, like the province's own
 * results (seed 000: 11/19 Xuất sắc, 7 Tốt, 1 Khá).
 */
const LAST_YEAR_LEVELS = [
  0.95, 0.93, 0.9, 0.86, 0.94, 0.92, 0.84, 0.91, 0.83, 0.96, 0.88, 0.92, 0.85, 0.94, 0.76, 0.91, 0.87, 0.93,
  0.82, 0.9, 0.89, 0.92,
];

/**
 * How well each commune did last year, in the order of their codes: mostly good or fair with a few
 * excellent and two average, like the districts' results (seed 000: 5/10 Tốt, 5/10 Khá).
 */
const LAST_YEAR_COMMUNE_LEVELS = [
  0.84, 0.76, 0.92, 0.81, 0.73, 0.87, 0.78, 0.71, 0.85, 0.66, 0.82, 0.75, 0.94, 0.79, 0.72, 0.86, 0.77, 0.83,
  0.74, 0.91, 0.8, 0.7, 0.88, 0.63,
];

/** Points of a leaf at about `level` of its maximum, in quarter points, never above the maximum. */
function pointsAt(leaf: CriterionNode, level: number, random: SeededRandom): number {
  const max = toHundredths(leaf.maxPoints) ?? 0;
  const jitter = 1 + (random.next() - 0.5) * 0.2;
  const quarters = Math.round((max * Math.min(1, level * jitter)) / 25);
  return Math.min(max, quarters * 25);
}

async function writeScores(
  tx: DbOrTx,
  roundId: string,
  unitId: string,
  leaves: readonly CriterionNode[],
  level: number,
  random: SeededRandom,
  what: { self: boolean; council: 'all' | 'some' | 'none'; survey: boolean },
  at: Date,
) {
  const rows = leaves.flatMap((leaf, index) => {
    const council = pointsAt(leaf, level, random);
    // Units claim a little more than the council grants on some criteria.
    const self = Math.min(toHundredths(leaf.maxPoints) ?? 0, council + (random.int(3) === 0 ? 50 : 0));
    const survey = leaf.kind === 'survey';
    if (survey && !what.survey) return [];
    if (!survey && !what.self) return [];
    const appraised = !survey && (what.council === 'all' || (what.council === 'some' && index % 3 === 0));
    return [
      {
        roundId,
        unitId,
        code: leaf.code,
        selfHundredths: survey ? null : self,
        notApplicable: false,
        evidenceLocation: survey ? null : `Tài liệu kiểm chứng số ${index + 1}, trang ${1 + random.int(12)}`,
        councilHundredths: appraised ? council : null,
        councilComment:
          appraised && council !== self ? 'Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả.' : null,
        councilBy: appraised ? 'Hội đồng thẩm định Chỉ số CCHC tỉnh' : null,
        surveyHundredths: survey ? council : null,
        updatedAt: at,
        updatedBy: 'Cán bộ đầu mối CCHC',
        rowVersion: 1,
      },
    ];
  });
  if (rows.length > 0) await tx.insert(parScores).values(rows);
}

/**
 * Last year's round of a group, published: every unit self-scored at about its level, appraised by
 * the council (the PAR officer), the survey imported, then published some 260 days ago.
 */
async function publishedLastYear(
  deps: AppDeps,
  officer: AuthContext,
  group: 'department' | 'commune',
  levels: readonly number[],
  random: SeededRandom,
) {
  const now = deps.clock.now().getTime();
  const year = Number(localDateOf(now).slice(0, 4)) - 1;
  const groupName = group === 'department' ? 'sở, ban, ngành' : 'xã, phường';
  const round = await createRound(
    deps,
    officer,
    {
      year,
      group,
      title: `Chỉ số CCHC năm ${year} — ${groupName}`,
      template: group,
      entryOpensOn: localDateOf(now - 330 * DAY_MS),
      entryClosesOn: localDateOf(now - 300 * DAY_MS),
    },
    meta,
  );
  await seatCouncil(deps, officer, round);
  const row = await findRound(deps.db, deps.config.PROVINCE_CODE, round.id);
  const leaves = [...flattenCriteria(criteriaOf(row)).leaves.values()];
  const byCode = round.units.map((u) => u.unit).sort((a, b) => a.code.localeCompare(b.code));
  await deps.db.transaction(async (tx) => {
    const at = new Date(now - 305 * DAY_MS);
    for (const [i, unit] of byCode.entries()) {
      const level = levels[i % levels.length] ?? 0.9;
      const what = { self: true, council: 'all', survey: true } as const;
      await writeScores(tx, round.id, unit.id, leaves, level, random, what, at);
    }
    await tx
      .update(parScoringUnits)
      .set({ submittedAt: at, submittedBy: 'Cán bộ đầu mối CCHC' })
      .where(eq(parScoringUnits.roundId, round.id));
  });
  await publishRound(deps, officer, round.id, row.rowVersion, meta);
  await deps.db
    .update(parScoringRounds)
    .set({ publishedAt: new Date(now - 260 * DAY_MS) })
    .where(eq(parScoringRounds.id, round.id));
  return leaves;
}

/** The PAR officer sits on the council of every unit of the round. */
async function seatCouncil(
  deps: AppDeps,
  officer: AuthContext,
  round: { id: string; units: { unit: { id: string } }[] },
) {
  for (const u of round.units)
    await setCouncil(deps, officer, round.id, { unitId: u.unit.id, userIds: [officer.userId] }, meta);
}

/**
 * PAR-index scoring in the demo: last year's rounds of the departments and of the communes
 * published (every unit appraised, the survey imported), and this year's round of the departments
 * open for self-assessment around today with units at every stage — Sở Tư pháp (S03) not started,
 * so a visitor can score it.
 */
export async function loadDemoScoring(deps: AppDeps, officer: AuthContext): Promise<void> {
  const now = deps.clock.now().getTime();
  const year = Number(localDateOf(now).slice(0, 4));
  const random = new SeededRandom(766);

  const leaves = await publishedLastYear(deps, officer, 'department', LAST_YEAR_LEVELS, random);
  await publishedLastYear(deps, officer, 'commune', LAST_YEAR_COMMUNE_LEVELS, random);
  const current = await createRound(
    deps,
    officer,
    {
      year,
      group: 'department',
      title: `Chỉ số CCHC năm ${year} — sở, ban, ngành`,
      template: 'department',
      entryOpensOn: localDateOf(now - 7 * DAY_MS),
      entryClosesOn: localDateOf(now + 30 * DAY_MS),
    },
    meta,
  );
  await seatCouncil(deps, officer, current);

  // This year: a few departments have scored, two sent theirs and one is half appraised.
  await deps.db.transaction(async (tx) => {
    const at = new Date(now - 2 * DAY_MS);
    const currentUnits = current.units.map((u) => u.unit).sort((a, b) => a.code.localeCompare(b.code));
    for (const [i, unit] of currentUnits.entries()) {
      const n = Number(unit.code.slice(-2));
      if (n === 3 || i > 8) continue; // Sở Tư pháp and the rest have not started
      const submitted = n === 1 || n === 2;
      await writeScores(
        tx,
        current.id,
        unit.id,
        leaves,
        LAST_YEAR_LEVELS[i] ?? 0.9,
        random,
        { self: true, council: n === 1 ? 'some' : 'none', survey: false },
        at,
      );
      if (submitted)
        await tx
          .update(parScoringUnits)
          .set({ submittedAt: at, submittedBy: 'Cán bộ đầu mối CCHC' })
          .where(and(eq(parScoringUnits.roundId, current.id), eq(parScoringUnits.unitId, unit.id)));
    }
  });
}
