import type { AppConfig } from '../../config';
import type { ReformMetric } from '../../platform/reform-metric';
import { catalogReformMetrics } from '../catalog/reform-metrics';
import { statsReformMetrics } from '../stats/reform-metrics';
import { parReformMetrics } from './reform-metrics';

/** Metrics whose capability has not landed yet: a target may link to them and shows "no data yet". */
const PENDING_METRICS: readonly ReformMetric[] = [
  {
    code: 'online_payment_transactions_share',
    titleVi: 'Tỷ lệ giao dịch thanh toán trực tuyến trên tổng số hồ sơ có nghĩa vụ tài chính',
    titleEn: 'Online payment transactions, of dossiers with fees',
    source: 'payments',
    measure: null,
  },
  {
    code: 'results_digitised_share',
    titleVi: 'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính',
    titleEn: 'Procedure results digitised',
    source: 'digitisation',
    measure: null,
  },
  {
    code: 'documents_reused_share',
    titleVi: 'Tỷ lệ hồ sơ không phải cung cấp lại giấy tờ đã được chấp nhận',
    titleEn: 'Dossiers that reused documents already accepted',
    source: 'digitisation',
    measure: null,
  },
  {
    code: 'satisfaction_rate',
    titleVi: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính',
    titleEn: 'Satisfaction of citizens and businesses with procedures',
    source: 'feedback',
    measure: null,
  },
];

/** Every reform metric, from the modules that contribute them (registry of domain.md §10). */
export function reformMetrics(config: AppConfig): readonly ReformMetric[] {
  return [...statsReformMetrics(config), ...catalogReformMetrics, ...parReformMetrics, ...PENDING_METRICS];
}
