import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { includesIgnoringWraps, readPdf } from '../../dossiers/forms/pdf-reading.test-support';
import { type ExportFixture, exportFixture } from './export-fixtures.test-support';
import type { Form06Row, Form06Table } from './form-06';
import { form06Pdf } from './form-06-pdf';

/** Width and height of each page, in points. */
async function pageSizes(bytes: Buffer): Promise<[number, number][]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const sizes: [number, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 });
    sizes.push([Math.round(width), Math.round(height)]);
  }
  return sizes;
}

describe('Biểu số 06/VPCP/KSTT as PDF', () => {
  let f: ExportFixture;
  beforeAll(async () => {
    f = await exportFixture();
  });
  afterAll(() => f.t.close());

  it('is one A4 landscape page with the heading, title, period, the table and the signatures', async () => {
    const res = await f.file('/api/stats/form-06.pdf?period=2026-Q2');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^inline; filename="Bieu 06-VPCP-KSTT P 2026-04-01 den/,
    );
    const bytes = res.rawPayload;
    expect(await pageSizes(bytes)).toEqual([[842, 595]]);
    const { text } = await readPdf(bytes);
    for (const expected of [
      'Biểu số 06/VPCP/KSTT',
      'UBND TỈNH KIỂM THỬ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kiểm Thử, ngày 23 tháng 11 năm 2026',
      '(Từ ngày 01/04/2026 đến ngày 30/06/2026)',
      'Đơn vị tính: Số hồ sơ TTHC',
      'Số hồ sơ nhận giải quyết',
      'Số hồ sơ đã giải quyết',
      'Số hồ sơ đang giải quyết',
      '(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13)',
      'I Sở, ban, ngành 98.942 60.100 38.842 0 98.942 70.000 28.783 159 0 0 0',
      '1 Đất đai 98.942',
      'II Cấp xã 108.509',
      '1 Hộ tịch 108.509',
      'Tổng cộng 207.451 60.100 147.351 0 207.451 170.000 35.249 2.202 0 0 0',
      'Số hồ sơ đang giải quyết tính đến 24:00 ngày 30/06/2026.',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ]) {
      expect(text).toContain(expected);
    }
    expect(
      includesIgnoringWraps(
        text,
        'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
      ),
    ).toBe(true);
    expect(
      includesIgnoringWraps(
        text,
        'Ghi chú: Hồ sơ dừng, rút, từ chối sau khi tiếp nhận được tính là đã giải quyết; hồ sơ chờ bổ sung được tính là đang giải quyết.',
      ),
    ).toBe(true);
  });

  it('a department’s form is issued under the province, and variant II.06a carries its report lines', async () => {
    const res = await f.file('/api/stats/form-06.pdf?period=2026-Q2&unit=P.S01&variant=ii06a');
    const { text } = await readPdf(res.rawPayload);
    for (const expected of [
      'Biểu số II.06a/VPCP/KSTT',
      'UBND TỈNH KIỂM THỬ',
      'SỞ TƯ PHÁP',
      'Đơn vị báo cáo: Sở Tư pháp',
      'Đơn vị nhận báo cáo: Văn phòng UBND tỉnh',
      'Kỳ báo cáo: Quý II năm 2026',
      'I Sở, ban, ngành 98.942',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Cấp xã');
  });
});

describe('a long form', () => {
  const row = (kind: Form06Row['kind'], number: string, label: string): Form06Row => ({
    kind,
    number,
    label,
    cells: [12, 5, 6, 1, 10, 3, 6, 1, 2, 1, 1],
  });

  it('breaks between rows onto landscape pages, each starting with the header and column numbers', async () => {
    const fields = Array.from({ length: 70 }, (_, i) =>
      row('field', String(i + 1), `Lĩnh vực thứ ${i + 1} có tên khá dài để xuống dòng trong ô của bảng`),
    );
    const table: Form06Table = {
      variant: '06',
      formNumber: 'Biểu số 06/VPCP/KSTT',
      issuer: { authorityName: 'UBND tỉnh Kiểm Thử', unitName: 'Sở Tư pháp', placeName: 'Kiểm Thử' },
      period: { from: '2026-07-01', to: '2026-09-30' },
      reportLines: [],
      rows: [row('level', 'I', 'Sở, ban, ngành'), ...fields],
      total: row('total', '', 'Tổng cộng'),
      notes: ['Ghi chú: …'],
    };
    const bytes = await form06Pdf(table, new Date('2026-10-05T02:00:00Z'));
    const sizes = await pageSizes(bytes);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const size of sizes) expect(size).toEqual([842, 595]);
    const { pages, text } = await readPdf(bytes);
    for (const page of pages) {
      expect(page).toContain('Số hồ sơ đã giải quyết');
      expect(page).toContain('(11) (12) (13)');
    }
    for (const field of fields) expect(text).toContain(`${field.number} ${field.label} 12 5 6 1`);
    expect(pages.at(-1)).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    // Page numbers from the second page on (drawn last, so they come last in the page's text).
    for (const [i, page] of pages.entries()) {
      if (i > 0) expect(page).toMatch(new RegExp(` ${i + 1}$`));
    }
  });
});
