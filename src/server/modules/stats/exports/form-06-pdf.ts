/**
 * Biểu số 06/VPCP/KSTT (or II.06a) as an A4 landscape PDF: the administrative heading, the form's
 * title and period, the ruled table with its two header rows and column numbers (repeated on every
 * page), the notes, and the signatures of the person who drew it up and the head of the unit.
 */
import { drawSignatures, numberPages } from '../../dossiers/forms/form-layout';
import { placeAndDate } from '../../dossiers/forms/form-text';
import { contentBox, FONT, type FontName, heightOfText, textAt } from '../../dossiers/forms/pdf-document';
import {
  FORM_06_COLUMNS,
  FORM_06_GROUPS,
  FORM_06_SIGNERS,
  FORM_06_TITLE,
  FORM_06_UNIT_OF_MEASURE,
  type Form06Row,
  type Form06Table,
} from './form-06';
import {
  addPageLikeCurrent,
  createLandscapeDocument,
  drawReportHeading,
  ensureSpaceOnSamePage,
} from './report-document';
import { formatCount, periodRange } from './vietnamese-format';

/** Shares of the content width: STT, the field's name, then the eleven numbered columns. */
const STT_SHARE = 0.04;
const LABEL_SHARE = 0.22;
const PADDING = 3;
const SIZES = { header: 9.5, numbers: 8.5, body: 10 } as const;

interface Cell {
  readonly x: number;
  readonly width: number;
}

function columnsOf(doc: PDFKit.PDFDocument): Cell[] {
  const box = contentBox(doc);
  const numberWidth = (box.width * (1 - STT_SHARE - LABEL_SHARE)) / (FORM_06_COLUMNS.length - 2);
  const widths = [
    box.width * STT_SHARE,
    box.width * LABEL_SHARE,
    ...FORM_06_COLUMNS.slice(2).map(() => numberWidth),
  ];
  let x = box.left;
  return widths.map((width) => {
    const cell = { x, width };
    x += width;
    return cell;
  });
}

interface CellText {
  readonly text: string;
  readonly font: FontName;
  readonly size: number;
  readonly align: 'left' | 'center' | 'right';
}

function textHeight(doc: PDFKit.PDFDocument, content: CellText, width: number): number {
  return heightOfText(doc, content.text, width - 2 * PADDING, content) + 2 * PADDING;
}

/** A ruled box with its text centred vertically. */
function drawCell(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  height: number,
  content: CellText,
) {
  doc.lineWidth(0.6).rect(x, y, width, height).stroke();
  const inner = heightOfText(doc, content.text, width - 2 * PADDING, content);
  textAt(
    doc,
    content.text,
    x + PADDING,
    y + Math.max(PADDING, (height - inner) / 2),
    width - 2 * PADDING,
    content,
  );
}

const headerText = (text: string): CellText => ({
  text,
  font: FONT.bold,
  size: SIZES.header,
  align: 'center',
});

/** The two header rows (groups merged) and the row of column numbers; returns the y below them. */
function drawHeader(doc: PDFKit.PDFDocument, columns: readonly Cell[], top: number): number {
  const span = (from: number, to: number) => {
    const first = columns[from - 1] ?? { x: 0, width: 0 };
    const last = columns[to - 1] ?? first;
    return { x: first.x, width: last.x + last.width - first.x };
  };
  const groupHeight = Math.max(
    ...FORM_06_GROUPS.map((g) => textHeight(doc, headerText(g.label), span(g.from, g.to).width)),
  );
  const labelHeight = Math.max(
    ...FORM_06_COLUMNS.slice(2).map((label, i) =>
      textHeight(doc, headerText(label), columns[i + 2]?.width ?? 0),
    ),
  );
  let spannedHeight = groupHeight + labelHeight;
  for (const index of [0, 1]) {
    const cell = columns[index] ?? { x: 0, width: 0 };
    spannedHeight = Math.max(
      spannedHeight,
      textHeight(doc, headerText(FORM_06_COLUMNS[index] ?? ''), cell.width),
    );
  }
  const extra = spannedHeight - groupHeight - labelHeight;
  for (const index of [0, 1]) {
    const cell = columns[index] ?? { x: 0, width: 0 };
    drawCell(doc, cell.x, top, cell.width, spannedHeight, headerText(FORM_06_COLUMNS[index] ?? ''));
  }
  for (const group of FORM_06_GROUPS) {
    const { x, width } = span(group.from, group.to);
    drawCell(doc, x, top, width, groupHeight, headerText(group.label));
  }
  FORM_06_COLUMNS.slice(2).forEach((label, i) => {
    const cell = columns[i + 2] ?? { x: 0, width: 0 };
    drawCell(doc, cell.x, top + groupHeight, cell.width, labelHeight + extra, headerText(label));
  });
  const numbersTop = top + spannedHeight;
  const numberText = (i: number): CellText => ({
    text: `(${i + 1})`,
    font: FONT.italic,
    size: SIZES.numbers,
    align: 'center',
  });
  const numbersHeight = textHeight(doc, numberText(0), columns[0]?.width ?? 0);
  columns.forEach((cell, i) => {
    drawCell(doc, cell.x, numbersTop, cell.width, numbersHeight, numberText(i));
  });
  return numbersTop + numbersHeight;
}

