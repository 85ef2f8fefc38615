/**
 * The one table of what audit lines say: every action code the server writes (administrative
 * actions on the hash chain, and dossier commands from the dossiers' events as `dossier.<type>`)
 * with its words in Vietnamese and English. A phrase follows the actor's name and may place the
 * subject with `{subject}`: "Nguyễn Văn A (Chuyên viên, UBND xã …) chuyển hồ sơ 000.00… sang
 * bước tiếp theo". `appendAudit` accepts only codes of this table, and a test holds the dossier
 * commands to it, so a new code cannot appear without its words.
 */
import type { DossierAction } from '../dossier/command-table';

export interface ActionWords {
  readonly vi: string;
  readonly en: string;
}

/** Kinds of action the timeline filters by (the code's first part). */
export const AUDIT_ACTION_KINDS = [
  'auth',
  'user',
  'unit',
  'catalog',
  'calendar',
  'par',
  'notification',
  'demo',
  'dossier',
] as const;
export type AuditActionKind = (typeof AUDIT_ACTION_KINDS)[number];

export const ACTION_KIND_WORDS: Record<AuditActionKind, ActionWords> = {
  auth: { vi: 'Đăng nhập, đăng xuất', en: 'Sign-in and sign-out' },
  user: { vi: 'Tài khoản', en: 'Accounts' },
  unit: { vi: 'Đơn vị', en: 'Units' },
  catalog: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  calendar: { vi: 'Lịch làm việc', en: 'Working calendar' },
  par: { vi: 'Cải cách hành chính', en: 'Administrative reform' },
  notification: { vi: 'Thông báo', en: 'Notifications' },
  demo: { vi: 'Dữ liệu mẫu', en: 'Demo data' },
  dossier: { vi: 'Hồ sơ', en: 'Dossiers' },
};

