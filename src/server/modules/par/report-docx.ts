/**
 * The consolidated report as a Word document (.docx), written with the `docx` library: A4 with the
 * margins, font and sizes of administrative documents (Decree 30/2020/NĐ-CP, Appendix I: Times New
 * Roman 13–14 pt, top and bottom 20 mm, left 30 mm, right 20 mm, page numbers centred at the top
 * from the second page), the heading as a borderless two-column table, ruled tables for figures.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type DocBlock, NATIONAL_MOTTO, NATIONAL_TITLE, type ReportDocumentModel } from './report-model';

const FONT = 'Times New Roman';
/** Sizes in half points, as WordprocessingML counts them. */
const PT = (points: number) => points * 2;
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (millimetres: number) => Math.round(millimetres * TWIPS_PER_MM);
const PAGE = { width: 11_906, height: 16_838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The issuing body's column, a bit less than half of the width; the motto takes the rest. */
const LEFT_SHARE = 0.42;

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
}

const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text: text.normalize('NFC'),
    bold: style.bold,
    italics: style.italics,
    size: PT(style.size ?? 14),
  });

const centred = (text: string, style: RunStyle = {}, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, style)] });

/** A short horizontal rule under a centred line: an empty paragraph's bottom border between indents. */
const rule = (columnWidth: number, length: number) =>
  new Paragraph({
    indent: { left: Math.max(0, (columnWidth - length) / 2), right: Math.max(0, (columnWidth - length) / 2) },
    spacing: { after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });

const borderless = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE });

function heading(model: ReportDocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * LEFT_SHARE);
  const right = TEXT_WIDTH - left;
  const [authority = '', body = ''] = model.issuer;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          borderless(
            [
              centred(authority, { bold: true, size: 13 }),
              centred(body, { bold: true, size: 13 }),
              rule(left, mm(25)),
              centred(model.numberLine, { size: 13 }),
            ],
            left,
          ),
          borderless(
            [
              centred(NATIONAL_TITLE, { bold: true, size: 12.5 }),
              centred(NATIONAL_MOTTO, { bold: true, size: 13.5 }),
              rule(right, mm(58)),
              centred(model.placeAndDate, { italics: true, size: 13.5 }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

function block(b: Exclude<DocBlock, { kind: 'table' }>): Paragraph {
  if (b.kind === 'heading')
    return new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      indent: { firstLine: b.level === 2 ? mm(10) : 0 },
      children: [run(b.text, { bold: true, size: b.level === 1 ? 13.5 : 13 })],
    });
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 80, line: 300 },
    children: [run(b.text, { italics: b.italic })],
  });
}

const ruled = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const RULED = {
  top: ruled,
  bottom: ruled,
  left: ruled,
  right: ruled,
  insideHorizontal: ruled,
  insideVertical: ruled,
};

function table(b: Extract<DocBlock, { kind: 'table' }>): Table {
  const widths = b.columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  const alignOf = (align: 'left' | 'center' | 'right' | undefined) =>
    align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : alignOf(b.columns[i]?.align),
          children: [run(text, { bold: header, size: 12 })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: RULED,
    rows: [
      new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c.header, i, true)) }),
      ...b.rows.map(
        (cells) => new TableRow({ cantSplit: true, children: cells.map((text, i) => cell(text, i, false)) }),
      ),
    ],
  });
}

const blocks = (list: readonly DocBlock[]) =>
  list.flatMap((b) => (b.kind === 'table' ? [table(b), new Paragraph({ children: [] })] : [block(b)]));

function signature(model: ReportDocumentModel): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          borderless(
            [
              new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
              ...model.recipients.map((r) => new Paragraph({ children: [run(r, { size: 11 })] })),
            ],
            half,
          ),
          borderless(
            [
              centred(model.signature.mandate, { bold: true }),
              centred(model.signature.title, { bold: true }, 1600),
            ],
            TEXT_WIDTH - half,
          ),
        ],
      }),
    ],
  });
}

function appendix(a: ReportDocumentModel['appendices'][number]) {
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      children: [run(a.title, { bold: true })],
    }),
    centred(a.subtitle, { bold: true }),
    ...a.note.split('\n').map((line) => centred(line, { italics: true, size: 13 }, 60)),
    new Paragraph({ children: [] }),
    ...blocks(a.blocks),
  ];
}

/** The document's bytes. */
export async function renderReportDocx(model: ReportDocumentModel): Promise<Buffer> {
  const doc = new Document({
    title: model.info.title,
    subject: model.info.subject,
    creator: 'MộtCửa',
    lastModifiedBy: 'MộtCửa',
    styles: { default: { document: { run: { font: FONT, size: PT(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE, margin: { ...MARGIN, header: mm(10), footer: mm(10) } },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: PT(13) })],
              }),
            ],
          }),
        },
        children: [
          heading(model),
          new Paragraph({
            spacing: { before: 240 },
            alignment: AlignmentType.CENTER,
            children: [run(model.title, { bold: true })],
          }),
          centred(model.subject, { bold: true }),
          rule(TEXT_WIDTH, mm(30)),
          ...blocks(model.body),
          new Paragraph({ children: [] }),
          signature(model),
          ...model.appendices.flatMap(appendix),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