function rowTexts(row: Form06Row): CellText[] {
  const font = row.kind === 'field' ? FONT.regular : FONT.bold;
  return [
    { text: row.number, font, size: SIZES.body, align: 'center' },
    { text: row.label, font, size: SIZES.body, align: 'left' },
    ...row.cells.map((n): CellText => ({ text: formatCount(n), font, size: SIZES.body, align: 'right' })),
  ];
}

/** The ruled table, breaking between rows onto pages like the current one, its header on each. */
function drawTable(doc: PDFKit.PDFDocument, table: Form06Table): void {
  const columns = columnsOf(doc);
  const rows = [...table.rows, table.total];
  const heightOf = (texts: readonly CellText[]) =>
    Math.max(...texts.map((t, i) => textHeight(doc, t, columns[i]?.width ?? 0)));
  // The header with the first row: a table never starts at the foot of a page.
  ensureSpaceOnSamePage(doc, 90 + heightOf(rowTexts(rows[0] ?? table.total)));
  let y = drawHeader(doc, columns, doc.y);
  for (const row of rows) {
    const texts = rowTexts(row);
    const height = heightOf(texts);
    if (y + height > contentBox(doc).bottom) {
      addPageLikeCurrent(doc);
      y = drawHeader(doc, columns, doc.page.margins.top);
    }
    texts.forEach((text, i) => {
      const cell = columns[i] ?? { x: 0, width: 0 };
      drawCell(doc, cell.x, y, cell.width, height, text);
    });
    y += height;
  }
  doc.x = contentBox(doc).left;
  doc.y = y + 6;
}

/** A line across the content width, on a page like the current one if it does not fit. */
function line(doc: PDFKit.PDFDocument, text: string, style: Omit<CellText, 'text'>, gapAfter = 2): void {
  const box = contentBox(doc);
  ensureSpaceOnSamePage(doc, heightOfText(doc, text, box.width, style));
  doc.y = textAt(doc, text, box.left, doc.y, box.width, style) + gapAfter;
  doc.x = box.left;
}

/**
 * The form itself from the current position: the title, period, report lines and unit of
 * measure, the table, and the notes. `formNumber` prints the form's number at the top right
 * (an attachment to a report has no heading of its own to carry it).
 */
export function drawForm06(
  doc: PDFKit.PDFDocument,
  table: Form06Table,
  options: { formNumber: boolean },
): void {
  if (options.formNumber) line(doc, table.formNumber, { font: FONT.bold, size: 11.5, align: 'right' }, 6);
  line(doc, FORM_06_TITLE, { font: FONT.bold, size: 13, align: 'center' });
  line(doc, `(${periodRange(table.period, 'vi')})`, { font: FONT.italic, size: 12, align: 'center' }, 6);
  for (const text of table.reportLines) line(doc, text, { font: FONT.regular, size: 12, align: 'left' });
  line(doc, FORM_06_UNIT_OF_MEASURE, { font: FONT.italic, size: 11, align: 'right' });
  drawTable(doc, table);
  for (const note of table.notes) line(doc, note, { font: FONT.italic, size: 10.5, align: 'left' });
}

/** The form on its own, issued `issuedAt` by the report's unit. */
export async function form06Pdf(table: Form06Table, issuedAt: Date): Promise<Buffer> {
  const { doc, finish } = createLandscapeDocument({
    title: `${table.formNumber} — ${table.issuer.unitName}`,
    subject: FORM_06_TITLE,
    createdAt: issuedAt,
  });
  drawReportHeading(doc, {
    authorityName: table.issuer.authorityName,
    issuingUnitName: table.issuer.unitName,
    numberLine: null,
    formNumber: table.formNumber,
    placeAndDate: placeAndDate(table.issuer.placeName, issuedAt),
  });
  drawForm06(doc, table, { formNumber: false });
  drawSignatures(doc, { ...FORM_06_SIGNERS.head, name: '' }, { ...FORM_06_SIGNERS.preparer, name: '' });
  numberPages(doc);
  return finish();
}
