/**
 * Biểu số 06/VPCP/KSTT — "Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải
 * quyết TTHC" (Circular 01/2020/TT-VPCP; domain.md §9) — and its variant II.06a for the provincial
 * service centre, as one table model that the workbook and the PDF both draw.
 */

import type { Period } from '../../../../domain/stats/periods';
import {
  addFigures,
  type CountingPolicy,
  type ReportFigures,
  reportFigures,
} from '../../../../domain/stats/report-figures';
import type { AppConfig } from '../../../config';
import type { DbOrTx } from '../../../db/client';
import { countingPolicyOf, labelsOf, reportGroups } from '../standard-report';
import type { ResolvedScope } from '../stats-scope';
import { type Issuer, issuerOf } from './issuer';
import { policySentence, stocksSentence } from './report-notes';
import { periodInWords, romanNumeral } from './vietnamese-format';

export type Form06Variant = '06' | 'ii06a';

export const FORM_06_NUMBERS: Readonly<Record<Form06Variant, string>> = {
  '06': 'Biểu số 06/VPCP/KSTT',
  ii06a: 'Biểu số II.06a/VPCP/KSTT',
};

export const FORM_06_TITLE =
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
export const FORM_06_UNIT_OF_MEASURE = 'Đơn vị tính: Số hồ sơ TTHC';
/** Who receives a II.06a report unless the caller names another body. */
export const DEFAULT_RECIPIENT = 'Văn phòng UBND tỉnh';

/** The column headers: the 13 numbered columns and the groups above them (first header row). */
export const FORM_06_COLUMNS: readonly string[] = [
  'STT',
  'Lĩnh vực, công việc giải quyết theo cấp',
  'Tổng số',
  'Trực tuyến',
  'Trực tiếp, dịch vụ bưu chính',
  'Từ kỳ trước',
  'Tổng số',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Tổng số',
  'Trong hạn',
  'Quá hạn',
];

export interface Form06HeaderGroup {
  readonly label: string;
  /** First and last column (1-based, as the column numbers print). */
  readonly from: number;
  readonly to: number;
}

/** The groups of the first header row; columns (1) and (2) span both header rows. */
export const FORM_06_GROUPS: readonly Form06HeaderGroup[] = [
  { label: 'Số hồ sơ nhận giải quyết', from: 3, to: 6 },
  { label: 'Số hồ sơ đã giải quyết', from: 7, to: 10 },
  { label: 'Số hồ sơ đang giải quyết', from: 11, to: 13 },
];

