import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import type { Database } from '../db/client';
import { loadFormTemplate } from '../modules/catalog/form-templates';
import { procedureDetail, searchProcedures } from '../modules/catalog/service';
import { TestClock } from '../platform/clock';
import { readFirstSheet } from '../platform/spreadsheet';
import { openTestDatabase } from '../testing/test-db';
import { loadDemoDossiers } from './dossiers';
import { loadDemo } from './load';

let database: Database;
const config = testConfig();
let result: Awaited<ReturnType<typeof loadDemo>>;
let dossiersMade = 0;
/** The local day of the test clock: the catalog as in force that day. */
const TODAY = '2026-11-23';

beforeAll(async () => {
  database = await openTestDatabase();
  const clock = new TestClock('2026-11-23T02:00:00Z');
  result = await loadDemo({ db: database.db, clock, config });
  dossiersMade = await loadDemoDossiers({ database, db: database.db, clock, config });
});
afterAll(() => database.close());

const count = async (table: string) =>
  Number(
    (
      (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n,
  );

const sumOfVersions = async () =>
  (
    (await database.db.execute(sql.raw('select sum(row_version)::int as n from dossiers'))) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]?.n;

describe('the demo province', () => {
  it('loads the 2024 structure, the 2025 reorganisation, the accounts and about 2,000 procedures', async () => {
    expect(result.procedures).toBe(2000);
    expect(await count('procedures')).toBe(2000);
    expect(await count("procedure_versions where status = 'published'")).toBe(2000);
    expect(await count('units')).toBe(result.units);
    expect(result.units).toBeGreaterThan(300);
  });

  it('serves the catalog search over it', async () => {
    const found = await searchProcedures(
      database.db,
      config.PROVINCE_CODE,
      {
        q: 'cap giay phep xay dung',
        limit: 5,
        offset: 0,
      },
      TODAY,
    );
    expect(found.items[0]?.name).toMatch(/^Cấp giấy phép xây dựng/);
    // Commune procedures are implemented by every commune of the two-level province.
    const communes = await count("units where kind = 'commune' and valid_to is null");
    const [khaiSinh] = (
      await searchProcedures(
        database.db,
        config.PROVINCE_CODE,
        {
          q: 'dang ky khai sinh',
          limit: 1,
          offset: 0,
        },
        TODAY,
      )
    ).items;
    const links = await count(
      `procedure_units where role = 'competent' and procedure_id = '${khaiSinh?.id}'`,
    );
    expect(links).toBe(communes);
  });

  it('links its form documents to real spreadsheets', async () => {
    const { items } = await searchProcedures(
      database.db,
      config.PROVINCE_CODE,
      {
        q: 'to khai theo mau',
        limit: 1,
        offset: 0,
      },
      TODAY,
    );
    const detail = await procedureDetail(database.db, config.PROVINCE_CODE, items[0]?.id ?? '', TODAY);
    const form = detail.documents.find((d) => d.name === 'Tờ khai theo mẫu');
    const id = form?.templateUrl?.split('/').pop() ?? '';
    const file = await loadFormTemplate(database.db, config.PROVINCE_CODE, id);
    const sheet = await readFirstSheet(file.bytes);
    expect(sheet.flat()).toContain('TỜ KHAI');
    expect(file.fileName).toBe('Tờ khai (mẫu minh họa).xlsx');
  });

  it('fills the demo accounts’ work: dossiers with the officer, the approver, to return, late with an apology, online to review', async () => {
    expect(dossiersMade).toBe(20);
    expect(await count('dossiers')).toBe(20);
    expect(await count("dossiers where state = 'processing'")).toBeGreaterThan(5);
    expect(await count("dossiers where state = 'resolved'")).toBeGreaterThan(0);
    expect(await count("dossiers where state = 'returned'")).toBeGreaterThan(0);
    expect(await count("dossiers where state = 'submitted'")).toBe(2);
    expect(await count("dossiers where apology is not null and completion = 'late'")).toBeGreaterThan(0);
    expect(await count("dossiers where completion = 'late' and state = 'returned' and apology is null")).toBe(
      0,
    );
    // Every row is the fold of its events.
    expect(await count('dossier_events')).toBe(Number(await sumOfVersions()));
  });
});
