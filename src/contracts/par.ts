import { z } from 'zod';
import { TASK_STATUSES } from '../domain/par/tasks';
import { ZIsoDate, ZUuid } from './common';

/** Reform areas (domain.md §10): the six of the plan, and direction & steering. */
export const PAR_AREAS = [
  'direction',
  'institutions',
  'procedures',
  'organisation',
  'civil_service',
  'public_finance',
  'digital_government',
] as const;
export const ZParArea = z.enum(PAR_AREAS);

const text = (max: number) => z.string().trim().min(1).max(max);
const ZYear = z.number().int().min(2000).max(2099);

export const ZUnitName = z.object({ id: ZUuid, code: z.string(), name: z.string() });

export const ZCreatePlanRequest = z
  .strictObject({
    kind: z.enum(['five_year', 'yearly']),
    title: text(500),
    documentNumber: text(60),
    issuedOn: ZIsoDate,
    signer: text(200),
    fromYear: ZYear,
    toYear: ZYear,
  })
  .refine((p) => p.toYear >= p.fromYear && p.toYear - p.fromYear < 10, {
    path: ['toYear'],
    message: 'toYear must be fromYear … fromYear + 9',
  })
  .refine((p) => p.kind === 'five_year' || p.fromYear === p.toYear, {
    path: ['toYear'],
    message: 'a yearly plan covers one year',
  });

export const ZPlan = z.object({
  id: ZUuid,
  kind: z.enum(['five_year', 'yearly']),
  title: z.string(),
  documentNumber: z.string(),
  issuedOn: ZIsoDate,
  signer: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  issuingUnit: ZUnitName,
  targetCount: z.number().int(),
  taskCount: z.number().int(),
  version: z.number().int(),
});
export const ZPlanList = z.object({ plans: z.array(ZPlan) });

export const ZMilestone = z.union([
  z.object({ kind: z.literal('percent'), percent: z.number() }),
  z.object({ kind: z.literal('by_month'), month: z.number().int() }),
]);

export const TARGET_STATUSES = ['met', 'on_track', 'at_risk', 'missed', 'no_data', 'no_milestone'] as const;

export const ZTargetActual = z.object({
  source: z.enum(['metric', 'report']),
  percent: z.number().nullable(),
  doneOn: ZIsoDate.nullable(),
  /** Metric: the last day counted; report: when reported, with the note and who reported. */
  asOf: ZIsoDate.nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  note: z.string().nullable(),
  reportedAt: z.string().nullable(),
  reportedBy: z.string().nullable(),
});

export const ZTarget = z.object({
  id: ZUuid,
  number: z.string(),
  text: z.string(),
  area: ZParArea.nullable(),
  leadUnit: ZUnitName,
  cooperatingUnits: z.array(ZUnitName),
  metric: z
    .object({ code: z.string(), titleVi: z.string(), titleEn: z.string(), available: z.boolean() })
    .nullable(),
  milestones: z.array(z.object({ year: z.number().int(), milestone: ZMilestone })),
  year: z.number().int(),
  milestone: ZMilestone.nullable(),
  actual: ZTargetActual.nullable(),
  status: z.enum(TARGET_STATUSES),
  /** Whether the caller may report this target's result (its lead unit's staff, PAR officers). */
  canReport: z.boolean(),
  version: z.number().int(),
});

export const ZPlanDetailQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});
export const ZPlanDetail = z.object({
  plan: ZPlan,
  year: z.number().int(),
  targets: z.array(ZTarget),
  statusCounts: z.record(z.enum(TARGET_STATUSES), z.number().int()),
  canManage: z.boolean(),
});

export const ZTargetImportResponse = z.object({ imported: z.number().int() });

export const ZUpdateTargetRequest = z.strictObject({
  version: z.number().int().min(1),
  metricCode: z.string().max(80).nullable(),
});

export const ZTargetReportRequest = z
  .strictObject({
    year: ZYear,
    percent: z.number().min(0).max(100).multipleOf(0.01).optional(),
    doneOn: ZIsoDate.optional(),
    note: z.string().trim().max(4000).default(''),
  })
  .refine((r) => (r.percent === undefined) !== (r.doneOn === undefined), {
    path: ['percent'],
    message: 'report either a percent or the day it was done',
  });

export const ZMetricList = z.object({
  metrics: z.array(
    z.object({
      code: z.string(),
      titleVi: z.string(),
      titleEn: z.string(),
      source: z.string(),
      available: z.boolean(),
    }),
  ),
});

