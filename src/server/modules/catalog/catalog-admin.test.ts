import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ManagedList,
  ProcedureDetail,
  ProcedureSearchResult,
  ProcedureVersionDto,
} from '../../../contracts/catalog';
import { auditLog } from '../../db/schema';
import { DEMO_FIELDS } from '../../demo/catalog';
import { createProcedureAs, procedureContent } from '../../testing/catalog-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { insertPublishedCatalog } from './service';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['login']>>;
let adminA: Session;
let adminB: Session;
let clerkA: Session;
let systemAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(tx, t.clock, t.config.PROVINCE_CODE, DEMO_FIELDS, []),
  );
  adminA = await t.login('agencyadmin.a');
  adminB = await t.login('agencyadmin.b');
  clerkA = await t.login('clerk.a');
  systemAdmin = await t.login('admin');
});
afterAll(() => t.close());

const content = procedureContent;
const create = (session: Session | null, code: string, overrides: object = {}) =>
  createProcedureAs(t, session, code, overrides);

const publicSearch = async (q: string) =>
  (
    await t.as(null, 'GET', `/api/catalog/procedures?q=${encodeURIComponent(q)}`)
  ).json<ProcedureSearchResult>();

describe('creating a procedure', () => {
  it('makes a draft that the public does not see yet', async () => {
    const res = await create(adminA, '2.000101');
    expect(res.statusCode).toBe(201);
    const draft = res.json<ProcedureVersionDto>();
    expect(draft).toMatchObject({ version: 1, status: 'draft', problems: [], rowVersion: 1 });
    expect((await publicSearch('nuoi con nuoi')).total).toBe(0);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'catalog.procedure_created'));
    expect(audit.map((a) => a.targetId)).toContain(draft.procedureId);
  });

  it('refuses units outside the admin’s scope, unknown fields, taken and malformed codes', async () => {
    const outside = await create(adminA, '2.000102', { competentUnitIds: [t.org.unit.communeB] });
    expect(outside.statusCode).toBe(422);
    expect(outside.json<{ code: string }>().code).toBe('catalog_units_out_of_scope');
    const closed = await create(adminA, '2.000102', { competentUnitIds: [t.org.unit.oldCommune] });
    expect(closed.statusCode).toBe(422);
    const field = await create(adminA, '2.000102', { fieldCode: 'XX' });
    expect(field.json<{ code: string }>().code).toBe('catalog_unknown_field');
    expect((await create(adminA, '2.000101')).statusCode).toBe(409);
    for (const bad of [
      { code: 'ABC' },
      { content: content({ fees: [{ name: 'Phí', kind: 'tip' as never, amount: 1 }] }) },
      { competentUnitIds: [] },
      { extra: true },
    ]) {
      expect((await create(adminA, '2.000103', bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('makes one procedure of a double submit', async () => {
    const results = await Promise.all([create(adminA, '2.000104'), create(adminA, '2.000104')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('is for admins only', async () => {
    expect((await create(null, '2.000105')).statusCode).toBe(401);
    expect((await create(clerkA, '2.000105')).statusCode).toBe(403);
  });
});

describe('versions', () => {
  let first: ProcedureVersionDto;

  beforeAll(async () => {
    first = (
      await create(adminA, '2.000201', { content: content({ name: 'Đăng ký giám hộ thử nghiệm' }) })
    ).json();
  });

  it('publishes a draft, then a new version supersedes it without touching the old one', async () => {
    const published = await t.as(adminA, 'POST', `/api/catalog/versions/${first.id}/publish`, {
      effectiveFrom: '2026-11-01',
      rowVersion: 1,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<ProcedureVersionDto>()).toMatchObject({
      status: 'published',
      effectiveFrom: '2026-11-01',
    });
    const found = await publicSearch('dang ky giam ho thu nghiem');
    expect(found.items[0]).toMatchObject({ code: '2.000201', rank: 0, version: 1 });

    const draft = await t.as(adminA, 'POST', `/api/catalog/procedures/${first.procedureId}/versions`, {});
    expect(draft.statusCode).toBe(201);
    const v2 = draft.json<ProcedureVersionDto>();
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      content: { name: 'Đăng ký giám hộ thử nghiệm' },
    });
    const second = await t.as(adminA, 'POST', `/api/catalog/procedures/${first.procedureId}/versions`, {});
    expect(second.statusCode).toBe(409);

    const edited = await t.as(adminA, 'PATCH', `/api/catalog/versions/${v2.id}`, {
      content: content({
        name: 'Đăng ký giám hộ thử nghiệm (sửa đổi)',
        processing: { unit: 'working_days', amount: 5 },
      }),
      rowVersion: 1,
    });
    expect(edited.statusCode).toBe(200);
    const stale = await t.as(adminA, 'PATCH', `/api/catalog/versions/${v2.id}`, {
      content: content(),
      rowVersion: 1,
    });
    expect(stale.statusCode).toBe(409);

    const publishV2 = await t.as(adminA, 'POST', `/api/catalog/versions/${v2.id}/publish`, { rowVersion: 2 });
    expect(publishV2.statusCode, publishV2.body).toBe(200);
    expect(publishV2.json<ProcedureVersionDto>().effectiveFrom).toBe('2026-11-23');

    const detail = (
      await t.as(null, 'GET', `/api/catalog/procedures/${first.procedureId}`)
    ).json<ProcedureDetail>();
    expect(detail).toMatchObject({
      version: 2,
      name: 'Đăng ký giám hộ thử nghiệm (sửa đổi)',
      processing: { amount: 5 },
    });
    // The old version is kept as it was, ended the day before the new one.
    const old = (await t.as(adminA, 'GET', `/api/catalog/versions/${first.id}`)).json<ProcedureVersionDto>();
    expect(old).toMatchObject({
      status: 'superseded',
      effectiveFrom: '2026-11-01',
      effectiveTo: '2026-11-22',
      content: { name: 'Đăng ký giám hộ thử nghiệm', processing: { amount: 20 } },
    });
    const list = (await t.as(adminA, 'GET', `/api/catalog/procedures/${first.procedureId}/versions`)).json<{
      versions: { version: number; status: string }[];
    }>();
    expect(list.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    // The search shows the new name at once (the catalog revision moved).
    expect((await publicSearch('giam ho thu nghiem sua doi')).items[0]?.version).toBe(2);
  });

  it('refuses to publish an invalid draft, or from a day not after the current version’s start', async () => {
    const draft = (
      await t.as(adminA, 'POST', `/api/catalog/procedures/${first.procedureId}/versions`, {
        content: content({
          workflow: [
            { name: 'Tiếp nhận', role: 'clerk', unitKind: 'desk', share: 60 },
            { name: 'Thẩm định', role: 'officer', unitKind: 'commune', share: 60 },
          ],
          fees: [{ name: 'Phí', kind: 'fee', amount: -5 }],
        }),
      })
    ).json<ProcedureVersionDto>();
    expect(draft.problems).toEqual([
      { path: 'fees.0.amount', code: 'negative' },
      { path: 'workflow', code: 'shares_not_100' },
    ]);
    const invalid = await t.as(
      adminA,
      'POST',
      `/api/catalog/versions/${draft.id}/publish`,
      { rowVersion: 1 },
      {
        'accept-language': 'en',
      },
    );
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json<{ detail: string; errors: { path: string }[] }>()).toMatchObject({
      detail: 'The procedure cannot be published yet: 2 problems.',
      errors: [{ path: 'content.fees.0.amount' }, { path: 'content.workflow' }],
    });
    const fixed = (
      await t.as(adminA, 'PATCH', `/api/catalog/versions/${draft.id}`, { content: content(), rowVersion: 1 })
    ).json<ProcedureVersionDto>();
    const malformed = await t.as(adminA, 'POST', `/api/catalog/versions/${draft.id}/publish`, {
      effectiveFrom: '2026-02-30',
      rowVersion: fixed.rowVersion,
    });
    expect(malformed.statusCode).toBe(400);
    const before = await t.as(adminA, 'POST', `/api/catalog/versions/${draft.id}/publish`, {
      effectiveFrom: '2026-11-10',
      rowVersion: fixed.rowVersion,
    });
    expect(before.statusCode).toBe(422);
    expect(before.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'procedure_effective_date',
      detail: 'Ngày hiệu lực không hợp lệ: phải sau ngày bắt đầu của phiên bản đang áp dụng (23/11/2026).',
    });
    const detail = (
      await t.as(null, 'GET', `/api/catalog/procedures/${first.procedureId}`)
    ).json<ProcedureDetail>();
    expect(detail.version).toBe(2);
  });

  it('is hidden from another unit’s admin, who can neither read nor change it', async () => {
    expect(
      (await t.as(adminB, 'GET', `/api/catalog/procedures/${first.procedureId}/versions`)).statusCode,
    ).toBe(404);
    expect((await t.as(adminB, 'GET', `/api/catalog/versions/${first.id}`)).statusCode).toBe(404);
    expect(
      (await t.as(adminB, 'POST', `/api/catalog/procedures/${first.procedureId}/versions`, {})).statusCode,
    ).toBe(404);
    expect(
      (
        await t.as(adminB, 'POST', `/api/catalog/versions/${first.id}/withdraw`, {
          reason: 'x',
          rowVersion: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.as(systemAdmin, 'GET', `/api/catalog/versions/${first.id}`)).statusCode).toBe(200);
  });

  it('withdraws a published version: the public no longer finds it', async () => {
    const created = (
      await create(adminA, '2.000301', { content: content({ name: 'Thủ tục sẽ bãi bỏ' }) })
    ).json<ProcedureVersionDto>();
    const published = (
      await t.as(adminA, 'POST', `/api/catalog/versions/${created.id}/publish`, { rowVersion: 1 })
    ).json<ProcedureVersionDto>();
    expect((await publicSearch('thu tuc se bai bo')).total).toBe(1);
    const results = await Promise.all([
      t.as(adminA, 'POST', `/api/catalog/versions/${created.id}/withdraw`, {
        reason: 'Bãi bỏ',
        rowVersion: published.rowVersion,
      }),
      t.as(adminA, 'POST', `/api/catalog/versions/${created.id}/withdraw`, {
        reason: 'Bãi bỏ',
        rowVersion: published.rowVersion,
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await publicSearch('thu tuc se bai bo')).total).toBe(0);
    expect((await t.as(null, 'GET', `/api/catalog/procedures/${created.procedureId}`)).statusCode).toBe(404);
  });
});

describe('the procedures an admin manages', () => {
  it('lists own procedures by latest version, drafts and withdrawn included, and nobody else’s', async () => {
    const draft = (
      await create(adminA, '2.000501', { content: content({ name: 'Thủ tục quản lý còn nháp' }) })
    ).json<ProcedureVersionDto>();
    const mine = (await t.as(adminA, 'GET', '/api/catalog/managed?q=quan ly con nhap')).json<ManagedList>();
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: draft.procedureId,
        latestStatus: 'draft',
        latestVersion: 1,
        publishedVersion: null,
      }),
    ]);
    const drafts = (
      await t.as(adminA, 'GET', '/api/catalog/managed?status=draft&limit=100')
    ).json<ManagedList>();
    expect(drafts.items.every((i) => i.latestStatus === 'draft')).toBe(true);
    expect(drafts.items.map((i) => i.id)).toContain(draft.procedureId);
    const withdrawn = (await t.as(adminA, 'GET', '/api/catalog/managed?q=se bai bo')).json<ManagedList>();
    expect(withdrawn.items[0]).toMatchObject({ latestStatus: 'withdrawn', publishedVersion: null });
    const other = (await t.as(adminB, 'GET', '/api/catalog/managed?limit=100')).json<ManagedList>();
    expect(other.total).toBe(0);
    const everyone = (await t.as(systemAdmin, 'GET', '/api/catalog/managed?limit=1')).json<ManagedList>();
    const ownTotal = (await t.as(adminA, 'GET', '/api/catalog/managed?limit=1')).json<ManagedList>().total;
    expect(everyone.total).toBeGreaterThanOrEqual(ownTotal);
    expect(ownTotal).toBeGreaterThanOrEqual(5);
    expect((await t.as(clerkA, 'GET', '/api/catalog/managed')).statusCode).toBe(403);
    expect((await t.as(adminA, 'GET', '/api/catalog/managed?status=lost')).statusCode).toBe(400);
  });
});
