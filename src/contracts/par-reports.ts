import { z } from 'zod';
import {
  REPORT_PERIODS,
  REPORT_SECTION_CODES,
  SECTION_BODY_MAX,
  SUBMISSION_STATUSES,
} from '../domain/par/report-periods';
import { TASK_STATUSES } from '../domain/par/tasks';
import { ZIsoDate, ZUuid } from './common';
import { TARGET_STATUSES, ZUnitName } from './par';
import { ZCoverage } from './par-inspections';

/**
 * Periodic reform reports (báo cáo định kỳ CCHC): rounds per period with a due date, each unit's
 * sections with the figures the system computes for it, submission, closing, and the province's
 * consolidated report as .docx and PDF (domain.md §10; issue "Administrative-reform management", part 3).
 */

export const ZReportPeriod = z.enum(REPORT_PERIODS);
export const ZReportSectionCode = z.enum(REPORT_SECTION_CODES);
export const ZSubmissionStatus = z.enum(SUBMISSION_STATUSES);

export const ZCreateReportRoundRequest = z.strictObject({
  year: z.number().int().min(2000).max(2099),
  period: ZReportPeriod,
  title: z.string().trim().min(1).max(300),
  dueDate: ZIsoDate,
  /** The units that report; by default every open department and commune. The province is always in. */
  unitIds: z.array(ZUuid).min(1).max(2000).optional(),
});

export const ZReportRoundSummary = z.object({
  id: ZUuid,
  year: z.number().int(),
  period: ZReportPeriod,
  /** The period's first and last day. */
  from: ZIsoDate,
  to: ZIsoDate,
  title: z.string(),
  dueDate: ZIsoDate,
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** Units asked to report (the province's own consolidated report not counted). */
  unitCount: z.number().int(),
  submittedCount: z.number().int(),
  /** Units that sent after the due date or have not sent once it passed. */
  lateOrMissingCount: z.number().int(),
  version: z.number().int(),
});

export const ZReportRoundList = z.object({
  rounds: z.array(ZReportRoundSummary),
  /** The caller opens rounds (PAR officers). */
  mayCreate: z.boolean(),
});

/** A unit's line in a round. */
export const ZReportUnitLine = z.object({
  unit: ZUnitName,
  /** The province's own report: the consolidated one. */
  province: z.boolean(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  status: ZSubmissionStatus,
  sectionsWritten: z.number().int(),
  sectionCount: z.number().int(),
  /** The caller writes this unit's sections. */
  mayWrite: z.boolean(),
});

export const ZReportRoundDetail = ZReportRoundSummary.extend({
  province: ZUnitName,
  /** The units the caller may see: all of them for managers, their own for a unit's staff. */
  units: z.array(ZReportUnitLine),
  /** Of those, the units late or missing, most overdue first. */
  lateOrMissing: z.array(ZReportUnitLine),
  /** The caller closes the round (PAR officers). */
  mayManage: z.boolean(),
  /** The caller downloads the consolidated report (.docx, PDF): PAR officers and the province's leaders. */
  mayDownload: z.boolean(),
});

export const ZCloseReportRoundRequest = z.strictObject({ version: z.number().int().min(1) });

export const ZReportSection = z.object({
  code: ZReportSectionCode,
  body: z.string(),
  /** 0 for a section never written. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export const ZTaskCounts = z.object({
  total: z.number().int(),
  byStatus: z.record(z.enum(TASK_STATUSES), z.number().int()),
  /** Basis points (hundredths of a percent); null with no task. */
  completionRate: z.number().int().nullable(),
  onTimeRate: z.number().int().nullable(),
});

/** The dossier figures of the standard report (domain.md §9) for the unit and the period. */
export const ZDossierFigures = z.object({
  carriedOver: z.number().int(),
  received: z.number().int(),
  receivedOnline: z.number().int(),
  resolved: z.number().int(),
  resolvedOnTimeOrEarly: z.number().int(),
  resolvedLate: z.number().int(),
  /** (early + on time) / resolved in basis points; null when nothing was resolved. */
  onTimeRate: z.number().int().nullable(),
  inProgress: z.number().int(),
  inProgressOverdue: z.number().int(),
  apologies: z.number().int(),
});

/**
 * The plans' targets for the report's year by status (domain/par/target-status.ts): those the unit
 * leads, or — for the province — all. Targets with no milestone that year are counted apart.
 */
export const ZTargetFigures = z.object({
  year: z.number().int(),
  /** Targets with a milestone in the year. */
  total: z.number().int(),
  byStatus: z.record(z.enum(TARGET_STATUSES), z.number().int()),
});

/**
 * PAR inspections (kiểm tra CCHC) in the report's period: the year's plan and — for the province —
 * its coverage per level against the 30 % target; the inspections held in the period (of the unit,
 * or all) and where the remedies of their findings stand now.
 */
export const ZInspectionFigures = z.object({
  year: z.number().int(),
  plan: z.object({ title: z.string(), documentNumber: z.string() }).nullable(),
  /** The province's report only; null for a unit's and without a plan. */
  coverage: ZCoverage.nullable(),
  /** Inspections the plan schedules (of the unit, or all). */
  scheduled: z.number().int(),
  /** Inspections carried out within the period. */
  held: z.number().int(),
  /** Findings of the inspections held in the period. */
  findings: z.object({
    raised: z.number().int(),
    remedied: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
  }),
});

/** Figures the system computes (never typed in): marked so in the app and in the documents. */
export const ZReportFigures = z.object({
  computed: z.literal(true),
  /** When they were computed, and the last day they count. */
  asOf: z.string(),
  countedTo: ZIsoDate.nullable(),
  /** Null before the period has begun. */
  dossiers: ZDossierFigures.nullable(),
  /** Reform tasks due in the period that the unit leads (the province: all), with their status now. */
  tasks: ZTaskCounts,
  /** The last published PAR index (this year's or last year's): the unit's result, or the province's bands. */
  scoring: z
    .object({
      year: z.number().int(),
      unit: z
        .object({
          total: z.number(),
          rank: z.number().int(),
          band: z.string(),
          of: z.number().int(),
        })
        .nullable(),
      bands: z.array(z.object({ band: z.string(), count: z.number().int() })),
    })
    .nullable(),
  /** Absent from figures frozen before they were part of the report. */
  targets: ZTargetFigures.optional(),
  inspections: ZInspectionFigures.optional(),
});

export const ZUnitReport = z.object({
  round: ZReportRoundSummary,
  unit: ZUnitName,
  province: z.boolean(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  status: ZSubmissionStatus,
  sections: z.array(ZReportSection),
  figures: ZReportFigures,
  mayWrite: z.boolean(),
  maySubmit: z.boolean(),
});

export const ZWriteSectionRequest = z.strictObject({
  /** The version the text was based on (0: the section was never written). */
  version: z.number().int().min(0),
  body: z.string().max(SECTION_BODY_MAX),
});

export const ZSectionWritten = z.object({
  code: ZReportSectionCode,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const ZSubmitReportRequest = z.strictObject({});

/** The leaders' board: the open rounds, with the units late or missing. */
export const ZReportBoard = z.object({
  asOf: z.string(),
  rounds: z.array(
    z.object({
      round: ZReportRoundSummary,
      lateOrMissing: z.array(ZReportUnitLine),
      /** Units (of those the caller sees) that have not sent yet while the due date lasts. */
      pending: z.number().int(),
    }),
  ),
});
