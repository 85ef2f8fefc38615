import { randomUUID } from 'node:crypto';
/**
 * The statistics the export tests read (tests only): a few real dossiers handled through the API
 * in August 2026 and on 23/11/2026, and rollups at the scale of seed 001's provincial report for
 * May 2026 (department: 98.942 resolved, 98.783 in time (99,84 %), 159 late; commune: 108.509
 * resolved, 106.466 in time (98,12 %), 2.043 late), written straight into the counts.
 */
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { queryRows } from '../../../db/client';
import { act, expectDossier, intakeBody, publishDossierProcedure } from '../../../testing/dossier-fixtures';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app';
import { projectAllPending } from '../projector';

export interface ExportFixture {
  readonly t: TestApp;
  readonly leader: Session;
  /** The answer to a GET as `session`, failing loudly unless it is 200. */
  file(url: string, session?: Session): Promise<LightMyRequestResponse>;
}

interface SyntheticCounts {
  readonly unitId: string;
  readonly levelCode: string;
  readonly fieldCode: string;
  readonly channel: 'online' | 'counter' | 'postal';
  readonly counts: Readonly<Record<string, number>>;
}

/** One day's and one month's counts of a unit (the monthly tables must agree with the daily one). */
async function insertCounts(t: TestApp, day: string, c: SyntheticCounts): Promise<void> {
  const columns = Object.keys(c.counts).map((k) => `"${k}"`);
  const values = sql.join(
    Object.values(c.counts).map((v) => sql`${v}`),
    sql`, `,
  );
  const province = t.config.PROVINCE_CODE;
  const procedureId = randomUUID();
  await queryRows(
    t.database.db,
    sql`insert into stats_daily (province_code, day, unit_id, procedure_id, channel, online_level, level_code,
          field_code, ${sql.raw(columns.join(', '))})
        values (${province}, ${day}::date, ${c.unitId}::uuid, ${procedureId}::uuid, ${c.channel}, 'partial',
          ${c.levelCode}, ${c.fieldCode}, ${values})`,
  );
  await queryRows(
    t.database.db,
    sql`insert into stats_monthly_procedure (province_code, month, unit_id, procedure_id, channel, online_level,
          level_code, field_code, ${sql.raw(columns.join(', '))})
        values (${province}, ${`${day.slice(0, 7)}-01`}::date, ${c.unitId}::uuid, ${procedureId}::uuid, ${c.channel},
          'partial', ${c.levelCode}, ${c.fieldCode}, ${values})`,
  );
  await queryRows(
    t.database.db,
    sql`insert into stats_monthly (province_code, month, unit_id, channel, online_level, level_code,
          ${sql.raw(columns.join(', '))})
        values (${province}, ${`${day.slice(0, 7)}-01`}::date, ${c.unitId}::uuid, ${c.channel}, 'partial',
          ${c.levelCode}, ${values})
        on conflict on constraint stats_monthly_pk do update set
          ${sql.raw(columns.map((k) => `${k} = stats_monthly.${k} + excluded.${k}`).join(', '))}`,
  );
}

/** Seed 001's 2024 figures, as if they had been counted in May 2026. */
async function insertSeedScaleMay(t: TestApp): Promise<void> {
  const { department, communeA } = t.org.unit;
  const resolvedOnly = (early: number, onTime: number, late: number) => ({
    received: early + onTime + late,
    resolved_early: early,
    resolved_on_time: onTime,
    resolved_late: late,
  });
  const rows: SyntheticCounts[] = [
    {
      unitId: department,
      levelCode: 'province',
      fieldCode: 'DD',
      channel: 'online',
      counts: { ...resolvedOnly(40_000, 20_000, 100), apologies: 100 },
    },
    {
      unitId: department,
      levelCode: 'province',
      fieldCode: 'DD',
      channel: 'counter',
      counts: { ...resolvedOnly(30_000, 8_783, 59), apologies: 59 },
    },
    {
      unitId: communeA,
      levelCode: 'commune',
      fieldCode: 'HT',
      channel: 'counter',
      counts: { ...resolvedOnly(100_000, 6_466, 2_043), apologies: 2_043 },
    },
  ];
  for (const row of rows) await insertCounts(t, '2026-05-15', row);
}

/**
 * More groups than one file holds: 20,001 procedures with a dossier each on 10/03/2025 (daily
 * and monthly counts by procedure; ask for them by procedure).
 */
export async function insertTwentyThousandProcedures(t: TestApp): Promise<void> {
  await queryRows(
    t.database.db,
    sql`with daily as (
          insert into stats_daily (province_code, day, unit_id, procedure_id, channel, online_level, level_code,
            field_code, received, resolved_on_time)
          select ${t.config.PROVINCE_CODE}, '2025-03-10'::date, ${t.org.unit.communeA}::uuid, gen_random_uuid(),
            'counter', 'partial', 'commune', 'HT', 1, 1
          from generate_series(1, 20001)
          returning *)
        insert into stats_monthly_procedure (province_code, month, unit_id, procedure_id, channel, online_level,
          level_code, field_code, received, resolved_on_time)
        select province_code, '2025-03-01'::date, unit_id, procedure_id, channel, online_level, level_code, field_code,
          received, resolved_on_time
        from daily`,
  );
}

/**
 * August 2026 at commune A: received Tuesday 4/8 09:00 (due Wednesday 09:00), one resolved early
 * the same day, one by post resolved late on Thursday, one still open (overdue). On Monday
 * 23/11/2026 09:00 (the test clock's "now") one more is received and is in progress, in time.
 */
export async function exportFixture(): Promise<ExportFixture> {
  const t = await createTestApp({ SESSION_IDLE_MINUTES: 1_000_000, SESSION_ABSOLUTE_HOURS: 100_000 });
  const procedure = await publishDossierProcedure(t, '2.000201', {
    name: 'Cấp bản sao trích lục hộ tịch',
    processing: { unit: 'working_days', amount: 1 },
  });
  const clerk = await t.login('clerk.a');
  const officer = await t.login('officer.a');
  const approver = await t.login('approver.a');
  const leader = await t.login('leader');
  const receive = (channel: 'counter' | 'postal' = 'counter') =>
    expectDossier(t.as(clerk, 'POST', '/api/dossiers', intakeBody(t, procedure, { channel })));
  const resolve = async (dossier: Awaited<ReturnType<typeof receive>>) => {
    const forwarded = await expectDossier(act(t, officer, dossier, 'forward'));
    return expectDossier(act(t, approver, forwarded, 'approve', { paperResult: true }));
  };

  t.clock.set('2026-08-04T02:00:00Z');
  const early = await receive();
  const late = await receive('postal');
  await receive();
  t.clock.set('2026-08-04T03:00:00Z');
  await resolve(early);
  t.clock.set('2026-08-06T03:00:00Z');
  await resolve(late);
  t.clock.set('2026-11-23T02:00:00Z');
  await receive();

  await insertSeedScaleMay(t);
  await projectAllPending({ database: t.database, db: t.database.db, clock: t.clock, config: t.config });

  return {
    t,
    leader,
    async file(url, session = leader) {
      const res = await t.as(session, 'GET', url);
      expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
      return res;
    },
  };
}

/** The first sheet of an .xlsx answer. */
export async function sheetOf(res: LightMyRequestResponse): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

/** The row whose cell in `column` reads `text` (first match), by number. */
export function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(column).text === text) return row;
  }
  throw new Error(`no row with "${text}" in column ${column}`);
}
