import { type CriteriaTree, type CriterionKind, type CriterionNode, toHundredths } from './scoring';

/**
 * Demo criteria trees of the PAR index (Chỉ số CCHC) for departments (sở, ban, ngành) and for
 * communes of the two-level local government (since 1 July 2025), shaped after the Ministry of Home
 * Affairs method as provinces apply it to their units: eight areas, area 8 scored by the
 * sociological survey (điều tra xã hội học). The wording and points are a demo year's, not a
 * province's decision: a real round is created from its own decision's criteria.
 */

// Reform metrics the system measures (server/modules/stats and catalog, reform-metrics.ts). The
// domain may not import the shell, so the codes are repeated here; the test pins them. They are
// province-wide figures for the unit's level, shown to scorers beside the leaf, not the unit's own.
const ON_TIME_RATE_PROVINCE_LEVEL = 'dossiers_on_time_rate_province';
const ON_TIME_RATE_COMMUNE_LEVEL = 'dossiers_on_time_rate_commune';
const DOSSIERS_ONLINE_SHARE = 'dossiers_online_share';
// Counts procedures offered fully or partly online, so it sits on that leaf, not on "toàn trình".
const PROCEDURES_ONLINE_SHARE = 'procedures_online_share';
const PROCEDURES_ONLINE_PAYMENT_SHARE = 'procedures_online_payment_share';
// The unit's reform tasks due so far this year, done (server/modules/par/reform-metrics.ts).
const TASKS_DONE_SHARE = 'par_tasks_done_share';

/** A scored criterion; `guidance` says how its points are given. */
function leaf(
  code: string,
  title: string,
  maxPoints: number,
  guidance: string,
  metricCode?: string,
  kind: CriterionKind = 'self_assessed',
): CriterionNode {
  return { code, title, maxPoints, kind, children: [], guidance, ...(metricCode ? { metricCode } : {}) };
}

/** A leaf the system measures: the unit's self-score is pre-filled from the metric on `scale`. */
function measuredLeaf(
  code: string,
  title: string,
  maxPoints: number,
  guidance: string,
  metricCode: string,
  scale: readonly (readonly [minPercent: number, points: number])[],
): CriterionNode {
  return {
    ...leaf(code, title, maxPoints, guidance, metricCode),
    scale: scale.map(([minPercent, points]) => ({ minPercent, points })),
  };
}

/** A leaf of area 8, scored from the sociological survey. */
function survey(code: string, title: string, maxPoints: number, guidance: string): CriterionNode {
  return leaf(code, title, maxPoints, guidance, undefined, 'survey');
}

/** A criterion with sub-criteria; its maximum is its children's sum, added in hundredths. */
function criterion(code: string, title: string, children: readonly CriterionNode[]): CriterionNode {
  // A child with more than two decimals makes the sum NaN, which validation reports.
  const sum = children.reduce((total, child) => total + (toHundredths(child.maxPoints) ?? Number.NaN), 0);
  const kind = children.every((child) => child.kind === 'survey') ? 'survey' : 'self_assessed';
  return { code, title, maxPoints: sum / 100, kind, children };
}

/** An area (lĩnh vực): the top level of a tree. */
const area = criterion;

const AREA_TITLES = {
  direction: 'Công tác chỉ đạo, điều hành cải cách hành chính',
  institutions: 'Cải cách thể chế (xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật)',
  procedures: 'Cải cách thủ tục hành chính',
  organisation: 'Cải cách tổ chức bộ máy hành chính nhà nước',
  civilService: 'Cải cách chế độ công vụ',
  publicFinance: 'Cải cách tài chính công',
  digitalGovernment: 'Xây dựng, phát triển Chính phủ điện tử, Chính phủ số',
  impact: 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển',
} as const;

// Rules both trees word the same way.
const PLAN_ON_TIME = 'Ban hành đúng thời hạn UBND tỉnh yêu cầu: 1 điểm; chậm hoặc không ban hành: 0 điểm';
const PLAN_DONE =
  'Hoàn thành 100% nhiệm vụ: 3 điểm; từ 90% đến dưới 100%: 2 điểm; từ 80% đến dưới 90%: 1 điểm; dưới 80%: 0 điểm';
