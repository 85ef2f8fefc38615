/**
 * The "procedures I manage" list as the address bar keeps it (?q=&status=&page=), so a reload or
 * the back button returns to the same search, filter and page.
 */
import type { VersionStatus } from '../../api/types';

// A record, so the compiler fails here when the contract gains a status.
const statusSet: Record<VersionStatus, true> = {
  draft: true,
  scheduled: true,
  published: true,
  superseded: true,
  withdrawn: true,
};
export const VERSION_STATUSES = Object.keys(statusSet) as VersionStatus[];

export interface ManagedSearch {
  readonly q: string;
  readonly status: VersionStatus | null;
  /** 1-based. */
  readonly page: number;
}

const isStatus = (v: string | null): v is VersionStatus => v !== null && v in statusSet;

/** Reads the list's search from the address bar; anything unrecognised falls back to no filter. */
export function parseManagedSearch(params: URLSearchParams): ManagedSearch {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    status: isStatus(status) ? status : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address-bar form of the search, leaving out what is at its default. */
export function managedSearchParams(search: ManagedSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q);
  if (search.status) params.set('status', search.status);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}