/** Administrative actions, written to the unit's hash chain (`platform/audit.ts`). */
export const ADMINISTRATIVE_ACTION_WORDS = {
  'auth.sign_in': { vi: 'đăng nhập', en: 'signed in' },
  'auth.sign_in_failed': { vi: 'đăng nhập sai mật khẩu', en: 'failed to sign in (wrong password)' },
  'auth.sign_in_refused_locked': {
    vi: 'đăng nhập khi tài khoản đang bị khóa (bị từ chối)',
    en: 'tried to sign in while the account was locked (refused)',
  },
  'auth.locked': {
    vi: 'đăng nhập sai quá số lần cho phép, tài khoản bị khóa tạm thời',
    en: 'failed to sign in too often: the account was locked for a while',
  },
  'auth.sign_out': { vi: 'đăng xuất', en: 'signed out' },
  'auth.sign_out_everywhere': { vi: 'đăng xuất trên mọi thiết bị', en: 'signed out everywhere' },
  'auth.password_changed': { vi: 'đổi mật khẩu của mình', en: 'changed their password' },
  'user.create': { vi: 'tạo tài khoản {subject}', en: 'created the account {subject}' },
  'user.update': { vi: 'sửa thông tin tài khoản {subject}', en: 'edited the account {subject}' },
  'user.roles_change': { vi: 'thay đổi vai trò của {subject}', en: 'changed the roles of {subject}' },
  'user.unlock': { vi: 'mở khóa tài khoản {subject}', en: 'unlocked the account {subject}' },
  'user.password_reset': {
    vi: 'đặt lại mật khẩu cho {subject}',
    en: 'reset the password of {subject}',
  },
  'unit.create': { vi: 'tạo đơn vị {subject}', en: 'created the unit {subject}' },
  'unit.update': { vi: 'sửa thông tin đơn vị {subject}', en: 'edited the unit {subject}' },
  'unit.signers_set': {
    vi: 'ghi người ký văn bản của đơn vị {subject}',
    en: 'set who signs for the unit {subject}',
  },
  'unit.close': { vi: 'giải thể đơn vị {subject}', en: 'closed the unit {subject}' },
  'unit.merge': { vi: 'sáp nhập đơn vị vào {subject}', en: 'merged units into {subject}' },
  'unit.import': { vi: 'nhập danh sách đơn vị từ tệp CSV', en: 'imported units from a CSV file' },
  'catalog.procedure_created': { vi: 'tạo thủ tục {subject}', en: 'created the procedure {subject}' },
  'catalog.draft_created': {
    vi: 'tạo bản dự thảo mới của thủ tục {subject}',
    en: 'drafted a new version of the procedure {subject}',
  },
  'catalog.draft_updated': {
    vi: 'sửa bản dự thảo của thủ tục {subject}',
    en: 'edited the draft of the procedure {subject}',
  },
  'catalog.version_published': { vi: 'công bố thủ tục {subject}', en: 'published the procedure {subject}' },
  'catalog.version_scheduled': {
    vi: 'công bố thủ tục {subject} có hiệu lực từ ngày sau',
    en: 'published the procedure {subject} from a later day',
  },
  'catalog.version_withdrawn': { vi: 'bãi bỏ thủ tục {subject}', en: 'withdrew the procedure {subject}' },
  'catalog.imported': { vi: 'nhập thủ tục từ tệp', en: 'imported procedures from a file' },
  'catalog.form_template_uploaded': {
    vi: 'tải lên mẫu đơn, tờ khai {subject}',
    en: 'uploaded the form template {subject}',
  },
  'calendar.announcement_saved': {
    vi: 'lưu thông báo lịch nghỉ năm {subject}',
    en: 'saved the holiday announcement of {subject}',
  },
  'calendar.office_hours_saved': {
    vi: 'lưu giờ làm việc của {subject}',
    en: 'saved the office hours of {subject}',
  },
  'par.plan.create': { vi: 'tạo kế hoạch CCHC {subject}', en: 'created the reform plan {subject}' },
  'par.targets.import': {
    vi: 'nhập chỉ tiêu vào kế hoạch {subject}',
    en: 'imported targets into the plan {subject}',
  },
  'par.target.link_metric': {
    vi: 'gắn chỉ tiêu {subject} với số liệu đo được',
    en: 'linked the target {subject} to a measured figure',
  },
  'par.target.report': {
    vi: 'báo cáo kết quả chỉ tiêu {subject}',
    en: 'reported the result of the target {subject}',
  },
  'par.task.assign': { vi: 'giao nhiệm vụ {subject}', en: 'assigned the task {subject}' },
  'par.task.extension_granted': {
    vi: 'đồng ý gia hạn nhiệm vụ {subject}',
    en: 'granted an extension of the task {subject}',
  },
  'par.task.extension_refused': {
    vi: 'không đồng ý gia hạn nhiệm vụ {subject}',
    en: 'refused an extension of the task {subject}',
  },
  'par.report.create': { vi: 'mở kỳ báo cáo {subject}', en: 'opened the report round {subject}' },
  'par.report.close': { vi: 'khóa kỳ báo cáo {subject}', en: 'closed the report round {subject}' },
  'par.report.submit': { vi: 'gửi báo cáo kỳ {subject}', en: 'sent the report of the round {subject}' },
  'par.scoring.create': { vi: 'mở đợt chấm điểm {subject}', en: 'opened the scoring round {subject}' },
  'par.scoring.window': {
    vi: 'đổi thời gian tự chấm của đợt {subject}',
    en: 'changed the self-assessment window of {subject}',
  },
  'par.scoring.council': {
    vi: 'cập nhật hội đồng thẩm định của đợt {subject}',
    en: 'updated the appraisal council of {subject}',
  },
  'par.scoring.submit': {
    vi: 'gửi bảng tự chấm của đợt {subject}',
    en: 'sent the self-assessment of {subject}',
  },
  'par.scoring.survey': {
    vi: 'nhập điểm điều tra xã hội học của đợt {subject}',
    en: 'imported the survey scores of {subject}',
  },
  'par.scoring.criteria': {
    vi: 'sửa bộ tiêu chí và thang xếp loại của đợt {subject}',
    en: 'changed the criteria and bands of {subject}',
  },
  'par.scoring.evidence_delete': {
    vi: 'xóa tài liệu kiểm chứng của đợt {subject}',
    en: 'deleted an evidence file of {subject}',
  },
  'par.scoring.publish': {
    vi: 'công bố kết quả đợt chấm điểm {subject}',
    en: 'published the scores of {subject}',
  },
  'par.inspection.plan': { vi: 'lập kế hoạch kiểm tra {subject}', en: 'made the inspection plan {subject}' },
  'par.inspection.schedule': { vi: 'lên lịch kiểm tra {subject}', en: 'scheduled the inspection {subject}' },
  'par.inspection.reschedule': {
    vi: 'đổi lịch kiểm tra {subject}',
    en: 'rescheduled the inspection {subject}',
  },
  'par.inspection.remove': {
    vi: 'bỏ đơn vị khỏi kế hoạch kiểm tra ({subject})',
    en: 'removed a unit from the inspection plan ({subject})',
  },
  'par.inspection.record': { vi: 'ghi kết quả kiểm tra {subject}', en: 'recorded the inspection {subject}' },
  'par.inspection.finding.close': {
    vi: 'báo cáo đã khắc phục tồn tại {subject}',
    en: 'reported the finding {subject} remedied',
  },
  'par.inspection.finding.reopen': {
    vi: 'mở lại tồn tại {subject} chưa khắc phục xong',
    en: 'reopened the finding {subject}',
  },
  'notification.retry': { vi: 'gửi lại thông báo {subject}', en: 'sent the message {subject} again' },
  'demo.load': { vi: 'nạp dữ liệu mẫu', en: 'loaded the demo data' },
} as const satisfies Record<string, ActionWords>;

export type AdministrativeAction = keyof typeof ADMINISTRATIVE_ACTION_WORDS;

