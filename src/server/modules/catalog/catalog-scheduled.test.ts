import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  FieldList,
  ManagedList,
  ProcedureDetail,
  ProcedureSearchResult,
  ProcedureVersionDto,
} from '../../../contracts/catalog';
import { procedureVersions } from '../../db/schema';
import { DEMO_FIELDS } from '../../demo/catalog';
import { procedureContent, versionSteps } from '../../testing/catalog-fixtures';
import { createTestApp, type Session, type TestApp } from '../../testing/test-app';
import { insertPublishedCatalog } from './service';

// The test clock starts on 2026-11-23 09:00 in Vietnam (02:00 UTC).
const START = '2026-11-23T02:00:00Z';
/** The instant a local day (Asia/Ho_Chi_Minh, UTC+7) begins, plus `minutes`. */
const localMidnight = (day: string, minutes = 0) =>
  new Date(Date.parse(`${day}T00:00:00+07:00`) + minutes * 60_000);

let t: TestApp;
let adminA: Session;
let adminB: Session;
let steps: ReturnType<typeof versionSteps>;

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(tx, t.clock, t.config.PROVINCE_CODE, DEMO_FIELDS, []),
  );
});
afterAll(() => t.close());

/** Sets the clock and signs the admins in again (a session idles out across days). */
async function travelTo(instant: Date | string) {
  t.clock.set(instant);
  adminA = await t.login('agencyadmin.a');
  adminB = await t.login('agencyadmin.b');
  steps = versionSteps(t, adminA);
}
beforeEach(() => travelTo(START));

const detailOf = async (procedureId: string) => t.as(null, 'GET', `/api/catalog/procedures/${procedureId}`);
const search = async (q: string) =>
  (
    await t.as(null, 'GET', `/api/catalog/procedures?q=${encodeURIComponent(q)}`)
  ).json<ProcedureSearchResult>();
const statuses = async (procedureId: string) =>
  (await t.as(adminA, 'GET', `/api/catalog/procedures/${procedureId}/versions`))
    .json<{
      versions: {
        version: number;
        status: string;
        effectiveFrom: string | null;
        effectiveTo: string | null;
      }[];
    }>()
    .versions.map((v) => [v.version, v.status, v.effectiveFrom, v.effectiveTo]);
const storedStatuses = async (procedureId: string) =>
  (
    await t.database.db
      .select({ version: procedureVersions.version, status: procedureVersions.status })
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, procedureId))
      .orderBy(procedureVersions.version)
  ).map((r) => [r.version, r.status]);

describe('a version published for a later day', () => {
  it('is scheduled: citizens keep the version in force until the day before, then see the new one from its first day', async () => {
    const v1 = await steps.publish(
      await steps.create('2.000601', 'Cấp phép khai thác thử nghiệm'),
      '2026-11-01',
    );
    const draft = await steps.draft(
      v1.procedureId,
      procedureContent({
        name: 'Cấp phép khai thác sửa đổi',
        processing: { unit: 'working_days', amount: 7 },
      }),
    );
    const scheduled = await steps.publish(draft, '2026-12-01');
    expect(scheduled).toMatchObject({
      version: 2,
      status: 'scheduled',
      effectiveFrom: '2026-12-01',
      effectiveTo: null,
    });

    // Until then: version 1 stays in force, now with its last day known.
    expect(await statuses(v1.procedureId)).toEqual([
      [2, 'scheduled', '2026-12-01', null],
      [1, 'published', '2026-11-01', '2026-11-30'],
    ]);
    expect((await detailOf(v1.procedureId)).json<ProcedureDetail>()).toMatchObject({
      version: 1,
      name: 'Cấp phép khai thác thử nghiệm',
    });
    expect((await search('cap phep khai thac')).items.map((i) => i.version)).toEqual([1]);
    const managed = (await t.as(adminA, 'GET', '/api/catalog/managed?status=scheduled')).json<ManagedList>();
    expect(managed.items).toEqual([
      expect.objectContaining({
        id: v1.procedureId,
        latestVersion: 2,
        latestStatus: 'scheduled',
        latestEffectiveFrom: '2026-12-01',
        publishedVersion: 1,
      }),
    ]);

    // The last minute of 30 November in Vietnam: still version 1.
    await travelTo(localMidnight('2026-12-01', -1));
    expect((await detailOf(v1.procedureId)).json<ProcedureDetail>().version).toBe(1);

    // Midnight: version 2 is shown and found, with no write in between (the index knew the day).
    await travelTo(localMidnight('2026-12-01'));
    expect((await detailOf(v1.procedureId)).json<ProcedureDetail>()).toMatchObject({
      version: 2,
      name: 'Cấp phép khai thác sửa đổi',
      effectiveFrom: '2026-12-01',
      processing: { amount: 7 },
    });
    expect((await search('cap phep khai thac')).items.map((i) => [i.version, i.name])).toEqual([
      [2, 'Cấp phép khai thác sửa đổi'],
    ]);
    expect(await statuses(v1.procedureId)).toEqual([
      [2, 'published', '2026-12-01', null],
      [1, 'superseded', '2026-11-01', '2026-11-30'],
    ]);
    const published = (
      await t.as(adminA, 'GET', '/api/catalog/managed?status=published&limit=100')
    ).json<ManagedList>();
    expect(published.items.find((i) => i.id === v1.procedureId)).toMatchObject({
      latestStatus: 'published',
      publishedVersion: 2,
    });

    // The stored statuses catch up with the next command on the procedure, without moving row versions.
    expect(await storedStatuses(v1.procedureId)).toEqual([
      [1, 'published'],
      [2, 'scheduled'],
    ]);
    await steps.draft(v1.procedureId);
    expect(await storedStatuses(v1.procedureId)).toEqual([
      [1, 'superseded'],
      [2, 'published'],
      [3, 'draft'],
    ]);
    expect((await steps.get(scheduled.id)).rowVersion).toBe(scheduled.rowVersion);
  });

  it('puts a new procedure in the catalog only from its first day', async () => {
    const fieldCount = async () =>
      (await t.as(null, 'GET', '/api/catalog/fields')).json<FieldList>().fields.find((f) => f.code === 'HT')
        ?.procedures;
    const before = await fieldCount();
    const first = await steps.publish(
      await steps.create('2.000602', 'Thủ tục mới từ tháng sau'),
      '2026-11-25',
    );
    expect(first.status).toBe('scheduled');
    expect((await detailOf(first.procedureId)).statusCode).toBe(404);
    expect((await search('thu tuc moi tu thang sau')).total).toBe(0);
    expect(await fieldCount()).toBe(before);

    await travelTo(localMidnight('2026-11-25', 1));
    expect((await detailOf(first.procedureId)).statusCode).toBe(200);
    expect((await search('thu tuc moi tu thang sau')).total).toBe(1);
    expect(await fieldCount()).toBe((before ?? 0) + 1);
  });
});

