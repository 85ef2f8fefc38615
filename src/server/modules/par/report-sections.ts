import type { z } from 'zod';
import type { ZSectionWritten, ZUnitReport, ZWriteSectionRequest } from '../../../contracts/par-reports';
import { formatLocalDateTime } from '../../../domain/calendar/local-time';
import {
  isWritten,
  REPORT_SECTIONS,
  type ReportSectionCode,
  writtenCount,
} from '../../../domain/par/report-periods';
import type { DbOrTx } from '../../db/client';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { unitSummariesOf } from '../organisation/unit-tree';
import { parCaller } from './par-access';
import { provinceUnit } from './plans';
import { reportFigures } from './report-figures';
import { assertOpen, reportParty, statusOf, summaryDto } from './reports';
import {
  findReportRound,
  markSubmitted,
  type ReportRoundRow,
  type ReportSectionRow,
  reportUnit,
  sectionRow,
  sectionsOf,
  unitsOfRounds,
  writeSection,
} from './reports-repo';

type UnitReportDto = z.infer<typeof ZUnitReport>;

/** The caller's view of one unit in one round: 404 when it is not in the round or none of their business. */
async function unitContext(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
  round: ReportRoundRow,
  unitId: string,
  lock: 'share' | null = null,
) {
  const member = await reportUnit(db, round.id, unitId, lock);
  if (!member) throw notFound();
  const province = await provinceUnit(db, deps.config.PROVINCE_CODE);
  const isProvince = unitId === province.id;
  const party = reportParty(await parCaller(db, auth), unitId, isProvince);
  if (!party.reads) throw notFound();
  return { member, province, isProvince, party };
}

/** Refuses a change to a unit's report: the round closed, not the caller's to write, already sent. */
function assertMayChange(round: ReportRoundRow, ctx: Awaited<ReturnType<typeof unitContext>>): void {
  assertOpen(round);
  if (!ctx.party.writes) throw new AppError('forbidden', 403);
  if (ctx.member.submittedAt !== null)
    throw new AppError('par_report_submitted', 409, {
      at: formatLocalDateTime(ctx.member.submittedAt.getTime()),
      by: ctx.member.submittedBy ?? '—',
    });
}

const sectionOf = (code: string) => REPORT_SECTIONS.find((s) => s.code === code);

export async function unitReport(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
  unitId: string,
): Promise<UnitReportDto> {
  const round = await findReportRound(deps.db, deps.config.PROVINCE_CODE, roundId);
  const ctx = await unitContext(deps, deps.db, auth, round, unitId);
  const [rows, units, names, figures] = await Promise.all([
    sectionsOf(deps.db, roundId, unitId),
    unitsOfRounds(deps.db, [roundId]),
    unitSummariesOf(deps.db, [unitId]),
    reportFigures(deps, auth, round, ctx.isProvince ? null : unitId),
  ]);
  const byCode = new Map(rows.map((r) => [r.section, r]));
  const now = deps.clock.now();
  const open = round.closedAt === null && ctx.member.submittedAt === null;
  const unit = names.get(unitId);
  return {
    round: summaryDto(round, units, ctx.province.id, now),
    unit: { id: unitId, code: unit?.code ?? '', name: unit?.name ?? unitId },
    province: ctx.isProvince,
    submittedAt: ctx.member.submittedAt?.toISOString() ?? null,
    submittedBy: ctx.member.submittedBy,
    status: statusOf(round, ctx.member, now),
    sections: REPORT_SECTIONS.map((s) => {
      const row = byCode.get(s.code);
      return {
        code: s.code,
        body: row?.body ?? '',
        version: row?.rowVersion ?? 0,
        updatedAt: row?.updatedAt.toISOString() ?? null,
        updatedBy: row?.updatedBy ?? null,
      };
    }),
    figures,
    mayWrite: open && ctx.party.writes,
    maySubmit: open && ctx.party.writes && !ctx.isProvince && writtenCount(rows.map((r) => r.body)) > 0,
  };
}

