import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from '../organisation/csv';
import {
  legalBasisOfCell,
  PROCEDURE_IMPORT_COLUMNS,
  procedureToRow,
  validateProcedureImport,
} from './procedure-import';

const ctx = {
  existingCodes: new Set(['1.000001']),
  fieldCodes: new Set(['HT', 'DD']),
  usableUnitCodes: new Set(['X1', 'X1.MC']),
};

const good: Record<string, string> = {
  code: '2.000986',
  name: 'Đăng ký khai sinh',
  field: 'HT',
  levels: 'commune',
  processing_unit: 'working_days',
  processing_amount: '1',
  online: 'full',
  online_payment: 'yes',
  result: 'Giấy khai sinh',
  fees: 'Lệ phí|charge|0; Phí sao lục|fee|8.000',
  documents: 'Tờ khai|1|0|to-khai.docx|no; Giấy chứng sinh|1|0||yes',
  steps: 'Nộp hồ sơ; Nhận kết quả',
  workflow: 'Tiếp nhận|clerk|desk|10; Thẩm định|officer|commune|70; Phê duyệt|approver|commune|20',
  legal_basis: 'Luật Hộ tịch 2014',
  competent_units: 'X1',
  receiving_units: 'X1.MC',
};

const table = (...rows: Record<string, string>[]) => [
  [...PROCEDURE_IMPORT_COLUMNS],
  ...rows.map((r) => PROCEDURE_IMPORT_COLUMNS.map((c) => r[c] ?? '')),
];

describe('catalog import sheet', () => {
  it('reads a good row into a procedure', () => {
    const result = validateProcedureImport(table(good), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [p] = result.procedures;
    expect(p?.content.fees).toEqual([
      { name: 'Lệ phí', kind: 'charge', amount: 0 },
      { name: 'Phí sao lục', kind: 'fee', amount: 8000 },
    ]);
    expect(p?.content.documents[1]).toEqual({
      name: 'Giấy chứng sinh',
      originals: 1,
      copies: 0,
      template: null,
      reusable: true,
    });
    expect(p?.content.workflow.map((w) => w.share)).toEqual([10, 70, 20]);
    expect(p?.competentUnitCodes).toEqual(['X1']);
  });

  it('names row, column and reason of every error, in both languages, and imports nothing', () => {
    const result = validateProcedureImport(
      table(
        good,
        { ...good, code: '2.000986' },
        { ...good, code: '1.000001', field: 'XX', processing_amount: '-3' },
        { ...good, code: '2.1', workflow: 'A|clerk|desk|60; B|officer|commune|60', fees: 'Phí|tip|abc' },
        { ...good, code: '2.000987', competent_units: 'NOPE', online: 'none', online_payment: 'yes' },
      ),
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const summary = result.errors.map((e) => `${e.row}:${e.column}`);
    expect(summary).toEqual([
      '3:code',
      '4:code',
      '4:field',
      '4:processing_amount',
      '5:code',
      '5:fees', // kind
      '5:fees', // amount not a number
      '5:fees', // hence not a valid amount
      '5:workflow',
      '6:competent_units',
      '6:online_payment',
    ]);
    const shares = result.errors.find((e) => e.row === 5 && e.column === 'workflow');
    expect(shares?.vi).toBe('Tổng tỷ lệ thời gian các bước phải bằng 100');
    expect(shares?.en).toBe('The step shares must add up to 100');
    const fee = result.errors.filter((e) => e.row === 5 && e.column === 'fees')[2];
    expect(fee?.vi).toBe('Mục 1: không được âm hoặc lẻ');
  });

  it('reports missing columns and empty files', () => {
    const missing = validateProcedureImport([['code', 'name']], ctx);
    expect(missing.ok || missing.errors[0]).toMatchObject({ row: 1, column: 'header' });
    const empty = validateProcedureImport(table(), ctx);
    expect(empty.ok || empty.errors[0]?.en).toBe('The file has no data rows');
  });

  it('exports a procedure to a row that imports back the same', () => {
    const first = validateProcedureImport(table(good), ctx);
    if (!first.ok) throw new Error('good row refused');
    const p = first.procedures[0];
    if (!p) throw new Error('no procedure');
    const row = procedureToRow(
      '2.000999',
      p.fieldCode,
      p.content,
      p.competentUnitCodes,
      p.receivingUnitCodes,
    );
    const again = validateProcedureImport(table(row), ctx);
    expect(again.ok && again.procedures[0]?.content).toEqual(p.content);
  });

  it('keeps a generated legal basis marked as sample data through export and import', () => {
    const first = validateProcedureImport(table(good), ctx);
    if (!first.ok || !first.procedures[0]) throw new Error('good row refused');
    const p = first.procedures[0];
    const content = {
      ...p.content,
      legalBasis: [
        { text: 'Luật Hộ tịch 2014', sample: false },
        { text: 'Văn bản mẫu số 7/DEMO', sample: true },
      ],
    };
    const row = procedureToRow('2.000998', p.fieldCode, content, p.competentUnitCodes, p.receivingUnitCodes);
    expect(row.legal_basis).toBe('Luật Hộ tịch 2014; [MẪU] Văn bản mẫu số 7/DEMO');
    const again = validateProcedureImport(table(row), ctx);
    expect(again.ok && again.procedures[0]?.content.legalBasis).toEqual(content.legalBasis);
    expect(legalBasisOfCell('[mau]  Thông tư mẫu')).toEqual({ text: 'Thông tư mẫu', sample: true });
  });
});

describe('CSV bytes', () => {
  const csv = 'name\nĐăng ký khai sinh\n';
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(csv);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, bom]) {
      expect(decodeCsvBytes(bytes)).toEqual({ text: csv, encoding: 'utf-8' });
    }
  });

  it('reads Windows-1258 (decomposed tones) into the same composed text', () => {
    // "Đăng ký" in Windows-1258: Đ=D0, ă=E3, n, g, space, k, y, combining acute=EC.
    const bytes = new Uint8Array([
      0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xd0, 0xe3, 0x6e, 0x67, 0x20, 0x6b, 0x79, 0xec, 0x0a,
    ]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe('name\nĐăng ký\n');
    expect(parseCsv(decoded.text)[1]).toEqual(['Đăng ký']);
  });
});
