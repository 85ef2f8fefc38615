import { and, eq } from 'drizzle-orm';
import { localDateOf } from '../../domain/calendar/local-time';
import type { CriterionNode } from '../../domain/par/scoring';
import { toHundredths } from '../../domain/par/scoring';
import type { DbOrTx } from '../db/client';
import { parScores, parScoringRounds, parScoringUnits } from '../db/schema-par';
import { unitSummariesOf } from '../modules/organisation/unit-tree';
import { criteriaOf, findRound, flattenCriteria, unitsOfRound } from '../modules/par/scoring-repo';
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
 * PAR-index scoring in the demo: last year's round of the departments published (every unit
 * appraised, the survey imported), and this year's open for self-assessment around today with
 * units at every stage — Sở Tư pháp (S03) not started, so a visitor can score it.
 */
export async function loadDemoScoring(deps: AppDeps, officer: AuthContext): Promise<void> {
  const now = deps.clock.now().getTime();
  const year = Number(localDateOf(now).slice(0, 4));
  const random = new SeededRandom(766);

  const last = await createRound(
    deps,
    officer,
    {
      year: year - 1,
      group: 'department',
      title: `Chỉ số CCHC năm ${year - 1} — sở, ban, ngành`,
      template: 'department',
      entryOpensOn: localDateOf(now - 330 * DAY_MS),
      entryClosesOn: localDateOf(now - 300 * DAY_MS),
    },
    meta,
  );
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
  for (const round of [last, current])
    for (const u of round.units)
      await setCouncil(deps, officer, round.id, { unitId: u.unit.id, userIds: [officer.userId] }, meta);

  const lastRound = await findRound(deps.db, deps.config.PROVINCE_CODE, last.id);
  const leaves = [...flattenCriteria(criteriaOf(lastRound)).leaves.values()];
  const lastUnits = await unitsOfRound(deps.db, last.id);
  const names = await unitSummariesOf(
    deps.db,
    lastUnits.map((u) => u.unitId),
  );
  const byCode = [...lastUnits].sort((a, b) =>
    (names.get(a.unitId)?.code ?? '').localeCompare(names.get(b.unitId)?.code ?? ''),
  );
  await deps.db.transaction(async (tx) => {
    const at = new Date(now - 305 * DAY_MS);
    for (const [i, u] of byCode.entries()) {
      const level = LAST_YEAR_LEVELS[i % LAST_YEAR_LEVELS.length] ?? 0.9;
      await writeScores(
        tx,
        last.id,
        u.unitId,
        leaves,
        level,
        random,
        { self: true, council: 'all', survey: true },
        at,
      );
      await tx
        .update(parScoringUnits)
        .set({ submittedAt: at, submittedBy: 'Cán bộ đầu mối CCHC' })
        .where(and(eq(parScoringUnits.roundId, last.id), eq(parScoringUnits.unitId, u.unitId)));
    }
  });
  const published = await publishRound(deps, officer, last.id, lastRound.rowVersion, meta);
  await deps.db
    .update(parScoringRounds)
    .set({ publishedAt: new Date(now - 260 * DAY_MS) })
    .where(eq(parScoringRounds.id, published.id));

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
