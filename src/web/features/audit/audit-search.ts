import { AUDIT_ACTION_KINDS, type AuditActionKind } from '../../../domain/audit/action-words';
import { provinceDateTimeToIso } from '../../i18n/format';

/** The audit timeline's filters and page as the address keeps them (reload and back return to them). */
export interface AuditSearch {
  readonly actor: string;
  readonly kind: AuditActionKind | '';
  readonly subject: string;
  /** Days (YYYY-MM-DD) in the province, both included. */
  readonly from: string;
  readonly to: string;
  /** The page's position (the previous page's `nextCursor`); '' for the newest. */
  readonly before: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditSearch(params: URLSearchParams): AuditSearch {
  const kind = params.get('kind') ?? '';
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    actor: params.get('actor') ?? '',
    kind: (AUDIT_ACTION_KINDS as readonly string[]).includes(kind) ? (kind as AuditActionKind) : '',
    subject: params.get('subject') ?? '',
    from: day('from'),
    to: day('to'),
    before: params.get('before') ?? '',
  };
}

export function auditSearchParams(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['actor', 'kind', 'subject', 'from', 'to', 'before'] as const) {
    const value = search[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** The API query of a search: days become the first and last instants of those days in the province. */
export function auditTimelineQuery(search: AuditSearch, limit: number) {
  return {
    actor: search.actor.trim() || undefined,
    kind: search.kind || undefined,
    subject: search.subject.trim() || undefined,
    from: search.from ? provinceDateTimeToIso(search.from, '00:00') : undefined,
    to: search.to ? provinceDateTimeToIso(search.to, '23:59').replace(':00+', ':59.999+') : undefined,
    before: search.before || undefined,
    limit,
  };
}
