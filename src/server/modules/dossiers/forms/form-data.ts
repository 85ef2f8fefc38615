/**
 * What the official documents of a dossier are drawn from: plain data the dossier service fills in
 * from its rows and events. The renderers do no I/O and read no clock; every instant is UTC and is
 * printed in Vietnam time.
 */
import type { DossierFormKind } from '../../../../domain/dossier/form-sets';

/** The applicant (người nộp hồ sơ: a person, or an organisation through its representative). */
export interface FormParty {
  readonly name: string;
  readonly personalId: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
}

/** One paper of the dossier with how many originals (bản chính) and copies (bản sao) were given. */
export interface FormDocumentLine {
  readonly name: string;
  readonly originals: number;
  readonly copies: number;
}

/** Whether a step or a dossier finished before, on or after its due time. */
export type CompletionOutcome = 'early' | 'on_time' | 'late';

/** One hand-over of the dossier between units: a row of the process-control slip. */
export interface HandoverLine {
  readonly from: string;
  readonly to: string;
  readonly at: Date;
  readonly stepDueAt: Date | null;
  readonly outcome: CompletionOutcome | null;
  readonly note: string | null;
}

export type DossierDocumentKind = Exclude<DossierFormKind, 'log_book'>;

export interface DossierFormInput {
  readonly kind: DossierDocumentKind;
  /** UTC instant; printed in Asia/Ho_Chi_Minh, and its local date picks the form set. */
  readonly issuedAt: Date;
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly procedureCode: string;
  /** Cơ quan chủ quản, e.g. 'UBND TỈNH LÂM ĐỒNG'. */
  readonly authorityName: string;
  /** E.g. 'BỘ PHẬN MỘT CỬA XÃ TÂN AN' or 'SỞ TƯ PHÁP'. */
  readonly issuingUnitName: string;
  /** The issuing unit as written inside sentences, e.g. 'Bộ phận Một cửa xã Tân An'; default issuingUnitName. */
  readonly issuingUnitNameInText?: string | null;
  /** Địa danh of the '…, ngày … tháng … năm …' line, e.g. 'Tân An'. */
  readonly placeName: string;
  readonly applicant: FormParty;
  /** Receipt: the papers received; supplement request: the papers missing or to be corrected. */
  readonly documents: readonly FormDocumentLine[];
  readonly receivedAt: Date | null;
  /** Hẹn trả kết quả. */
  readonly appointmentAt: Date | null;
  /** Apology only: the new appointment. */
  readonly newAppointmentAt: Date | null;
  /** Why: refusal, supplement request, apology or stop notice. */
  readonly reason: string | null;
  /** Where or how the result is returned, e.g. 'Tại Bộ phận Một cửa'. */
  readonly resultDelivery: string | null;
  /** The authority lines above the title (Decree 30/2020: 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'). */
  readonly signerAuthority?: readonly string[];
  /** E.g. 'NGƯỜI TIẾP NHẬN' or 'THỦ TRƯỞNG CƠ QUAN'. */
  readonly signerTitle: string;
  readonly signerName: string;
  /** Control slip rows, in order. */
  readonly handovers: readonly HandoverLine[];
  /** Printed as a QR code, so anyone holding the paper can check it against the system. */
  readonly verifyUrl: string;
  /** Receipt: the legal processing time as written on the procedure, e.g. '05 ngày làm việc'. */
  readonly processingTimeText?: string | null;
  /** Receipt: where the dossier is entered in the desk's log book (quyển số, số thứ tự). */
  readonly logBookVolume?: string | null;
  readonly logBookEntry?: string | null;
}

/** One dossier in the desk's log book (sổ theo dõi hồ sơ). */
export interface LogBookRow {
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly applicantName: string;
  readonly applicantAddress: string | null;
  readonly phone: string | null;
  readonly receivedAt: Date;
  readonly appointmentAt: Date | null;
  /** The competent agency the dossier was sent to. */
  readonly handedToUnit: string | null;
  /** When the result was returned (or became available) to the applicant. */
  readonly returnedAt: Date | null;
  readonly outcome: CompletionOutcome | null;
  readonly note: string | null;
}

export interface LogBookMeta {
  readonly unitName: string;
  /** Local dates 'YYYY-MM-DD', both included; the form number is the one in force on `to`. */
  readonly from: string;
  readonly to: string;
}
