/**
 * The statistics files (domain.md §9), one use case each: resolve the caller's scope (404 outside
 * it, 422 for a period that cannot be), build the table, refuse one too large for a file, render.
 */
import type { AuthContext } from '../../../platform/access';
import { AppError } from '../../../platform/errors';
import type { AppDeps } from '../../../platform/http';
import { XLSX_CONTENT_TYPE } from '../../../platform/spreadsheet';
import { indexView, rankingView } from '../index-views';
import { standardReport } from '../standard-report';
import { type ResolvedScope, resolveStatsScope } from '../stats-scope';
import type {
  Form06Query,
  IndexWorkbookQuery,
  QuarterlyReportQuery,
  ReportWorkbookQuery,
} from './export-queries';
import { form06Table } from './form-06';
import { form06Pdf } from './form-06-pdf';
import { form06Workbook } from './form-06-workbook';
import { indexWorkbook } from './index-workbook';
import { issuerOf } from './issuer';
import { quarterlyReportPdf, quarterName } from './quarterly-report-pdf';
import { reportWorkbook } from './report-workbook';
import { quarterOf } from './vietnamese-format';

/**
 * The most data rows one file holds: beyond it a spreadsheet is slow to open and a PDF runs to
 * hundreds of pages, and the caller should narrow the scope or group more coarsely.
 */
export const EXPORT_ROW_LIMIT = 20_000;

export interface ExportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** 422 stats_export_too_large, before anything is rendered: never a partial file. */
export function checkExportSize(rows: number, limit = EXPORT_ROW_LIMIT): void {
  if (rows > limit) throw new AppError('stats_export_too_large', 422, { rows, limit });
}

const PDF = 'application/pdf';

function scopeOf(deps: AppDeps, auth: AuthContext, query: Parameters<typeof resolveStatsScope>[3]) {
  return resolveStatsScope(deps.db, deps.config.PROVINCE_CODE, auth, query, deps.clock.now());
}

/** Names a file after its unit and period; no path separators. */
function fileName(parts: readonly string[], extension: string): string {
  return `${parts.join(' ').replace(/[/\\]/g, '-')}.${extension}`;
}

const periodPart = (scope: ResolvedScope, lang: 'vi' | 'en') =>
  `${scope.period.from} ${lang === 'vi' ? 'đến' : 'to'} ${scope.period.to}`;

/** The standard report, any grouping, as Excel. */
export async function standardReportWorkbookFile(
  deps: AppDeps,
  auth: AuthContext,
  query: ReportWorkbookQuery,
): Promise<ExportFile> {
  const scope = await scopeOf(deps, auth, query);
  const report = await standardReport(deps.db, deps.config, scope, query.by);
  checkExportSize(report.rows.length);
  const title = query.lang === 'vi' ? 'Báo cáo TTHC' : 'Dossier report';
  return {
    fileName: fileName([title, scope.unit.code, periodPart(scope, query.lang)], 'xlsx'),
    contentType: XLSX_CONTENT_TYPE,
    bytes: await reportWorkbook(report, query.lang, deps.clock.now()),
  };
}

/** Biểu số 06/VPCP/KSTT (or II.06a) as Excel or PDF: one table model, two renderers. */
export async function form06File(
  deps: AppDeps,
  auth: AuthContext,
  query: Form06Query,
  format: 'xlsx' | 'pdf',
): Promise<ExportFile> {
  const scope = await scopeOf(deps, auth, query);
  const table = await form06Table(deps.db, deps.config, scope, {
    variant: query.variant,
    recipient: query.recipient,
  });
  checkExportSize(table.rows.length);
  const now = deps.clock.now();
  const name = fileName(
    [table.formNumber.replace('Biểu số ', 'Biểu '), scope.unit.code, periodPart(scope, 'vi')],
    format,
  );
  return format === 'xlsx'
    ? { fileName: name, contentType: XLSX_CONTENT_TYPE, bytes: await form06Workbook(table, now) }
    : { fileName: name, contentType: PDF, bytes: await form06Pdf(table, now) };
}

/** The quarterly report of dossier results, issued today, with Biểu 06 attached. */
export async function quarterlyReportFile(
  deps: AppDeps,
  auth: AuthContext,
  query: QuarterlyReportQuery,
): Promise<ExportFile> {
  const scope = await scopeOf(deps, auth, query);
  const quarter = quarterOf(scope.period);
  // The query schema admits quarters only; a period that is not one is a bug, not bad input.
  if (!quarter) throw new Error(`not a quarter: ${scope.period.from}..${scope.period.to}`);
  const byLevel = await standardReport(deps.db, deps.config, scope, 'level');
  const table = await form06Table(deps.db, deps.config, scope, { variant: '06' });
  checkExportSize(table.rows.length);
  return {
    fileName: fileName(['Báo cáo TTHC', quarterName(quarter), scope.unit.code], 'pdf'),
    contentType: PDF,
    bytes: await quarterlyReportPdf({
      ...quarter,
      issuer: issuerOf(scope),
      number: query.number ?? null,
      issuedAt: deps.clock.now(),
      byLevel,
      table,
    }),
  };
}

/** The service index of a scope and the ranking of its period, as Excel. */
export async function indexWorkbookFile(
  deps: AppDeps,
  auth: AuthContext,
  query: IndexWorkbookQuery,
): Promise<ExportFile> {
  const { among, lang, ...scopeQuery } = query;
  const scope = await scopeOf(deps, auth, scopeQuery);
  const now = deps.clock.now();
  const [index, ranking] = await Promise.all([
    indexView(deps.db, deps.config, scope, now),
    rankingView(deps, scope, among),
  ]);
  checkExportSize(ranking.units.length);
  const title = lang === 'vi' ? 'Chỉ số phục vụ' : 'Service index';
  return {
    fileName: fileName([title, scope.unit.code, periodPart(scope, lang)], 'xlsx'),
    contentType: XLSX_CONTENT_TYPE,
    bytes: await indexWorkbook(index, ranking, lang, now),
  };
}
