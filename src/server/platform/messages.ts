/** Server-side vi/en messages for problem+json answers, keyed by stable error code. */
export type Lang = 'vi' | 'en';

export const problemMessages = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is not valid.' },
  malformed_json: { vi: 'Nội dung JSON không đúng cú pháp.', en: 'The JSON body is malformed.' },
  body_too_large: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  unsupported_media_type: {
    vi: 'Kiểu nội dung không được hỗ trợ.',
    en: 'The content type is not supported.',
  },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  route_not_found: { vi: 'Không có địa chỉ này.', en: 'No such address.' },
  unauthenticated: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  csrf_failed: {
    vi: 'Phiên làm việc không hợp lệ (CSRF). Hãy tải lại trang.',
    en: 'Invalid session token (CSRF). Reload the page.',
  },
  invalid_credentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The username or password is incorrect.',
  },
  account_locked: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau {minutes} phút.',
    en: 'The account is temporarily locked after repeated failed sign-ins. Try again in {minutes} minutes.',
  },
  account_disabled: { vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'The account is disabled.' },
  too_many_requests: {
    vi: 'Quá nhiều yêu cầu. Hãy thử lại sau ít phút.',
    en: 'Too many requests. Try again in a few minutes.',
  },
  weak_password: {
    vi: 'Mật khẩu chưa đạt yêu cầu: {reasons}.',
    en: 'The password does not meet the policy: {reasons}.',
  },
  wrong_current_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is incorrect.' },
  username_taken: { vi: 'Tên đăng nhập đã được sử dụng.', en: 'The username is already taken.' },
  unit_code_taken: { vi: 'Mã đơn vị đã tồn tại.', en: 'The unit code already exists.' },
  unit_invalid_parent: {
    vi: 'Đơn vị cấp trên không hợp lệ: {reason}.',
    en: 'Invalid parent unit: {reason}.',
  },
  unit_closed: { vi: 'Đơn vị đã ngừng hoạt động.', en: 'The unit is closed.' },
  unit_has_open_children: {
    vi: 'Đơn vị còn {count} đơn vị trực thuộc đang hoạt động.',
    en: 'The unit still has {count} open child units.',
  },
  unit_merge_invalid: { vi: 'Không thể sáp nhập: {reason}.', en: 'Cannot merge: {reason}.' },
  role_out_of_scope: {
    vi: 'Không thể gán vai trò ngoài phạm vi đơn vị của bạn.',
    en: 'You cannot assign a role outside your unit scope.',
  },
  import_invalid: {
    vi: 'Tệp nhập có {count} dòng lỗi; không dòng nào được nhập.',
    en: 'The file has {count} invalid rows; nothing was imported.',
  },
  import_unreadable: {
    vi: 'Không đọc được tệp: hãy dùng tệp Excel (.xlsx) hoặc CSV theo mẫu.',
    en: 'The file cannot be read: use an Excel (.xlsx) or CSV file following the template.',
  },
  form_template_invalid: {
    vi: 'Tệp mẫu phải là một trong các loại {types}, có đuôi đúng loại và không quá 10 MB.',
    en: 'A form template must be one of {types}, named with its extension, and at most 10 MB.',
  },
  form_template_content_mismatch: {
    vi: 'Nội dung tệp không phải là tệp {type} như tên và loại tệp khai báo; hãy chọn đúng tệp mẫu đơn.',
    en: 'The file’s content is not a {type} file as its name and type claim; choose the right form file.',
  },
  procedure_code_taken: { vi: 'Mã thủ tục đã tồn tại.', en: 'The procedure code already exists.' },
  procedure_invalid: {
    vi: 'Thủ tục chưa đủ điều kiện công bố: {count} lỗi.',
    en: 'The procedure cannot be published yet: {count} problems.',
  },
  procedure_wrong_status: {
    vi: 'Phiên bản đang ở trạng thái “{status}”, không thực hiện được thao tác này.',
    en: 'The version is “{status}”; this cannot be done.',
  },
  procedure_draft_exists: {
    vi: 'Thủ tục đã có một bản nháp; hãy sửa bản nháp đó.',
    en: 'The procedure already has a draft; edit that one.',
  },
  procedure_scheduled_exists: {
    vi: 'Thủ tục đã có phiên bản {version} chờ hiệu lực từ ngày {dateVi}; hãy thu hồi phiên bản đó trước.',
    en: 'Version {version} of the procedure is scheduled to take effect on {dateEn}; withdraw it first.',
  },
  procedure_effective_date: {
    vi: 'Ngày hiệu lực không hợp lệ: {reasonVi}.',
    en: 'Invalid effective date: {reasonEn}.',
  },
  catalog_unknown_field: {
    vi: 'Lĩnh vực “{field}” không tồn tại.',
    en: 'The field “{field}” does not exist.',
  },
  catalog_units_out_of_scope: {
    vi: 'Có đơn vị không tồn tại hoặc ngoài phạm vi quản lý của bạn.',
    en: 'Some units do not exist or are outside your scope.',
  },
  calendar_out_of_range: {
    vi: 'Thời điểm nằm ngoài phạm vi lịch làm việc ({from}–{to}).',
    en: 'The time is outside the working calendar ({from}–{to}).',
  },
  calendar_invalid: { vi: 'Lịch không hợp lệ: {reasonVi}.', en: 'Invalid calendar: {reasonEn}.' },
  version_conflict: {
    vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.',
    en: 'Someone else changed this record. Reload and try again.',
  },
  idempotency_key_reused: {
    vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác.',
    en: 'The Idempotency-Key was already used for a different request.',
  },
  dossier_changed: {
    vi: 'Hồ sơ vừa được người khác cập nhật (phiên bản {current}, bạn đang xem {yours}). Hãy tải lại hồ sơ.',
    en: 'Someone else just updated this dossier (version {current}; you saw {yours}). Reload it.',
  },
  dossier_transition_not_allowed: {
    vi: 'Không thể “{commandVi}” khi hồ sơ đang ở trạng thái “{stateVi}”.',
    en: 'Cannot “{commandEn}” while the dossier is “{stateEn}”.',
  },
  dossier_invalid: {
    vi: 'Thông tin hồ sơ chưa đúng: {count} lỗi.',
    en: 'The dossier data is not valid: {count} problems.',
  },
  dossier_procedure_unavailable: {
    vi: 'Thủ tục không có phiên bản đang hiệu lực để tiếp nhận hồ sơ.',
    en: 'The procedure has no version in force to receive dossiers under.',
  },
  dossier_unit_not_competent: {
    vi: 'Đơn vị được chọn không có thẩm quyền giải quyết thủ tục này.',
    en: 'The chosen unit is not competent for this procedure.',
  },
  dossier_other_level_unconfirmed: {
    vi: 'Thủ tục này thuộc {levelsVi} (do {competentUnit} giải quyết), không thuộc {deskLevelVi} của Bộ phận tiếp nhận: xác nhận tiếp nhận không theo cấp (otherLevelConfirmed) để tiếp tục.',
    en: 'This procedure is of the {levelsEn} (decided by {competentUnit}), not of the desk’s {deskLevelEn}: confirm the receipt for another level (otherLevelConfirmed) to go on.',
  },
  dossier_not_your_step: {
    vi: 'Bước xử lý hiện tại không thuộc đơn vị hoặc vai trò của bạn.',
    en: 'The current step is not for your unit or role.',
  },
  notification_not_dead: {
    vi: 'Chỉ gửi lại được tin nhắn đã gửi thất bại; tin này đang chờ gửi hoặc đã gửi.',
    en: 'Only a message that failed can be sent again; this one is waiting or was sent.',
  },
  dossier_apology_required: {
    vi: 'Hồ sơ trễ hạn: cần ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả trước khi trả kết quả.',
    en: 'The dossier is late: issue the apology and new appointment before returning the result.',
  },
  dossier_apology_refused: {
    vi: 'Không thể ban hành phiếu xin lỗi: {reasonVi}.',
    en: 'The apology cannot be issued: {reasonEn}.',
  },
  dossier_step_invalid: {
    vi: 'Không thể chuyển bước: {reasonVi}.',
    en: 'The step cannot be moved: {reasonEn}.',
  },
  dossier_assignment_refused: {
    vi: 'Không thể phân công: {reasonVi}.',
    en: 'The step cannot be assigned: {reasonEn}.',
  },
  dossier_applicant_files_closed: {
    vi: 'Chỉ nộp thêm giấy tờ khi hồ sơ đang chờ tiếp nhận hoặc được yêu cầu bổ sung.',
    en: 'Papers can be added only while the dossier awaits the desk or a supplement.',
  },
  dossier_applicant_files_full: {
    vi: 'Mỗi hồ sơ có tối đa {max} tệp giấy tờ.',
    en: 'A dossier holds at most {max} uploaded papers.',
  },
  dossier_result_missing: {
    vi: 'Chưa có kết quả để phê duyệt: hãy đính kèm văn bản kết quả, hoặc xác nhận kết quả bằng giấy đã ký.',
    en: 'There is no result to approve: attach the result document, or confirm the signed paper result.',
  },
  dossier_electronic_result_missing: {
    vi: 'Trả kết quả điện tử cần có văn bản kết quả điện tử đính kèm.',
    en: 'An electronic return needs an attached electronic result document.',
  },
  dossier_pause_not_allowed: {
    vi: 'Thủ tục này không cho phép tạm dừng giải quyết hồ sơ.',
    en: 'This procedure does not allow pausing a dossier.',
  },
  dossier_file_invalid: {
    vi: 'Tệp kết quả phải là {types} (kiểm tra theo nội dung tệp), không rỗng và không quá 10 MB.',
    en: 'A result file must be {types} (checked by its content), not empty, and at most 10 MB.',
  },
  dossier_lookup_failed: {
    vi: 'Không tìm thấy hồ sơ với mã và thông tin xác thực đã nhập.',
    en: 'No dossier matches this code and verification.',
  },
  stats_period_invalid: {
    vi: 'Kỳ báo cáo không hợp lệ: {reasonVi}.',
    en: 'Invalid reporting period: {reasonEn}.',
  },
  stats_period_in_future: {
    vi: 'Kỳ báo cáo chưa bắt đầu (bắt đầu {from}).',
    en: 'The reporting period has not started yet (it starts {from}).',
  },
  stats_export_too_large: {
    vi: 'Báo cáo có {rows} dòng, vượt quá {limit} dòng của một tệp. Hãy thu hẹp phạm vi hoặc nhóm theo cấp, lĩnh vực.',
    en: 'The report has {rows} rows, more than the {limit} one file holds. Narrow it, or group by level or field.',
  },
  service_unavailable: {
    vi: 'Hệ thống đang quá tải, hãy thử lại.',
    en: 'The service is overloaded; try again.',
  },
  par_plan_number_taken: {
    vi: 'Đã có kế hoạch số {number}.',
    en: 'A plan numbered {number} already exists.',
  },
  par_metric_unknown: { vi: 'Không có chỉ số đo "{code}".', en: 'There is no metric "{code}".' },
  par_target_report_invalid: {
    vi: 'Kết quả báo cáo không hợp lệ: {reasonVi}',
    en: 'The reported result is not valid: {reasonEn}',
  },
  par_unit_invalid: {
    vi: 'Đơn vị "{unit}" không tồn tại hoặc đã giải thể.',
    en: 'The unit "{unit}" does not exist or has closed.',
  },
  par_parent_invalid: {
    vi: 'Nhiệm vụ cha không hợp lệ (không có, đã hoàn thành, hoặc là nhiệm vụ con).',
    en: 'The parent task is not valid (missing, done, or itself a subtask).',
  },
  par_task_done: {
    vi: 'Nhiệm vụ đã hoàn thành; không thể cập nhật thêm.',
    en: 'The task is done; it cannot be updated.',
  },
  par_task_has_open_subtasks: {
    vi: 'Còn {count} nhiệm vụ con chưa hoàn thành.',
    en: '{count} subtasks are not done yet.',
  },
  par_extension_invalid: {
    vi: 'Hạn mới phải sau hạn hiện tại ({due}) và chưa qua.',
    en: 'The new due date must be after the current one ({due}) and not past.',
  },
  par_extension_pending: {
    vi: 'Đã có đề nghị gia hạn đang chờ quyết định.',
    en: 'An extension request is already waiting for a decision.',
  },
  par_no_extension_pending: {
    vi: 'Không có đề nghị gia hạn nào đang chờ.',
    en: 'There is no extension request waiting.',
  },
  par_due_date_invalid: {
    vi: 'Hạn hoàn thành {due} nằm ngoài lịch làm việc của tỉnh.',
    en: 'The due date {due} is outside the province’s working calendar.',
  },
  par_scoring_round_exists: {
    vi: 'Năm {year} đã có đợt chấm điểm cho nhóm đơn vị này.',
    en: 'Year {year} already has a scoring round for this group of units.',
  },
  par_scoring_invalid: {
    vi: 'Bộ tiêu chí hoặc thang xếp loại không hợp lệ: {reasonVi}',
    en: 'The criteria or the bands are not valid: {reasonEn}',
  },
  par_score_invalid: { vi: '{reasonVi}', en: '{reasonEn}' },
  par_scoring_unknown_criterion: {
    vi: 'Bộ tiêu chí năm nay không có tiêu chí thành phần "{code}".',
    en: 'This year’s criteria have no leaf criterion "{code}".',
  },
  par_scoring_published: {
    vi: 'Kết quả chấm điểm đã công bố; không thể sửa đổi.',
    en: 'The scoring has been published; nothing can change.',
  },
  par_scoring_not_open: {
    vi: 'Chưa đến thời gian tự chấm điểm (từ {opens}).',
    en: 'Self-assessment has not opened yet (it opens on {opens}).',
  },
  par_scoring_window_closed: {
    vi: 'Đã hết thời gian tự chấm điểm ({closes}).',
    en: 'Self-assessment closed on {closes}.',
  },
  par_scoring_submitted: {
    vi: 'Đơn vị đã gửi kết quả tự chấm điểm đến Hội đồng thẩm định; không thể sửa.',
    en: 'The unit has sent its self-assessment to the council; it cannot change.',
  },
  par_scoring_not_submitted: {
    vi: 'Đơn vị chưa gửi kết quả tự chấm điểm; Hội đồng thẩm định sau khi đơn vị gửi hoặc hết hạn.',
    en: 'The unit has not sent its self-assessment; the council appraises once it does or the window closes.',
  },
  par_scoring_still_open: {
    vi: 'Chưa hết thời gian tự chấm điểm (đến hết ngày {closes}); chưa thể công bố.',
    en: 'Self-assessment is open until the end of {closes}; the round cannot be published yet.',
  },
  par_score_changed: {
    vi: 'Tiêu chí {code} vừa được {by} cập nhật lúc {at} (điểm tự chấm: {self}; điểm thẩm định: {council}). Hãy xem lại trước khi lưu.',
    en: 'Criterion {code} was just updated by {by} at {at} (self-score: {selfEn}; council score: {councilEn}). Review it before saving.',
  },
  par_score_already_returned: {
    vi: 'Tiêu chí {code} đã được trả lại để giải trình một lần.',
    en: 'Criterion {code} has already been returned for explanation once.',
  },
  par_score_not_returned: {
    vi: 'Tiêu chí {code} không có yêu cầu giải trình đang chờ.',
    en: 'Criterion {code} has no return awaiting an explanation.',
  },
  par_scoring_not_unit: {
    vi: 'Đơn vị "{unit}" không thuộc đợt chấm điểm này.',
    en: 'The unit "{unit}" is not scored in this round.',
  },
  par_scoring_evidence_invalid: {
    vi: 'Tài liệu kiểm chứng phải là tệp {types}, không rỗng và không quá 10 MB.',
    en: 'Evidence must be a {types} file, not empty, at most 10 MB.',
  },
  par_scoring_criteria_locked: {
    vi: 'Đợt chấm điểm đã mở tự chấm điểm (từ {opens}); không thể sửa bộ tiêu chí và thang xếp loại.',
    en: 'Self-assessment opened on {opens}; the criteria and bands can no longer change.',
  },
  par_scoring_criteria_scored: {
    vi: 'Đã có điểm trong đợt chấm điểm này; không thể sửa bộ tiêu chí và thang xếp loại.',
    en: 'Scores have been written in this round; the criteria and bands can no longer change.',
  },
  par_scoring_unknown_metric: {
    vi: 'Tiêu chí {code}: hệ thống không đo số liệu "{metric}".',
    en: 'Criterion {code}: the system measures no metric "{metric}".',
  },
  par_scoring_copy_other_group: {
    vi: 'Chỉ sao chép được bộ tiêu chí của đợt chấm điểm cùng nhóm đơn vị.',
    en: 'Only a round of the same group of units can be copied.',
  },
  par_scoring_evidence_needed: {
    vi: 'Tiêu chí {code} đã tự chấm điểm: cần còn tài liệu kiểm chứng, trang/mục hoặc giải trình; hãy bổ sung trước khi xóa tệp này.',
    en: 'Criterion {code} has a self-score: it needs evidence, a location or an explanation; add one before deleting this file.',
  },
  par_inspection_plan_exists: {
    vi: 'Năm {year} đã có kế hoạch kiểm tra công tác CCHC.',
    en: 'Year {year} already has a PAR inspection plan.',
  },
  par_inspection_unit_scheduled: {
    vi: '{unit} đã có trong kế hoạch kiểm tra này.',
    en: '{unit} is already in this inspection plan.',
  },
  par_inspection_unit_closed: {
    vi: '{unit} đã ngừng hoạt động; không thể đưa vào kế hoạch kiểm tra.',
    en: '{unit} has closed; it cannot be inspected.',
  },
  par_inspection_unit_not_inspected: {
    vi: '{unit} không thuộc đối tượng kiểm tra (sở, ban, ngành; UBND cấp huyện; UBND cấp xã).',
    en: '{unit} is not inspected (departments, district and commune People’s Committees are).',
  },
  par_inspection_date_invalid: {
    vi: 'Ngày không hợp lệ: {reasonVi}.',
    en: 'The date is not valid: {reasonEn}.',
  },
  par_inspection_conducted: {
    vi: 'Cuộc kiểm tra đã được thực hiện và có biên bản; không thể đổi lịch, xóa hoặc ghi lại.',
    en: 'The inspection has been carried out and recorded; it cannot be rescheduled, removed or recorded again.',
  },
  par_inspection_owner_invalid: {
    vi: 'Đơn vị chịu trách nhiệm khắc phục "{unit}" không tồn tại hoặc đã ngừng hoạt động.',
    en: 'The unit to remedy the finding, "{unit}", does not exist or has closed.',
  },
  par_inspection_finding_closed: {
    vi: 'Tồn tại này đã được báo cáo khắc phục xong ({by}); không thể cập nhật.',
    en: 'This finding has been reported remedied ({by}); it cannot be updated.',
  },
  par_inspection_finding_open: {
    vi: 'Tồn tại này chưa khắc phục xong; không có gì để mở lại.',
    en: 'This finding is still open; there is nothing to reopen.',
  },
  par_report_round_exists: {
    vi: 'Đã có đợt báo cáo {periodVi}.',
    en: 'There is already a report round for {periodEn}.',
  },
  par_report_due_invalid: {
    vi: 'Hạn gửi báo cáo {due} không hợp lệ: {reasonVi}.',
    en: 'The due date {due} is not valid: {reasonEn}.',
  },
  par_report_closed: {
    vi: 'Đợt báo cáo đã khóa sổ lúc {at} ({by}); không thể thay đổi nội dung.',
    en: 'The report round was closed at {at} ({by}); nothing in it can change.',
  },
  par_report_submitted: {
    vi: 'Đơn vị đã gửi báo cáo lúc {at} ({by}); không thể sửa hoặc gửi lại.',
    en: 'The unit sent its report at {at} ({by}); it cannot be edited or sent again.',
  },
  par_report_section_changed: {
    vi: 'Mục "{section}" vừa được {by} cập nhật lúc {at}. Nội dung hiện tại được gửi kèm: hãy đối chiếu, hợp nhất với phần của bạn rồi lưu lại.',
    en: 'Section "{sectionEn}" was just updated by {by} at {at}. Its current text comes with this answer: compare it, merge it with yours and save again.',
  },
  par_report_empty: {
    vi: 'Báo cáo chưa có nội dung: hãy viết ít nhất một mục trước khi gửi.',
    en: 'The report is empty: write at least one section before sending it.',
  },
  internal_error: {
    vi: 'Đã xảy ra lỗi hệ thống. Mã yêu cầu: {requestId}.',
    en: 'An internal error occurred. Request id: {requestId}.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ProblemCode = keyof typeof problemMessages;

export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** Picks vi or en from an Accept-Language header; Vietnamese by default. */
export function languageFrom(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}
