/**
 * The catalogue of the service index's indicators, each with its source; the formula sets in
 * `formulas.ts` pick from it. "QĐ 766" cites the 2022 table as summarised in domain.md §9; "portal"
 * cites the public analytics rebuilt from the national portal's answers (reverse-engineered, not
 * legal text; verify).
 */
import { indicator } from './formula-types';

export const INDICATORS = {
  // Publicity and transparency (công khai, minh bạch).
  // QĐ 766: procedures published on time, 6 points.
  publishedOnTime: indicator({
    input: 'procedures_published_on_time',
    code: 'CKMB.1',
    nameVi: 'Công bố, công khai thủ tục hành chính đúng hạn',
    nameEn: 'Procedures published on time',
    max: 6,
  }),
  // QĐ 766: procedures updated on the national procedure database on time, 4 points.
  nationalDbUpdated: indicator({
    input: 'national_db_updated',
    code: 'CKMB.2',
    nameVi: 'Cập nhật thủ tục hành chính lên Cơ sở dữ liệu quốc gia đúng hạn',
    nameEn: 'Procedures updated on the national procedure database on time',
    max: 4,
  }),
  // QĐ 766: procedures published with all components, 2 points.
  publishedComplete: indicator({
    input: 'published_complete',
    code: 'CKMB.3',
    nameVi: 'Công khai đầy đủ các thành phần của thủ tục hành chính',
    nameEn: 'Procedures published with all components',
    max: 2,
  }),
  // QĐ 766: dossiers synced to the national portal with their receipt date, 6 points.
  dossiersSynced: indicator({
    input: 'dossiers_synced',
    code: 'CKMB.4',
    nameVi: 'Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia, có ngày tiếp nhận',
    nameEn: 'Dossiers synced to the national portal with their receipt date',
    max: 6,
  }),

  // Processing progress (tiến độ giải quyết).
  // QĐ 766: (resolved early + on time + in progress in time) / (resolved + in progress) × 20.
  processingOnTime: indicator({
    input: 'processing_on_time',
    code: 'TDGQ.1',
    nameVi: 'Hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết trong hạn',
    nameEn: 'Dossiers resolved early or on time, or in progress in time',
    max: 20,
  }),
  // QĐ 766: average resolution time shown, for information only, 0 points.
  averageTimeShown: indicator({
    input: 'average_time_shown',
    code: 'TDGQ.2',
    nameVi: 'Công khai thời gian giải quyết trung bình',
    nameEn: 'Average resolution time shown',
    max: 0,
  }),

  // Online service (dịch vụ trực tuyến).
  // QĐ 766: dossiers submitted fully online / dossiers of procedures eligible for full online × 12.
  fullOnlineDossiers: indicator({
    input: 'full_online_dossiers',
    code: 'DVTT.1',
    nameVi: 'Hồ sơ nộp trực tuyến toàn trình trên hồ sơ của thủ tục đủ điều kiện trực tuyến toàn trình',
    nameEn: 'Dossiers submitted fully online of procedures eligible for full online service',
    max: 12,
  }),
  // Portal: min(2, 2·A / 0.8), A = procedures offered online / all procedures.
  proceduresOfferedOnline: indicator({
    input: 'procedures_offered_online',
    code: 'DVTT.2',
    nameVi: 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến',
    nameEn: 'Procedures offered online',
    max: 2,
    target: 0.8,
  }),
  // Portal: 4·B, B = online dossiers / dossiers of procedures offered online.
  onlineDossiersOfOnlineProcedures: indicator({
    input: 'online_dossiers_of_online_procedures',
    code: 'DVTT.3',
    nameVi: 'Hồ sơ trực tuyến của thủ tục cung cấp dịch vụ công trực tuyến',
    nameEn: 'Online dossiers of procedures offered online',
    max: 4,
  }),
  // Portal: min(6, 6·C / 0.5), C = dossiers by the online channel / dossiers of all channels.
  onlineChannelShare: indicator({
    input: 'online_channel_share',
    code: 'DVTT.4',
    nameVi: 'Hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ các kênh',
    nameEn: 'Dossiers received online of all channels',
    max: 6,
    target: 0.5,
  }),

  // Online payment (thanh toán trực tuyến).
  // QĐ 766: fee-bearing procedures offered for online payment, 2 points.
  feeProceduresOnlinePayment: indicator({
    input: 'fee_procedures_online_payment',
    code: 'TTTT.1',
    nameVi: 'Thủ tục có phí, lệ phí được cung cấp thanh toán trực tuyến',
    nameEn: 'Fee-bearing procedures offered for online payment',
    max: 2,
  }),
  // QĐ 766: procedures with online payment transactions, 2 points.
  proceduresWithOnlinePayments: indicator({
    input: 'procedures_with_online_payments',
    code: 'TTTT.2',
    nameVi: 'Thủ tục có giao dịch thanh toán trực tuyến',
    nameEn: 'Procedures with online payment transactions',
    max: 2,
  }),
  // QĐ 766: dossiers paid online / dossiers of fee-bearing procedures × 6 (portal: 6·A, the same).
  dossiersPaidOnline: indicator({
    input: 'dossiers_paid_online',
    code: 'TTTT.3',
    nameVi: 'Hồ sơ thanh toán trực tuyến trên hồ sơ có nghĩa vụ tài chính',
    nameEn: 'Dossiers paid online of dossiers with a financial obligation',
    max: 6,
  }),
  // Portal: min(2, 2.5·C), C = fee-bearing procedures that received dossiers / fee-bearing procedures.
  feeDossiersProcedures: indicator({
    input: 'fee_dossiers_procedures',
    code: 'TTTT.4',
    nameVi: 'Thủ tục có phí, lệ phí phát sinh hồ sơ',
    nameEn: 'Fee-bearing procedures that received dossiers',
    max: 2,
    target: 0.8,
  }),

  // Satisfaction (mức độ hài lòng).
  // QĐ 766: feedback (PAKN) handled on time, 6 points; portal: full points with no feedback.
  paknOnTime: indicator({
    input: 'pakn_on_time',
    code: 'MDHL.1',
    nameVi: 'Phản ánh, kiến nghị được xử lý đúng hạn',
    nameEn: 'Feedback handled on time',
    max: 6,
    whenDenominatorZero: 'full_points',
  }),
  // QĐ 766: satisfied with feedback handling, 6 points; portal: full points with no feedback.
  paknSatisfied: indicator({
    input: 'pakn_satisfied',
    code: 'MDHL.2',
    nameVi: 'Hài lòng với việc xử lý phản ánh, kiến nghị',
    nameEn: 'Satisfied with feedback handling',
    max: 6,
    whenDenominatorZero: 'full_points',
  }),
  // QĐ 766: 100% − (late rate + complaint or "dislike" rate), 6 points; portal: full at 90%.
  dossierSatisfaction: indicator({
    input: 'dossier_satisfaction',
    code: 'MDHL.3',
    nameVi: 'Hài lòng với việc giải quyết hồ sơ',
    nameEn: 'Satisfied with dossier handling',
    max: 6,
    target: 0.9,
    rate: 'complement',
  }),

  // Digitization (số hóa).
  // QĐ 766: dossiers with an electronic result, 6 points.
  electronicResults: indicator({
    input: 'electronic_results',
    code: 'SHHS.1',
    nameVi: 'Hồ sơ có kết quả giải quyết điện tử',
    nameEn: 'Dossiers with an electronic result',
    max: 6,
  }),
  // QĐ 766: dossiers with digitized components, 4 points.
  digitizedComponents: indicator({
    input: 'digitized_components',
    code: 'SHHS.2',
    nameVi: 'Hồ sơ có thành phần hồ sơ được số hóa',
    nameEn: 'Dossiers with digitized components',
    max: 4,
  }),
  // QĐ 766: electronic certified copies, 2 points.
  electronicCertifiedCopies: indicator({
    input: 'electronic_certified_copies',
    code: 'SHHS.3',
    nameVi: 'Chứng thực bản sao điện tử',
    nameEn: 'Electronic certified copies',
    max: 2,
  }),
  // QĐ 766: dossiers reusing digitized data, 2 points; portal: full at 80%.
  digitizedDataReused: indicator({
    input: 'digitized_data_reused',
    code: 'SHHS.4',
    nameVi: 'Hồ sơ tái sử dụng dữ liệu số hóa',
    nameEn: 'Dossiers reusing digitized data',
    max: 2,
    target: 0.8,
  }),
  // QĐ 766: digitized data shared for reuse, 4 points.
  digitizedDataShared: indicator({
    input: 'digitized_data_shared',
    code: 'SHHS.5',
    nameVi: 'Dữ liệu số hóa được chia sẻ để tái sử dụng',
    nameEn: 'Digitized data shared for reuse',
    max: 4,
  }),
  // QĐ 766: procedures connected to the national population database, 2 points.
  populationDbProcedures: indicator({
    input: 'population_db_procedures',
    code: 'SHHS.6',
    nameVi: 'Thủ tục hành chính kết nối Cơ sở dữ liệu quốc gia về dân cư',
    nameEn: 'Procedures connected to the population database',
    max: 2,
  }),
  // QĐ 766: dossiers using the national population database, 2 points.
  populationDbDossiers: indicator({
    input: 'population_db_dossiers',
    code: 'SHHS.7',
    nameVi: 'Hồ sơ sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư',
    nameEn: 'Dossiers using the population database',
    max: 2,
  }),
} as const;
