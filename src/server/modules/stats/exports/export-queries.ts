/**
 * What the export routes accept: the statistics scope of the standard report (period, unit,
 * children, successors) and each file's own options, validated strictly at the edge.
 */
import { z } from 'zod';
import { ZReportQuery, ZStatsScopeQuery } from '../../../../contracts/stats';

/** Free text printed on a document: trimmed, one line, no control characters. */
const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'control characters are not allowed');

export const ZReportWorkbookQuery = ZReportQuery.extend({
  lang: z.enum(['vi', 'en']).default('vi'),
});
export type ReportWorkbookQuery = z.infer<typeof ZReportWorkbookQuery>;

export const ZForm06Query = ZStatsScopeQuery.extend({
  /** '06': Biểu số 06/VPCP/KSTT; 'ii06a': Biểu số II.06a/VPCP/KSTT (provincial service centre). */
  variant: z.enum(['06', 'ii06a']).default('06'),
  /** II.06a's receiving body (default: Văn phòng UBND tỉnh). */
  recipient: printable(200).optional(),
});
export type Form06Query = z.infer<typeof ZForm06Query>;

export const ZQuarterlyReportQuery = ZStatsScopeQuery.omit({ period: true, from: true, to: true }).extend({
  /** The quarter, e.g. 2026-Q3. */
  period: z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter such as 2026-Q3'),
  /** The report's number as printed after 'Số:', e.g. 125/BC-UBND. */
  number: printable(30).optional(),
});
export type QuarterlyReportQuery = z.infer<typeof ZQuarterlyReportQuery>;

export const ZIndexWorkbookQuery = ZStatsScopeQuery.extend({
  /** Whom the ranking sheet ranks. */
  among: z.enum(['department', 'commune']).default('department'),
  lang: z.enum(['vi', 'en']).default('vi'),
});
export type IndexWorkbookQuery = z.infer<typeof ZIndexWorkbookQuery>;
