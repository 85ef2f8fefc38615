/**
 * Identifiers met at intake: the dossier code (Decree 118/2025 art. 28), the citizen's personal
 * identification number (số định danh cá nhân, 12 digits) and Vietnamese phone numbers.
 */

export interface DossierCodeParts {
  /** Electronic id of the deciding agency (or the receiving desk for inter-agency procedures). */
  readonly agencyCode: string;
  /** Receipt date, YYYY-MM-DD (local). */
  readonly date: string;
  /** The day's sequence at that agency, from 1. */
  readonly sequence: number;
}

/**
 * The default layout `{agency}-{yymmdd}-{seq4}`, e.g. `000.00.17.H29-250815-0001` (domain.md §4;
 * verify against Circular 03/2025 art. 13). A pattern may reorder or resize the parts.
 */
export const DEFAULT_DOSSIER_CODE_PATTERN = '{agency}-{yymmdd}-{seq4}';

/**
 * Why a configured code layout cannot make unique codes, or null when it can: it needs the
 * agency, a date and a day's sequence of 3 to 6 digits, and nothing but those parts and fixed text.
 */
export function dossierCodePatternProblem(pattern: string): string | null {
  const parts = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = parts.find((p) => !/^(agency|yymmdd|yyyymmdd|seq\d)$/.test(p));
  if (unknown !== undefined) return `unknown part {${unknown}}`;
  const count = (name: RegExp) => parts.filter((p) => name.test(p)).length;
  if (count(/^agency$/) !== 1) return 'needs {agency} once';
  if (count(/^(yymmdd|yyyymmdd)$/) !== 1) return 'needs one date part, {yymmdd} or {yyyymmdd}';
  if (count(/^seq\d$/) !== 1) return 'needs one sequence part, {seq3} … {seq6}';
  const width = Number(parts.find((p) => p.startsWith('seq'))?.slice(3));
  if (width < 3 || width > 6) return 'the sequence has 3 to 6 digits';
  return null;
}

export function formatDossierCode(parts: DossierCodeParts, pattern = DEFAULT_DOSSIER_CODE_PATTERN): string {
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1) throw new RangeError('sequence starts at 1');
  const [y = '', m = '', d = ''] = parts.date.split('-');
  return pattern.replace(/\{(agency|yymmdd|yyyymmdd|seq(\d))\}/g, (_, name: string, width?: string) => {
    if (name === 'agency') return parts.agencyCode;
    if (name === 'yymmdd') return `${y.slice(2)}${m}${d}`;
    if (name === 'yyyymmdd') return `${y}${m}${d}`;
    const digits = String(parts.sequence);
    if (digits.length > Number(width)) throw new RangeError(`more than ${width} digits of sequence`);
    return digits.padStart(Number(width), '0');
  });
}

/** Reads a code written with the default pattern; null when it is not one. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const match = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/.exec(code.trim());
  if (!match) return null;
  const [, agencyCode = '', yy = '', mm = '', dd = '', seq = ''] = match;
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { agencyCode, date: `20${yy}-${mm}-${dd}`, sequence: Number(seq) };
}

/** Province codes used in personal identification numbers (Circular 59/2021/TT-BCA, 001–096). */
const ID_PROVINCE_CODES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
  44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
  87, 89, 91, 92, 93, 94, 95, 96,
]);

export type PersonalIdProblem = 'not_12_digits' | 'unknown_province';

/**
 * Checks a 12-digit personal identification number: 3 digits of the province of birth
 * registration, 1 of century and sex (0/1 for the 1900s, 2/3 for the 2000s, …), 2 of the
 * year of birth, 6 random. Returns the problem, or null when it is well-formed.
 */
export function personalIdProblem(id: string): PersonalIdProblem | null {
  if (!/^\d{12}$/.test(id)) return 'not_12_digits';
  if (!ID_PROVINCE_CODES.has(Number(id.slice(0, 3)))) return 'unknown_province';
  return null;
}

/** Century and year of birth encoded in a well-formed personal id. */
export function birthYearOfPersonalId(id: string): number {
  const centuryDigit = Number(id[3]);
  return 1900 + Math.floor(centuryDigit / 2) * 100 + Number(id.slice(4, 6));
}

/**
 * A Vietnamese phone number in national form: mobiles 10 digits with prefixes 03, 05, 07, 08,
 * 09; landlines 11 digits, 02 + area code (since 2017). `+84` or `84` in front is accepted and
 * folded; spaces, dots, dashes and brackets are ignored. Null when it is not one.
 */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s.()-]/g, '');
  let national = digits;
  if (digits.startsWith('+84')) national = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12))
    national = `0${digits.slice(2)}`;
  return /^0[35789]\d{8}$/.test(national) || /^02\d{9}$/.test(national) ? national : null;
}

/** The day's sequence a code of `pattern` carries (its entry in the desk's log book), or null. */
export function sequenceOfDossierCode(code: string, pattern = DEFAULT_DOSSIER_CODE_PATTERN): number | null {
  let sequenceGroup = 0;
  let groups = 0;
  const source = pattern
    .split(/(\{[^}]*\})/)
    .map((piece) => {
      const part = /^\{(agency|yymmdd|yyyymmdd|seq(\d))\}$/.exec(piece);
      if (!part) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      groups++;
      if (part[2]) {
        sequenceGroup = groups;
        return `(\\d{${part[2]}})`;
      }
      return part[1] === 'agency' ? '(.+?)' : `(\\d{${part[1]?.length}})`;
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(code);
  return match && sequenceGroup > 0 ? Number(match[sequenceGroup]) : null;
}
