import ExcelJS from 'exceljs';
import { XLSX_CONTENT_TYPE } from '../platform/spreadsheet';

/**
 * Demo form templates (mẫu đơn, tờ khai) as real spreadsheets a citizen can fill in: generated
 * layouts in the usual shape of Vietnamese administrative forms, not copies of official forms.
 */
export interface DemoForm {
  readonly key: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly title: string;
  readonly fields: readonly string[];
}

export const DEMO_FORMS: readonly DemoForm[] = [
  {
    key: 'to-khai',
    fileName: 'Tờ khai (mẫu minh họa).xlsx',
    contentType: XLSX_CONTENT_TYPE,
    title: 'TỜ KHAI',
    fields: [
      'Họ, chữ đệm và tên người khai:',
      'Ngày, tháng, năm sinh:',
      'Số định danh cá nhân:',
      'Nơi cư trú:',
      'Số điện thoại, thư điện tử:',
      'Nội dung khai:',
    ],
  },
  {
    key: 'don-de-nghi',
    fileName: 'Đơn đề nghị (mẫu minh họa).xlsx',
    contentType: XLSX_CONTENT_TYPE,
    title: 'ĐƠN ĐỀ NGHỊ',
    fields: [
      'Kính gửi:',
      'Họ, chữ đệm và tên người đề nghị (hoặc tên tổ chức):',
      'Số định danh cá nhân / mã số doanh nghiệp:',
      'Địa chỉ:',
      'Nội dung đề nghị:',
      'Lý do:',
      'Giấy tờ kèm theo:',
    ],
  },
  {
    key: 'bao-cao',
    fileName: 'Báo cáo thuyết minh (mẫu minh họa).xlsx',
    contentType: XLSX_CONTENT_TYPE,
    title: 'BÁO CÁO, THUYẾT MINH',
    fields: ['Tên tổ chức, cá nhân:', 'Địa chỉ:', 'Nội dung báo cáo:', 'Số liệu kèm theo:', 'Cam kết:'],
  },
];

/** The form as an .xlsx file: national motto, title, fields with lines to fill, place for a signature. */
export async function demoFormBytes(form: DemoForm): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MộtCửa (dữ liệu minh họa)';
  const sheet = workbook.addWorksheet('Mau', { pageSetup: { paperSize: 9, orientation: 'portrait' } });
  sheet.columns = [{ width: 48 }, { width: 52 }];
  const centred = (text: string, bold = false, size = 12) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(`A${row.number}:B${row.number}`);
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(1).font = { bold, size };
  };
  centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true);
  centred('Độc lập - Tự do - Hạnh phúc', true);
  sheet.addRow([]);
  centred(form.title, true, 14);
  centred('(Mẫu minh họa của bản demo MộtCửa — không phải biểu mẫu chính thức)', false, 10);
  sheet.addRow([]);
  for (const field of form.fields) {
    const row = sheet.addRow([field, '']);
    row.getCell(2).border = { bottom: { style: 'dotted' } };
    row.height = 22;
  }
  sheet.addRow([]);
  sheet.addRow(['', '……, ngày …… tháng …… năm ……']).getCell(2).alignment = { horizontal: 'center' };
  const sign = sheet.addRow(['', 'NGƯỜI KHAI / NGƯỜI ĐỀ NGHỊ']);
  sign.getCell(2).alignment = { horizontal: 'center' };
  sign.getCell(2).font = { bold: true };
  sheet.addRow(['', '(Ký, ghi rõ họ, chữ đệm, tên)']).getCell(2).alignment = { horizontal: 'center' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
