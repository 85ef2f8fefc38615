import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceIndexDto } from '../../../contracts/stats';
import { XLSX_CONTENT_TYPE } from '../../platform/spreadsheet';
import {
  type ExportFixture,
  exportFixture,
  insertTwentyThousandProcedures,
  rowWith,
  sheetOf,
} from './exports/export-fixtures.test-support';

let f: ExportFixture;
beforeAll(async () => {
  f = await exportFixture();
});
afterAll(() => f.t.close());

const numbersOf = (row: ExcelJS.Row, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => row.getCell(from + i).value);

describe('the standard report as Excel', () => {
  it('has the period, unit, Vietnamese headers, a row per level and the total, numbers as numbers', async () => {
    const res = await f.file('/api/stats/report.xlsx?period=2026-Q3&by=level');
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Bao cao TTHC P 2026-07-01 den 2026-09-30.xlsx"; ' +
        `filename*=UTF-8''${encodeURIComponent('Báo cáo TTHC P 2026-07-01 đến 2026-09-30.xlsx')}`,
    );
    const sheet = await sheetOf(res);
    expect(sheet.getCell('A1').text).toBe('BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(sheet.getCell('A2').text).toBe('Từ ngày 01/07/2026 đến ngày 30/09/2026');
    expect(sheet.getCell('A3').text).toBe('Đơn vị: UBND tỉnh Kiểm Thử (gồm các đơn vị trực thuộc)');
    const header = rowWith(sheet, 1, 'STT');
    expect(numbersOf(header, 2, 6)).toEqual([
      'Cấp',
      'Từ kỳ trước chuyển sang',
      'Tiếp nhận mới',
      'Tiếp nhận trực tuyến',
      'Tiếp nhận trực tiếp',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });

    const commune = rowWith(sheet, 2, 'Cấp xã');
    const total = rowWith(sheet, 2, 'Tổng cộng');
    for (const row of [commune, total]) {
      // carried over, received, online, counter, postal, to handle, resolved, early, on time, late
      expect(numbersOf(row, 3, 12)).toEqual([0, 3, 0, 2, 1, 3, 2, 1, 0, 1]);
      expect(row.getCell(13).value).toBe(0.5);
      expect(row.getCell(13).numFmt).toBe('0.00%');
      expect(numbersOf(row, 14, 16)).toEqual([1, 0, 1]);
    }
    expect(total.getCell(2).font?.bold).toBe(true);
    expect(total.number).toBe(commune.number + 1);

    const notes = [total.number + 2, total.number + 3, total.number + 4].map((r) => sheet.getCell(r, 1).text);
    expect(notes).toEqual([
      'Hồ sơ dừng, rút, từ chối sau khi tiếp nhận được tính là đã giải quyết; hồ sơ chờ bổ sung được tính là đang giải quyết.',
      'Tỷ lệ đúng hạn = (số hồ sơ giải quyết trước hạn + đúng hạn) / số hồ sơ đã giải quyết.',
      'Số hồ sơ đang giải quyết tính đến 24:00 ngày 30/09/2026.',
    ]);
  });

  it('sizes its columns to their content', async () => {
    const sheet = await sheetOf(await f.file('/api/stats/report.xlsx?period=2026-05&by=field'));
    const header = rowWith(sheet, 1, 'STT');
    expect(numbersOf(header, 1, 3)).toEqual(['STT', 'Mã', 'Lĩnh vực']);
    for (let c = 1; c <= header.cellCount; c++) {
      const width = sheet.getColumn(c).width ?? 0;
      expect(width, `column ${c}`).toBeGreaterThanOrEqual(6);
      expect(width, `column ${c}`).toBeLessThanOrEqual(60);
    }
    const land = rowWith(sheet, 3, 'Đất đai');
    expect(land.getCell(2).value).toBe('DD');
    expect(land.getCell(10).value).toBe(98_942);
    expect(land.getCell(14).value).toBe(0.9984);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual('Đất đai'.length);
  });

  it('speaks English with lang=en and counts the in-progress dossiers of a running month at the moment', async () => {
    const sheet = await sheetOf(await f.file('/api/stats/report.xlsx?period=2026-11&by=unit&lang=en'));
    expect(sheet.getCell('A2').text).toBe('From 2026-11-01 to 2026-11-30');
    const header = rowWith(sheet, 1, 'No.');
    expect(numbersOf(header, 2, 5)).toEqual(['Code', 'Unit', 'Carried over', 'Newly received']);
    const total = rowWith(sheet, 3, 'Total');
    expect(numbersOf(total, 4, 5)).toEqual([1, 1]);
    expect(rowWith(sheet, 2, 'P.XA').getCell(3).text).toBe('UBND xã Tân An');
    const texts = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getCell(i + 1, 1).text);
    expect(texts).toContain(
      'Dossiers stopped, withdrawn or refused after receipt count as resolved; dossiers waiting for a supplement count as in progress.',
    );
    expect(texts).toContain('In-progress dossiers are counted at 2026-11-23 09:00.');
  });
});

