import { compareMatches, type SearchRank, searchRank } from './search-rank';

/**
 * An in-memory index of the published catalog (a few thousand to tens of thousands of
 * procedures): words of the folded text → the entries holding them. A query word matches every
 * indexed word it starts; entries must match all query words; matches are ranked by `searchRank`.
 */
export interface IndexEntry<T> {
  /** Folded name (see foldVietnamese). */
  readonly name: string;
  /** Folded documents text. */
  readonly documents: string;
  readonly fieldCode: string;
  readonly levels: readonly string[];
  readonly online: string;
  /** A tie-breaker after the rank and the name: the national code. */
  readonly code: string;
  readonly item: T;
}

export interface SearchIndex<T> {
  readonly entries: readonly IndexEntry<T>[];
  /** Distinct words, sorted, and for each the ascending entry numbers holding it. */
  readonly words: readonly string[];
  readonly postings: readonly Uint32Array[];
}

export interface IndexQuery {
  readonly words: readonly string[];
  readonly fieldCode?: string;
  readonly level?: string;
  readonly online?: string;
  /** Only entries whose number is in this set (e.g. the procedures of a unit). */
  readonly allowed?: (entry: number) => boolean;
  readonly limit: number;
  readonly offset: number;
}

export function buildSearchIndex<T>(entries: readonly IndexEntry<T>[]): SearchIndex<T> {
  const lists = new Map<string, number[]>();
  entries.forEach((entry, n) => {
    for (const word of new Set(`${entry.name} ${entry.documents}`.split(' '))) {
      if (!word) continue;
      const list = lists.get(word);
      if (list) list.push(n);
      else lists.set(word, [n]);
    }
  });
  const words = [...lists.keys()].sort();
  return { entries, words, postings: words.map((w) => Uint32Array.from(lists.get(w) ?? [])) };
}

/** Entry numbers holding a word that starts with `prefix`, as a set. */
function entriesWithPrefix<T>(index: SearchIndex<T>, prefix: string): Set<number> {
  let lo = 0;
  let hi = index.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found = new Set<number>();
  for (let i = lo; i < index.words.length && (index.words[i] ?? '').startsWith(prefix); i++) {
    for (const n of index.postings[i] ?? []) found.add(n);
  }
  return found;
}

export interface IndexResult<T> {
  readonly total: number;
  readonly items: readonly { readonly item: T; readonly rank: SearchRank }[];
}

/** Matches of a query, ranked (then shorter names, name, code), one page, with the total; all entries by name without words. */
export function searchIndex<T>(index: SearchIndex<T>, query: IndexQuery): IndexResult<T> {
  let candidates: Iterable<number>;
  if (query.words.length === 0) {
    candidates = index.entries.keys();
  } else {
    const sets = query.words.map((w) => entriesWithPrefix(index, w)).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    candidates = [...(smallest ?? [])].filter((n) => rest.every((s) => s.has(n)));
  }
  const matches: { n: number; rank: SearchRank; name: string; code: string }[] = [];
  for (const n of candidates) {
    const entry = index.entries[n];
    if (!entry) continue;
    if (query.fieldCode !== undefined && entry.fieldCode !== query.fieldCode) continue;
    if (query.level !== undefined && !entry.levels.includes(query.level)) continue;
    if (query.online !== undefined && entry.online !== query.online) continue;
    if (query.allowed && !query.allowed(n)) continue;
    const rank = searchRank(query.words, entry.name, entry.documents);
    if (rank !== null) matches.push({ n, rank, name: entry.name, code: entry.code });
  }
  const byCode = (a: { code: string }, b: { code: string }) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  // Browsing without words lists alphabetically (on folded names); a search lists by relevance.
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  matches.sort(
    query.words.length === 0
      ? (a, b) => byName(a, b) || byCode(a, b)
      : (a, b) => compareMatches(a, b) || byCode(a, b),
  );
  return {
    total: matches.length,
    items: matches.slice(query.offset, query.offset + query.limit).map((m) => ({
      item: (index.entries[m.n] as IndexEntry<T>).item,
      rank: m.rank,
    })),
  };
}
