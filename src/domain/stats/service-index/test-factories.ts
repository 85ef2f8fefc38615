/** Small factories for the service-index tests. */
import { emptyInputs, type IndexInputs, type InputKey, type RateCounts } from './inputs';

export const counts = (numerator: number, denominator: number): RateCounts => ({ numerator, denominator });

/** Inputs with only the given counts; every other input has no data. */
export function inputsWith(given: Partial<Record<InputKey, RateCounts | null>>): IndexInputs {
  return { ...emptyInputs(), ...given };
}