describe('Biểu số 06/VPCP/KSTT as Excel', () => {
  it('has the form number, title, period, two header rows with merged groups and the column numbers', async () => {
    const res = await f.file('/api/stats/form-06.xlsx?period=2026-Q2');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      "UTF-8''Biểu 06-VPCP-KSTT P 2026-04-01 đến 2026-06-30.xlsx",
    );
    const sheet = await sheetOf(res);
    const texts = Array.from({ length: 8 }, (_, i) => sheet.getRow(i + 1).values)
      .flat()
      .map(String);
    expect(texts).toContain('Biểu số 06/VPCP/KSTT');
    expect(texts).toContain(
      'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
    );
    expect(texts).toContain('(Từ ngày 01/04/2026 đến ngày 30/06/2026)');
    expect(texts).toContain('Đơn vị tính: Số hồ sơ TTHC');

    const numbers = rowWith(sheet, 1, '(1)');
    expect(numbersOf(numbers, 1, 13)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    const groups = sheet.getRow(numbers.number - 2);
    const labels = sheet.getRow(numbers.number - 1);
    expect(groups.getCell(1).text).toBe('STT');
    expect(labels.getCell(1).isMerged && labels.getCell(1).master.address).toBe(groups.getCell(1).address);
    expect(groups.getCell(2).text).toBe('Lĩnh vực, công việc giải quyết theo cấp');
    for (const [column, text, last] of [
      [3, 'Số hồ sơ nhận giải quyết', 6],
      [7, 'Số hồ sơ đã giải quyết', 10],
      [11, 'Số hồ sơ đang giải quyết', 13],
    ] as const) {
      expect(groups.getCell(column).text).toBe(text);
      expect(groups.getCell(last).master.address).toBe(groups.getCell(column).address);
    }
    expect(numbersOf(labels, 3, 13)).toEqual([
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: numbers.number, xSplit: 2 });
  });

  it('lists each level with its subtotal, then its fields, and the total; (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13)', async () => {
    const sheet = await sheetOf(await f.file('/api/stats/form-06.xlsx?period=2026-Q2'));
    const first = rowWith(sheet, 1, '(1)').number + 1;
    const rows = Array.from({ length: 5 }, (_, i) => sheet.getRow(first + i));
    expect(rows.map((r) => [r.getCell(1).text, r.getCell(2).text])).toEqual([
      ['I', 'Sở, ban, ngành'],
      ['1', 'Đất đai'],
      ['II', 'Cấp xã'],
      ['1', 'Hộ tịch'],
      ['', 'Tổng cộng'],
    ]);
    expect(numbersOf(rows[0] as ExcelJS.Row, 3, 13)).toEqual([
      98_942, 60_100, 38_842, 0, 98_942, 70_000, 28_783, 159, 0, 0, 0,
    ]);
    expect(numbersOf(rows[4] as ExcelJS.Row, 3, 13)).toEqual([
      207_451, 60_100, 147_351, 0, 207_451, 170_000, 35_249, 2_202, 0, 0, 0,
    ]);
    for (const row of rows) {
      const n = numbersOf(row, 3, 13) as number[];
      for (const value of n) expect(typeof value).toBe('number');
      const [c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13] = n;
      expect(c3).toBe((c4 ?? 0) + (c5 ?? 0) + (c6 ?? 0));
      expect(c7).toBe((c8 ?? 0) + (c9 ?? 0) + (c10 ?? 0));
      expect(c11).toBe((c12 ?? 0) + (c13 ?? 0));
    }
    expect(rows[0]?.getCell(2).font?.bold).toBe(true);
    expect(rows[1]?.getCell(2).font?.bold ?? false).toBe(false);
  });

  it('variant II.06a names the reporting and receiving units and the reporting period', async () => {
    const recipient = encodeURIComponent('Văn phòng UBND tỉnh Kiểm Thử');
    const sheet = await sheetOf(
      await f.file(`/api/stats/form-06.xlsx?period=2026-Q3&variant=ii06a&recipient=${recipient}`),
    );
    const texts = Array.from({ length: 10 }, (_, i) => sheet.getCell(i + 1, 1).text);
    expect(sheet.getCell('I1').text).toBe('Biểu số II.06a/VPCP/KSTT');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Đơn vị báo cáo: UBND tỉnh Kiểm Thử',
        'Đơn vị nhận báo cáo: Văn phòng UBND tỉnh Kiểm Thử',
        'Kỳ báo cáo: Quý III năm 2026',
      ]),
    );
    const defaulted = await sheetOf(await f.file('/api/stats/form-06.xlsx?period=2026-Q3&variant=ii06a'));
    expect(Array.from({ length: 10 }, (_, i) => defaulted.getCell(i + 1, 1).text)).toContain(
      'Đơn vị nhận báo cáo: Văn phòng UBND tỉnh',
    );
  });
});