export const FORM_06_SIGNERS = {
  preparer: { title: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' },
  head: { title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
} as const;

/** How the form names each level's part (I. Sở, ban, ngành; II. Cấp huyện; III. Cấp xã). */
const LEVEL_PARTS: Readonly<Record<string, string>> = {
  province: 'Sở, ban, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export interface Form06Row {
  readonly kind: 'level' | 'field' | 'total';
  /** 'I', 'II' for a level's part, '1', '2' for its fields, '' for the total. */
  readonly number: string;
  readonly label: string;
  /** Columns (3) to (13), in order. */
  readonly cells: readonly number[];
}

/** Columns (3)–(13) of a row: (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13). */
export function form06Cells(f: ReportFigures): number[] {
  return [
    f.toHandle,
    f.receivedOnline,
    f.receivedCounter + f.receivedPostal,
    f.carriedOver,
    f.resolved,
    f.resolvedEarly,
    f.resolvedOnTime,
    f.resolvedLate,
    f.inProgress,
    f.inProgressInTime,
    f.inProgressOverdue,
  ];
}

export interface Named {
  readonly label: string;
  readonly order: string;
}

const byOrder = (a: { order: string }, b: { order: string }) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : 0;

/**
 * The rows of the form from figures by 'level|field': each level with data as a numbered part
 * carrying its subtotal, then its fields with data as numbered sub-rows; and the total.
 */
export function form06Rows(
  figures: ReadonlyMap<string, ReportFigures>,
  levels: ReadonlyMap<string, Named>,
  fields: ReadonlyMap<string, Named>,
): { rows: Form06Row[]; total: Form06Row } {
  const byLevel = new Map<string, { field: string; figures: ReportFigures }[]>();
  for (const [key, f] of figures) {
    if (form06Cells(f).every((n) => n === 0)) continue;
    const [level = '', field = ''] = key.split('|');
    const list = byLevel.get(level) ?? [];
    list.push({ field, figures: f });
    byLevel.set(level, list);
  }
  const parts = [...byLevel.entries()]
    .map(([level, list]) => ({ level, list, order: levels.get(level)?.order ?? level }))
    .sort(byOrder);
  const rows: Form06Row[] = [];
  parts.forEach((part, index) => {
    const subtotal = addFigures(part.list.map((x) => x.figures));
    rows.push({
      kind: 'level',
      number: romanNumeral(index + 1),
      label: LEVEL_PARTS[part.level] ?? levels.get(part.level)?.label ?? part.level,
      cells: form06Cells(subtotal),
    });
    part.list
      .map((x) => ({ ...x, name: fields.get(x.field) ?? { label: x.field, order: x.field } }))
      .sort((a, b) => byOrder(a.name, b.name))
      .forEach((x, n) => {
        rows.push({
          kind: 'field',
          number: String(n + 1),
          label: x.name.label,
          cells: form06Cells(x.figures),
        });
      });
  });
  const total = addFigures([...figures.values()]);
  return { rows, total: { kind: 'total', number: '', label: 'Tổng cộng', cells: form06Cells(total) } };
}

export interface Form06Table {
  readonly variant: Form06Variant;
  readonly formNumber: string;
  readonly issuer: Issuer;
  readonly period: Period;
  /** Lines between the title and the table: 'Đơn vị báo cáo: …' and the like (II.06a only). */
  readonly reportLines: readonly string[];
  readonly rows: readonly Form06Row[];
  readonly total: Form06Row;
  /** The counting policy and the instant the in-progress figures are counted at, in words. */
  readonly notes: readonly string[];
}

export interface Form06Options {
  readonly variant: Form06Variant;
  readonly recipient?: string | undefined;
}

/** The form of a scope, read from the statistics (by level and field). */
export async function form06Table(
  db: DbOrTx,
  config: AppConfig,
  scope: ResolvedScope,
  options: Form06Options,
): Promise<Form06Table> {
  const policy: CountingPolicy = countingPolicyOf(config);
  const groups = await reportGroups(db, config.PROVINCE_CODE, scope, ['level', 'field']);
  const keys = [...groups.keys()];
  const levels = await labelsOf(db, scope, 'level', []);
  const fields = await labelsOf(db, scope, 'field', [...new Set(keys.map((k) => k.split('|')[1] ?? ''))]);
  const figures = new Map([...groups].map(([key, counts]) => [key, reportFigures(counts, policy)]));
  const { rows, total } = form06Rows(figures, levels, fields);
  const issuer = issuerOf(scope);
  const reportLines =
    options.variant === 'ii06a'
      ? [
          `Đơn vị báo cáo: ${issuer.unitName}`,
          `Đơn vị nhận báo cáo: ${options.recipient ?? DEFAULT_RECIPIENT}`,
          `Kỳ báo cáo: ${periodInWords(scope.period)}`,
        ]
      : [];
  const stocks = {
    period: scope.period,
    stocksAt: scope.stocksAt.toISOString(),
    live: scope.liveAt !== null,
  };
  return {
    variant: options.variant,
    formNumber: FORM_06_NUMBERS[options.variant],
    issuer,
    period: scope.period,
    reportLines,
    rows,
    total,
    notes: [`Ghi chú: ${policySentence(policy, 'vi')}`, stocksSentence(stocks, 'vi')],
  };
}
