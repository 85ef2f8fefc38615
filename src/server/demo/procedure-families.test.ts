import { describe, expect, it } from 'vitest';
import { contentProblems } from '../../domain/catalog/procedure';
import { DEMO_FIELDS, demoCatalog } from './catalog';
import { familyOf, OTHER_PROCEDURES, PROCEDURE_FAMILIES } from './procedure-families';

const catalog = demoCatalog();
const named = (pattern: RegExp) => catalog.filter((p) => pattern.test(p.content.name));
const documentNames = (p: (typeof catalog)[number]) => p.content.documents.map((d) => d.name);
const baseNames = DEMO_FIELDS.flatMap((f) => [...f.provinceProcedures, ...f.communeProcedures]);

describe('the demo catalog by procedure family', () => {
  it('recognises every poor-household procedure free of charge', () => {
    const poorHousehold = named(/hộ nghèo/);
    expect(poorHousehold.length).toBeGreaterThan(10);
    for (const p of poorHousehold) {
      expect(p.content.fees, p.content.name).toEqual([]);
      expect(p.content.processing.unit).toBe('working_days');
      expect(p.content.processing.amount).toBeGreaterThan(1);
    }
  });

  it('registers births, marriages and deaths free and the same day', () => {
    for (const pattern of [/^Đăng ký khai sinh/, /^Đăng ký kết hôn/, /^Đăng ký khai tử/]) {
      const procedures = named(pattern);
      expect(procedures.length).toBeGreaterThan(0);
      for (const p of procedures) {
        expect(p.content.fees, p.content.name).toEqual([]);
        expect(p.content.processing).toEqual({ unit: 'working_hours', amount: 4 });
      }
    }
  });

  it('asks for the marriage declaration and both identities, never a project report', () => {
    for (const p of named(/^Đăng ký kết hôn/)) {
      const names = documentNames(p);
      expect(names).toContain('Tờ khai đăng ký kết hôn');
      expect(names.some((n) => n.includes('hai bên nam, nữ'))).toBe(true);
      expect(names.some((n) => /Báo cáo|thuyết minh/.test(n))).toBe(false);
    }
  });

  it('keeps project reports to procedures about projects (environment, appraisal, investment)', () => {
    const withReport = catalog.filter((p) => documentNames(p).some((n) => n.includes('thuyết minh')));
    expect(withReport.length).toBeGreaterThan(0);
    for (const p of withReport) {
      expect(['MT', 'XD', 'DT'], p.content.name).toContain(p.fieldCode);
    }
    for (const p of catalog.filter((p) => ['HT', 'CT', 'BTXH', 'NCC'].includes(p.fieldCode))) {
      expect(
        documentNames(p).some((n) => n.includes('thuyết minh')),
        p.content.name,
      ).toBe(false);
    }
  });

  it('registers a business in three working days and certifies land in weeks', () => {
    for (const p of named(/^Đăng ký thành lập (công ty|doanh nghiệp|hộ kinh doanh)/))
      expect(p.content.processing).toEqual({ unit: 'working_days', amount: 3 });
    const land = named(/Giấy chứng nhận quyền sử dụng đất/);
    expect(land.length).toBeGreaterThan(0);
    for (const p of land) expect(p.content.processing.amount).toBeGreaterThanOrEqual(15);
  });

  it('charges nothing for social assistance and people with meritorious service', () => {
    for (const p of catalog.filter((p) => ['BTXH', 'NCC'].includes(p.fieldCode)))
      expect(p.content.fees, p.content.name).toEqual([]);
  });

  it('gives every demo procedure publishable content with a checklist', () => {
    for (const p of catalog) {
      expect(contentProblems(p.content), p.content.name).toEqual([]);
      expect(p.content.documents.length).toBeGreaterThan(0);
    }
  });

  it('uses every family for some procedure, and leaves few to the catch-all', () => {
    const used = new Set(baseNames.map((name) => familyOf(name).key));
    for (const family of PROCEDURE_FAMILIES) expect(used, family.key).toContain(family.key);
    const others = baseNames.filter((name) => familyOf(name) === OTHER_PROCEDURES);
    expect(others.length).toBeLessThan(baseNames.length / 10);
  });
});
