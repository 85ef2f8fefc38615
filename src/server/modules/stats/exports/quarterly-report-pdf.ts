/**
 * The quarterly report of dossier results (báo cáo tình hình, kết quả giải quyết TTHC quý …) as an
 * administrative document: heading with its number, title, the figures written out as the
 * provinces' reports write them (seed 001), closing, recipients and signature; then Biểu số
 * 06/VPCP/KSTT attached on a landscape page with the counting policy under it.
 */
import type { StandardReportDto } from '../../../../contracts/stats';
import { drawSignatures, numberPages, prose } from '../../dossiers/forms/form-layout';
import { placeAndDate } from '../../dossiers/forms/form-text';
import { centredRule, contentBox, createFormDocument, FONT, textAt } from '../../dossiers/forms/pdf-document';
import type { Form06Table } from './form-06';
import { drawForm06 } from './form-06-pdf';
import type { Issuer } from './issuer';
import { drawReportHeading, LANDSCAPE_PAGE } from './report-document';
import { formatCount, formatRate, romanNumeral } from './vietnamese-format';

type Figures = StandardReportDto['total']['figures'];
type Rates = StandardReportDto['total']['rates'];

export interface QuarterlyReport {
  readonly quarter: number;
  readonly year: number;
  readonly issuer: Issuer;
  /** As printed after 'Số:' (e.g. '125/BC-UBND'); null leaves the line to be filled by hand. */
  readonly number: string | null;
  readonly issuedAt: Date;
  /** The standard report of the quarter by level: a sentence per level, and the totals. */
  readonly byLevel: StandardReportDto;
  readonly table: Form06Table;
}

/** 'quý III năm 2026'. */
export const quarterName = (r: Pick<QuarterlyReport, 'quarter' | 'year'>) =>
  `quý ${romanNumeral(r.quarter)} năm ${r.year}`;

const n = formatCount;
const rate = (bp: number | null) => (bp === null ? '' : ` (tỷ lệ ${formatRate(bp)})`);

/** 'đã giải quyết 98.942 hồ sơ; trong đó, trước và đúng hạn 98.783 hồ sơ (tỷ lệ 99,84 %), quá hạn 159 hồ sơ (tỷ lệ 0,16 %)'. */
function resolvedClause(f: Figures, rates: Rates): string {
  if (f.resolved === 0) return 'chưa giải quyết xong hồ sơ nào';
  return (
    `đã giải quyết ${n(f.resolved)} hồ sơ; trong đó, trước và đúng hạn ${n(f.resolvedEarly + f.resolvedOnTime)} hồ sơ` +
    `${rate(rates.onTime)}, quá hạn ${n(f.resolvedLate)} hồ sơ${rate(rates.late)}`
  );
}

/** The paragraphs of figures, in the words of the provinces' reports. */
export function quarterlyParagraphs(report: QuarterlyReport): string[] {
  const { figures: f, rates } = report.byLevel.total;
  const paragraphs = [
    `Trong ${quarterName(report)}, ${report.issuer.unitName} đã tiếp nhận giải quyết ${n(f.toHandle)} hồ sơ TTHC; ` +
      `trong đó, tiếp nhận mới ${n(f.received)} hồ sơ (trực tuyến ${n(f.receivedOnline)} hồ sơ, trực tiếp và qua ` +
      `dịch vụ bưu chính ${n(f.receivedCounter + f.receivedPostal)} hồ sơ), từ kỳ trước chuyển sang ${n(f.carriedOver)} hồ sơ.`,
    `Kết quả: ${resolvedClause(f, rates)}; đang giải quyết ${n(f.inProgress)} hồ sơ (trong hạn ${n(f.inProgressInTime)} ` +
      `hồ sơ, quá hạn ${n(f.inProgressOverdue)} hồ sơ).`,
  ];
  if (report.byLevel.rows.length > 1) {
    paragraphs.push(
      report.byLevel.rows.map((row) => `${row.label} ${resolvedClause(row.figures, row.rates)}.`).join(' '),
    );
  }
  paragraphs.push(
    `Số văn bản xin lỗi tổ chức, cá nhân do giải quyết hồ sơ quá hạn: ${n(f.apologies)} văn bản.`,
    `(Số liệu chi tiết tại ${report.table.formNumber} kèm theo.)`,
    `Trên đây là báo cáo tình hình, kết quả giải quyết thủ tục hành chính ${quarterName(report)} ` +
      `của ${report.issuer.unitName}./.`,
  );
  return paragraphs;
}

/** Where the report goes: the provincial office, or the Government Office for the province's own. */
function recipientsOf(issuer: Issuer): string[] {
  const above =
    issuer.authorityName === null
      ? '- Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính);'
      : '- Văn phòng UBND tỉnh;';
  return [above, '- Lưu: VT.'];
}

export async function quarterlyReportPdf(report: QuarterlyReport): Promise<Buffer> {
  const title = `Tình hình, kết quả giải quyết thủ tục hành chính ${quarterName(report)}`;
  const { doc, finish } = createFormDocument({
    title: `Báo cáo ${title[0]?.toLowerCase()}${title.slice(1)} — ${report.issuer.unitName}`,
    subject: `Báo cáo ${quarterName(report)}`,
    createdAt: report.issuedAt,
  });
  drawReportHeading(doc, {
    authorityName: report.issuer.authorityName,
    issuingUnitName: report.issuer.unitName,
    numberLine: `Số: ${report.number ?? '……/BC-……'}`,
    formNumber: null,
    placeAndDate: placeAndDate(report.issuer.placeName, report.issuedAt),
  });
  const box = contentBox(doc);
  let y = textAt(doc, 'BÁO CÁO', box.left, doc.y, box.width, { font: FONT.bold, size: 14, align: 'center' });
  y = textAt(doc, title, box.left + 40, y, box.width - 80, { font: FONT.bold, size: 14, align: 'center' });
  centredRule(doc, box.left + box.width / 2, y + 4, 90);
  doc.x = box.left;
  doc.y = y + 16;
  for (const text of quarterlyParagraphs(report)) prose(doc, text);
  drawSignatures(
    doc,
    { title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: ' ' },
    { recipients: recipientsOf(report.issuer) },
  );
  doc.addPage(LANDSCAPE_PAGE);
  drawForm06(doc, report.table, { formNumber: true });
  numberPages(doc);
  return finish();
}
