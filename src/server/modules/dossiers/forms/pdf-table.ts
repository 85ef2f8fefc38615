/**
 * A ruled table that breaks across pages between rows and repeats its header on each new page,
 * as a long process-control slip or list of papers must stay readable page by page.
 */
import { contentBox, FONT, heightOfText, TEXT_SIZE, type TextStyle, textAt } from './pdf-document';

export interface TableColumn {
  readonly header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  readonly share: number;
  readonly align?: 'left' | 'center' | 'right';
}

const CELL_PADDING = 4;

interface PlacedColumn extends TableColumn {
  readonly x: number;
  readonly width: number;
}

function placeColumns(doc: PDFKit.PDFDocument, columns: readonly TableColumn[]): PlacedColumn[] {
  const box = contentBox(doc);
  let x = box.left;
  return columns.map((column) => {
    const placed = { ...column, x, width: box.width * column.share };
    x += placed.width;
    return placed;
  });
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  columns: readonly PlacedColumn[],
  style: TextStyle,
) {
  // An empty row still keeps one line of height, so a blank row can be filled in by hand.
  let tallest = heightOfText(doc, 'Ag', columns[0]?.width ?? 100, style);
  columns.forEach((column, index) => {
    const text = cells[index] ?? '';
    const height = heightOfText(doc, text, column.width - 2 * CELL_PADDING, {
      ...style,
      align: column.align,
    });
    tallest = Math.max(tallest, height);
  });
  return tallest + 2 * CELL_PADDING;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  columns: readonly PlacedColumn[],
  y: number,
  height: number,
  style: TextStyle,
): void {
  columns.forEach((column, index) => {
    doc.lineWidth(0.6).rect(column.x, y, column.width, height).stroke();
    textAt(
      doc,
      cells[index] ?? '',
      column.x + CELL_PADDING,
      y + CELL_PADDING,
      column.width - 2 * CELL_PADDING,
      {
        ...style,
        align: column.align ?? 'left',
      },
    );
  });
}

/**
 * Draws the table from the current position. A row never splits; a row that cannot fit below the
 * current content starts a new page, which begins with the header again. (Rows are a few lines
 * each; one taller than a whole page would run past the margin rather than loop on blank pages.)
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  const placed = placeColumns(doc, columns);
  const headerStyle: TextStyle = { font: FONT.bold, size: TEXT_SIZE.table - 0.5 };
  const bodyStyle: TextStyle = { font: FONT.regular, size: TEXT_SIZE.table };
  const headerCells = columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, headerCells, placed, headerStyle);
  const headerPlaced = placed.map((c) => ({ ...c, align: 'center' as const }));

  let y = doc.y;
  const firstRowHeight = rows[0] ? rowHeight(doc, rows[0], placed, bodyStyle) : 0;
  if (y + headerHeight + firstRowHeight > contentBox(doc).bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  drawRow(doc, headerCells, headerPlaced, y, headerHeight, headerStyle);
  y += headerHeight;

  for (const cells of rows) {
    const height = rowHeight(doc, cells, placed, bodyStyle);
    const pageHasRows = y > doc.page.margins.top + headerHeight;
    if (y + height > contentBox(doc).bottom && pageHasRows) {
      doc.addPage();
      y = doc.page.margins.top;
      drawRow(doc, headerCells, headerPlaced, y, headerHeight, headerStyle);
      y += headerHeight;
    }
    drawRow(doc, cells, placed, y, height, bodyStyle);
    y += height;
  }
  doc.x = contentBox(doc).left;
  doc.y = y + 8;
}
