/**
 * The body of each official form, in the wording of the forms of Circular 01/2018/TT-VPCP and
 * Circular 03/2025/TT-VPCP. Each writer draws below the heading and title and ends with the
 * signatures; fields the system does not know are left as the blanks a paper form has.
 */
import type { DossierDocumentKind, DossierFormInput, FormDocumentLine, HandoverLine } from './form-data';
import { field, fieldPair, paragraph, prose, type RecipientList, type SignatureBlock } from './form-layout';
import {
  BLANK,
  formatViDateTime,
  formatViLongDate,
  formatViTimeAndDate,
  formatViTimeAndShortDate,
  OUTCOME_LABELS,
  orBlank,
  twoDigits,
} from './form-text';
import { FONT } from './pdf-document';
import { drawTable, type TableColumn } from './pdf-table';

/** Who signs under the body: the issuer at the right, and what stands at its left, if anything. */
export interface SignatureRow {
  readonly right: SignatureBlock;
  readonly left: SignatureBlock | RecipientList | null;
}

type BodyWriter = (doc: PDFKit.PDFDocument, input: DossierFormInput) => SignatureRow;

const SIGN_HINT = '(Ký và ghi rõ họ tên)';
/** Letters sent out in the agency's name carry its seal. */
const SIGN_AND_SEAL_HINT = '(Ký, ghi rõ họ tên và đóng dấu)';
const INDENT = 18;

function issuer(input: DossierFormInput, hint = SIGN_HINT): SignatureBlock {
  const title = [...(input.signerAuthority ?? []), input.signerTitle.toLocaleUpperCase('vi')].join('\n');
  return { title, hint, name: input.signerName };
}

function recipients(input: DossierFormInput): RecipientList {
  return { recipients: [`- Ông/bà ${input.applicant.name};`, '- Lưu: VT.'] };
}

function requestContent(input: DossierFormInput): string {
  return `${input.procedureName} (mã thủ tục: ${input.procedureCode})`;
}

function unitInText(input: DossierFormInput): string {
  return input.issuingUnitNameInText?.trim() ? input.issuingUnitNameInText : input.issuingUnitName;
}

function timeAndDateOrBlank(at: Date | null): string {
  return at ? formatViTimeAndDate(at) : BLANK;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function applicantContact(doc: PDFKit.PDFDocument, input: DossierFormInput): void {
  if (input.applicant.personalId) field(doc, 'Số định danh cá nhân', input.applicant.personalId);
  field(doc, 'Địa chỉ', input.applicant.address);
  fieldPair(doc, ['Số điện thoại', input.applicant.phone], ['Thư điện tử', input.applicant.email]);
}

const PAPER_COLUMNS = (nameHeader: string): TableColumn[] => [
  { header: 'STT', share: 0.09, align: 'center' },
  { header: nameHeader, share: 0.61 },
  { header: 'Bản chính', share: 0.15, align: 'center' },
  { header: 'Bản sao', share: 0.15, align: 'center' },
];

function paperRows(lines: readonly FormDocumentLine[]): string[][] {
  if (lines.length === 0) return [['', '(Không có)', '', '']];
  return lines.map((line, index) => [
    String(index + 1),
    line.name,
    line.originals > 0 ? twoDigits(line.originals) : '',
    line.copies > 0 ? twoDigits(line.copies) : '',
  ]);
}

/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01 of both circulars). */
const receipt: BodyWriter = (doc, input) => {
  field(doc, 'Tiếp nhận hồ sơ của', input.applicant.name);
  applicantContact(doc, input);
  field(doc, 'Nội dung yêu cầu giải quyết', requestContent(input));
  paragraph(doc, '1. Thành phần hồ sơ nộp gồm:');
  drawTable(doc, PAPER_COLUMNS('Tên giấy tờ'), paperRows(input.documents));
  paragraph(doc, '2. Số lượng hồ sơ: 01 (bộ)');
  paragraph(doc, `3. Thời gian giải quyết hồ sơ theo quy định: ${orBlank(input.processingTimeText)}`);
  paragraph(doc, `4. Thời gian nhận hồ sơ: ${timeAndDateOrBlank(input.receivedAt ?? input.issuedAt)}`);
  paragraph(doc, `5. Thời gian trả kết quả giải quyết hồ sơ: ${timeAndDateOrBlank(input.appointmentAt)}`);
  paragraph(doc, `6. Đăng ký nhận kết quả: ${orBlank(input.resultDelivery)}`);
  paragraph(
    doc,
    `Vào Sổ theo dõi hồ sơ, Quyển số: ${orBlank(input.logBookVolume)}, Số thứ tự: ${orBlank(input.logBookEntry)}`,
    { font: FONT.italic },
  );
  return {
    right: issuer(input),
    left: {
      title: 'NGƯỜI NỘP HỒ SƠ',
      hint: SIGN_HINT,
      name: input.applicant.name,
    },
  };
};

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02): everything missing is listed at once. */
const supplementRequest: BodyWriter = (doc, input) => {
  field(doc, 'Hồ sơ của', input.applicant.name);
  field(doc, 'Nội dung yêu cầu giải quyết', requestContent(input));
  applicantContact(doc, input);
  if (input.receivedAt) field(doc, 'Thời gian nộp hồ sơ', formatViTimeAndDate(input.receivedAt));
  paragraph(doc, 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
  drawTable(doc, PAPER_COLUMNS('Giấy tờ cần bổ sung, hoàn thiện'), paperRows(input.documents));
  field(doc, 'Lý do', input.reason);
  prose(
    doc,
    'Đề nghị ông/bà bổ sung, hoàn thiện một lần đầy đủ các nội dung trên. Trong quá trình hoàn thiện hồ sơ, ' +
      `nếu có vướng mắc, ông/bà liên hệ với ${unitInText(input)} để được hướng dẫn.`,
  );
  return { right: issuer(input), left: null };
};

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03). */
const refusal: BodyWriter = (doc, input) => {
  field(doc, 'Hồ sơ của', input.applicant.name);
  applicantContact(doc, input);
  field(doc, 'Nội dung yêu cầu giải quyết', requestContent(input));
  if (input.receivedAt) field(doc, 'Thời gian nộp hồ sơ', formatViTimeAndDate(input.receivedAt));
  prose(
    doc,
    'Sau khi xem xét, đối chiếu với quy định, hồ sơ của ông/bà không đủ điều kiện tiếp nhận, giải quyết ' +
      'vì lý do sau:',
  );
  paragraph(doc, orBlank(input.reason), { indent: INDENT });
  prose(doc, 'Xin thông báo để ông/bà được biết và thực hiện./.');
  return { right: issuer(input), left: null };
};

