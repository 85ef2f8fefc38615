import { createHash } from 'node:crypto';

/** The hash that starts every audit stream. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  readonly stream: string;
  readonly seq: number;
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly unitId: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly ip: string | null;
  readonly details: unknown;
}

/** JSON with object keys sorted at every depth, so that a value hashes alike however it was stored. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 over the previous hash and the record's canonical form. */
export function auditHash(prevHash: string, record: AuditRecord): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        stream: record.stream,
        seq: record.seq,
        occurredAt: record.occurredAt,
        actorUserId: record.actorUserId,
        unitId: record.unitId,
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        ip: record.ip,
        details: record.details,
      }),
    )
    .digest('hex');
}

export interface StoredAuditRecord extends AuditRecord {
  readonly prevHash: string;
  readonly hash: string;
}

export type ChainVerdict =
  | { readonly intact: true; readonly checked: number }
  | {
      readonly intact: false;
      readonly checked: number;
      readonly brokenAt: StoredAuditRecord;
      readonly reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';
    };

/** Walks one stream in sequence order and reports the first row whose chain is broken. */
export function verifyChain(
  records: Iterable<StoredAuditRecord>,
  start?: { seq: number; hash: string },
): ChainVerdict {
  let expectedPrev = start?.hash ?? GENESIS_HASH;
  let expectedSeq = (start?.seq ?? 0) + 1;
  let checked = 0;
  for (const record of records) {
    if (record.seq !== expectedSeq)
      return { intact: false, checked, brokenAt: record, reason: 'sequence_gap' };
    if (record.prevHash !== expectedPrev)
      return { intact: false, checked, brokenAt: record, reason: 'prev_hash_mismatch' };
    if (auditHash(record.prevHash, record) !== record.hash)
      return { intact: false, checked, brokenAt: record, reason: 'hash_mismatch' };
    expectedPrev = record.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { intact: true, checked };
}
