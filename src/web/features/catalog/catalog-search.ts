/**
 * The catalog search as the address bar keeps it (?q=&field=&level=&online=&page=), so a search
 * can be bookmarked, shared and restored with the back button.
 */
import type { OnlineAvailability, ProcedureLevel, ProcessingUnit } from '../../api/types';

/** Results per page. */
export const PAGE_SIZE = 20;
/** How long the search box waits after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 250;

// Records, so the compiler fails here when the contract gains a value.
const levelSet: Record<ProcedureLevel, true> = { province: true, commune: true };
const onlineSet: Record<OnlineAvailability, true> = { full: true, partial: true, none: true };
const unitSet: Record<ProcessingUnit, true> = {
  working_days: true,
  working_hours: true,
  calendar_days: true,
};
export const PROCEDURE_LEVELS = Object.keys(levelSet) as ProcedureLevel[];
export const ONLINE_AVAILABILITY = Object.keys(onlineSet) as OnlineAvailability[];
export const PROCESSING_UNITS = Object.keys(unitSet) as ProcessingUnit[];

export interface CatalogSearch {
  readonly q: string;
  readonly field: string | null;
  readonly level: ProcedureLevel | null;
  readonly online: OnlineAvailability | null;
  /** 1-based. */
  readonly page: number;
}

const isLevel = (v: string | null): v is ProcedureLevel => v !== null && v in levelSet;
const isOnline = (v: string | null): v is OnlineAvailability => v !== null && v in onlineSet;

/** Reads the search from the address bar; anything unrecognised falls back to "no filter". */
export function parseCatalogSearch(params: URLSearchParams): CatalogSearch {
  const level = params.get('level');
  const online = params.get('online');
  const field = params.get('field');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    field: field && /^[A-Za-z0-9_.-]{1,20}$/.test(field) ? field : null,
    level: isLevel(level) ? level : null,
    online: isOnline(online) ? online : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address-bar form of a search, leaving out what is at its default. */
export function catalogSearchParams(search: CatalogSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q);
  if (search.field) params.set('field', search.field);
  if (search.level) params.set('level', search.level);
  if (search.online) params.set('online', search.online);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The number of pages for a total, at least one. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