const ROUTES = [
  '/api/stats/report.xlsx',
  '/api/stats/form-06.xlsx',
  '/api/stats/form-06.pdf',
  '/api/stats/quarterly-report.pdf',
  '/api/stats/index.xlsx',
] as const;

describe('bad input is a problem, never a 500 nor a file', () => {
  it.each([
    ['/api/stats/report.xlsx?from=2026-09-30&to=2026-07-01', 422, 'stats_period_invalid'],
    ['/api/stats/form-06.pdf?from=2026-09-30&to=2026-07-01', 422, 'stats_period_invalid'],
    ['/api/stats/report.xlsx?period=1800', 422, 'stats_period_invalid'],
    ['/api/stats/form-06.xlsx?period=1800-Q1', 422, 'stats_period_invalid'],
    ['/api/stats/quarterly-report.pdf?period=1800-Q1', 422, 'stats_period_invalid'],
    ['/api/stats/quarterly-report.pdf?period=2027-Q1', 422, 'stats_period_in_future'],
    ['/api/stats/report.xlsx?by=district', 400, 'validation_failed'],
    ['/api/stats/report.xlsx?lang=fr', 400, 'validation_failed'],
    ['/api/stats/form-06.xlsx?variant=07', 400, 'validation_failed'],
    [`/api/stats/form-06.pdf?variant=ii06a&recipient=${'x'.repeat(201)}`, 400, 'validation_failed'],
    ['/api/stats/form-06.pdf?variant=ii06a&recipient=a%0Ab', 400, 'validation_failed'],
    [`/api/stats/quarterly-report.pdf?period=2026-Q3&number=${'1'.repeat(31)}`, 400, 'validation_failed'],
    ['/api/stats/quarterly-report.pdf?period=2026-07', 400, 'validation_failed'],
    ['/api/stats/quarterly-report.pdf', 400, 'validation_failed'],
    ['/api/stats/quarterly-report.pdf?period=2026-Q3&from=2026-07-01', 400, 'validation_failed'],
    ['/api/stats/form-06.xlsx?period=2026-Q3&colour=red', 400, 'validation_failed'],
    ['/api/stats/form-06.xlsx?unit=NO-SUCH-UNIT', 404, 'not_found'],
  ])('%s → %i %s', async (url, status, code) => {
    const res = await f.t.as(f.leader, 'GET', url);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code, status });
  });

  it('refuses more than 20,000 rows in one file, in the caller’s language', async () => {
    await insertTwentyThousandProcedures(f.t);
    const url = '/api/stats/report.xlsx?from=2025-03-01&to=2025-03-31&by=procedure';
    const vi = await f.t.as(f.leader, 'GET', url);
    expect(vi.statusCode).toBe(422);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.headers['content-disposition']).toBeUndefined();
    expect(vi.json()).toMatchObject({ code: 'stats_export_too_large' });
    expect(vi.json<{ detail: string }>().detail).toContain('20001 dòng, vượt quá 20000 dòng');
    const en = await f.t.as(f.leader, 'GET', url, undefined, { 'accept-language': 'en' });
    expect(en.json<{ detail: string }>().detail).toContain('The report has 20001 rows, more than the 20000');
    const byField = await f.t.as(
      f.leader,
      'GET',
      '/api/stats/report.xlsx?from=2025-03-01&to=2025-03-31&by=field',
    );
    expect(byField.statusCode).toBe(200);
  });
});

