/**
 * Demo data for the official documents: the factories the tests build their inputs with, and what
 * `scripts/render-sample-forms.ts` prints for reviewers. Names carry every kind of Vietnamese mark.
 */
import { parseLocalDateTime } from '../../../../domain/calendar/local-time';
import type { DossierDocumentKind, DossierFormInput, HandoverLine, LogBookRow } from './form-data';

/** A UTC instant from a Vietnam wall-clock time 'YYYY-MM-DD HH:MM'. */
export function vietnamTime(local: string): Date {
  return new Date(parseLocalDateTime(local));
}

const SIGNERS: Readonly<Record<DossierDocumentKind, { title: string; name: string }>> = {
  receipt: { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: 'Trần Văn Đức' },
  supplement_request: { title: 'NGƯỜI HƯỚNG DẪN', name: 'Trần Văn Đức' },
  refusal: { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: 'Trần Văn Đức' },
  apology: { title: 'THỦ TRƯỞNG CƠ QUAN', name: 'Lê Thị Thu Hương' },
  stop_notice: { title: 'THỦ TRƯỞNG CƠ QUAN', name: 'Lê Thị Thu Hương' },
  control_slip: { title: 'NGƯỜI LẬP PHIẾU', name: 'Trần Văn Đức' },
};

const REASONS: Readonly<Record<DossierDocumentKind, string | null>> = {
  receipt: null,
  supplement_request: 'Tờ khai chưa ghi đủ nơi sinh; thiếu giấy chứng sinh bản chính.',
  refusal: 'Việc khai sinh thuộc thẩm quyền của Ủy ban nhân dân xã nơi cư trú của cha hoặc mẹ.',
  apology: 'Phải xác minh thông tin nơi cư trú của người cha với Công an xã Đức Trọng.',
  stop_notice: 'Người nộp hồ sơ có đơn đề nghị dừng giải quyết ngày 20/11/2026.',
  control_slip: null,
};

const UNITS = ['Bộ phận Một cửa xã Tân An', 'Công chức Tư pháp - Hộ tịch', 'Chủ tịch UBND xã Tân An'];
const OUTCOMES: readonly HandoverLine['outcome'][] = ['early', 'on_time', 'late', null];

/** `count` hand-overs, one every 2 hours from the receipt, cycling through the units and outcomes. */
export function sampleHandovers(count: number, start = vietnamTime('2026-11-23 08:15')): HandoverLine[] {
  return Array.from({ length: count }, (_, index) => {
    const at = new Date(start.getTime() + index * 2 * 3_600_000);
    return {
      from: UNITS[index % UNITS.length] ?? '',
      to: UNITS[(index + 1) % UNITS.length] ?? '',
      at,
      stepDueAt: new Date(at.getTime() + 8 * 3_600_000),
      outcome: OUTCOMES[index % OUTCOMES.length] ?? null,
      note: index % 5 === 4 ? 'Đã bổ sung giấy chứng sinh' : null,
    };
  });
}

/** A complete input for one form kind, issued at `issuedAt` (a UTC instant), with overrides. */
export function sampleFormInput(
  kind: DossierDocumentKind,
  overrides: Partial<DossierFormInput> = {},
): DossierFormInput {
  const issuedAt = overrides.issuedAt ?? vietnamTime('2026-11-23 14:05');
  const day = 86_400_000;
  return {
    kind,
    issuedAt,
    dossierCode: '000.00.17.H29-261123-0007',
    procedureName: 'Đăng ký khai sinh',
    procedureCode: '1.001193',
    authorityName: 'UBND TỈNH LÂM ĐỒNG',
    issuingUnitName: 'BỘ PHẬN MỘT CỬA XÃ TÂN AN',
    issuingUnitNameInText: 'Bộ phận Một cửa xã Tân An',
    placeName: 'Tân An',
    applicant: {
      name: 'Nguyễn Thị Hằng',
      personalId: '068190001234',
      phone: '0912 345 678',
      email: 'hang.nguyen@example.vn',
      address: 'Thôn Phú Hội, xã Tân An, tỉnh Lâm Đồng',
    },
    documents:
      kind === 'supplement_request'
        ? [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }]
        : [
            { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
            { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
            { name: 'Giấy chứng nhận kết hôn của cha, mẹ', originals: 0, copies: 1 },
          ],
    receivedAt: new Date(issuedAt.getTime() - (kind === 'receipt' ? 0 : 3 * day)),
    appointmentAt: new Date(issuedAt.getTime() + (kind === 'receipt' ? 3 : 1) * day),
    newAppointmentAt: kind === 'apology' ? new Date(issuedAt.getTime() + 6 * day) : null,
    reason: REASONS[kind],
    resultDelivery: 'Tại Bộ phận Một cửa xã Tân An',
    signerTitle: SIGNERS[kind].title,
    signerName: SIGNERS[kind].name,
    handovers: kind === 'control_slip' ? sampleHandovers(4, new Date(issuedAt.getTime() - 3 * day)) : [],
    verifyUrl: 'https://dichvucong.lamdong.gov.vn/tra-cuu?ma=000.00.17.H29-261123-0007',
    processingTimeText: kind === 'receipt' ? '03 ngày làm việc' : null,
    logBookVolume: kind === 'receipt' ? '05/2026' : null,
    logBookEntry: kind === 'receipt' ? '1207' : null,
    ...overrides,
  };
}

const APPLICANTS = ['Nguyễn Thị Hằng', 'Trần Văn Đức', 'Phạm Ngọc Ánh', 'Lê Hữu Nghĩa', 'Võ Thị Mỹ Duyên'];
const PROCEDURES = ['Đăng ký khai sinh', 'Chứng thực bản sao từ bản chính', 'Đăng ký kết hôn'];

/** `count` log-book rows received one hour apart from `start`, every other one already returned. */
export function sampleLogBookRows(count: number, start = vietnamTime('2026-11-02 07:30')): LogBookRow[] {
  return Array.from({ length: count }, (_, index) => {
    const receivedAt = new Date(start.getTime() + index * 3_600_000);
    const returned = index % 2 === 0;
    return {
      dossierCode: `000.00.17.H29-261102-${String(index + 1).padStart(4, '0')}`,
      procedureName: PROCEDURES[index % PROCEDURES.length] ?? '',
      applicantName: APPLICANTS[index % APPLICANTS.length] ?? '',
      applicantAddress: 'Thôn Phú Hội, xã Tân An',
      phone: index % 3 === 2 ? null : `0912 000 ${String(index).padStart(3, '0')}`,
      receivedAt,
      appointmentAt: new Date(receivedAt.getTime() + 3 * 86_400_000),
      handedToUnit: 'Công chức Tư pháp - Hộ tịch',
      returnedAt: returned ? new Date(receivedAt.getTime() + 2 * 86_400_000) : null,
      outcome: returned ? 'early' : null,
      note: index === 1 ? 'Yêu cầu bổ sung một lần' : null,
    };
  });
}
