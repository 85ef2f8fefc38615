/**
 * The formula sets of the national service index (Decision 766/QĐ-TTg), in date order, and the one
 * in force on a day. Keep every revision as a new set: scores of past periods are recomputed with
 * the set of their own time (domain.md §0, §9).
 */
import { isoToJdn } from '../../calendar/civil-date';
import { ServiceIndexError } from './errors';
import type { FormulaSet, GroupKey, IndicatorFormula, IndicatorGroup, ScopeKind } from './formula-types';
import { INDICATORS as I } from './indicators';

/** Province and its departments only: a commune does not publish procedures. */
const ABOVE_COMMUNE: readonly ScopeKind[] = ['province', 'department'];

const GROUP_NAMES = {
  publicity: { code: 'CKMB', nameVi: 'Công khai, minh bạch', nameEn: 'Publicity and transparency' },
  processing: { code: 'TDGQ', nameVi: 'Tiến độ giải quyết', nameEn: 'Processing progress' },
  online_service: { code: 'DVTT', nameVi: 'Dịch vụ trực tuyến', nameEn: 'Online service' },
  online_payment: { code: 'TTTT', nameVi: 'Thanh toán trực tuyến', nameEn: 'Online payment' },
  satisfaction: { code: 'MDHL', nameVi: 'Mức độ hài lòng', nameEn: 'Satisfaction' },
  digitization: { code: 'SHHS', nameVi: 'Số hóa hồ sơ', nameEn: 'Digitization' },
} as const satisfies Record<GroupKey, { code: string; nameVi: string; nameEn: string }>;

function group(key: GroupKey, max: number, indicators: readonly IndicatorFormula[]): IndicatorGroup {
  return { key, ...GROUP_NAMES[key], max, indicators };
}

const processing = group('processing', 20, [I.processingOnTime, I.averageTimeShown]);
const satisfaction = group('satisfaction', 18, [I.paknOnTime, I.paknSatisfied, I.dossierSatisfaction]);
const digitization = group('digitization', 22, [
  I.electronicResults,
  I.digitizedComponents,
  I.electronicCertifiedCopies,
  I.digitizedDataReused,
  I.digitizedDataShared,
  I.populationDbProcedures,
  I.populationDbDossiers,
]);

// Decision 766/QĐ-TTg of 23/6/2022; groups and points as in domain.md §9's table.
export const FORMULA_SET_766_2022: FormulaSet = {
  id: '766-2022',
  nameVi: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (2022)',
  nameEn: 'Index for steering and assessing the quality of service to citizens and businesses (2022)',
  source: 'Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
  effectiveFrom: '2022-06-23',
  effectiveTo: '2025-06-30',
  notes:
    'Groups and points from Decision 766/QĐ-TTg as summarised in domain.md §9; the targets (90% for ' +
    'satisfaction with dossier handling, 80% for reuse of digitized data) and the full points on no ' +
    'feedback are reverse-engineered from the national portal’s public answers, not legal text; verify.',
  groups: [
    group('publicity', 18, [I.publishedOnTime, I.nationalDbUpdated, I.publishedComplete, I.dossiersSynced]),
    processing,
    group('online_service', 12, [I.fullOnlineDossiers]),
    group('online_payment', 10, [
      I.feeProceduresOnlinePayment,
      I.proceduresWithOnlinePayments,
      I.dossiersPaidOnline,
    ]),
    satisfaction,
    digitization,
  ],
};

// The national portal's revised scoring (domain.md §9, second bullet): reverse-engineered.
export const FORMULA_SET_PORTAL_2025: FormulaSet = {
  id: 'portal-2025',
  nameVi:
    'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Cổng Dịch vụ công quốc gia (bản điều chỉnh)',
  nameEn: 'Service index as scored by the National Public Service Portal (revised)',
  source:
    'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Cổng Dịch vụ công quốc gia (bản điều chỉnh)',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  notes:
    'Reverse-engineered from the national portal’s public answers (a public analytics tool rebuilt ' +
    'from its scoring API), not legal text; the start date 1/7/2025 is assumed; verify.',
  groups: [
    // Portal: publication, national database and completeness do not apply to communes.
    group('publicity', 18, [
      { ...I.publishedOnTime, appliesTo: ABOVE_COMMUNE },
      { ...I.nationalDbUpdated, appliesTo: ABOVE_COMMUNE },
      { ...I.publishedComplete, appliesTo: ABOVE_COMMUNE },
      I.dossiersSynced,
    ]),
    processing,
    // Portal: min(2, 2·A/0.8) + 4·B + min(6, 6·C/0.5).
    group('online_service', 12, [
      I.proceduresOfferedOnline,
      I.onlineDossiersOfOnlineProcedures,
      I.onlineChannelShare,
    ]),
    // Portal: 6·A + min(2, 2.5·B) + min(2, 2.5·C); B here is 2 × min(1, B/0.8).
    group('online_payment', 10, [
      { ...I.proceduresWithOnlinePayments, target: 0.8 },
      I.dossiersPaidOnline,
      I.feeDossiersProcedures,
    ]),
    satisfaction,
    digitization,
  ],
};

/** Every set, in date order. */
export const FORMULA_SETS: readonly FormulaSet[] = [FORMULA_SET_766_2022, FORMULA_SET_PORTAL_2025];

/**
 * The set in force on a local date 'YYYY-MM-DD' — for a period, pass its last day. Throws
 * `no_formula_set_in_force` before the first set (and a CalendarError for a malformed date).
 */
export function formulaSetFor(date: string, sets: readonly FormulaSet[] = FORMULA_SETS): FormulaSet {
  const day = isoToJdn(date);
  const set = sets.find(
    (s) => isoToJdn(s.effectiveFrom) <= day && (s.effectiveTo === null || day <= isoToJdn(s.effectiveTo)),
  );
  if (!set) {
    throw new ServiceIndexError(
      'no_formula_set_in_force',
      `no service-index formula set is in force on ${date}`,
      `không có bộ công thức chỉ số phục vụ nào có hiệu lực vào ngày ${date}`,
    );
  }
  return set;
}