/**
 * 409 naming who changed the section last and when, with its current text and version as field
 * errors (`body` / `version`, code `current`): the writer sees the other's text and merges, and
 * nothing typed on either side is lost.
 */
function sectionChanged(code: ReportSectionCode, row: ReportSectionRow | undefined): AppError {
  const section = sectionOf(code);
  return new AppError(
    'par_report_section_changed',
    409,
    {
      section: section ? `${section.numeral}. ${section.titleVi}` : code,
      sectionEn: section ? `${section.numeral}. ${section.titleEn}` : code,
      by: row?.updatedBy ?? '—',
      at: row ? formatLocalDateTime(row.updatedAt.getTime()) : '—',
    },
    [
      { path: 'body', message: row?.body ?? '', code: 'current' },
      { path: 'version', message: String(row?.rowVersion ?? 0), code: 'current' },
    ],
  );
}

/**
 * Writes one section of a unit's report over the version read, in one transaction: the round is
 * read under a share lock (closing waits) and the unit's row too (sending waits), the caller's part
 * checked, and the row written only if its version is still the one read — of two writers at once,
 * one wins and the other gets the winner's text back.
 */
export async function writeReportSection(
  deps: AppDeps,
  auth: AuthContext,
  target: { roundId: string; unitId: string; section: ReportSectionCode },
  input: z.infer<typeof ZWriteSectionRequest>,
): Promise<z.infer<typeof ZSectionWritten>> {
  return deps.db.transaction(async (tx) => {
    const round = await findReportRound(tx, deps.config.PROVINCE_CODE, target.roundId, 'share');
    const ctx = await unitContext(deps, tx, auth, round, target.unitId, 'share');
    assertMayChange(round, ctx);
    const key = { roundId: target.roundId, unitId: target.unitId, section: target.section };
    const current = await sectionRow(tx, key.roundId, key.unitId, key.section);
    if ((current?.rowVersion ?? 0) !== input.version) throw sectionChanged(target.section, current);
    const now = deps.clock.now();
    // Line breaks as the web sends them, whatever the client's system: the documents split on \n.
    const body = input.body.replace(/\r\n?/g, '\n');
    const version = await writeSection(tx, key, input.version, {
      body,
      updatedAt: now,
      updatedBy: auth.fullName,
    });
    if (version === undefined)
      throw sectionChanged(target.section, await sectionRow(tx, key.roundId, key.unitId, key.section));
    return { code: target.section, version, updatedAt: now.toISOString(), updatedBy: auth.fullName };
  });
}

/** The unit sends its report, once; its sections are fixed from then. */
export async function submitUnitReport(
  deps: AppDeps,
  auth: AuthContext,
  roundId: string,
  unitId: string,
  meta: CommandMeta,
) {
  await deps.db.transaction(async (tx) => {
    const round = await findReportRound(tx, deps.config.PROVINCE_CODE, roundId, 'share');
    const ctx = await unitContext(deps, tx, auth, round, unitId);
    assertMayChange(round, ctx);
    // The province's consolidated report is not sent anywhere: closing the round fixes it.
    if (ctx.isProvince) throw new AppError('forbidden', 403);
    const rows = await sectionsOf(tx, roundId, unitId);
    if (!rows.some((r) => isWritten(r.body))) throw new AppError('par_report_empty', 422);
    const now = deps.clock.now();
    if (!(await markSubmitted(tx, roundId, unitId, now, auth.fullName))) {
      const sent = await reportUnit(tx, roundId, unitId);
      throw new AppError('par_report_submitted', 409, {
        at: sent?.submittedAt ? formatLocalDateTime(sent.submittedAt.getTime()) : '—',
        by: sent?.submittedBy ?? '—',
      });
    }
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId,
      action: 'par.report.submit',
      targetType: 'par_report_round',
      targetId: roundId,
      ip: meta.ip,
      details: { status: statusOf(round, { submittedAt: now }, now) },
    });
  });
  return unitReport(deps, auth, roundId, unitId);
}
