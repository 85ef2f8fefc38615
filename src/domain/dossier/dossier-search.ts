/**
 * What an officer's list search looks for (domain.md §4): "nguyen thi mai", "Mai Nguyễn", a code or
 * part of it, a phone number however written, or a personal id / organisation code.
 */
import { withoutVietnameseMarks } from '../catalog/vietnamese-text';
import { normalisePhone } from './identifiers';

/** The longest query the lists take (a name, a code or a number is far shorter). */
export const DOSSIER_SEARCH_MAX_LENGTH = 100;
/** At most this many words are matched (each one costs an index probe). */
export const DOSSIER_SEARCH_MAX_WORDS = 6;

export interface DossierSearchTerms {
  /**
   * Folded words (marks dropped, đ → d, lower case, punctuation kept so "-0012" still means the end
   * of a code), each to be found in the folded code and applicant name, in any order.
   */
  readonly words: readonly string[];
  /** The phone number in national form, when the query is one. */
  readonly phone: string | null;
  /** A personal id (số định danh) or organisation code, when the query looks like one: exact. */
  readonly idNumber: string | null;
}

const ID_NUMBER = /^\d[\d-]{7,19}$/;

/** The terms of a query, or null when it has nothing to look for. */
export function dossierSearchTerms(query: string): DossierSearchTerms | null {
  const bounded = query.slice(0, DOSSIER_SEARCH_MAX_LENGTH);
  const words = [
    ...new Set(
      bounded
        .split(/[\s,;]+/)
        .map(foldForSearch)
        .filter(Boolean),
    ),
  ].slice(0, DOSSIER_SEARCH_MAX_WORDS);
  if (words.length === 0) return null;
  const compact = bounded.replace(/[\s.]/g, '');
  return {
    words,
    phone: normalisePhone(bounded),
    idNumber: ID_NUMBER.test(compact) ? compact : null,
  };
}

/** Text as the database folds it for the search (migration 0013 `dossier_search_fold`). */
export function foldForSearch(text: string): string {
  return withoutVietnameseMarks(text).toLowerCase();
}

/** A word as a LIKE pattern matching it anywhere, its wildcards taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, '\\$&')}%`;
}
