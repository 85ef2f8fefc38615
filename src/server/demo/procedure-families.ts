import type { Fee, ProcessingTime, RequiredDocument } from '../../domain/catalog/procedure';

/**
 * What a demo procedure asks for, by family: the time limit, fees and checklist a civil servant
 * expects of that kind of procedure (civil status registrations free and the same day, poor-
 * household recognition free, land certificates long, business registration three working days…).
 * Figures are plausible sample data in the order of the usual legal texts, not quotations of them.
 */
export interface ProcedureFamily {
  readonly key: string;
  /** Matches the procedure's base name (before catalog variants are appended). */
  readonly matches: RegExp;
  readonly processing: ProcessingTime;
  readonly fees: readonly Fee[];
  readonly documents: readonly RequiredDocument[];
}

/** Documents filled in on a form; the loader swaps the key for the stored template's id. */
export const DEMO_FORM_KEYS = {
  declaration: 'demo-form:to-khai',
  application: 'demo-form:don-de-nghi',
  report: 'demo-form:bao-cao',
} as const;

const form = (name: string, template: string): RequiredDocument => ({
  name,
  originals: 1,
  copies: 0,
  template,
  reusable: false,
});
const original = (name: string, reusable = false): RequiredDocument => ({
  name,
  originals: 1,
  copies: 0,
  template: null,
  reusable,
});
const copy = (name: string, reusable = false): RequiredDocument => ({
  name,
  originals: 0,
  copies: 1,
  template: null,
  reusable,
});

const IDENTITY = copy('Bản sao Căn cước hoặc giấy tờ tùy thân của người yêu cầu', true);
const RESIDENCE = copy('Giấy tờ chứng minh nơi cư trú', true);
const PROXY = original('Giấy ủy quyền (nếu nộp thay)');
const DECLARATION = form('Tờ khai theo mẫu', DEMO_FORM_KEYS.declaration);
const APPLICATION = form('Đơn đề nghị theo mẫu', DEMO_FORM_KEYS.application);
const REPORT = form('Báo cáo, thuyết minh theo mẫu', DEMO_FORM_KEYS.report);
const PORTRAIT = original('Ảnh chân dung 4x6 cm');

const workingDays = (amount: number): ProcessingTime => ({ unit: 'working_days', amount });
/** Results the same working day (trả ngay trong ngày; after 15:00, the next working day). */
const SAME_DAY: ProcessingTime = { unit: 'working_hours', amount: 4 };

const FREE: readonly Fee[] = [];
const charge = (amount: number, name = 'Lệ phí'): Fee => ({ name, kind: 'charge', amount });
const fee = (amount: number, name = 'Phí thẩm định'): Fee => ({ name, kind: 'fee', amount });