const ONE_REQUEST_ONLY =
  'Không có trường hợp yêu cầu bổ sung hồ sơ quá một lần: 1,5 điểm; có trường hợp: 0 điểm';
const APOLOGY =
  'Có văn bản xin lỗi đối với 100% hồ sơ trễ hạn hoặc không có hồ sơ trễ hạn: 1 điểm; dưới 100%: 0 điểm';
const FEEDBACK_ON_TIME =
  'Xử lý 100% phản ánh, kiến nghị đúng hạn: 2 điểm; từ 90% đến dưới 100%: 1 điểm; dưới 90%: 0 điểm';
const SIGNED_DOCUMENTS =
  'Từ 95% trở lên (trừ văn bản mật): 2 điểm; từ 80% đến dưới 95%: 1 điểm; dưới 80%: 0 điểm';
const satisfied = (points: string) =>
  `Tỷ lệ người được khảo sát trả lời hài lòng, rất hài lòng × ${points} điểm, làm tròn 2 chữ số thập phân`;

/** Provincial departments (sở, ban, ngành): 43 leaves, 34 points from the survey. */
export const DEPARTMENT_CRITERIA: CriteriaTree = {
  nodes: [
    area('1', AREA_TITLES.direction, [
      criterion('1.1', 'Kế hoạch cải cách hành chính năm', [
        leaf('1.1.1', 'Ban hành kế hoạch CCHC năm kịp thời', 1, PLAN_ON_TIME),
        measuredLeaf('1.1.2', 'Mức độ hoàn thành kế hoạch CCHC năm', 3, PLAN_DONE, TASKS_DONE_SHARE, [
          [100, 3],
          [90, 2],
          [80, 1],
        ]),
      ]),
      criterion('1.2', 'Kiểm tra cải cách hành chính', [
        leaf(
          '1.2.1',
          'Thực hiện kiểm tra CCHC tại các cơ quan, đơn vị trực thuộc (≥ 30%)',
          2,
          'Kiểm tra từ 30% số cơ quan, đơn vị trực thuộc trở lên trong năm: 2 điểm; dưới 30%: 0 điểm',
        ),
        leaf(
          '1.2.2',
          'Xử lý các vấn đề phát hiện qua kiểm tra',
          1,
          'Xử lý hoặc kiến nghị xử lý 100% vấn đề phát hiện: 1 điểm; dưới 100%: 0 điểm',
        ),
      ]),
      criterion('1.3', 'Báo cáo và tuyên truyền cải cách hành chính', [
        leaf(
          '1.3.1',
          'Thực hiện chế độ báo cáo CCHC định kỳ',
          1,
          'Đủ số lượng, đúng nội dung và thời hạn: 1 điểm; thiếu hoặc chậm một báo cáo: 0,5 điểm; ' +
            'thiếu hoặc chậm từ hai báo cáo: 0 điểm',
        ),
        leaf(
          '1.3.2',
          'Thực hiện kế hoạch tuyên truyền CCHC',
          1,
          'Ban hành và thực hiện đầy đủ kế hoạch: 1 điểm; thực hiện không đầy đủ: 0,5 điểm; không ban hành: 0 điểm',
        ),
      ]),
    ]),
    area('2', AREA_TITLES.institutions, [
      criterion('2.1', 'Tham mưu xây dựng văn bản quy phạm pháp luật', [
        leaf(
          '2.1.1',
          'Tham mưu ban hành văn bản QPPL đúng tiến độ được giao',
          2,
          'Trình 100% văn bản trong chương trình của HĐND, UBND tỉnh đúng thời hạn: 2 điểm; ' +
            'có văn bản trình chậm: 1 điểm; có văn bản không trình: 0 điểm',
        ),
        leaf(
          '2.1.2',
          'Lấy ý kiến đối tượng chịu tác động đối với dự thảo văn bản QPPL',
          1,
          '100% dự thảo được lấy ý kiến đúng quy định: 1 điểm; dưới 100%: 0 điểm',
        ),
      ]),
      criterion('2.2', 'Rà soát văn bản và theo dõi thi hành pháp luật', [
        leaf(
          '2.2.1',
          'Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực quản lý',
          1.5,
          'Rà soát đầy đủ và kiến nghị xử lý 100% văn bản trái pháp luật, không còn phù hợp: 1,5 điểm; ' +
            'rà soát nhưng kiến nghị chưa đầy đủ: 0,75 điểm; không rà soát: 0 điểm',
        ),
        leaf(
          '2.2.2',
          'Theo dõi tình hình thi hành pháp luật thuộc lĩnh vực quản lý',
          1.5,
          'Có kế hoạch và xử lý hoặc kiến nghị xử lý kết quả theo dõi: 1,5 điểm; ' +
            'có kế hoạch nhưng chưa xử lý kết quả: 0,75 điểm; không có kế hoạch: 0 điểm',
        ),
      ]),
    ]),
    area('3', AREA_TITLES.procedures, [
      criterion('3.1', 'Kiểm soát và công khai thủ tục hành chính', [
        leaf(
          '3.1.1',
          'Tham mưu công bố, công khai danh mục TTHC đúng thời hạn',
          2,
          '100% quyết định công bố được trình đúng hạn và TTHC được công khai trên Cơ sở dữ liệu quốc gia ' +
            'về TTHC: 2 điểm; có quyết định trình chậm hoặc TTHC chưa công khai: 0 điểm',
        ),
        leaf(
          '3.1.2',
          'Rà soát, đánh giá và đề xuất phương án đơn giản hóa TTHC',
          1.5,
          'Hoàn thành kế hoạch rà soát và có phương án đơn giản hóa được thông qua: 1,5 điểm; ' +
            'hoàn thành rà soát nhưng không có phương án: 0,75 điểm; không hoàn thành: 0 điểm',
        ),
        leaf(
          '3.1.3',
          'Tham mưu ban hành quy trình nội bộ giải quyết TTHC',
          1,
          'Trình quy trình nội bộ cho 100% TTHC đã công bố trong thời hạn quy định: 1 điểm; ' +
            'dưới 100% hoặc chậm: 0 điểm',
        ),
      ]),
      leaf(
        '3.2',
        'Thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh',
        2,
        'Đưa 100% TTHC thuộc thẩm quyền ra tiếp nhận tại Trung tâm (trừ TTHC được phép tiếp nhận tại chỗ) ' +
          'và cử đủ công chức theo quy định: 2 điểm; đạt một trong hai yêu cầu: 1 điểm; không đạt: 0 điểm',
      ),
      criterion('3.3', 'Kết quả giải quyết thủ tục hành chính', [
        measuredLeaf(
          '3.3.1',
          'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
          4,
          'Đạt 100%: 4 điểm; từ 98% đến dưới 100%: 3 điểm; từ 95% đến dưới 98%: 2 điểm; ' +
            'từ 90% đến dưới 95%: 1 điểm; dưới 90%: 0 điểm',
          ON_TIME_RATE_PROVINCE_LEVEL,
          [
            [100, 4],
            [98, 3],
            [95, 2],
            [90, 1],
          ],
        ),
        leaf('3.3.2', 'Không yêu cầu bổ sung, hoàn thiện hồ sơ TTHC quá một lần', 1.5, ONE_REQUEST_ONLY),
        leaf('3.3.3', 'Thực hiện xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn', 1, APOLOGY),
      ]),
      leaf('3.4', 'Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính', 2, FEEDBACK_ON_TIME),
    ]),
    area('4', AREA_TITLES.organisation, [
      criterion('4.1', 'Sắp xếp, kiện toàn tổ chức bộ máy', [
        leaf(
          '4.1.1',
          'Tham mưu ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của cơ quan',
          1.5,
          'Trình đúng thời hạn khi tổ chức hoặc quy định của cấp trên thay đổi: 1,5 điểm; chậm: 0 điểm',
        ),
        leaf(
          '4.1.2',
          'Thực hiện quy định về số lượng cấp phó, phòng và đơn vị trực thuộc',
          2,
          'Đúng quy định, hoặc đúng lộ trình sắp xếp đã được phê duyệt: 2 điểm; không đúng: 0 điểm',
        ),
      ]),
      criterion('4.2', 'Quản lý biên chế', [
        leaf(
          '4.2.1',
          'Sử dụng biên chế công chức, số lượng người làm việc trong phạm vi được giao',
          1.5,
          'Không vượt số được giao: 1,5 điểm; vượt: 0 điểm',
        ),
        leaf(
          '4.2.2',
          'Thực hiện tinh giản biên chế theo kế hoạch',
          1,
          'Đạt tỷ lệ tinh giản theo kế hoạch được giao: 1 điểm; không đạt: 0 điểm',
        ),
      ]),
    ]),
    area('5', AREA_TITLES.civilService, [
      criterion('5.1', 'Vị trí việc làm và tuyển dụng', [
        leaf(
          '5.1.1',
          'Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt',
          1.5,
          '100% công chức, viên chức được bố trí đúng vị trí việc làm: 1,5 điểm; dưới 100%: 0 điểm',
        ),
        leaf(
          '5.1.2',
          'Tuyển dụng, tiếp nhận công chức, viên chức đúng quy định',
          1.5,
          'Không có sai phạm bị phát hiện qua thanh tra, kiểm tra: 1,5 điểm; có sai phạm: 0 điểm',
        ),
      ]),
      criterion('5.2', 'Đánh giá, đào tạo, bồi dưỡng', [
        leaf(
          '5.2.1',
          'Đánh giá, xếp loại chất lượng công chức, viên chức đúng quy định và thời hạn',
          1,
          'Đúng quy định và thời hạn: 1 điểm; không đúng: 0 điểm',
        ),
        leaf(
          '5.2.2',
          'Thực hiện kế hoạch đào tạo, bồi dưỡng công chức, viên chức',
          1,
          'Hoàn thành 100% kế hoạch: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm',
        ),
      ]),
      leaf(
        '5.3',
        'Chấp hành kỷ luật, kỷ cương hành chính của công chức, viên chức',
        2,
        'Không có người bị kỷ luật: 2 điểm; có người bị khiển trách hoặc cảnh cáo: 1 điểm; ' +
          'có người bị kỷ luật với hình thức nặng hơn cảnh cáo: 0 điểm',
      ),
    ]),
    area('6', AREA_TITLES.publicFinance, [
      criterion('6.1', 'Quản lý, sử dụng tài chính, ngân sách', [
        leaf(
          '6.1.1',
          'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao',
          1.5,
          'Từ 95% trở lên: 1,5 điểm; từ 80% đến dưới 95%: 0,75 điểm; dưới 80%: 0 điểm. ' +
            'Không áp dụng đối với cơ quan không được giao vốn đầu tư công',
        ),
        leaf(
          '6.1.2',
          'Thực hiện kết luận, kiến nghị của thanh tra, kiểm toán về tài chính, ngân sách',
          1.5,
          'Thực hiện đầy đủ, đúng hạn hoặc không có kết luận phải thực hiện: 1,5 điểm; chưa đầy đủ: 0 điểm',
        ),
      ]),
      leaf(
        '6.2',
        'Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập trực thuộc',
        2,
        'Giao tự chủ đúng quy định cho 100% đơn vị và mức tự bảo đảm chi thường xuyên không giảm so với ' +
          'năm trước: 2 điểm; đạt một trong hai yêu cầu: 1 điểm; không đạt: 0 điểm. ' +
          'Không áp dụng đối với cơ quan không có đơn vị sự nghiệp công lập trực thuộc',
      ),
    ]),
    area('7', AREA_TITLES.digitalGovernment, [
      criterion('7.1', 'Ứng dụng công nghệ thông tin trong hoạt động của cơ quan', [
        leaf(
          '7.1.1',
          'Tỷ lệ văn bản đi được ký số và gửi, nhận trên môi trường điện tử',
          2,
          SIGNED_DOCUMENTS,
        ),
        leaf(
          '7.1.2',
          'Bảo đảm an toàn thông tin mạng theo cấp độ',
          2,
          'Hệ thống thông tin được phê duyệt cấp độ và triển khai đủ phương án bảo vệ: 2 điểm; ' +
            'phê duyệt cấp độ nhưng triển khai chưa đủ: 1 điểm; chưa phê duyệt: 0 điểm',
        ),
      ]),
      criterion('7.2', 'Cung cấp dịch vụ công trực tuyến', [
        leaf(
          '7.2.1',
          'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình',
          2.5,
          'Đạt 100% số TTHC đủ điều kiện: 2,5 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm',
        ),
        measuredLeaf(
          '7.2.2',
          'Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến (toàn trình và một phần)',
          1,
          'Từ 90% trở lên: 1 điểm; từ 80% đến dưới 90%: 0,5 điểm; dưới 80%: 0 điểm',
          PROCEDURES_ONLINE_SHARE,
          [
            [90, 1],
            [80, 0.5],
          ],
        ),
        measuredLeaf(
          '7.2.3',
          'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
          3,
          'Từ 80% trở lên: 3 điểm; từ 60% đến dưới 80%: 2 điểm; từ 40% đến dưới 60%: 1 điểm; dưới 40%: 0 điểm',
          DOSSIERS_ONLINE_SHARE,
          [
            [80, 3],
            [60, 2],
            [40, 1],
          ],
        ),
        measuredLeaf(
          '7.2.4',
          'Tỷ lệ TTHC có nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
          1.5,
          'Đạt 100%: 1,5 điểm; từ 80% đến dưới 100%: 0,75 điểm; dưới 80%: 0 điểm',
          PROCEDURES_ONLINE_PAYMENT_SHARE,
          [
            [100, 1.5],
            [80, 0.75],
          ],
        ),
      ]),
      leaf(
        '7.3',
        'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
        6,
        'Số hóa 100% hồ sơ khi tiếp nhận và 100% kết quả giải quyết: 6 điểm; từ 80% đến dưới 100%: 4 điểm; ' +
          'từ 50% đến dưới 80%: 2 điểm; dưới 50%: 0 điểm',
      ),
    ]),
    area('8', AREA_TITLES.impact, [
      criterion('8.1', 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan', [
        survey('8.1.1', 'Mức độ hài lòng về tiếp cận dịch vụ và thủ tục hành chính', 6, satisfied('6')),
        survey('8.1.2', 'Mức độ hài lòng về công chức trực tiếp giải quyết công việc', 6, satisfied('6')),
        survey(
          '8.1.3',
          'Mức độ hài lòng về kết quả giải quyết TTHC và tiếp nhận, xử lý phản ánh, kiến nghị',
          6,
          satisfied('6'),
        ),
      ]),
      criterion('8.2', 'Đánh giá của đại diện lãnh đạo, công chức về tác động của cải cách hành chính', [
        survey(
          '8.2.1',
          'Tác động đến chất lượng văn bản QPPL và TTHC thuộc lĩnh vực quản lý',
          6,
          'Điểm trung bình của phiếu khảo sát (thang 4 mức) ÷ 4 × 6 điểm, làm tròn 2 chữ số thập phân',
        ),
        survey(
          '8.2.2',
          'Tác động đến tổ chức bộ máy, đội ngũ công chức và Chính phủ số',
          6,
          'Điểm trung bình của phiếu khảo sát (thang 4 mức) ÷ 4 × 6 điểm, làm tròn 2 chữ số thập phân',
        ),
      ]),
      survey(
        '8.3',
        'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội của ngành, lĩnh vực',
        4,
        'Tỷ lệ doanh nghiệp, tổ chức được khảo sát đánh giá tích cực × 4 điểm, làm tròn 2 chữ số thập phân',
      ),
    ]),
  ],
};

