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
  /** Only the units of one level (tỉnh / huyện / xã), e.g. a province's communes. */
  level: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[a-z_]+$/)
    .optional(),
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
/** Numbers of the service index's indicators that are no report figure of their own. */
export const INDEX_FIGURE_KEYS = [
  'onTimeOrInTime',
  'resolvedOrInProgress',
  'receivedOnlineOfFullOnline',
  'receivedOfFullOnline',
  'receivedOnlineOfOnline',
  'receivedOfOnline',
] as const;
export type DrillFigure = keyof ReportFiguresDto | (typeof INDEX_FIGURE_KEYS)[number];
export const ZDrillFigure = z.enum([...FIGURE_KEYS, ...INDEX_FIGURE_KEYS] as unknown as [
  DrillFigure,
  ...DrillFigure[],
]);

export const ZDrillDownQuery = ZReportQuery.extend({
  group: z.string().max(200).optional(),
  figure: ZDrillFigure,
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
    figure: ZDrillFigure,
    period: ZPeriod,
    total: z.number().int(),
    items: z.array(ZDrillDownItem),
  })
  .meta({ id: 'DrillDown' });
export type DrillDownDto = z.infer<typeof ZDrillDown>;

/** A link from an index indicator to what its numerator and denominator count. */
export const ZIndicatorLink = z.union([
  z.object({ kind: z.literal('dossiers'), numerator: z.string(), denominator: z.string() }),
  z.object({ kind: z.literal('procedures'), numerator: z.string(), denominator: z.string() }),
]);

