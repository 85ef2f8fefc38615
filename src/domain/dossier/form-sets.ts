/**
 * The official documents of a dossier (biểu mẫu của cơ chế một cửa) as versioned legal data: which
 * circular's form set is in force on a day, the number (Mẫu số …) and the title of each form in it.
 * A document is numbered by the set in force on the local date it is issued (domain.md §0).
 */
import { isoToJdn } from '../calendar/civil-date';

export const DOSSIER_FORM_KINDS = [
  'receipt', // giấy tiếp nhận hồ sơ và hẹn trả kết quả
  'supplement_request', // phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
  'refusal', // phiếu từ chối tiếp nhận giải quyết hồ sơ
  'apology', // phiếu xin lỗi và hẹn lại ngày trả kết quả
  'stop_notice', // thông báo dừng giải quyết hồ sơ (only since Circular 03/2025)
  'control_slip', // phiếu kiểm soát quá trình giải quyết hồ sơ
  'log_book', // sổ theo dõi hồ sơ
] as const;
export type DossierFormKind = (typeof DOSSIER_FORM_KINDS)[number];

export type DossierFormSetId = 'circular-01-2018-tt-vpcp' | 'circular-03-2025-tt-vpcp';

/** One form of a set: its number as printed ('Mẫu 01') and its title, in capitals as on the form. */
export interface DossierFormTemplate {
  readonly kind: DossierFormKind;
  readonly number: string;
  readonly title: string;
}

export interface DossierFormSet {
  readonly id: DossierFormSetId;
  /** The legal instrument the forms come from, as cited on documents and in reports. */
  readonly legalBasis: string;
  /** First and last local day (both included) the set is in force; null = open-ended. */
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly forms: readonly DossierFormTemplate[];
}

export type DossierFormErrorCode = 'form_not_in_set' | 'no_form_set_in_force';

/** A typed domain error for form sets, carrying a stable `code` (mapped to problem+json upstream). */
export class DossierFormError extends Error {
  constructor(
    readonly code: DossierFormErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierFormError';
  }
}

const TITLES = {
  receipt: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  supplement_request: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  refusal: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  apology: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  stop_notice: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
  control_slip: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  log_book: 'SỔ THEO DÕI HỒ SƠ',
} as const satisfies Record<DossierFormKind, string>;

function numbered(kinds: readonly (DossierFormKind | null)[]): DossierFormTemplate[] {
  const forms: DossierFormTemplate[] = [];
  kinds.forEach((kind, index) => {
    if (kind) forms.push({ kind, number: `Mẫu ${String(index + 1).padStart(2, '0')}`, title: TITLES[kind] });
  });
  return forms;
}

/**
 * The sets in date order. Circular 01/2018/TT-VPCP (guiding Decree 61/2018/NĐ-CP; in force from
 * 8/1/2019 — verify) numbers its forms 01–06 and has no stop notice. Circular 03/2025/TT-VPCP
 * (guiding Decree 118/2025/NĐ-CP, which replaced Decree 61/2018 on 1/7/2025) adds the stop notice
 * as Mẫu 05 and shifts the control slip and the log book to 06 and 07 (domain.md §0 table).
 */
export const DOSSIER_FORM_SETS: readonly DossierFormSet[] = [
  {
    id: 'circular-01-2018-tt-vpcp',
    legalBasis: 'Thông tư số 01/2018/TT-VPCP',
    effectiveFrom: '2019-01-08',
    effectiveTo: '2025-06-30',
    forms: numbered(['receipt', 'supplement_request', 'refusal', 'apology', 'control_slip', 'log_book']),
  },
  {
    id: 'circular-03-2025-tt-vpcp',
    legalBasis: 'Thông tư số 03/2025/TT-VPCP',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    forms: numbered([
      'receipt',
      'supplement_request',
      'refusal',
      'apology',
      'stop_notice',
      'control_slip',
      'log_book',
    ]),
  },
];

/** The set in force on a local (Vietnam) date 'YYYY-MM-DD', with look-ups of its forms. */
export interface FormSetInForce extends DossierFormSet {
  has(kind: DossierFormKind): boolean;
  /** The form as printed in this set, e.g. 'Mẫu 05'; throws `form_not_in_set` when the set has none. */
  formNumber(kind: DossierFormKind): string;
  /** The form's title in capitals; throws `form_not_in_set` when the set has none. */
  title(kind: DossierFormKind): string;
}

export function formSetOn(localDate: string): FormSetInForce {
  const day = isoToJdn(localDate);
  const set = DOSSIER_FORM_SETS.find(
    (s) => isoToJdn(s.effectiveFrom) <= day && (s.effectiveTo === null || day <= isoToJdn(s.effectiveTo)),
  );
  if (!set)
    throw new DossierFormError('no_form_set_in_force', `no dossier form set is in force on ${localDate}`);
  const templateOf = (kind: DossierFormKind): DossierFormTemplate => {
    const form = set.forms.find((f) => f.kind === kind);
    if (!form) {
      throw new DossierFormError(
        'form_not_in_set',
        `${set.legalBasis} (in force on ${localDate}) has no form for ${kind}`,
      );
    }
    return form;
  };
  return {
    ...set,
    has: (kind) => set.forms.some((f) => f.kind === kind),
    formNumber: (kind) => templateOf(kind).number,
    title: (kind) => templateOf(kind).title,
  };
}
