import { isoToJdn, vietnameseDay } from '../calendar/civil-date';
import { localDateOf } from '../calendar/local-time';
import type { Instant } from '../calendar/working-calendar';
import { inForceOn } from '../organisation/units';

/**
 * PAR inspections (kiểm tra công tác CCHC, domain.md §10): the year's plan covers at least 30 % of
 * the units of each level, every finding is remedied within the year, and the officers follow
 * each remedy until it is closed (issue "Administrative-reform management", part 5).
 */

/**
 * The share of each level's units to inspect a year, in percent. The provinces' yearly reform
 * plans, e.g. seed 002 (Kế hoạch 122/KH-UBND, Bình Định 2022): "kiểm tra cải cách hành chính đối
 * với ít nhất 30% cơ quan hành chính cấp tỉnh và Ủy ban nhân dân cấp huyện; … ít nhất 30% đơn vị
 * cấp xã; 100% vấn đề phát hiện qua kiểm tra … phải được khắc phục ngay trong năm".
 */
export const INSPECTION_COVERAGE_TARGET_PERCENT = 30;

/** The kinds of unit an inspection plan covers, one coverage figure per kind (level). */
export const INSPECTED_LEVELS = ['department', 'district', 'commune'] as const;
export type InspectedLevel = (typeof INSPECTED_LEVELS)[number];

export const isInspectedLevel = (kind: string): kind is InspectedLevel =>
  (INSPECTED_LEVELS as readonly string[]).includes(kind);

/** A unit as the coverage counts it: its kind and the days it was in force. */
export interface InspectableUnit {
  readonly id: string;
  readonly kind: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** An inspection of the plan as the coverage counts it. */
export interface PlannedInspection {
  readonly unitId: string;
  readonly conducted: boolean;
}

/** One level's coverage: planned and inspected units over its open units, against the target. */
export interface LevelCoverage {
  readonly level: InspectedLevel;
  readonly openUnits: number;
  readonly plannedUnits: number;
  readonly inspectedUnits: number;
  /** Shares in basis points, floored: 2999.6 shows as 29.99 %, never as a rounded 30.00 %. */
  readonly plannedBasisPoints: number;
  readonly inspectedBasisPoints: number;
  readonly plannedMeetsTarget: boolean;
  readonly inspectedMeetsTarget: boolean;
}

/**
 * The day whose open units a year's coverage counts: today while the year runs, its last day once
 * it is over, its first day before it starts (a unit merged away mid-year is not counted twice).
 */
export function coverageReferenceDay(year: number, today: string): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (today < first) return first;
  return today > last ? last : today;
}

/** `part` of `whole` in basis points, floored (whole > 0). */
export function coverageBasisPoints(part: number, whole: number): number {
  return Math.floor((part * 10_000) / whole);
}

/** Exactly: `part / whole >= 30 %`, in integers (30.00 % meets the target). */
export function meetsCoverageTarget(part: number, whole: number): boolean {
  return whole > 0 && part * 100 >= INSPECTION_COVERAGE_TARGET_PERCENT * whole;
}

/**
 * Coverage per level of a year's plan: of the units of that level open on the reference day, those
 * the plan schedules and those inspected. A level with no open unit has no coverage to show and is
 * left out; an inspection of a unit no longer open counts for nothing.
 */
export function inspectionCoverage(
  units: readonly InspectableUnit[],
  inspections: readonly PlannedInspection[],
  year: number,
  today: string,
): LevelCoverage[] {
  const day = coverageReferenceDay(year, today);
  const planned = new Set(inspections.map((i) => i.unitId));
  const conducted = new Set(inspections.filter((i) => i.conducted).map((i) => i.unitId));
  const result: LevelCoverage[] = [];
  for (const level of INSPECTED_LEVELS) {
    const open = units.filter((u) => u.kind === level && inForceOn(u, day));
    if (open.length === 0) continue;
    const plannedUnits = open.filter((u) => planned.has(u.id)).length;
    const inspectedUnits = open.filter((u) => conducted.has(u.id)).length;
    result.push({
      level,
      openUnits: open.length,
      plannedUnits,
      inspectedUnits,
      plannedBasisPoints: coverageBasisPoints(plannedUnits, open.length),
      inspectedBasisPoints: coverageBasisPoints(inspectedUnits, open.length),
      plannedMeetsTarget: meetsCoverageTarget(plannedUnits, open.length),
      inspectedMeetsTarget: meetsCoverageTarget(inspectedUnits, open.length),
    });
  }
  return result;
}

/** An inspection not yet carried out is overdue after its scheduled day (province date). */
export const INSPECTION_STATES = ['planned', 'overdue', 'conducted'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

export function inspectionState(
  inspection: { readonly scheduledOn: string; readonly conductedOn: string | null },
  now: Instant,
): InspectionState {
  if (inspection.conductedOn !== null) return 'conducted';
  return localDateOf(now) > inspection.scheduledOn ? 'overdue' : 'planned';
}

/**
 * Where a remedy stands. A remedy falls due at the end of its due day in the province (24:00
 * Vietnam time): closed by then it is on time, after it late; open, it is overdue from the next
 * day, due soon in the last `REMEDY_DUE_SOON_DAYS` days before.
 */
export const REMEDY_STATUSES = ['open', 'due_soon', 'overdue', 'closed_on_time', 'closed_late'] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];