function addressedTo(doc: PDFKit.PDFDocument, input: DossierFormInput): void {
  paragraph(doc, `Kính gửi: ${input.applicant.name}`, { align: 'center', gapAfter: 10 });
}

/** Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): the new date may be set only once. */
const apology: BodyWriter = (doc, input) => {
  addressedTo(doc, input);
  const received = input.receivedAt ? capitalised(formatViLongDate(input.receivedAt)) : `Ngày ${BLANK}`;
  prose(doc, `${received}, ${unitInText(input)} tiếp nhận giải quyết hồ sơ của ông/bà.`);
  field(doc, 'Nội dung yêu cầu giải quyết', requestContent(input));
  field(doc, 'Mã hồ sơ', input.dossierCode);
  field(doc, 'Thời hẹn trả kết quả giải quyết hồ sơ', timeAndDateOrBlank(input.appointmentAt));
  prose(
    doc,
    `Tuy nhiên đến nay, ${unitInText(input)} chưa trả kết quả giải quyết hồ sơ cho ông/bà đúng thời hạn ` +
      `ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả vì lý do: ${orBlank(input.reason)}`,
  );
  prose(
    doc,
    `Sự chậm trễ này đã gây phiền hà cho ông/bà. ${unitInText(input)} xin lỗi ông/bà và sẽ trả kết quả ` +
      `giải quyết hồ sơ cho ông/bà vào ${timeAndDateOrBlank(input.newAppointmentAt)}.`,
  );
  prose(doc, 'Xin trân trọng cảm ơn sự hợp tác của ông/bà./.');
  return { right: issuer(input, SIGN_AND_SEAL_HINT), left: recipients(input) };
};

/** Thông báo dừng giải quyết hồ sơ (Mẫu 05 of Circular 03/2025; the 2018 set has none). */
const stopNotice: BodyWriter = (doc, input) => {
  addressedTo(doc, input);
  const received = input.receivedAt ? ` vào ${formatViTimeAndDate(input.receivedAt)}` : '';
  prose(doc, `${unitInText(input)} đã tiếp nhận hồ sơ của ông/bà${received}:`);
  field(doc, 'Mã hồ sơ', input.dossierCode, INDENT);
  field(doc, 'Nội dung yêu cầu giải quyết', requestContent(input), INDENT);
  field(doc, 'Địa chỉ', input.applicant.address, INDENT);
  prose(doc, `${unitInText(input)} thông báo dừng giải quyết hồ sơ nêu trên vì lý do sau:`);
  paragraph(doc, orBlank(input.reason), { indent: INDENT });
  prose(doc, 'Xin thông báo để ông/bà được biết./.');
  return { right: issuer(input, SIGN_AND_SEAL_HINT), left: recipients(input) };
};

const HANDOVER_COLUMNS: readonly TableColumn[] = [
  { header: 'TÊN CƠ QUAN', share: 0.36 },
  { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', share: 0.26, align: 'center' },
  { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/Đúng hạn/Quá hạn)', share: 0.2, align: 'center' },
  { header: 'GHI CHÚ', share: 0.18 },
];

function handoverRow(line: HandoverLine, index: number): string[] {
  const due = line.stepDueAt ? `\nHạn xử lý: ${formatViDateTime(line.stepDueAt)}` : '';
  return [
    `${index + 1}. Giao: ${line.from}\nNgười nhận: ${line.to}`,
    `${formatViTimeAndShortDate(line.at)}${due}`,
    line.outcome ? OUTCOME_LABELS[line.outcome] : '',
    line.note ?? '',
  ];
}

/** Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 in 2018, Mẫu 06 since 2025). */
const controlSlip: BodyWriter = (doc, input) => {
  field(doc, 'Kèm theo hồ sơ của', input.applicant.name);
  field(doc, 'Nội dung yêu cầu giải quyết', requestContent(input));
  fieldPair(
    doc,
    ['Tiếp nhận', input.receivedAt ? formatViDateTime(input.receivedAt) : null],
    ['Hẹn trả kết quả', input.appointmentAt ? formatViDateTime(input.appointmentAt) : null],
  );
  doc.y += 4;
  const rows = input.handovers.map(handoverRow);
  drawTable(
    doc,
    HANDOVER_COLUMNS,
    rows.length > 0 ? rows : [[`1. Giao: ${BLANK}\nNgười nhận: ${BLANK}`, '', '', '']],
  );
  return { right: issuer(input), left: null };
};

export const FORM_BODIES: Readonly<Record<DossierDocumentKind, BodyWriter>> = {
  receipt,
  supplement_request: supplementRequest,
  refusal,
  apology,
  stop_notice: stopNotice,
  control_slip: controlSlip,
};
