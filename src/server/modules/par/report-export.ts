import type { ReportPeriod } from '../../../domain/par/report-periods';
import type { AuthContext } from '../../platform/access';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { parCaller } from './par-access';
import { provinceUnit } from './plans';
import { buildReportDocument } from './report-document';
import { renderReportDocx } from './report-docx';
import { reportFigures, tasksByLead } from './report-figures';
import type { ReportDocumentModel } from './report-model';
import { renderReportPdf } from './report-pdf';
import { reportParty, reportRoundDetail } from './reports';
import { findReportRound, sectionsOf } from './reports-repo';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Loads what the consolidated report shows and builds its model. */
export async function consolidatedReport(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
): Promise<ReportDocumentModel> {
  const round = await findReportRound(deps.db, deps.config.PROVINCE_CODE, roundId);
  const province = await provinceUnit(deps.db, deps.config.PROVINCE_CODE);
  if (!reportParty(await parCaller(deps.db, auth), province.id, true).manages)
    throw new AppError('forbidden', 403);
  const [detail, sections, figures, byLead] = await Promise.all([
    reportRoundDetail(deps, auth, roundId),
    sectionsOf(deps.db, roundId),
    reportFigures(deps, auth, round, null),
    tasksByLead(deps, auth, round),
  ]);
  const unitSections = new Map<string, Map<string, string>>();
  for (const row of sections) {
    const own = unitSections.get(row.unitId) ?? new Map<string, string>();
    own.set(row.section, row.body);
    unitSections.set(row.unitId, own);
  }
  return buildReportDocument({
    year: round.year,
    period: round.period as ReportPeriod,
    dueDate: round.dueDate,
    provinceName: province.name,
    issuedAt: round.closedAt ?? deps.clock.now(),
    provinceSections: unitSections.get(province.id) ?? new Map(),
    figures,
    tasksByLead: byLead,
    units: detail.units,
    unitSections,
  });
}

/** The file name of a round's report: 'bao-cao-cchc-2026-Q3.docx'. */
const fileNameOf = (model: { year: number; period: string }, extension: 'docx' | 'pdf') =>
  `bao-cao-cchc-${model.year}-${model.period}.${extension}`;

export async function consolidatedReportFile(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
  kind: 'docx' | 'pdf',
): Promise<{ fileName: string; bytes: Buffer }> {
  const round = await findReportRound(deps.db, deps.config.PROVINCE_CODE, roundId);
  const model = await consolidatedReport(deps, auth, roundId);
  const bytes = kind === 'docx' ? await renderReportDocx(model) : await renderReportPdf(model);
  return { fileName: fileNameOf(round, kind), bytes };
}
