import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldList, ProcedureDetail, ProcedureSearchResult } from '../../../contracts/catalog';
import { compareMatches, searchRank } from '../../../domain/catalog/search-rank';
import { foldVietnamese, queryWords } from '../../../domain/catalog/vietnamese-text';
import { DEMO_FIELDS, demoCatalog } from '../../demo/catalog';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { insertPublishedCatalog } from './service';

let t: TestApp;
const catalog = demoCatalog();

beforeAll(async () => {
  t = await createTestApp();
  const { unit } = t.org;
  await t.database.db.transaction((tx) =>
    insertPublishedCatalog(
      tx,
      t.clock,
      t.config.PROVINCE_CODE,
      DEMO_FIELDS,
      catalog.map((p) => ({
        code: p.code,
        fieldCode: p.fieldCode,
        content: p.content,
        effectiveFrom: '2025-07-01',
        competentUnitIds: p.level === 'province' ? [unit.department] : [unit.communeA, unit.communeB],
        receivingUnitIds: p.level === 'province' ? [unit.province] : [unit.deskA],
      })),
    ),
  );
});
afterAll(() => t.close());

const search = async (query: Record<string, string | number>) => {
  const res = await t.as(
    null,
    'GET',
    `/api/catalog/procedures?${new URLSearchParams(query as Record<string, string>)}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProcedureSearchResult>();
};

describe('catalog search (public)', () => {
  it('finds "Đăng ký khai sinh" first when typed without diacritics', async () => {
    const result = await search({ q: 'dang ky khai sinh' });
    expect(result.items[0]).toMatchObject({ name: 'Đăng ký khai sinh', rank: 0 });
    expect(result.items.slice(1, 4).every((i) => i.rank === 1)).toBe(true);
    expect(result.total).toBeGreaterThan(10);
  });

  it('is case-insensitive and treats đ and d alike, both ways', async () => {
    const a = await search({ q: 'ĐĂNG KÝ KHAI SINH' });
    const b = await search({ q: 'đang ky khai sinh' });
    const c = await search({ q: 'dang ky khai sinh' });
    expect(a.items.map((i) => i.id)).toEqual(c.items.map((i) => i.id));
    expect(b.items.map((i) => i.id)).toEqual(c.items.map((i) => i.id));
  });

  it('matches word prefixes in any order, and never inside a word', async () => {
    const prefix = await search({ q: 'giay phep xay' });
    expect(prefix.items[0]?.name).toMatch(/^Cấp giấy phép xây dựng/);
    const inside = await search({ q: 'ang ky' });
    expect(inside.total).toBe(0);
  });

  it('ranks as the domain rule does, over the whole catalog', async () => {
    for (const q of ['dang ky', 'cap lai', 'giay chung nhan', 'to khai', 'khai sinh luu dong', 'phep']) {
      const words = queryWords(q);
      const expected = catalog
        .map((p) => {
          const name = foldVietnamese(p.content.name);
          const docs = foldVietnamese(p.content.documents.map((d) => d.name).join(' · '));
          return { name, code: p.code, rank: searchRank(words, name, docs) };
        })
        .filter((m): m is { name: string; code: string; rank: NonNullable<typeof m.rank> } => m.rank !== null)
        .sort((a, b) => compareMatches(a, b) || (a.code < b.code ? -1 : 1));
      const result = await search({ q, limit: 100 });
      expect(result.total, q).toBe(expected.length);
      expect(
        result.items.map((i) => i.code),
        q,
      ).toEqual(expected.slice(0, 100).map((m) => m.code));
    }
  });

  it('filters by field, level, online availability and implementing unit, and pages', async () => {
    const civil = await search({ q: '', field: 'HT', limit: 100 });
    expect(civil.total).toBe(catalog.filter((p) => p.fieldCode === 'HT').length);
    expect(civil.items.every((i) => i.field.code === 'HT' && i.field.nameVi === 'Hộ tịch')).toBe(true);
    const communeFull = await search({ q: 'dang ky', level: 'commune', online: 'full', limit: 100 });
    expect(communeFull.items.every((i) => i.levels.includes('commune') && i.online === 'full')).toBe(true);
    const byDepartment = await search({ unitId: t.org.unit.department, limit: 1 });
    expect(byDepartment.total).toBe(catalog.filter((p) => p.level === 'province').length);
    const byOther = await search({ unitId: t.org.unit.oldCommune });
    expect(byOther.total).toBe(0);
    const page1 = await search({ q: 'cap', limit: 10, offset: 0 });
    const page2 = await search({ q: 'cap', limit: 10, offset: 10 });
    expect(page1.total).toBe(page2.total);
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(20);
  });

  it.each([
    ['limit=0'],
    ['limit=101'],
    ['offset=-1'],
    ['level=district'],
    ['online=maybe'],
    ['unitId=not-a-uuid'],
    ['sort=name'],
    [`q=${'a'.repeat(201)}`],
  ])('refuses %s with problem+json', async (query) => {
    const res = await t.as(null, 'GET', `/api/catalog/procedures?${query}`, undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('procedure detail and fields (public)', () => {
  it('shows everything a citizen must know, with where to submit', async () => {
    const [first] = (await search({ q: 'dang ky khai sinh' })).items;
    const res = await t.as(null, 'GET', `/api/catalog/procedures/${first?.id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json<ProcedureDetail>();
    const source = catalog.find((p) => p.code === detail.code);
    expect(detail).toMatchObject({
      name: 'Đăng ký khai sinh',
      field: { code: 'HT' },
      version: 1,
      effectiveFrom: '2025-07-01',
      fees: source?.content.fees,
      documents: source?.content.documents,
    });
    expect(detail.workflow.reduce((n, s) => n + s.share, 0)).toBe(100);
    expect(detail.legalBasis.every((l) => l.sample)).toBe(true);
    expect(detail.competentUnits.map((u) => u.id).sort()).toEqual(
      [t.org.unit.communeA, t.org.unit.communeB].sort(),
    );
    expect(detail.receivingUnits.map((u) => u.id)).toEqual([t.org.unit.deskA]);
  });

  it('answers 404 for an unknown procedure and 400 for a malformed id', async () => {
    expect(
      (await t.as(null, 'GET', '/api/catalog/procedures/0190a3c4-0000-7000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await t.as(null, 'GET', '/api/catalog/procedures/123')).statusCode).toBe(400);
  });

  it('lists the fields with their procedure counts', async () => {
    const { fields } = (await t.as(null, 'GET', '/api/catalog/fields')).json<FieldList>();
    expect(fields).toHaveLength(DEMO_FIELDS.length);
    expect(fields.reduce((n, f) => n + f.procedures, 0)).toBe(catalog.length);
  });
});
