/**
 * The parts every official form shares, laid out as administrative documents are (Decree 30/2020/
 * NĐ-CP, Appendix I): the two-column heading with the issuing body and the national motto, the
 * title, numbered body lines, signature blocks, and the verification QR code at the foot.
 */
import { BLANK } from './form-text';
import {
  centredRule,
  contentBox,
  ensureSpace,
  FONT,
  heightOfText,
  nfc,
  TEXT_SIZE,
  type TextStyle,
  textAt,
} from './pdf-document';

/** The left column (issuing body) takes a bit less than half of the width, the motto the rest. */
export const LEFT_COLUMN_SHARE = 0.42;
const LINE_GAP = 2;

export interface FormHeading {
  readonly authorityName: string;
  readonly issuingUnitName: string;
  /** E.g. 'Mẫu số 01'. */
  readonly formNumber: string;
  /** E.g. 'Tân An, ngày 23 tháng 11 năm 2026'. */
  readonly placeAndDate: string;
}

/** The national title at 12 pt just fits the motto column of an A4 page in Noto Serif. */
export const ISSUER_SIZE = 11.5;
export const NATIONAL_TITLE_SIZE = 12;
export const MOTTO_SIZE = 13;
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export function drawHeading(doc: PDFKit.PDFDocument, heading: FormHeading): void {
  const box = contentBox(doc);
  const leftWidth = box.width * LEFT_COLUMN_SHARE;
  const rightX = box.left + leftWidth;
  const rightWidth = box.width - leftWidth;
  const centred = (font: TextStyle['font'], size: number): TextStyle => ({ font, size, align: 'center' });

  // The form number sits in the top margin's lower half, above the motto, as in the circulars.
  const columnsTop = textAt(doc, heading.formNumber, box.left, doc.page.margins.top - 16, box.width, {
    font: FONT.bold,
    size: ISSUER_SIZE,
    align: 'right',
  });

  const upper = (text: string) => text.toLocaleUpperCase('vi');
  let leftY = textAt(
    doc,
    upper(heading.authorityName),
    box.left,
    columnsTop,
    leftWidth,
    centred(FONT.regular, ISSUER_SIZE),
  );
  leftY = textAt(
    doc,
    upper(heading.issuingUnitName),
    box.left,
    leftY,
    leftWidth,
    centred(FONT.bold, ISSUER_SIZE),
  );
  centredRule(doc, box.left + leftWidth / 2, leftY + 4, Math.min(leftWidth * 0.4, 80));

  let rightY = textAt(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, columnsTop, rightWidth, {
    ...centred(FONT.bold, NATIONAL_TITLE_SIZE),
  });
  rightY = textAt(doc, MOTTO, rightX, rightY, rightWidth, centred(FONT.bold, MOTTO_SIZE));
  doc.font(FONT.bold).fontSize(MOTTO_SIZE);
  centredRule(doc, rightX + rightWidth / 2, rightY + 4, doc.widthOfString(MOTTO));
  rightY = textAt(doc, heading.placeAndDate, rightX, rightY + 12, rightWidth, centred(FONT.italic, 12.5));

  doc.x = box.left;
  doc.y = Math.max(leftY + 8, rightY) + 14;
}

/** The form's title in bold capitals, centred, and the dossier code under it. */
export function drawTitle(doc: PDFKit.PDFDocument, title: string, dossierCode: string): void {
  const box = contentBox(doc);
  ensureSpace(doc, 60);
  let y = textAt(doc, title, box.left, doc.y, box.width, {
    font: FONT.bold,
    size: TEXT_SIZE.title,
    align: 'center',
  });
  y = textAt(doc, `Mã hồ sơ: ${dossierCode}`, box.left, y + 1, box.width, { align: 'center', size: 12.5 });
  doc.x = box.left;
  doc.y = y + 10;
}

/** One paragraph of the body at the left margin (plus an indent), flowing onto the next page. */
export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle & { readonly indent?: number; readonly gapAfter?: number } = {},
): void {
  const box = contentBox(doc);
  const indent = style.indent ?? 0;
  const width = box.width - indent;
  const firstLine = heightOfText(doc, 'Ag', width, style);
  ensureSpace(doc, firstLine);
  const y = textAt(doc, text, box.left + indent, doc.y, width, { align: 'justify', ...style });
  doc.x = box.left;
  doc.y = y + (style.gapAfter ?? LINE_GAP);
}

/** Running text: justified, its first line indented by 1 cm. */
export function prose(doc: PDFKit.PDFDocument, text: string): void {
  paragraph(doc, text, { align: 'justify', firstLineIndent: 28 });
}

/** 'Label: value', with the blank a paper form leaves when there is no value. */
export function field(doc: PDFKit.PDFDocument, label: string, value: string | null, indent = 0): void {
  paragraph(doc, `${label}: ${value?.trim() ? value : BLANK}`, { indent, align: 'left' });
}

/** Two short fields side by side on one line when they fit, as 'Số điện thoại: … Thư điện tử: …'. */
export function fieldPair(
  doc: PDFKit.PDFDocument,
  first: [string, string | null],
  second: [string, string | null],
): void {
  const text = (pair: [string, string | null]) => `${pair[0]}: ${pair[1]?.trim() ? pair[1] : BLANK}`;
  const box = contentBox(doc);
  const half = box.width / 2;
  const fitsOnOneLine =
    heightOfText(doc, text(first), half - 6) <= heightOfText(doc, 'Ag', half) &&
    heightOfText(doc, text(second), half) <= heightOfText(doc, 'Ag', half);
  if (!fitsOnOneLine) {
    field(doc, ...first);
    field(doc, ...second);
    return;
  }
  ensureSpace(doc, heightOfText(doc, 'Ag', half));
  const y = doc.y;
  textAt(doc, text(first), box.left, y, half - 6);
  const below = textAt(doc, text(second), box.left + half, y, half);
  doc.x = box.left;
  doc.y = below + LINE_GAP;
}

