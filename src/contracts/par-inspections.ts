import { z } from 'zod';
import {
  INSPECTED_LEVELS,
  INSPECTION_COVERAGE_TARGET_PERCENT,
  INSPECTION_STATES,
  REMEDY_STATUSES,
} from '../domain/par/inspections';
import { ZIsoDate, ZUuid } from './common';
import { ZUnitName } from './par';

/**
 * PAR inspections (kiểm tra công tác CCHC): the year's plan of which units are inspected, when and
 * by whom, its coverage of each level against the 30 % target, the records of the inspections,
 * their findings and the remedies followed until closed (domain.md §10; issue
 * "Administrative-reform management", part 5).
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const ZVersion = z.number().int().min(1);
const ZYear = z.number().int().min(2000).max(2099);

export const ZInspectedLevel = z.enum(INSPECTED_LEVELS);
export const ZInspectionState = z.enum(INSPECTION_STATES);
export const ZRemedyStatus = z.enum(REMEDY_STATUSES);

/** One level's coverage: planned and inspected units over its open units, against the target. */
export const ZLevelCoverage = z.object({
  level: ZInspectedLevel,
  openUnits: z.number().int(),
  plannedUnits: z.number().int(),
  inspectedUnits: z.number().int(),
  /** Shares in basis points (floored): 3000 = 30.00 %. */
  plannedBasisPoints: z.number().int(),
  inspectedBasisPoints: z.number().int(),
  plannedMeetsTarget: z.boolean(),
  inspectedMeetsTarget: z.boolean(),
});

/** The coverage of the year's plan per level (levels with no open unit left out), and the target. */
export const ZCoverage = z.object({
  targetPercent: z.literal(INSPECTION_COVERAGE_TARGET_PERCENT),
  levels: z.array(ZLevelCoverage),
});

export const ZCreateInspectionPlanRequest = z.strictObject({
  year: ZYear,
  title: text(500),
  /** Số ký hiệu, e.g. 45/KH-UBND. */
  documentNumber: text(60),
  issuedOn: ZIsoDate,
});

export const ZInspectionPlanSummary = z.object({
  id: ZUuid,
  year: z.number().int(),
  title: z.string(),
  documentNumber: z.string(),
  issuedOn: ZIsoDate,
  inspectionCount: z.number().int(),
  conductedCount: z.number().int(),
  findingCount: z.number().int(),
  openFindingCount: z.number().int(),
  overdueFindingCount: z.number().int(),
  coverage: ZCoverage,
  version: z.number().int(),
});

export const ZInspectionPlanList = z.object({
  plans: z.array(ZInspectionPlanSummary),
  /** The caller runs inspections (creates plans, schedules, records). */
  mayManage: z.boolean(),
});

export const ZInspectedUnit = ZUnitName.extend({ level: ZInspectedLevel });

/** A finding of an inspection and its remedy, as the caller may see it. */
export const ZFinding = z.object({
  id: ZUuid,
  planId: ZUuid,
  year: z.number().int(),
  inspectionId: ZUuid,
  inspectedUnit: ZUnitName,
  conductedOn: ZIsoDate.nullable(),
  recordNumber: z.string().nullable(),
  seq: z.number().int(),
  finding: z.string(),
  remedy: z.string(),
  ownerUnit: ZUnitName,
  dueDate: ZIsoDate,
  status: ZRemedyStatus,
  /** The latest note on the remedy: the owner's progress, or an officer's reason for reopening. */
  progressNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedNote: z.string().nullable(),
  closedBy: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** What the caller may do now (domain/par/inspections.ts `findingPermissions`). */
  mayProgress: z.boolean(),
  mayClose: z.boolean(),
  mayReopen: z.boolean(),
});

export const ZFindingCounts = z.object({
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  closed: z.number().int(),
});

/** One unit's inspection in the plan. */
export const ZInspection = z.object({
  id: ZUuid,
  unit: ZInspectedUnit,
  scheduledOn: ZIsoDate,
  /** Who inspects (đoàn kiểm tra), as the plan names them. */
  inspectors: z.string(),
  state: ZInspectionState,
  conductedOn: ZIsoDate.nullable(),
  /** Số biên bản kiểm tra. */
  recordNumber: z.string().nullable(),
  conclusion: z.string().nullable(),
  findings: ZFindingCounts,
  version: z.number().int(),
});

export const ZInspectionPlanDetail = ZInspectionPlanSummary.extend({
  /** The inspections the caller may read: all for officers and leaders, its own for a unit. */
  inspections: z.array(ZInspection),
  /** The findings of those inspections (and those the caller's units own), by inspection and number. */
  findings: z.array(ZFinding),
  /** Open remedies past their due day, most overdue first. */
  overdueRemedies: z.array(ZFinding),
  mayManage: z.boolean(),
});

export const ZScheduleInspectionRequest = z.strictObject({
  unitId: ZUuid,
  scheduledOn: ZIsoDate,
  inspectors: text(1000),
});

export const ZRescheduleInspectionRequest = z.strictObject({
  version: ZVersion,
  scheduledOn: ZIsoDate,
  inspectors: text(1000),
});

export const ZRemoveInspectionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });

export const ZFindingInput = z.strictObject({
  finding: text(4000),
  remedy: text(4000),
  /** The unit that remedies it; by default the inspected unit. */
  ownerUnitId: ZUuid.optional(),
  /** By default the last day of the plan's year (remedies are due within the year). */
  dueDate: ZIsoDate.optional(),
});

export const ZRecordInspectionRequest = z.strictObject({
  version: ZVersion,
  conductedOn: ZIsoDate,
  recordNumber: text(60),
  conclusion: text(8000),
  findings: z.array(ZFindingInput).max(50).default([]),
});

export const ZFindingNoteRequest = z.strictObject({
  version: ZVersion,
  note: text(4000),
});

export const ZReopenFindingRequest = z.strictObject({
  version: ZVersion,
  note: text(4000),
  /** A new due date, within the year and not past; by default the due date stays. */
  dueDate: ZIsoDate.optional(),
});

export const ZOwnFindingsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});

export const ZFindingList = z.object({ findings: z.array(ZFinding) });

export const ZInspectionBoardQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});

/** The leader's board: the year's plan, its coverage and the overdue remedies. */
export const ZInspectionBoard = z.object({
  year: z.number().int(),
  plan: z.object({ id: ZUuid, title: z.string(), documentNumber: z.string(), issuedOn: ZIsoDate }).nullable(),
  coverage: ZCoverage.nullable(),
  findingCount: z.number().int(),
  openFindingCount: z.number().int(),
  overdueRemedies: z.array(ZFinding),
});