/** A remedy is due soon when its due day is at most this many days away (the due day itself: 0). */
export const REMEDY_DUE_SOON_DAYS = 7;

export function remedyStatus(
  remedy: { readonly dueDate: string; readonly closedAt: Instant | null },
  now: Instant,
): RemedyStatus {
  if (remedy.closedAt !== null)
    return localDateOf(remedy.closedAt) <= remedy.dueDate ? 'closed_on_time' : 'closed_late';
  const today = localDateOf(now);
  if (today > remedy.dueDate) return 'overdue';
  return isoToJdn(remedy.dueDate) - isoToJdn(today) <= REMEDY_DUE_SOON_DAYS ? 'due_soon' : 'open';
}

export const isRemedyClosed = (status: RemedyStatus) =>
  status === 'closed_on_time' || status === 'closed_late';

/** Remedies are due within the inspection's year: by default on its last day. */
export const defaultRemedyDueDate = (year: number) => `${year}-12-31`;

/** Why a date is refused, in both languages, with the field it belongs to. */
export interface InspectionDateProblem {
  readonly code:
    | 'scheduled_outside_year'
    | 'conducted_outside_year'
    | 'conducted_in_future'
    | 'due_in_past'
    | 'due_after_year';
  readonly vi: string;
  readonly en: string;
}

/** A unit is scheduled for a day of the plan's year. */
export function scheduledOnProblem(scheduledOn: string, year: number): InspectionDateProblem | null {
  if (scheduledOn.startsWith(`${year}-`)) return null;
  return {
    code: 'scheduled_outside_year',
    vi: `Ngày kiểm tra ${vietnameseDay(scheduledOn)} không thuộc năm ${year} của kế hoạch`,
    en: `The inspection date ${scheduledOn} is not in the plan's year ${year}`,
  };
}

/** An inspection is recorded as conducted on a day of the plan's year, not later than today. */
export function conductedOnProblem(
  conductedOn: string,
  context: { readonly year: number; readonly today: string },
): InspectionDateProblem | null {
  if (!conductedOn.startsWith(`${context.year}-`))
    return {
      code: 'conducted_outside_year',
      vi: `Ngày kiểm tra ${vietnameseDay(conductedOn)} không thuộc năm ${context.year} của kế hoạch`,
      en: `The inspection date ${conductedOn} is not in the plan's year ${context.year}`,
    };
  if (conductedOn > context.today)
    return {
      code: 'conducted_in_future',
      vi: `Ngày kiểm tra ${vietnameseDay(conductedOn)} chưa đến`,
      en: `The inspection date ${conductedOn} has not come yet`,
    };
  return null;
}

/** A remedy's due date: not past, and within the inspection's year (findings are remedied in the year). */
export function remedyDueDateProblem(
  dueDate: string,
  context: { readonly year: number; readonly today: string },
): InspectionDateProblem | null {
  if (dueDate < context.today)
    return {
      code: 'due_in_past',
      vi: `Hạn khắc phục ${vietnameseDay(dueDate)} đã qua`,
      en: `The remedy due date ${dueDate} is in the past`,
    };
  if (dueDate > defaultRemedyDueDate(context.year))
    return {
      code: 'due_after_year',
      vi: `Hạn khắc phục ${vietnameseDay(dueDate)} sau ngày 31/12/${context.year}: mọi tồn tại phải được khắc phục trong năm`,
      en: `The remedy due date ${dueDate} is after 31 December ${context.year}: every finding is remedied within the year`,
    };
  return null;
}

/** Who the caller is for one finding. */
export interface FindingParty {
  /** The caller runs the province's inspections (PAR officers, system admins). */
  readonly runsInspections: boolean;
  /** The caller oversees the owner or the inspected unit (a leader over them). */
  readonly oversees: boolean;
  /** The caller acts for the unit that owns the remedy (its staff). */
  readonly actsForOwner: boolean;
  /** The caller acts for the inspected unit (it reads the findings of its own inspection). */
  readonly actsForInspected: boolean;
}

export interface FindingPermissions {
  readonly read: boolean;
  /** Write a progress note on an open remedy. */
  readonly progress: boolean;
  /** Report the remedy done, which closes the finding. */
  readonly close: boolean;
  /** Reopen a closed finding whose remedy falls short. */
  readonly reopen: boolean;
}

/**
 * The one rule of who does what on a finding: the unit that owns the remedy is accountable for it,
 * so its staff write progress and close it by reporting it remedied (with what they did); the PAR
 * officers follow up and, when a remedy falls short, reopen it with the reason. Officers do not
 * close for a unit; leaders and the inspected unit read.
 */
export function findingPermissions(party: FindingParty, closed: boolean): FindingPermissions {
  return {
    read: party.runsInspections || party.oversees || party.actsForOwner || party.actsForInspected,
    progress: party.actsForOwner && !closed,
    close: party.actsForOwner && !closed,
    reopen: party.runsInspections && closed,
  };
}