export interface SignatureBlock {
  /** E.g. 'NGƯỜI TIẾP NHẬN HỒ SƠ'. */
  readonly title: string;
  /** E.g. '(Ký và ghi rõ họ tên)'. */
  readonly hint: string;
  readonly name: string;
}

/** 'Nơi nhận:' and its list, at the left of the signature of an outgoing notice. */
export interface RecipientList {
  readonly recipients: readonly string[];
}

/** The verification QR code and its caption 'Tra cứu, xác thực: <url>'. */
export interface VerificationMark {
  readonly qrPng: Buffer;
  readonly verifyUrl: string;
}

type SignatureRowBlock = SignatureBlock | RecipientList | VerificationMark;

const SIGNING_SPACE = 54;
const QR_SIZE = 62;
const QR_GAP = 8;

function captionOf(mark: VerificationMark): string {
  return `Tra cứu, xác thực: ${mark.verifyUrl}`;
}

function verificationHeight(doc: PDFKit.PDFDocument, mark: VerificationMark, width: number): number {
  const caption = heightOfText(doc, captionOf(mark), width - QR_SIZE - QR_GAP, { size: TEXT_SIZE.small });
  return Math.max(QR_SIZE, caption);
}

/** The QR code at (x, y) with its caption beside it, vertically centred; returns the y below. */
function drawVerificationAt(
  doc: PDFKit.PDFDocument,
  mark: VerificationMark,
  x: number,
  y: number,
  width: number,
) {
  doc.image(mark.qrPng, x, y, { width: QR_SIZE, height: QR_SIZE });
  const captionWidth = width - QR_SIZE - QR_GAP;
  const captionHeight = heightOfText(doc, captionOf(mark), captionWidth, { size: TEXT_SIZE.small });
  const captionTop = y + Math.max(0, (QR_SIZE - captionHeight) / 2);
  const captionBottom = textAt(doc, captionOf(mark), x + QR_SIZE + QR_GAP, captionTop, captionWidth, {
    font: FONT.italic,
    size: TEXT_SIZE.small,
  });
  return Math.max(y + QR_SIZE, captionBottom);
}

function blockHeight(doc: PDFKit.PDFDocument, block: SignatureRowBlock, width: number): number {
  if ('qrPng' in block) return verificationHeight(doc, block, width);
  if ('recipients' in block) {
    return block.recipients.reduce((sum, line) => sum + heightOfText(doc, line, width, { size: 11 }), 16);
  }
  return (
    heightOfText(doc, block.title, width, { font: FONT.bold, align: 'center' }) +
    heightOfText(doc, block.hint, width, { font: FONT.italic, align: 'center' }) +
    SIGNING_SPACE +
    heightOfText(doc, block.name, width, { font: FONT.bold, align: 'center' })
  );
}

function drawBlock(doc: PDFKit.PDFDocument, block: SignatureRowBlock, x: number, y: number, width: number) {
  if ('qrPng' in block) return drawVerificationAt(doc, block, x, y + 4, width);
  if ('recipients' in block) {
    let below = textAt(doc, 'Nơi nhận:', x, y + 4, width, { font: FONT.bold, size: 12 });
    for (const line of block.recipients) below = textAt(doc, line, x, below, width, { size: 11 });
    return below;
  }
  let below = textAt(doc, block.title, x, y, width, { font: FONT.bold, align: 'center' });
  below = textAt(doc, block.hint, x, below, width, { font: FONT.italic, align: 'center' });
  // A form signed by hand has no printed name: PDFKit would still break the page for an empty line.
  if (block.name === '') return below + SIGNING_SPACE;
  return textAt(doc, block.name, x, below + SIGNING_SPACE, width, { font: FONT.bold, align: 'center' });
}

/**
 * One row of signatures, kept on one page: the right block is the issuer; the left one is the
 * applicant's signature, the recipients of a notice, or the verification QR code.
 */
export function drawSignatures(
  doc: PDFKit.PDFDocument,
  right: SignatureBlock,
  left: SignatureRowBlock | null,
): void {
  const box = contentBox(doc);
  const half = box.width / 2;
  const height = Math.max(blockHeight(doc, right, half), left ? blockHeight(doc, left, half - 10) : 0);
  doc.y += 10;
  ensureSpace(doc, height);
  const top = doc.y;
  const rightBottom = drawBlock(doc, right, box.left + half, top, half);
  const leftBottom = left ? drawBlock(doc, left, box.left, top, half - 10) : top;
  doc.x = box.left;
  doc.y = Math.max(rightBottom, leftBottom) + 12;
}

/**
 * The verification QR code at the foot of the last page, for forms whose signature row has no room
 * for it; on a new page only when the content reaches that far.
 */
export function drawVerificationAtFoot(doc: PDFKit.PDFDocument, mark: VerificationMark): void {
  const box = contentBox(doc);
  const height = verificationHeight(doc, mark, box.width);
  if (doc.y + height > box.bottom) doc.addPage();
  drawVerificationAt(doc, mark, box.left, box.bottom - height, box.width);
}

/** Page numbers from the second page on, centred in the top margin (Decree 30/2020, Appendix I). */
export function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start + 1; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const box = contentBox(doc);
    doc.font(FONT.regular).fontSize(11);
    doc.text(nfc(String(index - range.start + 1)), box.left, doc.page.margins.top / 2, {
      width: box.width,
      align: 'center',
      lineBreak: false,
    });
  }
}
