import type {
  OnlineAvailability,
  ProcedureContent,
  ProcedureLevel,
  WorkflowStep,
} from '../../domain/catalog/procedure';
import { SeededRandom } from './names';
import { familyOf } from './procedure-families';

/**
 * The demo catalog: about 2,000 procedures across the usual fields and both levels, built from
 * well-known procedure names and the usual variants (cấp lại, điều chỉnh, có yếu tố nước ngoài…).
 * National codes and legal bases are generated and marked as sample data; never real texts. Time
 * limits, fees and checklists come from the procedure's family (`procedure-families.ts`).
 */

export interface DemoField {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Index (1-based) of the department in the demo province that handles the field. */
  readonly department: number;
  readonly provinceProcedures: readonly string[];
  readonly communeProcedures: readonly string[];
}

export const DEMO_FIELDS: readonly DemoField[] = [
  {
    code: 'HT',
    nameVi: 'Hộ tịch',
    nameEn: 'Civil status',
    department: 3,
    provinceProcedures: [
      'Cấp bản sao trích lục hộ tịch',
      'Ghi vào Sổ hộ tịch việc hộ tịch của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    ],
    communeProcedures: [
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Đăng ký khai tử',
      'Đăng ký nhận cha, mẹ, con',
      'Đăng ký giám hộ',
      'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Đăng ký lại khai sinh',
      'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
      'Đăng ký chấm dứt giám hộ',
    ],
  },
  {
    code: 'CT',
    nameVi: 'Chứng thực',
    nameEn: 'Certification',
    department: 3,
    provinceProcedures: [
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của nước ngoài cấp',
    ],
    communeProcedures: [
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp',
      'Chứng thực chữ ký trong các giấy tờ, văn bản',
      'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
      'Chứng thực di chúc',
      'Chứng thực văn bản thỏa thuận phân chia di sản',
      'Sửa lỗi sai sót trong hợp đồng, giao dịch',
    ],
  },
  {
    code: 'LLTP',
    nameVi: 'Lý lịch tư pháp',
    nameEn: 'Judicial records',
    department: 3,
    provinceProcedures: [
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
      'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, cơ quan tiến hành tố tụng',
    ],
    communeProcedures: [],
  },
  {
    code: 'DD',
    nameVi: 'Đất đai',
    nameEn: 'Land',
    department: 10,
    provinceProcedures: [
      'Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất',
      'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền',
      'Thu hồi đất vì mục đích quốc phòng, an ninh',
      'Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế',
    ],
    communeProcedures: [
      'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu',
      'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
      'Tách thửa hoặc hợp thửa đất',
      'Hòa giải tranh chấp đất đai',
      'Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn sử dụng đất',
    ],
  },
  {
    code: 'MT',
    nameVi: 'Môi trường',
    nameEn: 'Environment',
    department: 10,
    provinceProcedures: [
      'Cấp giấy phép môi trường',
      'Thẩm định báo cáo đánh giá tác động môi trường',
      'Cấp giấy phép khai thác nước dưới đất',
      'Cấp giấy phép xả nước thải vào nguồn nước',
    ],
    communeProcedures: ['Đăng ký môi trường'],
  },
  {
    code: 'XD',
    nameVi: 'Xây dựng',
    nameEn: 'Construction',
    department: 9,
    provinceProcedures: [
      'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II',
      'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng',
      'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở',
      'Cấp chứng chỉ hành nghề hoạt động xây dựng',
      'Cấp chứng chỉ năng lực hoạt động xây dựng',
    ],
    communeProcedures: [
      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Cấp giấy phép sửa chữa, cải tạo công trình',
      'Cấp giấy phép di dời công trình',
      'Cấp giấy phép xây dựng có thời hạn',
    ],
  },
  {
    code: 'DKKD',
    nameVi: 'Thành lập và hoạt động doanh nghiệp',
    nameEn: 'Business registration',
    department: 4,
    provinceProcedures: [
      'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
      'Đăng ký thành lập công ty cổ phần',
      'Đăng ký thành lập doanh nghiệp tư nhân',
      'Đăng ký thay đổi người đại diện theo pháp luật',
      'Đăng ký thay đổi vốn điều lệ',
      'Thông báo tạm ngừng kinh doanh',
      'Giải thể doanh nghiệp',
      'Đăng ký hoạt động chi nhánh, văn phòng đại diện',
    ],
    communeProcedures: [
      'Đăng ký thành lập hộ kinh doanh',
      'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
      'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
      'Chấm dứt hoạt động hộ kinh doanh',
      'Đăng ký thành lập hợp tác xã',
    ],
  },
  {
    code: 'DT',
    nameVi: 'Đầu tư',
    nameEn: 'Investment',
    department: 4,
    provinceProcedures: [
      'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
      'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
      'Điều chỉnh dự án đầu tư',
      'Chuyển nhượng dự án đầu tư',
      'Giãn tiến độ đầu tư',
      'Chấm dứt hoạt động dự án đầu tư',
    ],
    communeProcedures: [],
  },
  {
    code: 'GT',
    nameVi: 'Đường bộ',
    nameEn: 'Road transport',
    department: 8,
    provinceProcedures: [
      'Cấp đổi giấy phép lái xe',
      'Cấp lại giấy phép lái xe',
      'Cấp giấy phép kinh doanh vận tải bằng xe ô tô',
      'Cấp phù hiệu xe ô tô kinh doanh vận tải',
      'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn',
      'Cấp giấy phép thi công công trình trên đường bộ đang khai thác',
      'Đăng ký khai thác tuyến vận tải hành khách cố định',
    ],
    communeProcedures: [],
  },
  {
    code: 'GDDT',
    nameVi: 'Giáo dục và Đào tạo',
    nameEn: 'Education and training',
    department: 15,
    provinceProcedures: [
      'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
      'Chỉnh sửa nội dung văn bằng, chứng chỉ',
      'Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp',
      'Cho phép trường trung học phổ thông hoạt động giáo dục',
      'Thành lập trung tâm ngoại ngữ, tin học',
      'Cấp giấy phép tổ chức hoạt động dạy thêm, học thêm',
    ],
    communeProcedures: [
      'Cho phép cơ sở giáo dục mầm non độc lập hoạt động giáo dục',
      'Chuyển trường đối với học sinh trung học cơ sở',
      'Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú',
      'Thành lập nhóm trẻ, lớp mẫu giáo độc lập',
    ],
  },
  {
    code: 'YT',
    nameVi: 'Y tế',
    nameEn: 'Health',
    department: 16,
    provinceProcedures: [
      'Cấp giấy phép hành nghề khám bệnh, chữa bệnh',
      'Cấp giấy phép hoạt động đối với phòng khám chuyên khoa',
      'Cấp chứng chỉ hành nghề dược',
      'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược',
      'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      'Cấp giấy xác nhận nội dung quảng cáo mỹ phẩm',
    ],
    communeProcedures: [
      'Cấp giấy chứng sinh cho trường hợp trẻ được sinh ra ngoài cơ sở khám bệnh, chữa bệnh',
      'Xác nhận đối tượng được cấp thẻ bảo hiểm y tế',
    ],
  },
  {
    code: 'LD',
    nameVi: 'Lao động, việc làm',
    nameEn: 'Labour and employment',
    department: 12,
    provinceProcedures: [
      'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
      'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
      'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp',
      'Đăng ký nội quy lao động',
      'Giải quyết hưởng trợ cấp thất nghiệp',
    ],
    communeProcedures: ['Xác nhận hợp đồng lao động cho người lao động đi làm việc ở nước ngoài'],
  },
  {
    code: 'BTXH',
    nameVi: 'Bảo trợ xã hội',
    nameEn: 'Social protection',
    department: 12,
    provinceProcedures: [
      'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh',
      'Cấp giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập',
    ],
    communeProcedures: [
      'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
      'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
      'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
      'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm',
      'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở',
    ],
  },
  {
    code: 'NCC',
    nameVi: 'Người có công',
    nameEn: 'People with meritorious services',
    department: 12,
    provinceProcedures: [
      'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
      'Công nhận thương binh, người hưởng chính sách như thương binh',
      'Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng',
    ],
    communeProcedures: [
      'Cấp giấy xác nhận thân nhân người có công',
      'Hỗ trợ người có công với cách mạng cải thiện nhà ở',
    ],
  },
  {
    code: 'NN',
    nameVi: 'Nông nghiệp',
    nameEn: 'Agriculture',
    department: 7,
    provinceProcedures: [
      'Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
      'Cấp giấy chứng nhận cơ sở an toàn dịch bệnh động vật',
      'Cấp giấy phép khai thác thủy sản',
      'Cấp giấy chứng nhận đăng ký tàu cá',
      'Phê duyệt phương án khai thác thực vật rừng',
    ],
    communeProcedures: [
      'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai',
      'Xác nhận nguồn gốc hợp pháp của gỗ',
    ],
  },
  {
    code: 'CTH',
    nameVi: 'Công thương',
    nameEn: 'Industry and trade',
    department: 6,
    provinceProcedures: [
      'Cấp Giấy phép kinh doanh bán lẻ sản phẩm rượu',
      'Cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu',
      'Cấp Giấy phép hoạt động điện lực',
      'Đăng ký tổ chức hội chợ, triển lãm thương mại',
      'Cấp Giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài',
    ],
    communeProcedures: [
      'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
      'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    ],
  },
  {
    code: 'VH',
    nameVi: 'Văn hóa, thể thao và du lịch',
    nameEn: 'Culture, sports and tourism',
    department: 13,
    provinceProcedures: [
      'Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa',
      'Công nhận hạng cơ sở lưu trú du lịch',
      'Cấp thẻ hướng dẫn viên du lịch',
      'Cấp giấy phép tổ chức lễ hội',
      'Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao',
    ],
    communeProcedures: [
      'Thông báo tổ chức lễ hội cấp xã',
      'Công nhận gia đình văn hóa',
      'Đăng ký hoạt động thư viện tư nhân',
    ],
  },
  {
    code: 'TTTT',
    nameVi: 'Thông tin và truyền thông',
    nameEn: 'Information and communications',
    department: 11,
    provinceProcedures: [
      'Cấp giấy phép xuất bản bản tin',
      'Cấp giấy phép hoạt động in',
      'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp',
      'Đăng ký hoạt động cơ sở in',
    ],
    communeProcedures: [
      'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    ],
  },
  {
    code: 'NV',
    nameVi: 'Nội vụ, tôn giáo, thi đua khen thưởng',
    nameEn: 'Home affairs, religion, emulation and rewards',
    department: 2,
    provinceProcedures: [
      'Thành lập hội',
      'Phê duyệt điều lệ hội',
      'Đăng ký hoạt động tín ngưỡng',
      'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Công nhận ban vận động thành lập hội',
    ],
    communeProcedures: [
      'Đăng ký sinh hoạt tôn giáo tập trung',
      'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      'Thông báo tổ chức quyên góp',
    ],
  },
  {
    code: 'TC',
    nameVi: 'Tài chính, quản lý công sản',
    nameEn: 'Finance and public assets',
    department: 5,
    provinceProcedures: [
      'Quyết định giao tài sản công',
      'Thanh lý tài sản công',
      'Cấp mã số đơn vị có quan hệ với ngân sách',
      'Thẩm tra quyết toán dự án hoàn thành',
    ],
    communeProcedures: ['Xác nhận thu nhập để xét miễn, giảm học phí'],
  },
  {
    code: 'KHCN',
    nameVi: 'Khoa học và công nghệ',
    nameEn: 'Science and technology',
    department: 14,
    provinceProcedures: [
      'Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
      'Cấp giấy phép tiến hành công việc bức xạ',
      'Đăng ký hợp đồng chuyển giao công nghệ',
    ],
    communeProcedures: [],
  },
];

/** Variants that multiply a base procedure as catalogs do. */
const VARIANTS = [
  '',
  ' (cấp lại)',
  ' (điều chỉnh, bổ sung)',
  ' có yếu tố nước ngoài',
  ' (gia hạn)',
  ' trực tuyến',
  ' cho người dân tộc thiểu số',
  ' (trường hợp đặc biệt)',
  ' đối với tổ chức',
  ' đối với cá nhân',
  ' tại khu vực biên giới',
  ' lưu động',
  ' (cấp bản sao)',
  ' cho người đang chấp hành án',
  ' theo thủ tục rút gọn',
  ' (đính chính thông tin)',
  ' tại khu kinh tế, khu công nghiệp',
  ' cho hộ gia đình',
  ' của cơ sở ngoài công lập',
  ' (trường hợp bị mất, hư hỏng)',
  ' qua dịch vụ bưu chính',
  ' cho người cao tuổi',
  ' trong trường hợp khẩn cấp',
  ' (liên thông)',
  ' đối với công trình tạm',
  ' cho người khuyết tật',
  ' trên địa bàn nhiều xã',
  ' khi thay đổi địa giới hành chính',
] as const;

export interface DemoProcedure {
  readonly code: string;
  readonly fieldCode: string;
  readonly level: ProcedureLevel;
  readonly department: number;
  readonly content: ProcedureContent;
}

function workflowFor(level: ProcedureLevel, random: SeededRandom): WorkflowStep[] {
  const receive = 5 + random.int(6);
  const approve = 10 + random.int(11);
  const unitKind = level === 'province' ? 'department' : 'commune';
  return [
    {
      name: 'Tiếp nhận hồ sơ',
      role: 'clerk',
      unitKind: level === 'province' ? 'service_centre' : 'desk',
      share: receive,
    },
    { name: 'Thẩm định, xử lý', role: 'officer', unitKind, share: 100 - receive - approve },
    { name: 'Phê duyệt, ký kết quả', role: 'approver', unitKind, share: approve },
  ];
}

/** The demo catalog, deterministic for a seed: `target` procedures spread over the fields. */
export function demoCatalog(target = 2000, seed = 1994): DemoProcedure[] {
  const random = new SeededRandom(seed);
  const bases = DEMO_FIELDS.flatMap((field) => [
    ...field.provinceProcedures.map((name) => ({ field, name, level: 'province' as const })),
    ...field.communeProcedures.map((name) => ({ field, name, level: 'commune' as const })),
  ]);
  const out: DemoProcedure[] = [];
  // Past the variants (about 4,000 procedures), rounds add a number: only benchmarks go there.
  for (let v = 0; out.length < target; v++) {
    const round = Math.floor(v / VARIANTS.length);
    for (const base of bases) {
      if (out.length >= target) break;
      const name = `${base.name}${VARIANTS[v % VARIANTS.length]}${round > 0 ? ` (mẫu ${round})` : ''}`;
      const online: OnlineAvailability =
        (['full', 'full', 'partial', 'partial', 'none'] as const)[random.int(5)] ?? 'none';
      const family = familyOf(base.name);
      out.push({
        code: `${base.level === 'province' ? '1' : '2'}.${String(100_000 + out.length * 7 + random.int(7)).padStart(6, '0')}`,
        fieldCode: base.field.code,
        level: base.level,
        department: base.field.department,
        content: {
          name,
          levels: [base.level],
          processing: family.processing,
          fees: family.fees,
          documents: family.documents,
          steps: [
            'Tổ chức, cá nhân nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến',
            'Cơ quan có thẩm quyền tiếp nhận, kiểm tra và giải quyết hồ sơ',
            'Trả kết quả tại Bộ phận Một cửa hoặc qua bưu chính, trực tuyến',
          ],
          workflow: workflowFor(base.level, random),
          legalBasis: [
            {
              text: `Văn bản mẫu số ${out.length + 1}/DEMO (dữ liệu minh họa, không phải văn bản pháp luật thật)`,
              sample: true,
            },
          ],
          resultType: name.startsWith('Cấp') ? 'Giấy phép / Giấy chứng nhận' : 'Văn bản giải quyết',
          online,
          onlinePayment: online !== 'none' && random.int(2) === 0,
          // A third may pause (waiting for a financial obligation or a verification); derived
          // from the position, not drawn, so the rest of the generated catalog stays the same.
          pauseAllowed: out.length % 3 === 0,
        },
      });
    }
  }
  return out;
}