/** Families in the order they are tried: the first whose pattern matches the name wins. */
export const PROCEDURE_FAMILIES: readonly ProcedureFamily[] = [
  {
    key: 'birth_registration',
    matches: /^Đăng ký (lại )?khai sinh/,
    processing: SAME_DAY,
    fees: FREE,
    documents: [
      form('Tờ khai đăng ký khai sinh', DEMO_FORM_KEYS.declaration),
      original('Giấy chứng sinh hoặc văn bản của người làm chứng'),
      copy('Bản sao Căn cước của cha, mẹ', true),
      PROXY,
    ],
  },
  {
    key: 'marriage_registration',
    matches: /^Đăng ký kết hôn/,
    processing: SAME_DAY,
    fees: FREE,
    documents: [
      form('Tờ khai đăng ký kết hôn', DEMO_FORM_KEYS.declaration),
      copy('Bản sao Căn cước hoặc hộ chiếu của hai bên nam, nữ', true),
      original('Giấy xác nhận tình trạng hôn nhân (nếu đăng ký thường trú ở nơi khác)'),
    ],
  },
  {
    key: 'death_registration',
    matches: /^Đăng ký khai tử/,
    processing: SAME_DAY,
    fees: FREE,
    documents: [
      form('Tờ khai đăng ký khai tử', DEMO_FORM_KEYS.declaration),
      original('Giấy báo tử hoặc giấy tờ thay thế giấy báo tử'),
      IDENTITY,
    ],
  },
  {
    key: 'civil_status_extract',
    matches: /trích lục/,
    processing: SAME_DAY,
    fees: [fee(8_000, 'Phí cấp bản sao trích lục')],
    documents: [form('Tờ khai cấp bản sao trích lục hộ tịch', DEMO_FORM_KEYS.declaration), IDENTITY, PROXY],
  },
  {
    key: 'civil_status_other',
    matches: /hộ tịch|giám hộ|nhận cha, mẹ, con|tình trạng hôn nhân/,
    processing: workingDays(3),
    fees: [charge(15_000)],
    documents: [
      form('Tờ khai theo mẫu', DEMO_FORM_KEYS.declaration),
      copy('Giấy tờ làm căn cứ cho việc đăng ký'),
      IDENTITY,
      PROXY,
    ],
  },
  {
    key: 'certification',
    matches: /^(Chứng thực|Sửa lỗi sai sót)/,
    processing: SAME_DAY,
    fees: [fee(10_000, 'Phí chứng thực')],
    documents: [original('Bản chính giấy tờ, văn bản cần chứng thực'), IDENTITY],
  },
  {
    key: 'criminal_record',
    matches: /lý lịch tư pháp/,
    processing: workingDays(10),
    fees: [fee(200_000, 'Phí cung cấp thông tin lý lịch tư pháp')],
    documents: [
      form('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', DEMO_FORM_KEYS.declaration),
      IDENTITY,
      RESIDENCE,
    ],
  },
  {
    key: 'land_certificate',
    matches: /Giấy chứng nhận quyền sử dụng đất|biến động quyền sử dụng đất|Tách thửa/,
    processing: workingDays(20),
    fees: [charge(100_000, 'Lệ phí cấp Giấy chứng nhận'), fee(500_000, 'Phí thẩm định hồ sơ')],
    documents: [
      form('Đơn đăng ký đất đai, tài sản gắn liền với đất', DEMO_FORM_KEYS.application),
      original('Giấy tờ về quyền sử dụng đất hoặc Giấy chứng nhận đã cấp'),
      original('Mảnh trích đo bản đồ địa chính thửa đất'),
      IDENTITY,
    ],
  },
  {
    key: 'land_decision',
    matches: /đất/,
    processing: workingDays(20),
    fees: FREE,
    documents: [
      APPLICATION,
      original('Giấy tờ về quyền sử dụng đất'),
      original('Trích lục bản đồ địa chính thửa đất'),
    ],
  },
  {
    key: 'registration_notice',
    matches:
      /^(Đăng ký môi trường|Đăng ký nội quy lao động|Đăng ký tổ chức hội chợ|Đăng ký khai thác tuyến|Thông báo tổ chức)/,
    processing: workingDays(5),
    fees: FREE,
    documents: [
      form('Văn bản đăng ký, thông báo theo mẫu', DEMO_FORM_KEYS.application),
      copy('Tài liệu kèm theo (nếu có)'),
    ],
  },
  {
    key: 'environment',
    matches: /môi trường|nước dưới đất|nước thải/,
    processing: workingDays(30),
    fees: [fee(2_000_000, 'Phí thẩm định')],
    documents: [APPLICATION, REPORT, copy('Văn bản pháp lý của dự án, cơ sở')],
  },
  {
    key: 'construction_permit',
    matches: /giấy phép (xây dựng|sửa chữa|di dời)/,
    processing: workingDays(15),
    fees: [charge(75_000, 'Lệ phí cấp giấy phép xây dựng')],
    documents: [
      form('Đơn đề nghị cấp giấy phép xây dựng', DEMO_FORM_KEYS.application),
      copy('Giấy tờ chứng minh quyền sử dụng đất'),
      original('Bản vẽ thiết kế xây dựng'),
    ],
  },
  {
    key: 'construction_appraisal',
    matches: /Thẩm định|chứng chỉ (hành nghề|năng lực) hoạt động xây dựng/,
    processing: workingDays(30),
    fees: [fee(1_500_000, 'Phí thẩm định')],
    documents: [
      form('Tờ trình đề nghị thẩm định', DEMO_FORM_KEYS.application),
      REPORT,
      original('Hồ sơ thiết kế'),
    ],
  },
  {
    key: 'business_registration',
    matches: /^Đăng ký (thành lập|thay đổi|hoạt động chi nhánh)|hộ kinh doanh|hợp tác xã/,
    processing: workingDays(3),
    fees: [charge(50_000, 'Lệ phí đăng ký (miễn khi đăng ký qua mạng)')],
    documents: [
      form('Giấy đề nghị đăng ký theo mẫu', DEMO_FORM_KEYS.application),
      original('Điều lệ hoặc danh sách thành viên (nếu có)'),
      IDENTITY,
    ],
  },
  {
    key: 'business_notice',
    matches: /Tạm ngừng|Giải thể|Chấm dứt hoạt động/,
    processing: workingDays(3),
    fees: FREE,
    documents: [form('Thông báo theo mẫu', DEMO_FORM_KEYS.application), IDENTITY],
  },
  {
    key: 'investment',
    matches: /đầu tư/,
    processing: workingDays(15),
    fees: FREE,
    documents: [
      form('Văn bản đề nghị thực hiện dự án đầu tư', DEMO_FORM_KEYS.application),
      REPORT,
      copy('Giấy tờ pháp lý của nhà đầu tư'),
    ],
  },
  {
    key: 'driving_licence',
    matches: /giấy phép lái xe/,
    processing: workingDays(5),
    fees: [charge(135_000, 'Lệ phí cấp giấy phép lái xe')],
    documents: [
      form('Đơn đề nghị cấp, đổi giấy phép lái xe', DEMO_FORM_KEYS.application),
      original('Giấy khám sức khỏe của người lái xe'),
      IDENTITY,
      PORTRAIT,
    ],
  },
  {
    key: 'transport_permit',
    matches: /vận tải|phù hiệu|lưu hành xe|trên đường bộ/,
    processing: workingDays(5),
    fees: FREE,
    documents: [APPLICATION, copy('Giấy đăng ký xe hoặc hồ sơ phương tiện'), IDENTITY],
  },
  {
    key: 'social_assistance',
    matches:
      /hộ nghèo|trợ cấp|trợ giúp xã hội|mai táng|khuyết tật|người có công|liệt sĩ|thương binh|Bà mẹ Việt Nam anh hùng|Hỗ trợ|bảo trợ xã hội|chính sách hỗ trợ|bán trú|thất nghiệp/,
    processing: workingDays(15),
    fees: FREE,
    documents: [
      form('Giấy đề nghị hoặc tờ khai theo mẫu', DEMO_FORM_KEYS.declaration),
      IDENTITY,
      copy('Giấy tờ chứng minh thuộc đối tượng (nếu có)'),
    ],
  },
  {
    key: 'confirmation',
    matches: /^(Xác nhận|Cấp giấy xác nhận|Cấp giấy chứng sinh|Chuyển trường|Cấp bản sao)/,
    processing: workingDays(3),
    fees: FREE,
    documents: [APPLICATION, IDENTITY],
  },
  {
    key: 'recognition',
    matches: /^(Công nhận|Tặng|Thông báo|Phê duyệt điều lệ|Đăng ký sinh hoạt|Đăng ký hoạt động tín ngưỡng)/,
    processing: workingDays(15),
    fees: FREE,
    documents: [APPLICATION, copy('Hồ sơ, tài liệu kèm theo')],
  },
  {
    key: 'licence',
    matches: /^(Cấp|Cho phép|Thành lập|Đăng ký)/,
    processing: workingDays(15),
    fees: [fee(500_000, 'Phí thẩm định điều kiện')],
    documents: [APPLICATION, copy('Giấy tờ chứng minh đủ điều kiện'), IDENTITY],
  },
];

/** Anything else (decisions on public assets, plans, audits): a decision in 20 working days, free. */
export const OTHER_PROCEDURES: ProcedureFamily = {
  key: 'other',
  matches: /$^/,
  processing: workingDays(20),
  fees: FREE,
  documents: [DECLARATION, copy('Hồ sơ, tài liệu kèm theo')],
};

/** The family of a procedure by its base name. */
export function familyOf(baseName: string): ProcedureFamily {
  return PROCEDURE_FAMILIES.find((family) => family.matches.test(baseName)) ?? OTHER_PROCEDURES;
}
