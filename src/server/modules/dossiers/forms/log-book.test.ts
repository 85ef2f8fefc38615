import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../../domain/calendar/errors';
import { renderLogBook } from './log-book';
import { sampleLogBookRows, vietnamTime } from './sample-form-data';

const HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên TTHC',
  'Tên tổ chức/cá nhân',
  'Địa chỉ, số điện thoại',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Chuyển hồ sơ đến cơ quan giải quyết',
  'Ngày có kết quả/trả kết quả',
  'Trước hạn/Đúng hạn/Quá hạn',
  'Ghi chú',
];

const NOVEMBER_2026 = { unitName: 'Bộ phận Một cửa xã Tân An', from: '2026-11-01', to: '2026-11-30' };

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  return HEADERS.map((_, index) => sheet.getRow(rowNumber).getCell(index + 1).text);
}

describe('the log book (sổ theo dõi hồ sơ) as .xlsx', () => {
  it('has the heading of the form, then the official columns, then one row per dossier', async () => {
    const sheet = await sheetOf(await renderLogBook(sampleLogBookRows(12), NOVEMBER_2026));
    expect(sheet.name).toBe('Sổ theo dõi hồ sơ');
    expect(sheet.getCell('A1').text).toBe('Mẫu số 07');
    expect(sheet.getCell('A2').text).toBe('BỘ PHẬN MỘT CỬA XÃ TÂN AN');
    expect(sheet.getCell('A3').text).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.getCell('A4').text).toBe('Từ ngày 01 tháng 11 năm 2026 đến ngày 30 tháng 11 năm 2026');
    expect(sheet.getCell('A5').text).toBe('(Thông tư số 03/2025/TT-VPCP)');
    expect(rowTexts(sheet, 6)).toEqual(HEADERS);
    expect(sheet.rowCount).toBe(6 + 12);
    expect(sheet.getCell('K3').isMerged).toBe(true);
  });

  it('writes each dossier with Vietnamese dates (dd/MM/yyyy HH:mm, Vietnam time) and its outcome', async () => {
    const rows = sampleLogBookRows(3);
    const sheet = await sheetOf(await renderLogBook(rows, NOVEMBER_2026));
    expect(rowTexts(sheet, 7)).toEqual([
      '1',
      '000.00.17.H29-261102-0001',
      'Đăng ký khai sinh',
      'Nguyễn Thị Hằng',
      'Thôn Phú Hội, xã Tân An; 0912 000 000',
      '02/11/2026 07:30',
      '05/11/2026 07:30',
      'Công chức Tư pháp - Hộ tịch',
      '04/11/2026 07:30',
      'Trước hạn',
      '',
    ]);
    expect(rowTexts(sheet, 8)).toEqual([
      '2',
      '000.00.17.H29-261102-0002',
      'Chứng thực bản sao từ bản chính',
      'Trần Văn Đức',
      'Thôn Phú Hội, xã Tân An; 0912 000 001',
      '02/11/2026 08:30',
      '05/11/2026 08:30',
      'Công chức Tư pháp - Hộ tịch',
      '',
      '',
      'Yêu cầu bổ sung một lần',
    ]);
    expect(sheet.getRow(9).getCell(5).text).toBe('Thôn Phú Hội, xã Tân An');
  });

  it('prints the day in Vietnam for an instant late in the UTC evening', async () => {
    const [row] = sampleLogBookRows(1);
    if (!row) throw new Error('no row');
    const late = { ...row, receivedAt: new Date('2026-11-04T17:15:00Z') };
    const sheet = await sheetOf(await renderLogBook([late], NOVEMBER_2026));
    expect(sheet.getRow(7).getCell(6).text).toBe('05/11/2026 00:15');
  });

  it('is Mẫu số 06 for a period ending by 30/6/2025 and Mẫu số 07 for one ending after', async () => {
    const rows = sampleLogBookRows(1, vietnamTime('2025-06-10 09:00'));
    const june = await sheetOf(
      await renderLogBook(rows, { ...NOVEMBER_2026, from: '2025-06-01', to: '2025-06-30' }),
    );
    expect(june.getCell('A1').text).toBe('Mẫu số 06');
    expect(june.getCell('A5').text).toBe('(Thông tư số 01/2018/TT-VPCP)');
    const across = await sheetOf(
      await renderLogBook(rows, { ...NOVEMBER_2026, from: '2025-06-01', to: '2025-07-01' }),
    );
    expect(across.getCell('A1').text).toBe('Mẫu số 07');
  });

  it('keeps an empty period as a heading and the column titles', async () => {
    const sheet = await sheetOf(await renderLogBook([], NOVEMBER_2026));
    expect(rowTexts(sheet, 6)).toEqual(HEADERS);
    expect(sheet.rowCount).toBe(6);
  });

  it('refuses a period that ends before it starts, or a day that does not exist', async () => {
    await expect(renderLogBook([], { ...NOVEMBER_2026, from: '2026-12-01' })).rejects.toThrow(RangeError);
    await expect(renderLogBook([], { ...NOVEMBER_2026, to: '2026-11-31' })).rejects.toThrow(CalendarError);
  });
});
