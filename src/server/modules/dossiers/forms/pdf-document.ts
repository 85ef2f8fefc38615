/**
 * The page every form is drawn on: A4 portrait with the margins of administrative documents, the
 * serif font shipped in assets/fonts (Noto Serif, OFL, full Vietnamese coverage), and text always
 * normalised to NFC because decomposed accents are drawn as loose marks.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export const FONT = { regular: 'serif', bold: 'serif-bold', italic: 'serif-italic' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FONT_FILES: Readonly<Record<FontName, string>> = {
  serif: 'NotoSerif-Regular.ttf',
  'serif-bold': 'NotoSerif-Bold.ttf',
  'serif-italic': 'NotoSerif-Italic.ttf',
};

const MM = 72 / 25.4;
/** Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM } as const;

export const TEXT_SIZE = { body: 13, title: 14, table: 11, small: 9 } as const;

let fontBytes: Map<FontName, Buffer> | null = null;

/** Read once per process: the files are 0.6 MB each and never change while it runs. */
export function loadFonts(): Map<FontName, Buffer> {
  if (!fontBytes) {
    const loaded = new Map<FontName, Buffer>();
    for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
      loaded.set(name, readFileSync(new URL(`../../../../../assets/fonts/${file}`, import.meta.url)));
    }
    fontBytes = loaded;
  }
  return fontBytes;
}

export interface FormDocumentInfo {
  readonly title: string;
  readonly subject: string;
  /** Also the PDF's creation date, so the same input gives the same bytes. */
  readonly createdAt: Date;
}

export interface FormDocument {
  readonly doc: PDFKit.PDFDocument;
  /** Finishes the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

/** A document of A4 pages with the official margins: portrait, or landscape for wide tables. */
export function createFormDocument(
  info: FormDocumentInfo,
  layout: 'portrait' | 'landscape' = 'portrait',
): FormDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margins: { ...PAGE_MARGINS },
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(info.title),
      Subject: nfc(info.subject),
      Creator: 'MộtCửa',
      Producer: 'MộtCửa (PDFKit)',
      CreationDate: info.createdAt,
      ModDate: info.createdAt,
    },
  });
  for (const [name, bytes] of loadFonts()) doc.registerFont(name, bytes);
  doc.font(FONT.regular).fontSize(TEXT_SIZE.body);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** The writable box of the current page. */
export function contentBox(doc: PDFKit.PDFDocument): {
  left: number;
  right: number;
  width: number;
  bottom: number;
} {
  const { margins, width, height } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    width: width - margins.left - margins.right,
    bottom: height - margins.bottom,
  };
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBox(doc).bottom) doc.addPage();
}

export interface TextStyle {
  readonly font?: FontName;
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** Indent of a paragraph's first line only, as running text is set on official documents. */
  readonly firstLineIndent?: number;
}

/** Text in a column at (x, y) of the given width; returns the y below it. */
export function textAt(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
): number {
  doc.font(style.font ?? FONT.regular).fontSize(style.size ?? TEXT_SIZE.body);
  doc.text(nfc(text), x, y, {
    width,
    align: style.align ?? 'left',
    indent: style.firstLineIndent ?? 0,
  });
  return doc.y;
}

export function heightOfText(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle = {},
): number {
  doc.font(style.font ?? FONT.regular).fontSize(style.size ?? TEXT_SIZE.body);
  return doc.heightOfString(nfc(text), {
    width,
    align: style.align ?? 'left',
    indent: style.firstLineIndent ?? 0,
  });
}

/** A horizontal rule centred under a column, as under the unit's name and the national motto. */
export function centredRule(doc: PDFKit.PDFDocument, centreX: number, y: number, length: number): void {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.7)
    .stroke();
}