/**
 * Communes of the two-level local government: 39 leaves, 36 points from the survey. Communes now
 * receive most dossiers, so procedures, online services and people's satisfaction weigh more.
 */
export const COMMUNE_CRITERIA: CriteriaTree = {
  nodes: [
    area('1', AREA_TITLES.direction, [
      criterion('1.1', 'Kế hoạch cải cách hành chính năm', [
        leaf('1.1.1', 'Ban hành kế hoạch CCHC năm kịp thời', 1, PLAN_ON_TIME),
        measuredLeaf('1.1.2', 'Mức độ hoàn thành kế hoạch CCHC năm', 3, PLAN_DONE, TASKS_DONE_SHARE, [
          [100, 3],
          [90, 2],
          [80, 1],
        ]),
      ]),
      criterion('1.2', 'Kiểm tra và báo cáo cải cách hành chính', [
        leaf(
          '1.2.1',
          'Thực hiện kiểm tra CCHC tại các phòng chuyên môn, đơn vị thuộc UBND xã (≥ 30%)',
          2.5,
          'Kiểm tra từ 30% số phòng, đơn vị trở lên và theo dõi khắc phục sau kiểm tra: 2,5 điểm; ' +
            'kiểm tra từ 30% nhưng không theo dõi khắc phục: 1 điểm; dưới 30%: 0 điểm',
        ),
        leaf(
          '1.2.2',
          'Thực hiện chế độ báo cáo CCHC định kỳ',
          1.5,
          'Đủ số lượng, đúng nội dung và thời hạn: 1,5 điểm; thiếu hoặc chậm một báo cáo: 0,75 điểm; ' +
            'thiếu hoặc chậm từ hai báo cáo: 0 điểm',
        ),
      ]),
    ]),
    area('2', AREA_TITLES.institutions, [
      leaf(
        '2.1',
        'Ban hành và tự kiểm tra văn bản QPPL của HĐND, UBND xã',
        2.5,
        'Ban hành đúng thẩm quyền, trình tự, thủ tục và tự kiểm tra 100% văn bản: 2,5 điểm; ' +
          'có văn bản bị kết luận trái pháp luật hoặc chưa được tự kiểm tra: 0 điểm',
      ),
      criterion('2.2', 'Tổ chức thi hành pháp luật trên địa bàn', [
        leaf(
          '2.2.1',
          'Theo dõi tình hình thi hành pháp luật trên địa bàn xã',
          1,
          'Có kế hoạch và báo cáo kết quả đúng hạn: 1 điểm; không đầy đủ: 0 điểm',
        ),
        leaf(
          '2.2.2',
          'Phổ biến, giáo dục pháp luật và xây dựng xã đạt chuẩn tiếp cận pháp luật',
          1.5,
          'Hoàn thành kế hoạch phổ biến, giáo dục pháp luật và đạt chuẩn tiếp cận pháp luật: 1,5 điểm; ' +
            'đạt một trong hai yêu cầu: 0,75 điểm; không đạt: 0 điểm',
        ),
      ]),
    ]),
    area('3', AREA_TITLES.procedures, [
      criterion('3.1', 'Công khai thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông', [
        leaf(
          '3.1.1',
          'Công khai đầy đủ, đúng quy định TTHC thuộc thẩm quyền giải quyết của xã',
          2,
          'Công khai 100% TTHC tại Trung tâm Phục vụ hành chính công xã và trên Cổng Dịch vụ công: 2 điểm; ' +
            'còn TTHC chưa công khai hoặc công khai không đúng: 0 điểm',
        ),
        leaf(
          '3.1.2',
          'Tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính',
          1.5,
          'Tiếp nhận đầy đủ TTHC thuộc danh mục được công bố: 1,5 điểm; ' +
            'có trường hợp từ chối tiếp nhận trái quy định: 0 điểm',
        ),
        leaf(
          '3.1.3',
          'Thực hiện liên thông nhóm TTHC đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ ' +
            'em dưới 6 tuổi và nhóm đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng phí',
          1.5,
          'Thực hiện liên thông điện tử đúng quy định: 1,5 điểm; không thực hiện: 0 điểm',
        ),
      ]),
      criterion('3.2', 'Kết quả giải quyết thủ tục hành chính', [
        measuredLeaf(
          '3.2.1',
          'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
          6,
          'Đạt 100%: 6 điểm; từ 98% đến dưới 100%: 4,5 điểm; từ 95% đến dưới 98%: 3 điểm; ' +
            'từ 90% đến dưới 95%: 1,5 điểm; dưới 90%: 0 điểm',
          ON_TIME_RATE_COMMUNE_LEVEL,
          [
            [100, 6],
            [98, 4.5],
            [95, 3],
            [90, 1.5],
          ],
        ),
        leaf('3.2.2', 'Không yêu cầu bổ sung, hoàn thiện hồ sơ TTHC quá một lần', 1.5, ONE_REQUEST_ONLY),
        leaf('3.2.3', 'Thực hiện xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn', 1, APOLOGY),
        leaf(
          '3.2.4',
          'Cập nhật đầy đủ hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh',
          1.5,
          '100% hồ sơ được tiếp nhận, xử lý và trả kết quả trên hệ thống: 1,5 điểm; ' +
            'có hồ sơ xử lý ngoài hệ thống: 0 điểm',
        ),
      ]),
      leaf('3.3', 'Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính', 2, FEEDBACK_ON_TIME),
    ]),
    area('4', AREA_TITLES.organisation, [
      criterion('4.1', 'Kiện toàn tổ chức bộ máy của chính quyền cấp xã', [
        leaf(
          '4.1.1',
          'Ban hành quy chế làm việc và quy định chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc UBND xã',
          1.5,
          'Ban hành đầy đủ, đúng thời hạn: 1,5 điểm; chậm hoặc chưa đầy đủ: 0 điểm',
        ),
        leaf(
          '4.1.2',
          'Thực hiện quy định về số lượng cấp phó và cơ quan chuyên môn thuộc UBND xã',
          1,
          'Đúng quy định: 1 điểm; không đúng: 0 điểm',
        ),
      ]),
      leaf(
        '4.2',
        'Thực hiện nhiệm vụ, thẩm quyền được phân định, phân cấp cho chính quyền cấp xã',
        1.5,
        'Thực hiện đầy đủ, không để gián đoạn công việc và việc giải quyết TTHC: 1,5 điểm; ' +
          'có nhiệm vụ chưa thực hiện: 0 điểm',
      ),
    ]),
    area('5', AREA_TITLES.civilService, [
      criterion('5.1', 'Bố trí, đánh giá cán bộ, công chức', [
        leaf(
          '5.1.1',
          'Bố trí cán bộ, công chức theo vị trí việc làm được phê duyệt',
          1.5,
          '100% cán bộ, công chức được bố trí đúng vị trí việc làm: 1,5 điểm; dưới 100%: 0 điểm',
        ),
        leaf(
          '5.1.2',
          'Đánh giá, xếp loại chất lượng cán bộ, công chức đúng quy định và thời hạn',
          1.5,
          'Đúng quy định và thời hạn: 1,5 điểm; không đúng: 0 điểm',
        ),
      ]),
      criterion('5.2', 'Đào tạo, bồi dưỡng và kỷ luật, kỷ cương hành chính', [
        leaf(
          '5.2.1',
          'Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức xã',
          1.5,
          'Hoàn thành 100% kế hoạch: 1,5 điểm; từ 80% đến dưới 100%: 0,75 điểm; dưới 80%: 0 điểm',
        ),
        leaf(
          '5.2.2',
          'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức',
          1.5,
          'Không có người bị kỷ luật: 1,5 điểm; có người bị khiển trách hoặc cảnh cáo: 0,75 điểm; ' +
            'có người bị kỷ luật với hình thức nặng hơn cảnh cáo: 0 điểm',
        ),
      ]),
    ]),
    area('6', AREA_TITLES.publicFinance, [
      criterion('6.1', 'Quản lý, sử dụng ngân sách xã', [
        leaf(
          '6.1.1',
          'Công khai dự toán, quyết toán ngân sách xã đúng quy định',
          1,
          'Công khai đầy đủ, đúng thời hạn: 1 điểm; chậm hoặc không đầy đủ: 0 điểm',
        ),
        leaf(
          '6.1.2',
          'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao',
          1.5,
          'Từ 95% trở lên: 1,5 điểm; từ 80% đến dưới 95%: 0,75 điểm; dưới 80%: 0 điểm. ' +
            'Không áp dụng đối với xã không được giao vốn đầu tư công',
        ),
      ]),
      leaf(
        '6.2',
        'Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập thuộc UBND xã',
        1.5,
        'Giao tự chủ đúng quy định cho 100% đơn vị: 1,5 điểm; chưa giao đủ: 0 điểm. ' +
          'Không áp dụng đối với xã không có đơn vị sự nghiệp công lập được giao tự chủ tài chính',
      ),
    ]),
    area('7', AREA_TITLES.digitalGovernment, [
      criterion('7.1', 'Ứng dụng công nghệ thông tin trong hoạt động của UBND xã', [
        leaf(
          '7.1.1',
          'Tỷ lệ văn bản đi được ký số và gửi, nhận trên môi trường điện tử',
          2,
          SIGNED_DOCUMENTS,
        ),
        leaf(
          '7.1.2',
          'Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của xã',
          2,
          'Triển khai đủ biện pháp bảo vệ và không để xảy ra sự cố: 2 điểm; triển khai chưa đủ: 1 điểm; ' +
            'để xảy ra sự cố mất an toàn thông tin do lỗi chủ quan: 0 điểm',
        ),
      ]),
      criterion('7.2', 'Cung cấp dịch vụ công trực tuyến', [
        leaf(
          '7.2.1',
          'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình',
          2,
          'Đạt 100% số TTHC đủ điều kiện: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm',
        ),
        measuredLeaf(
          '7.2.2',
          'Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến (toàn trình và một phần)',
          1,
          'Từ 90% trở lên: 1 điểm; từ 80% đến dưới 90%: 0,5 điểm; dưới 80%: 0 điểm',
          PROCEDURES_ONLINE_SHARE,
          [
            [90, 1],
            [80, 0.5],
          ],
        ),
        measuredLeaf(
          '7.2.3',
          'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
          4,
          'Từ 80% trở lên: 4 điểm; từ 60% đến dưới 80%: 3 điểm; từ 40% đến dưới 60%: 2 điểm; ' +
            'từ 20% đến dưới 40%: 1 điểm; dưới 20%: 0 điểm',
          DOSSIERS_ONLINE_SHARE,
          [
            [80, 4],
            [60, 3],
            [40, 2],
            [20, 1],
          ],
        ),
        measuredLeaf(
          '7.2.4',
          'Tỷ lệ TTHC có nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
          2,
          'Đạt 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm',
          PROCEDURES_ONLINE_PAYMENT_SHARE,
          [
            [100, 2],
            [80, 1],
          ],
        ),
      ]),
      criterion('7.3', 'Số hóa và hỗ trợ người dân sử dụng dịch vụ số', [
        leaf(
          '7.3.1',
          'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
          5,
          'Số hóa 100% hồ sơ khi tiếp nhận và 100% kết quả giải quyết: 5 điểm; ' +
            'từ 80% đến dưới 100%: 3 điểm; từ 50% đến dưới 80%: 1 điểm; dưới 50%: 0 điểm',
        ),
        leaf(
          '7.3.2',
          'Hoạt động của Tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ công trực tuyến',
          2,
          'Tổ hoạt động ở 100% thôn, tổ dân phố: 2 điểm; từ 70% đến dưới 100%: 1 điểm; dưới 70%: 0 điểm',
        ),
      ]),
    ]),
    area('8', AREA_TITLES.impact, [
      criterion('8.1', 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của UBND xã', [
        survey(
          '8.1.1',
          'Mức độ hài lòng về tiếp cận dịch vụ tại Trung tâm Phục vụ hành chính công xã',
          5,
          satisfied('5'),
        ),
        survey('8.1.2', 'Mức độ hài lòng về thủ tục hành chính', 5, satisfied('5')),
        survey('8.1.3', 'Mức độ hài lòng về công chức trực tiếp giải quyết công việc', 5, satisfied('5')),
        survey(
          '8.1.4',
          'Mức độ hài lòng về kết quả giải quyết TTHC và tiếp nhận, xử lý phản ánh, kiến nghị',
          5,
          satisfied('5'),
        ),
      ]),
      survey(
        '8.2',
        'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội của xã',
        10,
        'Tỷ lệ người dân, doanh nghiệp được khảo sát đánh giá tích cực × 10 điểm, làm tròn 2 chữ số thập phân',
      ),
      survey('8.3', 'Mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến', 6, satisfied('6')),
    ]),
  ],
};

/** The demo criteria of a unit group, for creating a scoring round from a template. */
export function criteriaTemplate(group: 'department' | 'commune'): CriteriaTree {
  return group === 'department' ? DEPARTMENT_CRITERIA : COMMUNE_CRITERIA;
}
