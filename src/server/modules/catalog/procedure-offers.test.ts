import { afterAll, beforeAll, expect, it } from 'vitest';
import { testConfig } from '../../config';
import type { Database } from '../../db/client';
import { loadDemo } from '../../demo/load';
import { TestClock } from '../../platform/clock';
import { openTestDatabase } from '../../testing/test-db';
import { unitSummariesOfProvince } from '../organisation/unit-tree';
import { procedureOffersDecidedBy, procedureOffersOn } from './procedure-labels';

let database: Database;
const config = testConfig();
const DAY = '2026-11-23';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo({ db: database.db, clock: new TestClock('2026-11-23T02:00:00Z'), config });
});
afterAll(() => database.close());

/** The scope's share computed the slow way: every offer, kept when one of its deciders is in scope. */
async function slowShare(unitIds: readonly string[] | null) {
  const all = await procedureOffersOn(database.db, config.PROVINCE_CODE, DAY);
  if (unitIds === null) return all.map((o) => ({ ...o, unitIds: [] }));
  const scope = new Set(unitIds);
  return all
    .map((o) => ({ ...o, unitIds: o.unitIds.filter((u) => scope.has(u)) }))
    .filter((o) => o.unitIds.length > 0);
}

const sorted = <T extends { procedureId: string; unitIds: readonly string[] }>(offers: readonly T[]) =>
  [...offers]
    .map((o) => ({ ...o, unitIds: [...o.unitIds].sort() }))
    .sort((a, b) => a.procedureId.localeCompare(b.procedureId));

it('a scope’s offers read in SQL equal every offer filtered by the scope’s units', async () => {
  const units = await unitSummariesOfProvince(database.db, config.PROVINCE_CODE);
  const commune = units.find((u) => u.kind === 'commune' && u.validTo === null);
  const deciders = new Set(
    (await procedureOffersOn(database.db, config.PROVINCE_CODE, DAY)).flatMap((o) => o.unitIds),
  );
  const department = units.find((u) => u.kind === 'department' && deciders.has(u.id));
  if (!commune || !department) throw new Error('the demo has communes and departments');
  const scopes: (readonly string[] | null)[] = [
    null,
    [],
    [commune.id],
    [department.id],
    [commune.id, department.id],
    units.map((u) => u.id),
  ];
  for (const unitIds of scopes) {
    const fast = await procedureOffersDecidedBy(database.db, config.PROVINCE_CODE, DAY, unitIds);
    expect(sorted(fast)).toEqual(sorted(await slowShare(unitIds)));
  }
  // Not vacuous: a commune decides some procedures, a department others.
  expect((await slowShare([commune.id])).length).toBeGreaterThan(0);
  expect((await slowShare([department.id])).length).toBeGreaterThan(0);
});
