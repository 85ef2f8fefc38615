import type { DossierAction } from '../../../domain/dossier/command-table';
import type { DossierState } from '../../../domain/dossier/state-machine';

export type { DossierAction };

/** Names of states and commands for server messages (the web app has its own in its i18n catalog). */
export const STATE_LABELS: Record<DossierState, { vi: string; en: string }> = {
  draft: { vi: 'Nháp', en: 'draft' },
  submitted: { vi: 'Chờ tiếp nhận', en: 'submitted' },
  received: { vi: 'Đã tiếp nhận', en: 'received' },
  needs_supplement: { vi: 'Yêu cầu bổ sung', en: 'needs supplement' },
  processing: { vi: 'Đang giải quyết', en: 'processing' },
  inter_agency: { vi: 'Liên thông', en: 'inter-agency' },
  paused: { vi: 'Tạm dừng', en: 'paused' },
  resolved: { vi: 'Đã có kết quả', en: 'resolved' },
  returned: { vi: 'Đã trả kết quả', en: 'returned' },
  refused: { vi: 'Từ chối', en: 'refused' },
  stopped: { vi: 'Dừng giải quyết', en: 'stopped' },
  withdrawn: { vi: 'Công dân rút hồ sơ', en: 'withdrawn' },
  cancelled: { vi: 'Hủy', en: 'cancelled' },
};

export const ACTION_LABELS: Record<DossierAction, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'submit' },
  receive: { vi: 'Tiếp nhận', en: 'receive' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'request a supplement' },
  supplement: { vi: 'Nhận hồ sơ bổ sung', en: 'record the supplement' },
  refuse: { vi: 'Từ chối', en: 'refuse' },
  start_processing: { vi: 'Chuyển xử lý', en: 'hand over for processing' },
  send_inter_agency: { vi: 'Gửi liên thông', en: 'send to another agency' },
  inter_agency_done: { vi: 'Hoàn thành phần liên thông', en: 'finish the inter-agency part' },
  pause: { vi: 'Tạm dừng', en: 'pause' },
  resume: { vi: 'Tiếp tục', en: 'resume' },
  resolve: { vi: 'Phê duyệt kết quả', en: 'approve the result' },
  return_result: { vi: 'Trả kết quả', en: 'return the result' },
  stop: { vi: 'Dừng giải quyết', en: 'stop' },
  withdraw: { vi: 'Rút hồ sơ', en: 'withdraw' },
  cancel: { vi: 'Hủy hồ sơ', en: 'cancel' },
  accept_step: { vi: 'Nhận xử lý', en: 'take the step' },
  forward: { vi: 'Chuyển bước tiếp theo', en: 'forward to the next step' },
  send_back: { vi: 'Trả lại bước trước', en: 'send back to an earlier step' },
  issue_apology: { vi: 'Xin lỗi, hẹn lại', en: 'apologise and set a new date' },
  attach_result: { vi: 'Đính kèm kết quả', en: 'attach a result document' },
  assign_step: { vi: 'Phân công xử lý', en: 'assign the step' },
  attach_applicant_file: { vi: 'Nộp thêm giấy tờ', en: 'add a paper' },
};
