/** The public status lookup (tra cứu hồ sơ): what the visitor typed, and how a failure reads. */
import { normalisePhone } from '../../../domain/dossier/identifiers';

export interface LookupInput {
  readonly code: string;
  /** The applicant's phone, or the last 4 digits of the personal id / organisation code. */
  readonly factor: string;
}

export type LookupProblems = Partial<Record<keyof LookupInput, 'required' | 'code_short' | 'factor_invalid'>>;

/** The shortest dossier code the API accepts. */
const MIN_CODE = 5;

export function lookupProblems(input: LookupInput): LookupProblems {
  const out: LookupProblems = {};
  const code = input.code.trim();
  const factor = input.factor.trim();
  if (code === '') out.code = 'required';
  else if (code.length < MIN_CODE) out.code = 'code_short';
  if (factor === '') out.factor = 'required';
  else if (!/^\d{4}$/.test(factor) && normalisePhone(factor) === null) out.factor = 'factor_invalid';
  return out;
}

export type LookupFailure = 'not_found' | 'rate_limited' | 'other';

/** A failed lookup as the page explains it: no match (404), too many tries (429), anything else. */
export function lookupFailure(error: unknown): LookupFailure {
  // Read the status structurally: a ProblemError, without tying this helper to the HTTP client.
  const status = error instanceof Error && 'status' in error ? error.status : null;
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return 'other';
}
