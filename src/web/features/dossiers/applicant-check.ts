/**
 * Inline checks of the applicant's identifiers while the clerk types, with the same rules the
 * server applies (domain/dossier/identifiers), so a mistake shows next to its field at once.
 */
import { normalisePhone, personalIdProblem } from '../../../domain/dossier/identifiers';

export const PERSONAL_ID_DIGITS = 12;

export type PersonalIdCheck =
  | { readonly kind: 'empty' }
  | { readonly kind: 'valid' }
  /** Still typing: how many digits so far (shown as a hint, not an error). */
  | { readonly kind: 'typing'; readonly digits: number }
  | { readonly kind: 'invalid'; readonly problem: 'digits_only' | 'not_12_digits' | 'unknown_province' };

/**
 * The state of a personal id (số định danh cá nhân) as typed. A short id is "typing" while the
 * field has focus and an error once the clerk leaves it.
 */
export function checkPersonalId(value: string, leftField: boolean): PersonalIdCheck {
  const id = value.trim();
  if (id === '') return { kind: 'empty' };
  if (!/^\d+$/.test(id)) return { kind: 'invalid', problem: 'digits_only' };
  if (id.length < PERSONAL_ID_DIGITS && !leftField) return { kind: 'typing', digits: id.length };
  const problem = personalIdProblem(id);
  return problem ? { kind: 'invalid', problem } : { kind: 'valid' };
}

/** A phone number's problem once the field is left; null when empty or valid. */
export function phoneProblem(value: string): 'phone_invalid' | null {
  const phone = value.trim();
  return phone === '' || normalisePhone(phone) !== null ? null : 'phone_invalid';
}

/** A loose e-mail shape check (the server validates strictly); null when empty or plausible. */
export function emailProblem(value: string): 'email_invalid' | null {
  const email = value.trim();
  return email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : 'email_invalid';
}
