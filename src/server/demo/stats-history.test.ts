import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardReportDto } from '../../contracts/stats';
import { parseProfile } from '../../domain/stats/profile';
import { testConfig } from '../config';
import { queryRows } from '../db/client';
import { projectAllPending } from '../modules/stats/projector';
import { standardReport } from '../modules/stats/standard-report';
import { resolveStatsScope } from '../modules/stats/stats-scope';
import { TestClock } from '../platform/clock';
import type { AppDeps } from '../platform/http';
import { openTestDatabase } from '../testing/test-db';
import { loadDemo } from './load';
import {
  checkProfileRows,
  generateDossiersFromProfile,
  loadSmallStatsHistory,
  ProfileRejected,
  readProfile,
  SMALL_PROFILE_PATH,
} from './stats-history';

/**
 * The demo generator's promise: the standard report of each profile row's dates reports exactly
 * the row's figures, for every class of dossier (early or on time, late, still open in time,
 * still open overdue at the end of the period), at every level of its time.
 */
const PROFILE = `level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue
province,2024-04-01,2024-06-30,57,3,4,2
district,2024-04-01,2024-06-30,41,5,3,1
commune,2024-04-01,2024-06-30,90,7,0,3
province,2025-10-01,2025-12-31,33,1,2,2
commune,2025-10-01,2025-12-31,48,2,5,0
`;

let deps: AppDeps;

const dossierCount = async () =>
  (await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from dossiers`))[0]?.n ?? 0;

async function reportByLevel(from: string, to: string): Promise<StandardReportDto> {
  const scope = await resolveStatsScope(
    deps.db,
    deps.config.PROVINCE_CODE,
    null,
    { from, to },
    deps.clock.now(),
  );
  return standardReport(deps.db, deps.config, scope, 'level');
}

beforeAll(async () => {
  const database = await openTestDatabase();
  const clock = new TestClock('2026-11-23T02:00:00Z');
  deps = { database, db: database.db, clock, config: testConfig() };
  await loadDemo(deps);
});
afterAll(() => deps.database.close());

describe('a profile written as dossiers', () => {
  it('reports exactly its figures, row by row, once the projector has folded the events', async () => {
    const rows = readProfile(PROFILE);
    const before = await dossierCount();
    const result = await generateDossiersFromProfile(deps, rows, { seed: 7, batchSize: 97 });
    const planned = rows.reduce(
      (n, r) => n + r.resolvedOnTime + r.resolvedLate + r.inProgressInTime + r.inProgressOverdue,
      0,
    );
    expect(result.dossiers).toBe(planned);
    expect(await dossierCount()).toBe(before + planned);
    await projectAllPending(deps, { limit: 1_000 });

    for (const row of rows) {
      // Dossiers still open at the end of an earlier row of the level stay open: carried over, overdue.
      const carried = rows
        .filter((r) => r.level === row.level && r.to < row.from)
        .reduce((n, r) => n + r.inProgressInTime + r.inProgressOverdue, 0);
      const report = await reportByLevel(row.from, row.to);
      const level = report.rows.find((r) => r.key === row.level);
      expect(level, `${row.level} ${row.from}`).toBeDefined();
      const f = level?.figures;
      expect({
        onTime: (f?.resolvedEarly ?? 0) + (f?.resolvedOnTime ?? 0),
        late: f?.resolvedLate,
        inTime: f?.inProgressInTime,
        overdue: f?.inProgressOverdue,
        received: f?.received,
        carriedOver: f?.carriedOver,
      }).toEqual({
        onTime: row.resolvedOnTime,
        late: row.resolvedLate,
        inTime: row.inProgressInTime,
        overdue: row.inProgressOverdue + carried,
        received: row.resolvedOnTime + row.resolvedLate + row.inProgressInTime + row.inProgressOverdue,
        carriedOver: carried,
      });
      // Early and on time both occur, as in the provinces' reports.
      if (row.resolvedOnTime >= 20) {
        expect(f?.resolvedEarly).toBeGreaterThan(0);
        expect(f?.resolvedOnTime).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a profile the province cannot take, naming each row, and writes nothing', async () => {
    const text = `level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue
province,1999-01-01,1999-03-31,5,0,0,0
district,2025-08-01,2025-08-31,5,0,0,0
county,2024-01-01,2024-01-31,5,0,0,0
commune,2026-11-01,2026-12-31,5,0,0,0
commune,2024-04-15,2024-05-15,5,0,0,0
`;
    const { rows, problems } = parseProfile(text);
    expect(problems).toEqual([]);
    const found = await checkProfileRows(deps, rows);
    const rowsAtFault = [...new Set(found.map((p) => p.row))];
    // 1999 is before the working calendar, the districts ended on 30/6/2025, "county" is no level,
    // November–December 2026 has not ended; row 6 is fine on its own (another run's days may overlap).
    expect(rowsAtFault).toEqual([2, 3, 4, 5]);
    expect(found.find((p) => p.row === 3)?.message).toMatch(/district/);
    expect(found.find((p) => p.row === 4)?.message).toMatch(/county/);
    const before = await dossierCount();
    await expect(generateDossiersFromProfile(deps, rows)).rejects.toBeInstanceOf(ProfileRejected);
    expect(await dossierCount()).toBe(before);
  });

  it('refuses two rows of one level over the same days', async () => {
    const { rows } =
      parseProfile(`level,from,to,resolved_on_time,resolved_late,in_progress_in_time,in_progress_overdue
commune,2024-01-01,2024-03-31,5,0,0,0
commune,2024-03-01,2024-04-30,5,0,0,0
`);
    const found = await checkProfileRows(deps, rows);
    expect(found.map((p) => p.row)).toEqual([3]);
    expect(found[0]?.message).toMatch(/overlap row 2/);
  });
});

describe('the everyday demo history', () => {
  it('loads the small profile and its figures are in the statistics at once', async () => {
    const rows = readProfile((await import('node:fs')).readFileSync(SMALL_PROFILE_PATH, 'utf8'));
    const database = await openTestDatabase();
    const own: AppDeps = {
      database,
      db: database.db,
      clock: new TestClock('2026-11-23T02:00:00Z'),
      config: testConfig(),
    };
    try {
      await loadDemo(own);
      const result = await loadSmallStatsHistory(own);
      expect(result.dossiers).toBe(
        rows.reduce(
          (n, r) => n + r.resolvedOnTime + r.resolvedLate + r.inProgressInTime + r.inProgressOverdue,
          0,
        ),
      );
      const pending = await queryRows<{ n: number }>(
        own.db,
        sql`select count(*)::int as n from stats_pending`,
      );
      expect(pending[0]?.n).toBe(0);
      const first = rows[0];
      if (!first) throw new Error('the small profile has no rows');
      const scope = await resolveStatsScope(own.db, own.config.PROVINCE_CODE, null, first, own.clock.now());
      const report = await standardReport(own.db, own.config, scope, 'level');
      const level = report.rows.find((r) => r.key === first.level);
      expect((level?.figures.resolvedEarly ?? 0) + (level?.figures.resolvedOnTime ?? 0)).toBe(
        first.resolvedOnTime,
      );
      expect(level?.figures.resolvedLate).toBe(first.resolvedLate);
    } finally {
      await database.close();
    }
  }, 120_000);
});
