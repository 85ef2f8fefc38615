/**
 * "Where the points are": what-if scores after changing one unit's inputs, and the candidate
 * improvements ranked by the points they would bring. The service builds the candidates from the
 * dossiers and procedures that cost points ("the 12 late dossiers of department X had been on
 * time", "procedure Y offered fully online"); this file only scores them.
 */
import { ServiceIndexError } from './errors';
import type { FormulaSet, ScopeKind } from './formula-types';
import type { IndexInputs, InputKey } from './inputs';
import { computeIndex } from './score';

/** Replaces one input's counts. */
export interface InputChange {
  readonly input: InputKey;
  readonly numerator: number;
  readonly denominator: number;
}

export interface WhatIf {
  readonly pointsBefore: number;
  readonly pointsAfter: number;
  /** pointsAfter − pointsBefore; negative when the change costs points. */
  readonly gain: number;
}

/** The total points after replacing one input's counts (a pure what-if), with the gain. */
export function pointsGainIf(
  set: FormulaSet,
  inputs: IndexInputs,
  scopeKind: ScopeKind,
  change: InputChange,
): WhatIf {
  const pointsBefore = computeIndex(set, inputs, scopeKind).points;
  const changed = {
    ...inputs,
    [change.input]: { numerator: change.numerator, denominator: change.denominator },
  };
  const pointsAfter = computeIndex(set, changed, scopeKind).points;
  return { pointsBefore, pointsAfter, gain: pointsAfter - pointsBefore };
}

export interface InputDelta {
  readonly input: InputKey;
  readonly numeratorDelta: number;
  readonly denominatorDelta: number;
}

export interface GainCandidate extends InputDelta {
  readonly id: string;
  readonly label: string;
  /**
   * Further inputs the same change moves: late dossiers had they been on time raise
   * 'processing_on_time' and lower the late part of 'dossier_satisfaction'.
   */
  readonly alsoChanges?: readonly InputDelta[];
}

export interface RankedGain {
  readonly candidate: GainCandidate;
  readonly gain: number;
  readonly pointsAfter: number;
}

/** Gains at or below this are floating noise, not points. */
const NO_GAIN = 1e-9;

/**
 * The candidates that would raise the total, largest gain first (ties by id), at most `limit`.
 * Candidates that gain nothing or lose points are dropped, and so are those touching an input the
 * system holds no data for (no counts to add to). Deltas producing invalid counts throw.
 */
export function largestGains(
  set: FormulaSet,
  inputs: IndexInputs,
  scopeKind: ScopeKind,
  candidates: readonly GainCandidate[],
  limit: number,
): readonly RankedGain[] {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new ServiceIndexError('invalid_input', `limit must be a whole number ≥ 0, got ${limit}`);
  }
  const pointsBefore = computeIndex(set, inputs, scopeKind).points;
  const gains: RankedGain[] = [];
  for (const candidate of candidates) {
    const changed = applyDeltas(inputs, [candidate, ...(candidate.alsoChanges ?? [])]);
    if (changed === null) continue;
    const pointsAfter = computeIndex(set, changed, scopeKind).points;
    const gain = pointsAfter - pointsBefore;
    if (gain > NO_GAIN) gains.push({ candidate, gain, pointsAfter });
  }
  gains.sort((a, b) => b.gain - a.gain || compareIds(a.candidate.id, b.candidate.id));
  return gains.slice(0, limit);
}

function applyDeltas(inputs: IndexInputs, deltas: readonly InputDelta[]): IndexInputs | null {
  const changed: Record<InputKey, IndexInputs[InputKey]> = { ...inputs };
  for (const delta of deltas) {
    const counts = changed[delta.input];
    if (counts === null) return null;
    changed[delta.input] = {
      numerator: counts.numerator + delta.numeratorDelta,
      denominator: counts.denominator + delta.denominatorDelta,
    };
  }
  return changed;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
