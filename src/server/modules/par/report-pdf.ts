/**
 * The consolidated report as PDF, drawn with the official documents' helpers (dossiers/forms and
 * the statistics reports' heading): the same font shipped in assets/fonts, margins, motto, ruled
 * tables that repeat their header across pages, signature row and page numbers.
 */
import { drawSignatures, numberPages, paragraph, prose } from '../dossiers/forms/form-layout';
import {
  centredRule,
  contentBox,
  createFormDocument,
  FONT,
  type FontName,
  textAt,
} from '../dossiers/forms/pdf-document';
import { drawTable } from '../dossiers/forms/pdf-table';
import { drawReportHeading } from '../stats/exports/report-document';
import type { DocBlock, ReportDocumentModel } from './report-model';

const INDENT = 28;

function drawBlock(doc: PDFKit.PDFDocument, block: DocBlock): void {
  if (block.kind === 'table') {
    drawTable(doc, block.columns, block.rows);
    return;
  }
  if (block.kind === 'heading') {
    doc.y += block.level === 1 ? 6 : 3;
    paragraph(doc, block.text, {
      font: FONT.bold,
      align: 'left',
      indent: block.level === 2 ? INDENT : 0,
      gapAfter: 3,
    });
    return;
  }
  if (block.italic)
    paragraph(doc, block.text, { font: FONT.italic, align: 'justify', firstLineIndent: INDENT, gapAfter: 3 });
  else prose(doc, block.text);
}

function centredLines(doc: PDFKit.PDFDocument, lines: readonly string[], font: FontName, size: number): void {
  const box = contentBox(doc);
  let y = doc.y;
  for (const line of lines) y = textAt(doc, line, box.left, y, box.width, { font, size, align: 'center' });
  doc.x = box.left;
  doc.y = y;
}

/** The document's bytes. */
export async function renderReportPdf(model: ReportDocumentModel): Promise<Buffer> {
  const { doc, finish } = createFormDocument(model.info);
  drawReportHeading(doc, {
    authorityName: null,
    issuingUnitName: model.issuer.join('\n'),
    numberLine: model.numberLine,
    formNumber: null,
    placeAndDate: model.placeAndDate,
  });
  const box = contentBox(doc);
  let y = textAt(doc, model.title, box.left, doc.y, box.width, {
    font: FONT.bold,
    size: 14,
    align: 'center',
  });
  y = textAt(doc, model.subject, box.left + 40, y, box.width - 80, {
    font: FONT.bold,
    size: 14,
    align: 'center',
  });
  centredRule(doc, box.left + box.width / 2, y + 4, 90);
  doc.x = box.left;
  doc.y = y + 16;
  for (const block of model.body) drawBlock(doc, block);
  drawSignatures(
    doc,
    { title: `${model.signature.mandate}\n${model.signature.title}`, hint: ' ', name: '' },
    { recipients: model.recipients },
  );
  for (const appendix of model.appendices) {
    doc.addPage();
    centredLines(doc, [appendix.title, appendix.subtitle], FONT.bold, 14);
    centredLines(doc, appendix.note.split('\n'), FONT.italic, 12);
    doc.y += 10;
    for (const block of appendix.blocks) drawBlock(doc, block);
  }
  numberPages(doc);
  return finish();
}