/** Dossier commands, from the dossiers' own events (`dossier.<event type>`): one per command of the table. */
export const DOSSIER_ACTION_WORDS = {
  'dossier.submit': { vi: 'nộp trực tuyến hồ sơ {subject}', en: 'submitted the dossier {subject} online' },
  'dossier.receive': { vi: 'tiếp nhận hồ sơ {subject}', en: 'received the dossier {subject}' },
  'dossier.request_supplement': {
    vi: 'yêu cầu bổ sung, hoàn thiện hồ sơ {subject}',
    en: 'asked for a supplement to the dossier {subject}',
  },
  'dossier.supplement': {
    vi: 'nhận hồ sơ bổ sung {subject}',
    en: 'recorded the supplement to the dossier {subject}',
  },
  'dossier.refuse': { vi: 'từ chối hồ sơ {subject}', en: 'refused the dossier {subject}' },
  'dossier.start_processing': {
    vi: 'chuyển hồ sơ {subject} đến cơ quan giải quyết',
    en: 'handed the dossier {subject} over for processing',
  },
  'dossier.accept_step': { vi: 'nhận xử lý hồ sơ {subject}', en: 'took up the dossier {subject}' },
  'dossier.forward': {
    vi: 'chuyển hồ sơ {subject} sang bước tiếp theo',
    en: 'forwarded the dossier {subject} to the next step',
  },
  'dossier.send_back': {
    vi: 'trả hồ sơ {subject} về bước trước',
    en: 'sent the dossier {subject} back to an earlier step',
  },
  'dossier.send_inter_agency': {
    vi: 'gửi liên thông hồ sơ {subject} đến cơ quan khác',
    en: 'sent part of the dossier {subject} to another agency',
  },
  'dossier.inter_agency_done': {
    vi: 'hoàn thành phần liên thông của hồ sơ {subject}',
    en: 'finished the inter-agency part of the dossier {subject}',
  },
  'dossier.pause': { vi: 'tạm dừng hồ sơ {subject}', en: 'paused the dossier {subject}' },
  'dossier.resume': { vi: 'tiếp tục giải quyết hồ sơ {subject}', en: 'resumed the dossier {subject}' },
  'dossier.resolve': {
    vi: 'phê duyệt kết quả hồ sơ {subject}',
    en: 'approved the result of the dossier {subject}',
  },
  'dossier.attach_result': {
    vi: 'đính kèm kết quả vào hồ sơ {subject}',
    en: 'attached a result document to the dossier {subject}',
  },
  'dossier.issue_apology': {
    vi: 'xin lỗi và hẹn lại ngày trả kết quả hồ sơ {subject}',
    en: 'apologised and set a new date for the dossier {subject}',
  },
  'dossier.return_result': {
    vi: 'trả kết quả hồ sơ {subject}',
    en: 'returned the result of the dossier {subject}',
  },
  'dossier.stop': { vi: 'dừng giải quyết hồ sơ {subject}', en: 'stopped the dossier {subject}' },
  'dossier.withdraw': {
    vi: 'ghi nhận công dân rút hồ sơ {subject}',
    en: 'recorded the withdrawal of the dossier {subject}',
  },
  'dossier.cancel': { vi: 'hủy hồ sơ {subject}', en: 'cancelled the dossier {subject}' },
  'dossier.assign_step': {
    vi: 'phân công xử lý hồ sơ {subject}',
    en: 'assigned a step of the dossier {subject}',
  },
  'dossier.attach_applicant_file': {
    vi: 'nộp thêm giấy tờ vào hồ sơ {subject}',
    en: 'added a paper to the dossier {subject}',
  },
} as const satisfies Record<`dossier.${DossierAction}`, ActionWords>;

export type AuditActionCode = AdministrativeAction | keyof typeof DOSSIER_ACTION_WORDS;

export const AUDIT_ACTION_WORDS: Record<AuditActionCode, ActionWords> = {
  ...ADMINISTRATIVE_ACTION_WORDS,
  ...DOSSIER_ACTION_WORDS,
};

/** The timeline's code of a dossier event type. */
export const dossierActionCode = (eventType: string) => `dossier.${eventType}`;

/** The kind of an action code (its first part), or null for a code of no kind. */
export function kindOfAction(code: string): AuditActionKind | null {
  const first = code.split('.')[0] ?? '';
  return (AUDIT_ACTION_KINDS as readonly string[]).includes(first) ? (first as AuditActionKind) : null;
}

/** The words of a code; an unknown code (a row older than its words) is shown as it is. */
export function wordsOfAction(code: string): ActionWords {
  return (AUDIT_ACTION_WORDS as Record<string, ActionWords>)[code] ?? { vi: code, en: code };
}

/** A phrase cut around its subject, so a view can put a link there. */
export function phraseParts(phrase: string): { before: string; after: string; hasSubject: boolean } {
  const at = phrase.indexOf('{subject}');
  if (at < 0) return { before: phrase, after: '', hasSubject: false };
  return { before: phrase.slice(0, at), after: phrase.slice(at + '{subject}'.length), hasSubject: true };
}
