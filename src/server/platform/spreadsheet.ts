import ExcelJS from 'exceljs';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The first worksheet of an .xlsx file as rows of cell text; throws on a file that is not one. */
export async function readFirstSheet(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '');
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A line above a sheet's header row, merged across its columns (a form's heading and title). */
export interface SheetHeadingLine {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly { header: string; key: string; width?: number }[];
  readonly rows: readonly Record<string, string | number>[];
  /**
   * Lines printed above the header row, as on an official register. With them, the table is also
   * ruled, its cells wrap, and the sheet prints on A4 landscape with the header on every page.
   */
  readonly heading?: readonly SheetHeadingLine[];
}

const THIN_BORDER = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;

/** A sheet laid out as a printed register: heading lines, a ruled table, A4 landscape. */
function addRegisterSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  heading: readonly SheetHeadingLine[],
): void {
  const headerRowNumber = heading.length + 1;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRowNumber }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
    },
  });
  sheet.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? 24 }));
  const width = spec.columns.length;
  heading.forEach((line, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = line.text;
    row.getCell(1).font = { bold: line.bold ?? false, italic: line.italic ?? false, size: line.size ?? 11 };
    row.getCell(1).alignment = { horizontal: line.align ?? 'center', vertical: 'middle' };
    if (width > 1) sheet.mergeCells(index + 1, 1, index + 1, width);
  });
  const header = sheet.getRow(headerRowNumber);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
  });
  for (const values of spec.rows) {
    const row = sheet.addRow(values);
    for (let c = 1; c <= width; c++) {
      row.getCell(c).alignment = { vertical: 'top', wrapText: true };
      row.getCell(c).border = THIN_BORDER;
    }
  }
}

/** An .xlsx workbook of the given sheets, header row bold and frozen. */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MộtCửa';
  for (const spec of sheets) {
    if (spec.heading && spec.heading.length > 0) {
      addRegisterSheet(workbook, spec, spec.heading);
      continue;
    }
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 24 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