describe('the service index as Excel', () => {
  it('has the indicators with numbers as numbers, "no data yet" in words, and the ranking sheet', async () => {
    const res = await f.file('/api/stats/index.xlsx?period=2026-Q3');
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Chi so phuc vu P 2026-07-01 den/,
    );
    const index = await f.t.as(f.leader, 'GET', '/api/stats/index?period=2026-Q3');
    const view = index.json<ServiceIndexDto>();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [sheet, ranking] = workbook.worksheets;
    if (!sheet || !ranking) throw new Error('two sheets expected');
    expect(sheet.name).toBe('Chỉ số');
    expect(sheet.getCell('A3').text).toBe('Đơn vị: UBND tỉnh Kiểm Thử');
    const header = rowWith(sheet, 1, 'Mã');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    const indicators = view.groups.flatMap((g) => g.indicators);
    const withData = indicators.find((i) => i.status === 'ok' && i.numerator !== null);
    const without = indicators.find((i) => i.status === 'no_data');
    if (!withData || !without) throw new Error('the fixture has indicators with and without data');
    const row = rowWith(sheet, 1, withData.code);
    expect(row.getCell(2).text).toBe(withData.nameVi);
    expect([row.getCell(3).value, row.getCell(4).value]).toEqual([withData.numerator, withData.denominator]);
    expect(row.getCell(7).value).toBe(withData.points);
    const missing = rowWith(sheet, 1, without.code);
    expect(missing.getCell(7).value).toBeNull();
    expect(missing.getCell(9).text).toBe('Chưa có dữ liệu');
    for (const group of view.groups) {
      const g = rowWith(sheet, 1, group.code);
      expect([g.getCell(7).value, g.getCell(8).value]).toEqual([group.points, group.max]);
      expect(g.getCell(2).font?.bold).toBe(true);
    }
    expect(ranking.name).toBe('Xếp hạng');
    expect(rowWith(ranking, 1, 'Hạng').getCell(3).text).toBe('Đơn vị');
  });
});

describe('who may have the files', () => {
  it.each(ROUTES)(
    '%s: the report’s roles only; a unit outside the caller’s scope is not found',
    async (route) => {
      const query = route.includes('quarterly') ? '?period=2026-Q3' : '?period=2026-Q3';
      expect((await f.t.as(null, 'GET', `${route}${query}`)).statusCode).toBe(401);
      const clerk = await f.t.login('clerk.a');
      expect((await f.t.as(clerk, 'GET', `${route}${query}`)).statusCode).toBe(403);
      const adminB = await f.t.login('agencyadmin.b');
      const outside = await f.t.as(adminB, 'GET', `${route}${query}&unit=${f.t.org.unit.communeA}`);
      expect(outside.statusCode).toBe(404);
      expect(outside.json()).toMatchObject({ code: 'not_found' });
      const own = await f.t.as(adminB, 'GET', `${route}${query}`);
      expect(own.statusCode, own.body.slice(0, 300)).toBe(200);
      const adminA = await f.t.login('agencyadmin.a');
      expect((await f.t.as(adminA, 'GET', `${route}${query}&unit=P.XA`)).statusCode).toBe(200);
    },
  );
});
