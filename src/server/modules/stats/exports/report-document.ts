/**
 * The page and heading of the statistics reports, built on the official forms' drawing helpers
 * (dossiers/forms): the same fonts, margins, motto and sizes. What the forms do not have: a
 * document that starts on an A4 landscape page (a wide table), and the heading of a report
 * (Decree 30/2020/NĐ-CP, Appendix I) with its number line 'Số: …/BC-…' under the issuing body.
 */
import {
  ISSUER_SIZE,
  LEFT_COLUMN_SHARE,
  MOTTO,
  MOTTO_SIZE,
  NATIONAL_TITLE_SIZE,
} from '../../dossiers/forms/form-layout';
import {
  centredRule,
  contentBox,
  createFormDocument,
  FONT,
  type FormDocument,
  type FormDocumentInfo,
  PAGE_MARGINS,
  textAt,
} from '../../dossiers/forms/pdf-document';

/** An A4 landscape page with the official margins: for a wide table after portrait pages. */
export const LANDSCAPE_PAGE: PDFKit.PDFDocumentOptions = {
  size: 'A4',
  layout: 'landscape',
  margins: { ...PAGE_MARGINS },
};

/** A document whose pages are A4 landscape: for the wide tables of the statistical forms. */
export const createLandscapeDocument = (info: FormDocumentInfo): FormDocument =>
  createFormDocument(info, 'landscape');

/** Starts a page like the current one (landscape stays landscape) unless `height` more points fit. */
export function ensureSpaceOnSamePage(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBox(doc).bottom) addPageLikeCurrent(doc);
}

export function addPageLikeCurrent(doc: PDFKit.PDFDocument): void {
  const { size, layout, margins } = doc.page;
  doc.addPage({ size, layout: layout === 'landscape' ? 'landscape' : 'portrait', margins: { ...margins } });
}

export interface ReportHeading {
  /** The body above the issuing unit (the province); null when the unit is the province itself. */
  readonly authorityName: string | null;
  readonly issuingUnitName: string;
  /** 'Số: 12/BC-UBND' under the issuing body; null for none (a statistical form). */
  readonly numberLine: string | null;
  /** E.g. 'Biểu số 06/VPCP/KSTT', at the top right; null for none. */
  readonly formNumber: string | null;
  /** 'Tân An, ngày 05 tháng 10 năm 2026'. */
  readonly placeAndDate: string;
}

/**
 * The two-column heading: the authority and the issuing unit in capitals left, with the number
 * line under them; the national title and motto right, with the place and date under them, on
 * the number line's level.
 */
export function drawReportHeading(doc: PDFKit.PDFDocument, heading: ReportHeading): void {
  const box = contentBox(doc);
  const leftWidth = box.width * LEFT_COLUMN_SHARE;
  const rightX = box.left + leftWidth;
  const rightWidth = box.width - leftWidth;
  const centred = (font: (typeof FONT)[keyof typeof FONT], size: number) =>
    ({ font, size, align: 'center' }) as const;
  const upper = (text: string) => text.toLocaleUpperCase('vi');

  let top = doc.page.margins.top;
  if (heading.formNumber) {
    top = textAt(doc, heading.formNumber, box.left, top - 16, box.width, {
      font: FONT.bold,
      size: ISSUER_SIZE,
      align: 'right',
    });
  }
  let leftY = top;
  if (heading.authorityName) {
    leftY = textAt(
      doc,
      upper(heading.authorityName),
      box.left,
      leftY,
      leftWidth,
      centred(FONT.regular, ISSUER_SIZE),
    );
  }
  leftY = textAt(
    doc,
    upper(heading.issuingUnitName),
    box.left,
    leftY,
    leftWidth,
    centred(FONT.bold, ISSUER_SIZE),
  );
  centredRule(doc, box.left + leftWidth / 2, leftY + 4, Math.min(leftWidth * 0.4, 80));

  let rightY = textAt(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, rightWidth, {
    ...centred(FONT.bold, NATIONAL_TITLE_SIZE),
  });
  rightY = textAt(doc, MOTTO, rightX, rightY, rightWidth, centred(FONT.bold, MOTTO_SIZE));
  doc.font(FONT.bold).fontSize(MOTTO_SIZE);
  centredRule(doc, rightX + rightWidth / 2, rightY + 4, doc.widthOfString(MOTTO));

  const dateLineY = Math.max(rightY, leftY) + 12;
  rightY = textAt(doc, heading.placeAndDate, rightX, dateLineY, rightWidth, centred(FONT.italic, 12.5));
  if (heading.numberLine !== null) {
    leftY = textAt(doc, heading.numberLine, box.left, dateLineY, leftWidth, centred(FONT.regular, 12.5));
  }
  doc.x = box.left;
  doc.y = Math.max(leftY, rightY) + 14;
}
