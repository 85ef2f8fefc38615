/**
 * How a catalog search ranks procedures, on folded text (see vietnamese-text.ts). Every query word
 * must start a word of the name or of the documents; then, best first:
 *   0 the name is the phrase, 1 the name starts with it, 2 the name contains it,
 *   3 every word is in the name, 4 some words are only in the documents.
 * Ties: shorter names first, then by name. The repository computes the same rank in SQL
 * (`catalog/repo.ts`); a test checks the two agree over the demo catalog.
 */
export type SearchRank = 0 | 1 | 2 | 3 | 4;

const startsAWordOf = (text: string, word: string) => ` ${text}`.includes(` ${word}`);

/** The rank of a procedure for the query words, or null when it does not match. */
export function searchRank(words: readonly string[], name: string, documents: string): SearchRank | null {
  if (words.length === 0) return 4;
  const all = `${name} ${documents}`;
  if (!words.every((w) => startsAWordOf(all, w))) return null;
  const phrase = words.join(' ');
  if (name === phrase) return 0;
  if (name.startsWith(phrase)) return 1;
  if (startsAWordOf(name, phrase)) return 2;
  if (words.every((w) => startsAWordOf(name, w))) return 3;
  return 4;
}

/** Orders matches: by rank, then shorter names, then by name. */
export function compareMatches(
  a: { rank: SearchRank; name: string },
  b: { rank: SearchRank; name: string },
): number {
  return a.rank - b.rank || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
