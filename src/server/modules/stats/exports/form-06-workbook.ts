/**
 * Biểu số 06/VPCP/KSTT (or II.06a) as an Excel workbook: the heading, two header rows with the
 * merged groups, the row of column numbers, the levels with their fields, the total, the notes and
 * the signature titles; A4 landscape, headers repeated on every printed page.
 */
import ExcelJS from 'exceljs';
import {
  FORM_06_COLUMNS,
  FORM_06_GROUPS,
  FORM_06_SIGNERS,
  FORM_06_TITLE,
  FORM_06_UNIT_OF_MEASURE,
  type Form06Row,
  type Form06Table,
} from './form-06';
import { COUNT_FORMAT, fitWidth, headerCell, THIN_BORDER } from './sheet-style';
import { periodRange } from './vietnamese-format';

const WIDTH = FORM_06_COLUMNS.length;
const upper = (text: string) => text.toLocaleUpperCase('vi');

function line(
  sheet: ExcelJS.Worksheet,
  row: number,
  [from, to]: [number, number],
  text: string,
  style: { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right' } = {},
): void {
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.font = { bold: style.bold ?? false, italic: style.italic ?? false, size: style.size ?? 11 };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
  if (to > from) sheet.mergeCells(row, from, row, to);
}

function dataRow(sheet: ExcelJS.Worksheet, rowNumber: number, row: Form06Row): void {
  const bold = row.kind !== 'field';
  const values = [row.number, row.label, ...row.cells];
  values.forEach((value, index) => {
    const cell = sheet.getCell(rowNumber, index + 1);
    cell.value = value;
    cell.border = THIN_BORDER;
    cell.font = { bold };
    if (index === 0) cell.alignment = { horizontal: 'center', vertical: 'top' };
    else if (index === 1) cell.alignment = { vertical: 'top', wrapText: true };
    else cell.numFmt = COUNT_FORMAT;
  });
}

export async function form06Workbook(table: Form06Table, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MộtCửa';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(table.variant === 'ii06a' ? 'Biểu II.06a' : 'Biểu 06');

  const { issuer } = table;
  line(sheet, 1, [1, 5], upper(issuer.authorityName ?? issuer.unitName), {
    bold: issuer.authorityName === null,
  });
  if (issuer.authorityName !== null) line(sheet, 2, [1, 5], upper(issuer.unitName), { bold: true });
  line(sheet, 1, [9, WIDTH], table.formNumber, { bold: true, align: 'right' });
  line(sheet, 4, [1, WIDTH], FORM_06_TITLE, { bold: true, size: 13 });
  line(sheet, 5, [1, WIDTH], `(${periodRange(table.period, 'vi')})`, { italic: true });
  let row = 6;
  for (const text of table.reportLines) line(sheet, row++, [1, WIDTH], text, { align: 'left' });
  line(sheet, row++, [1, WIDTH], FORM_06_UNIT_OF_MEASURE, { italic: true, align: 'right' });

  const groupRow = row;
  const labelRow = row + 1;
  const numberRow = row + 2;
  FORM_06_COLUMNS.forEach((label, index) => {
    headerCell(sheet.getCell(groupRow, index + 1), label);
    headerCell(sheet.getCell(labelRow, index + 1), label);
    headerCell(sheet.getCell(numberRow, index + 1), `(${index + 1})`);
    sheet.getCell(numberRow, index + 1).font = { italic: true };
  });
  sheet.mergeCells(groupRow, 1, labelRow, 1);
  sheet.mergeCells(groupRow, 2, labelRow, 2);
  for (const group of FORM_06_GROUPS) {
    sheet.getCell(groupRow, group.from).value = group.label;
    sheet.mergeCells(groupRow, group.from, groupRow, group.to);
  }
  sheet.getRow(groupRow).height = 30;
  sheet.getRow(labelRow).height = 45;

  let next = numberRow + 1;
  for (const r of [...table.rows, table.total]) dataRow(sheet, next++, r);

  next += 1;
  for (const note of table.notes)
    line(sheet, next++, [1, WIDTH], note, { italic: true, size: 10, align: 'left' });
  next += 1;
  line(sheet, next, [1, 4], FORM_06_SIGNERS.preparer.title, { bold: true });
  line(sheet, next, [9, WIDTH], FORM_06_SIGNERS.head.title, { bold: true });
  line(sheet, next + 1, [1, 4], FORM_06_SIGNERS.preparer.hint, { italic: true });
  line(sheet, next + 1, [9, WIDTH], FORM_06_SIGNERS.head.hint, { italic: true });

  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: numberRow }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${groupRow}:${numberRow}`,
  };
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = fitWidth(
    [...table.rows, table.total].map((r) => r.label),
    30,
    50,
  );
  for (let c = 3; c <= WIDTH; c++) sheet.getColumn(c).width = 12;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
