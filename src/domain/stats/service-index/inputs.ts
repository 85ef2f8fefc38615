/**
 * What the service index is computed from: for each input, the two counts of one rate
 * R = numerator / denominator, gathered by the shell from our own data for one unit and period.
 */
import { ServiceIndexError } from './errors';

/** Every input any formula set may read; the one place to add a new one. */
export const INPUT_KEYS = [
  'processing_on_time', // (early + on time + in progress in time) / (resolved + in progress)
  'average_time_shown', // procedures showing their average resolution time / procedures
  'full_online_dossiers', // dossiers submitted fully online / dossiers of procedures eligible for it
  'procedures_offered_online', // procedures offered online / all procedures
  'online_dossiers_of_online_procedures', // online dossiers / dossiers of procedures offered online
  'online_channel_share', // dossiers received online / dossiers of all channels
  'procedures_published_on_time', // procedures published on time / procedures published
  'national_db_updated', // procedures updated on the national database on time / procedures
  'published_complete', // procedures published with all components / procedures published
  'dossiers_synced', // dossiers synced to the national portal with receipt date / dossiers
  'fee_procedures_online_payment', // fee-bearing procedures offering online payment / fee-bearing
  'procedures_with_online_payments', // procedures with an online payment / fee-bearing procedures
  'dossiers_paid_online', // dossiers paid online / dossiers with a financial obligation
  'fee_dossiers_procedures', // fee-bearing procedures that received dossiers / fee-bearing procedures
  'pakn_on_time', // feedback (phản ánh, kiến nghị) handled on time / feedback handled
  'pakn_satisfied', // feedback answers rated satisfied / feedback answers rated
  'dossier_satisfaction', // (late + complained or "dislike") / resolved dossiers; scored as 1 − rate
  'electronic_results', // dossiers with an electronic result / resolved dossiers
  'digitized_components', // dossiers with digitized components / dossiers received
  'electronic_certified_copies', // certified copies issued electronically / certified copies
  'digitized_data_reused', // dossiers reusing digitized data / dossiers received
  'digitized_data_shared', // digitized results shared for reuse / digitized results
  'population_db_procedures', // procedures connected to the population database / procedures
  'population_db_dossiers', // dossiers using the population database / dossiers of those procedures
] as const;
export type InputKey = (typeof INPUT_KEYS)[number];

export interface RateCounts {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * One unit's inputs for one period; null = the system holds no data for it yet (scored "no data",
 * never 0). For 'dossier_satisfaction' the numerator is dossiers resolved late plus dossiers with
 * a complaint or a "dislike" rating, and the indicator scores R = 1 − numerator / denominator.
 */
export type IndexInputs = Readonly<Record<InputKey, RateCounts | null>>;

/** Inputs with no data at all; spread it and set what the system holds. */
export function emptyInputs(): IndexInputs {
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, null])) as Record<InputKey, null>;
}

/** How an indicator reads its rate: as given, or as one minus it (a rate of failures). */
export type RateKind = 'direct' | 'complement';

/**
 * The rate R of counts with a denominator above 0. A direct rate needs numerator ≤ denominator. A complement rate
 * subtracts two rates that may overlap (late, complained), so their sum may pass 100%: R stops at 0.
 */
export function rateOf(counts: RateCounts, kind: RateKind, input: InputKey): number {
  assertValidCounts(counts, kind, input);
  const share = counts.numerator / counts.denominator;
  return kind === 'direct' ? share : Math.max(0, 1 - share);
}

/** Counts are finite and not negative; a direct rate's numerator is at most its denominator. */
export function assertValidCounts(counts: RateCounts, kind: RateKind, input: InputKey): void {
  const { numerator, denominator } = counts;
  const finite = Number.isFinite(numerator) && Number.isFinite(denominator);
  if (!finite || numerator < 0 || denominator < 0 || (kind === 'direct' && numerator > denominator)) {
    throw new ServiceIndexError(
      'invalid_input',
      `input ${input} has invalid counts ${numerator}/${denominator}`,
      `chỉ tiêu ${input} có số liệu không hợp lệ ${numerator}/${denominator}`,
    );
  }
}