export const ZIndicator = z.object({
  key: z.string(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  status: z.enum(['ok', 'no_data', 'not_applicable']),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  ratio: z.number().nullable(),
  target: z.number().nullable(),
  points: z.number().nullable(),
  max: z.number(),
  link: ZIndicatorLink.nullable(),
});

export const ZIndexGroup = z.object({
  key: z.string(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  points: z.number(),
  max: z.number(),
  nominalMax: z.number(),
  indicators: z.array(ZIndicator),
});

export const ZBand = z.object({ key: z.string(), labelVi: z.string(), labelEn: z.string() });

export const ZFormulaSetInfo = z.object({
  id: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  source: z.string(),
  effectiveFrom: ZIsoDate,
  effectiveTo: ZIsoDate.nullable(),
  notes: z.string(),
});

/** The national service index (Decision 766/QĐ-TTg) of one unit and period, computed from our data. */
export const ZServiceIndex = z
  .object({
    period: ZPeriod,
    unit: ZUnitRef,
    formulaSet: ZFormulaSetInfo,
    scopeKind: z.enum(['province', 'department', 'commune']),
    /** Points earned, over `max` points computed (indicators with data), out of `nominalMax` (100). */
    points: z.number(),
    max: z.number(),
    nominalMax: z.number(),
    percentOfComputed: z.number().nullable(),
    /** The band of the score over the points computed (points / max × 100). */
    band: ZBand.nullable(),
    /** The unit's rank among units of its kind (departments, or communes), when it is one. */
    rank: z.object({ rank: z.number().int(), of: z.number().int() }).nullable(),
    groups: z.array(ZIndexGroup),
  })
  .meta({ id: 'ServiceIndex' });
export type ServiceIndexDto = z.infer<typeof ZServiceIndex>;

/** The same index in the national portal's reporting shape (tools written for the portal read it). */
export const ZPortalIndex = z
  .object({
    period: ZPeriod,
    unitCode: z.string(),
    score: z.number(),
    maxScore: z.number(),
    groups: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        score: z.number().nullable(),
        maxScore: z.number(),
        metrics: z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            numerator: z.number().nullable(),
            denominator: z.number().nullable(),
            ratio: z.number().nullable(),
            score: z.number().nullable(),
            maxScore: z.number(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PortalIndex' });

export const ZIndexQuery = ZStatsScopeQuery.extend({ format: z.enum(['ours', 'portal']).default('ours') });

export const ZRankingQuery = ZStatsScopeQuery.pick({ period: true, from: true, to: true }).extend({
  among: z.enum(['department', 'commune']).default('department'),
});

export const ZRankedUnit = z.object({
  unit: ZUnitRef,
  points: z.number(),
  max: z.number(),
  percentOfComputed: z.number().nullable(),
  rank: z.number().int(),
  band: ZBand.nullable(),
  onTimeRate: z.number().int().nullable(),
  received: z.number().int(),
});

export const ZIndexRanking = z
  .object({
    period: ZPeriod,
    formulaSetId: z.string(),
    among: z.enum(['department', 'commune']),
    units: z.array(ZRankedUnit),
  })
  .meta({ id: 'IndexRanking' });
export type IndexRankingDto = z.infer<typeof ZIndexRanking>;

export const ZTrendQuery = ZStatsScopeQuery.pick({ unit: true, children: true, successors: true }).extend({
  year: z.coerce.number().int().min(2000).max(2099).optional(),
});

/** Month by month: the on-time rate, volumes by channel, and the index. */
export const ZTrend = z
  .object({
    unit: ZUnitRef,
    year: z.number().int(),
    months: z.array(
      z.object({
        month: z.string(),
        received: z.number().int(),
        receivedOnline: z.number().int(),
        receivedCounter: z.number().int(),
        receivedPostal: z.number().int(),
        resolved: z.number().int(),
        resolvedLate: z.number().int(),
        inProgressOverdue: z.number().int(),
        onTimeRate: z.number().int().nullable(),
        indexPoints: z.number().nullable(),
        indexMax: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'StatsTrend' });
export type TrendDto = z.infer<typeof ZTrend>;

/** "Where the points are": the few actions that would gain most. */
export const ZIndexGains = z
  .object({
    period: ZPeriod,
    unit: ZUnitRef,
    points: z.number(),
    items: z.array(
      z.object({
        id: z.string(),
        labelVi: z.string(),
        labelEn: z.string(),
        gain: z.number(),
        pointsAfter: z.number(),
        /** The report query (group, figure) of the dossiers or procedures concerned. */
        link: z
          .object({ kind: z.enum(['dossiers', 'procedures']), query: z.record(z.string(), z.string()) })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'IndexGains' });

/** The procedures an index indicator counts (offered online or not) in a scope. */
export const ZProcedureDrillQuery = ZStatsScopeQuery.extend({
  filter: z.enum(['all', 'online', 'full_online', 'not_online']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const ZProcedureDrill = z
  .object({
    total: z.number().int(),
    items: z.array(
      z.object({
        id: ZUuid,
        code: z.string(),
        name: z.string(),
        online: z.enum(['full', 'partial', 'none']),
        received: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ProcedureDrill' });

/** A dashboard: this month and year, now, the units under, the index. */
export const ZDashboard = z
  .object({
    unit: ZUnitRef,
    now: z.string(),
    month: z.object({ period: ZPeriod, figures: ZReportFigures, rates: ZRates }),
    year: z.object({ period: ZPeriod, figures: ZReportFigures, rates: ZRates }),
    /** Open dossiers now, and of those overdue. */
    inProgressNow: z.number().int(),
    overdueNow: z.number().int(),
    /** This year by level (the province's first drill-down) or by unit under (a unit head's). */
    breakdown: z.object({ by: z.enum(['level', 'unit']), rows: z.array(ZReportRow) }),
    index: z.object({
      points: z.number(),
      max: z.number(),
      percentOfComputed: z.number().nullable(),
      band: ZBand.nullable(),
      rank: z.object({ rank: z.number().int(), of: z.number().int() }).nullable(),
    }),
    /** The statistics' revision: the live stream says when it moves. */
    revision: z.number().int(),
  })
  .meta({ id: 'Dashboard' });
export type DashboardDto = z.infer<typeof ZDashboard>;

/** The public transparency page: each unit's on-time rate and index for this month, quarter and year. */
export const ZPublicUnitStats = z.object({
  received: z.number().int(),
  resolved: z.number().int(),
  onTimeRate: z.number().int().nullable(),
  indexPoints: z.number().nullable(),
  indexMax: z.number().nullable(),
});
export const ZPublicStats = z
  .object({
    asOf: z.string(),
    periods: z.object({ month: ZPeriod, quarter: ZPeriod, year: ZPeriod }),
    province: z.object({
      name: z.string(),
      month: ZPublicUnitStats,
      quarter: ZPublicUnitStats,
      year: ZPublicUnitStats,
    }),
    units: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        levelCode: z.string(),
        kind: z.string(),
        month: ZPublicUnitStats,
        quarter: ZPublicUnitStats,
        year: ZPublicUnitStats,
      }),
    ),
  })
  .meta({ id: 'PublicStats' });
export type PublicStatsDto = z.infer<typeof ZPublicStats>;