export const ZTaskStatus = z.enum(TASK_STATUSES);

export const ZCreateTaskRequest = z.strictObject({
  title: text(1000),
  sourceDocument: text(500),
  assignedBy: z.enum(['committee', 'chairman']),
  leadUnitId: ZUuid,
  cooperatingUnitIds: z.array(ZUuid).max(100).default([]),
  dueDate: ZIsoDate,
  expectedOutput: text(2000),
  planId: ZUuid.nullable().default(null),
  area: ZParArea.nullable().default(null),
  parentId: ZUuid.nullable().default(null),
});

export const ZTaskSummary = z.object({
  id: ZUuid,
  title: z.string(),
  sourceDocument: z.string(),
  assignedBy: z.enum(['committee', 'chairman']),
  leadUnit: ZUnitName,
  cooperatingUnits: z.array(ZUnitName),
  dueDate: ZIsoDate,
  originalDueDate: ZIsoDate,
  status: ZTaskStatus,
  progressPercent: z.number().int(),
  completedAt: z.string().nullable(),
  planId: ZUuid.nullable(),
  area: ZParArea.nullable(),
  parentId: ZUuid.nullable(),
  subtaskCount: z.number().int(),
  extensionPending: z.boolean(),
  version: z.number().int(),
});

export const ZTaskListQuery = z.strictObject({
  plan: ZUuid.optional(),
  area: ZParArea.optional(),
  unit: ZUuid.optional(),
  status: ZTaskStatus.optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const ZTaskList = z.object({ total: z.number().int(), tasks: z.array(ZTaskSummary) });

export const ZTaskUpdate = z.object({
  seq: z.number().int(),
  kind: z.enum([
    'assigned',
    'progress',
    'contribution',
    'extension_requested',
    'extension_granted',
    'extension_refused',
    'completed',
    'reopened',
  ]),
  at: z.string(),
  actorName: z.string().nullable(),
  unit: ZUnitName.nullable(),
  percent: z.number().int().nullable(),
  text: z.string().nullable(),
  dueBefore: ZIsoDate.nullable(),
  dueAfter: ZIsoDate.nullable(),
});

export const ZTaskDetail = ZTaskSummary.extend({
  expectedOutput: z.string(),
  output: z.string().nullable(),
  progressNote: z.string().nullable(),
  assigningUnit: ZUnitName,
  pendingExtension: z
    .object({ dueDate: ZIsoDate, reason: z.string(), at: z.string(), byName: z.string() })
    .nullable(),
  workingDaysLeft: z.number().int(),
  subtasks: z.array(ZTaskSummary),
  updates: z.array(ZTaskUpdate),
  can: z.object({ update: z.boolean(), contribute: z.boolean(), decide: z.boolean() }),
});

const ZVersion = z.number().int().min(1);
export const ZTaskProgressRequest = z.strictObject({
  version: ZVersion,
  percent: z.number().int().min(0).max(99),
  note: text(4000),
});
export const ZTaskContributionRequest = z.strictObject({ note: text(4000) });
export const ZTaskExtensionRequest = z.strictObject({
  version: ZVersion,
  dueDate: ZIsoDate,
  reason: text(2000),
});
export const ZTaskExtensionDecision = z.strictObject({
  version: ZVersion,
  grant: z.boolean(),
  note: z.string().trim().max(2000).default(''),
});
export const ZTaskCompleteRequest = z.strictObject({ version: ZVersion, output: text(4000) });

export const ZBoardQuery = z.strictObject({
  plan: ZUuid.optional(),
  area: ZParArea.optional(),
  unit: ZUuid.optional(),
});

const ZStatusCounts = z.object({
  total: z.number().int(),
  byStatus: z.record(ZTaskStatus, z.number().int()),
  completionRate: z.number().int().nullable(),
  onTimeRate: z.number().int().nullable(),
});

export const ZBoard = z.object({
  asOf: z.string(),
  revision: z.string(),
  counts: ZStatusCounts,
  byUnit: z.array(z.object({ unit: ZUnitName, counts: ZStatusCounts })),
  overdue: z.array(ZTaskSummary),
  dueSoon: z.array(ZTaskSummary),
});

export const ZTaskImportQuery = z.strictObject({ plan: ZUuid.optional() });
export const ZTaskImportResponse = z.object({ imported: z.number().int() });
export const ZProgressImportResponse = z.object({
  updated: z.number().int(),
  completed: z.number().int(),
  unchanged: z.number().int(),
});
