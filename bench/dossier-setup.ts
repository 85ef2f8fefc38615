/**
 * What the dossier benches share: a database prepared with the fixture organisation, seven more
 * communes with their desks (commune A's clerk works at all of them), and a published procedure
 * received at every desk and decided by its commune.
 */
import { sql } from 'drizzle-orm';
import type { ProcedureContent } from '../src/domain/catalog/procedure';
import { testConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { prepareDatabase } from '../src/server/db/prepare';
import { roleAssignments, units } from '../src/server/db/schema';
import { DEMO_FIELDS } from '../src/server/demo/catalog';
import { insertPublishedCatalog } from '../src/server/modules/catalog/service';
import { TestClock } from '../src/server/platform/clock';
import type { AppDeps } from '../src/server/platform/http';
import { uuidv7 } from '../src/server/platform/ids';
import { procedureContent } from '../src/server/testing/catalog-fixtures';
import { type OrgFixture, seedOrg } from '../src/server/testing/fixtures';

/** Desks (of as many communes) the clerks receive at in the spread runs. */
export const DESKS = 8;

export async function setUp(database: Database) {
  const clock = new TestClock('2026-11-25T02:00:00Z');
  const config = testConfig();
  await prepareDatabase(database, clock);
  const org = await seedOrg({ db: database.db, clock, config }, 'Bench2026!pass');
  const places = [
    { commune: org.unit.communeA, desk: org.unit.deskA },
    ...(await moreCommunes(database, config.PROVINCE_CODE, org, clock)),
  ];
  await database.db.transaction((tx) =>
    insertPublishedCatalog(tx, clock, config.PROVINCE_CODE, DEMO_FIELDS, [
      {
        code: 'BENCH.1',
        fieldCode: 'HT',
        content: procedureContent() as ProcedureContent,
        effectiveFrom: '2025-07-01',
        competentUnitIds: places.map((p) => p.commune),
        receivingUnitIds: places.map((p) => p.desk),
      },
    ]),
  );
  const [procedure] = await database.db
    .execute<{ id: string }>(sql`select id from procedures where code = 'BENCH.1'`)
    .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
  if (!procedure) throw new Error('no procedure');
  const deps: AppDeps = { database, db: database.db, clock, config };
  return { deps, org, places, procedureId: procedure.id };
}

/** A commune and its one-stop desk, where a clerk receives for it. */
export interface Place {
  readonly commune: string;
  readonly desk: string;
}

/** Seven more communes with their desks, and commune A's clerk as clerk of all of them (`DESKS`). */
async function moreCommunes(
  database: Database,
  province: string,
  org: OrgFixture,
  clock: TestClock,
): Promise<Place[]> {
  const places = Array.from({ length: DESKS - 1 }, () => ({ commune: uuidv7(clock), desk: uuidv7(clock) }));
  const now = clock.now();
  const base = {
    provinceCode: province,
    createdAt: now,
    updatedAt: now,
    validFrom: '2025-07-01',
    levelCode: 'commune',
  };
  await database.db.insert(units).values(
    places.flatMap((p, i) => [
      {
        ...base,
        id: p.commune,
        code: `P.XBENCH${i}`,
        name: `UBND xã Thử ${i}`,
        kind: 'commune',
        parentId: org.unit.province,
      },
      {
        ...base,
        id: p.desk,
        code: `P.XBENCH${i}.MC`,
        name: `Bộ phận Một cửa xã Thử ${i}`,
        kind: 'desk',
        parentId: p.commune,
      },
    ]),
  );
  const clerk = org.users['clerk.a'];
  if (!clerk) throw new Error('no clerk');
  await database.db
    .insert(roleAssignments)
    .values(places.map((p) => ({ userId: clerk.id, role: 'clerk', unitId: p.commune })));
  return places;
}

export const intake = (place: Place, procedureId: string, i: number) => ({
  procedureId,
  deskUnitId: place.desk,
  channel: 'counter' as const,
  applicant: {
    kind: 'person' as const,
    name: `Nguyễn Văn Thử ${i}`,
    personalId: '079190001234',
    organisationCode: null,
    phone: '0912345678',
    email: null,
    address: 'Thôn 1',
  },
  documents: [{ name: 'Tờ khai', originals: 1, copies: 0, provided: true }],
  notes: '',
  outcome: 'receive' as const,
  reason: '',
  otherLevelConfirmed: false,
});
