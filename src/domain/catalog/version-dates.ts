/**
 * Which version of a procedure is in force on a day (domain.md §3: versions have effective from/to).
 * A version published ahead of its first day is `scheduled`: the version in force stays what
 * citizens see until the day before, then the scheduled one takes over. Stored statuses are
 * brought up to date by the next command on the procedure; until then every read resolves the
 * status from the dates with `statusOn`, so nothing waits for a job to run at midnight.
 */
import { dayBefore } from '../organisation/units';

export const VERSION_STATUSES = ['draft', 'scheduled', 'published', 'superseded', 'withdrawn'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export interface DatedVersion {
  readonly status: VersionStatus;
  /** 'YYYY-MM-DD'; null for a draft. */
  readonly effectiveFrom: string | null;
  /** The last day in force, 'YYYY-MM-DD'; null while open-ended. */
  readonly effectiveTo: string | null;
}

/** The status of a stored version on a local day ('YYYY-MM-DD', Asia/Ho_Chi_Minh). */
export function statusOn(version: DatedVersion, day: string): VersionStatus {
  if (version.status === 'scheduled' && version.effectiveFrom !== null && version.effectiveFrom <= day) {
    return 'published';
  }
  if (version.status === 'published' && version.effectiveTo !== null && version.effectiveTo < day) {
    return 'superseded';
  }
  return version.status;
}

/** True when the version is the one citizens see on `day`. */
export function inForceOn(version: DatedVersion, day: string): boolean {
  return statusOn(version, day) === 'published';
}

export type PublicationRefusal =
  /** The version in force started on or after the requested day. */
  | { readonly code: 'not_after_current'; readonly currentFrom: string }
  /** Another version is already scheduled; withdraw it first. */
  | { readonly code: 'scheduled_exists'; readonly scheduledFrom: string };

export type PublicationPlan =
  | { readonly ok: false; readonly refusal: PublicationRefusal }
  | {
      readonly ok: true;
      /** `published` from today or earlier, `scheduled` for a later day. */
      readonly status: 'published' | 'scheduled';
      /** What becomes of the version in force, if any: superseded now, or ended on a later day. */
      readonly current: {
        readonly status: 'published' | 'superseded';
        readonly effectiveTo: string;
      } | null;
    };

/**
 * What publishing a draft from `effectiveFrom` does, given the versions of the procedure as they
 * stand on `today` (statuses already brought up to date): the version in force ends the day
 * before, at once when the day has come, or stays in force until then when it lies ahead.
 */
export function planPublication(input: {
  readonly today: string;
  readonly effectiveFrom: string;
  readonly current: DatedVersion | null;
  readonly scheduled: DatedVersion | null;
}): PublicationPlan {
  const { today, effectiveFrom, current, scheduled } = input;
  if (scheduled?.effectiveFrom) {
    return { ok: false, refusal: { code: 'scheduled_exists', scheduledFrom: scheduled.effectiveFrom } };
  }
  if (current?.effectiveFrom && effectiveFrom <= current.effectiveFrom) {
    return { ok: false, refusal: { code: 'not_after_current', currentFrom: current.effectiveFrom } };
  }
  const status = effectiveFrom > today ? 'scheduled' : 'published';
  return {
    ok: true,
    status,
    current: current
      ? { status: status === 'scheduled' ? 'published' : 'superseded', effectiveTo: dayBefore(effectiveFrom) }
      : null,
  };
}
