/**
 * The inbox as the address bar keeps it (?view=&q=&page= and the filters), so a list can be
 * bookmarked, shared and restored with the back button.
 */
import type { InboxFilterKey, InboxFilters, InboxView } from './types';

/** Rows per page. */
export const INBOX_PAGE_SIZE = 20;
/** How long the search box waits after the last keystroke. */
export const INBOX_SEARCH_DEBOUNCE_MS = 300;

export const INBOX_VIEWS: readonly InboxView[] = ['mine', 'review', 'to_return', 'overdue', 'all'];

export interface InboxSearch {
  readonly view: InboxView;
  readonly q: string;
  /** 1-based. */
  readonly page: number;
  /** Filters as the address has them (the server validates them). */
  readonly filters: InboxFilters;
}

/** The filters, in the order the address lists them. */
export const INBOX_FILTER_KEYS: readonly InboxFilterKey[] = [
  'receivedFrom',
  'receivedTo',
  'procedureId',
  'field',
  'state',
  'channel',
  'due',
  'assignee',
];

/** How many filters are set (shown on the filter button). */
export const activeFilterCount = (filters: InboxFilters) =>
  INBOX_FILTER_KEYS.filter((key) => filters[key]).length;

/** Reads the list from the address; a tab the user does not have falls back to their first. */
export function parseInboxSearch(params: URLSearchParams, allowed: readonly InboxView[]): InboxSearch {
  const view = params.get('view');
  const page = Number(params.get('page'));
  return {
    view: allowed.find((v) => v === view) ?? allowed[0] ?? 'mine',
    q: (params.get('q') ?? '').slice(0, 100),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    filters: Object.fromEntries(
      INBOX_FILTER_KEYS.flatMap((key) => {
        const value = params.get(key);
        return value ? [[key, value.slice(0, 100)]] : [];
      }),
    ),
  };
}

/** The address form of a list, leaving out what is at its default. */
export function inboxSearchParams(search: InboxSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.view !== 'mine') params.set('view', search.view);
  if (search.q.trim()) params.set('q', search.q);
  for (const key of INBOX_FILTER_KEYS) {
    const value = search.filters[key];
    if (value) params.set(key, value);
  }
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The API query of a list. */
export function inboxQuery(search: InboxSearch) {
  return {
    view: search.view,
    q: search.q.trim() || undefined,
    ...search.filters,
    limit: INBOX_PAGE_SIZE,
    offset: (search.page - 1) * INBOX_PAGE_SIZE,
  };
}

export function inboxPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
}
