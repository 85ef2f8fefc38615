/** The look the exported statistics workbooks share: ruled cells, number formats, fitted widths. */
import type ExcelJS from 'exceljs';

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Whole numbers with a thousands separator (shown with the reader's locale separators). */
export const COUNT_FORMAT = '#,##0';
/** A rate stored as a fraction (0.9984) and shown as 99.84% (99,84% in a Vietnamese Excel). */
export const RATE_FORMAT = '0.00%';

/** A bold, centred, wrapped and ruled header cell. */
export function headerCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = THIN_BORDER;
}

/** A column width (in characters) that fits the longest text, kept between `min` and `max`. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const longest = Math.max(0, ...texts.map((t) => t.length));
  return Math.min(max, Math.max(min, longest + 2));
}
