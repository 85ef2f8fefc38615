/** Vietnamese strings of the public dossier pages (tra cứu hồ sơ, xác thực văn bản), part of `dossiers`. */
export const dossiersLookupVi = {
  lookup: {
    title: 'Tra cứu hồ sơ',
    intro:
      'Nhập mã hồ sơ ghi trên Giấy tiếp nhận và hẹn trả kết quả, cùng số điện thoại của người nộp hoặc 4 số cuối của số định danh cá nhân (mã số doanh nghiệp).',
    form: 'Thông tin tra cứu',
    code: 'Mã hồ sơ',
    codePlaceholder: 'Ví dụ: T60.X001-261123-0001',
    factor: 'Số điện thoại hoặc 4 số cuối giấy tờ',
    factorHint: 'Dùng để xác minh bạn là người nộp hồ sơ.',
    submit: 'Tra cứu',
    notFound: 'Không tìm thấy hồ sơ',
    notFoundText:
      'Không có hồ sơ nào khớp với mã và thông tin xác minh đã nhập. Hãy kiểm tra lại mã hồ sơ trên Giấy tiếp nhận.',
    rateLimited: 'Tra cứu quá nhiều lần',
    rateLimitedText: 'Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Hãy thử lại sau ít phút.',
    result: 'Hồ sơ {{code}}',
    state: 'Tình trạng',
    procedure: 'Thủ tục',
    applicant: 'Người nộp',
    receivedAt: 'Ngày tiếp nhận',
    appointmentAt: 'Ngày hẹn trả kết quả',
    returnedAt: 'Ngày trả kết quả',
    steps: 'Quá trình giải quyết',
    stepsTable: 'Các bước giải quyết',
    stepName: 'Bước',
    stepState: 'Tình trạng',
    stepFinished: 'Hoàn thành',
    noSteps: 'Hồ sơ chưa được chuyển xử lý.',
    apology: 'Thư xin lỗi và hẹn lại ngày trả kết quả',
    apologyText: 'Cơ quan giải quyết xin lỗi vì hồ sơ chậm so với ngày hẹn. Ngày hẹn trả mới: {{date}}.',
    apologyReason: 'Lý do: {{reason}}',
    problems: {
      required: 'Bắt buộc nhập',
      code_short: 'Mã hồ sơ quá ngắn',
      factor_invalid: 'Nhập số điện thoại hoặc đúng 4 chữ số cuối',
    },
  },
  verify: {
    title: 'Xác thực văn bản',
    valid: 'Văn bản này do hệ thống MộtCửa phát hành.',
    kind: 'Loại văn bản',
    formNumber: 'Số hiệu mẫu',
    dossierCode: 'Mã hồ sơ',
    issuedAt: 'Thời điểm phát hành',
    issuingUnit: 'Đơn vị phát hành',
    notFound: 'Không xác thực được văn bản',
    notFoundText: 'Mã xác thực không đúng, hoặc văn bản không do hệ thống phát hành.',
    lookup: 'Tra cứu tình trạng hồ sơ',
  },
};

export type DossiersLookupStrings = typeof dossiersLookupVi;
