import { z } from 'zod';
import { ZIsoDate, ZUuid } from './common';

/** What a report may be grouped by. */
export const ZGroupBy = z.enum(['level', 'unit', 'field', 'procedure', 'channel']);

const ZFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

/**
 * Which dossiers, over which time: a named period (`2024`, `2024-06`, `2024-Q2`, `2024-H1`,
 * `2024-9M`) or `from` and `to` (inclusive local dates); a unit by id or official code (the
 * caller's top unit when absent), with the units under it (`children`, default true) and the
 * history of units merged into them (`successors`, default false).
 */
export const ZStatsScopeQuery = z.strictObject({
  period: z.string().max(16).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  unit: z.string().min(1).max(64).optional(),
  children: ZFlag,
  successors: ZFlag,
});

export const ZReportQuery = ZStatsScopeQuery.extend({ by: ZGroupBy.default('level') });

/** The figures of one row of the standard report (domain.md §9). */
export const ZReportFigures = z.object({
  carriedOver: z.number().int(),
  received: z.number().int(),
  receivedOnline: z.number().int(),
  receivedCounter: z.number().int(),
  receivedPostal: z.number().int(),
  toHandle: z.number().int(),
  resolved: z.number().int(),
  resolvedEarly: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  inProgress: z.number().int(),
  inProgressInTime: z.number().int(),
  inProgressOverdue: z.number().int(),
  endedWithoutResult: z.number().int(),
  refused: z.number().int(),
  stopped: z.number().int(),
  withdrawn: z.number().int(),
  cancelled: z.number().int(),
  returned: z.number().int(),
  returnedElectronic: z.number().int(),
  apologies: z.number().int(),
});
export type ReportFiguresDto = z.infer<typeof ZReportFigures>;
export const FIGURE_KEYS = Object.keys(ZReportFigures.shape) as (keyof ReportFiguresDto)[];
export const ZFigureKey = z.enum(FIGURE_KEYS as [keyof ReportFiguresDto, ...(keyof ReportFiguresDto)[]]);

/** Rates in hundredths of a percent (9984 = 99,84 %), null when there is nothing to divide by. */
export const ZRates = z.object({
  onTime: z.number().int().nullable(),
  late: z.number().int().nullable(),
});

export const ZReportRow = z.object({
  /** The group's key, to ask for the dossiers behind a number (`group=`). */
  key: z.string(),
  code: z.string().nullable(),
  label: z.string(),
  labelEn: z.string(),
  figures: ZReportFigures,
  rates: ZRates,
});

export const ZPeriod = z.object({ from: ZIsoDate, to: ZIsoDate });

export const ZUnitRef = z.object({ id: ZUuid, code: z.string(), name: z.string(), levelCode: z.string() });

export const ZCountingPolicy = z.object({
  endedWithoutResult: z.enum(['resolved', 'separate']),
  waitingForSupplement: z.enum(['in_progress', 'excluded']),
});

export const ZStandardReport = z
  .object({
    period: ZPeriod,
    /** The instant the in-progress figures are counted at: the end of the period, or now. */
    stocksAt: z.string(),
    /** True when the period has not ended: in-progress figures are those of now. */
    live: z.boolean(),
    unit: ZUnitRef,
    children: z.boolean(),
    successors: z.boolean(),
    by: ZGroupBy,
    policy: ZCountingPolicy,
    rows: z.array(ZReportRow),
    total: ZReportRow,
  })
  .meta({ id: 'StandardReport' });
export type StandardReportDto = z.infer<typeof ZStandardReport>;

/** The dossiers behind one number of a report: the same scope, the row's group and the figure. */
export const ZDrillDownQuery = ZReportQuery.extend({
  group: z.string().max(200).optional(),
  figure: ZFigureKey,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const ZDrillDownItem = z.object({
  id: ZUuid,
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  unitName: z.string(),
  channel: z.enum(['counter', 'online', 'postal']),
  state: z.string(),
  receivedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  legalDueAt: z.string().nullable(),
  completion: z.enum(['early', 'on_time', 'late']).nullable(),
});

export const ZDrillDown = z
  .object({
    figure: ZFigureKey,
    period: ZPeriod,
    total: z.number().int(),
    items: z.array(ZDrillDownItem),
  })
  .meta({ id: 'DrillDown' });
export type DrillDownDto = z.infer<typeof ZDrillDown>;