describe('while a version is scheduled', () => {
  it('refuses a second scheduled version and withdrawing the one in force; withdrawing the scheduled one keeps the one in force open-ended', async () => {
    const v1 = await steps.publish(await steps.create('2.000701', 'Thủ tục chờ sửa đổi'), '2026-11-02');
    const v2 = await steps.publish(await steps.draft(v1.procedureId), '2026-12-15');
    const v3 = await steps.draft(v1.procedureId);

    const second = await t.as(adminA, 'POST', `/api/catalog/versions/${v3.id}/publish`, {
      effectiveFrom: '2026-12-20',
      rowVersion: v3.rowVersion,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'procedure_scheduled_exists',
      detail: 'Thủ tục đã có phiên bản 2 chờ hiệu lực từ ngày 15/12/2026; hãy thu hồi phiên bản đó trước.',
    });
    const current = await steps.get(v1.id);
    const withdrawCurrent = await t.as(
      adminA,
      'POST',
      `/api/catalog/versions/${v1.id}/withdraw`,
      { reason: 'Bãi bỏ', rowVersion: current.rowVersion },
      { 'accept-language': 'en' },
    );
    expect(withdrawCurrent.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'procedure_scheduled_exists',
      detail: 'Version 2 of the procedure is scheduled to take effect on 2026-12-15; withdraw it first.',
    });

    // Another unit's admin cannot touch it.
    const foreign = await t.as(adminB, 'POST', `/api/catalog/versions/${v2.id}/withdraw`, {
      reason: 'x',
      rowVersion: v2.rowVersion,
    });
    expect(foreign.statusCode).toBe(404);

    const cancelled = await t.as(adminA, 'POST', `/api/catalog/versions/${v2.id}/withdraw`, {
      reason: 'Quyết định công bố bị hủy',
      rowVersion: v2.rowVersion,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<ProcedureVersionDto>()).toMatchObject({ status: 'withdrawn', effectiveTo: null });
    expect(await statuses(v1.procedureId)).toEqual([
      [3, 'draft', null, null],
      [2, 'withdrawn', '2026-12-15', null],
      [1, 'published', '2026-11-02', null],
    ]);
    await travelTo(localMidnight('2026-12-16'));
    expect((await detailOf(v1.procedureId)).json<ProcedureDetail>().version).toBe(1);

    // Now the draft publishes, from today: in force at once.
    const v3now = await steps.get(v3.id);
    expect((await steps.publish(v3now)).status).toBe('published');
    expect((await detailOf(v1.procedureId)).json<ProcedureDetail>().version).toBe(3);
  });

  it('refuses malformed days and a day not after the version in force', async () => {
    const v1 = await steps.publish(await steps.create('2.000702', 'Thủ tục kiểm tra ngày'), '2026-11-10');
    const draft = await steps.draft(v1.procedureId);
    for (const effectiveFrom of ['2026-13-01', '01/12/2026', 'tomorrow']) {
      const res = await t.as(adminA, 'POST', `/api/catalog/versions/${draft.id}/publish`, {
        effectiveFrom,
        rowVersion: draft.rowVersion,
      });
      expect(res.statusCode, effectiveFrom).toBe(400);
    }
    const same = await t.as(adminA, 'POST', `/api/catalog/versions/${draft.id}/publish`, {
      effectiveFrom: '2026-11-10',
      rowVersion: draft.rowVersion,
    });
    expect(same.json<{ code: string }>().code).toBe('procedure_effective_date');
  });
});
