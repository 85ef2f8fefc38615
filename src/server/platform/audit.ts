import { and, asc, desc, eq, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AdministrativeAction } from '../../domain/audit/action-words';
import { auditHash, GENESIS_HASH, type StoredAuditRecord, verifyChain } from '../../domain/audit/hash-chain';
import type { DbOrTx } from '../db/client';
import { auditLog, auditStreams } from '../db/schema';
import type { Clock } from './clock';
import { uuidv7 } from './ids';

export interface AuditEntry {
  readonly actorUserId: string | null;
  readonly actorName?: string | null;
  /** The unit the action belongs to; it names the chain (one per unit, "system" otherwise). */
  readonly unitId: string | null;
  /** A code of the one table of audit words (`domain/audit/action-words.ts`). */
  readonly action: AdministrativeAction;
  readonly targetType?: string | null;
  readonly targetId?: string | null;
  readonly ip?: string | null;
  readonly details?: Record<string, unknown>;
}

/**
 * Appends one entry to its unit's chain inside the caller's transaction. The chain head row is
 * locked, so appends to one unit serialize while other units go on in parallel.
 */
export async function appendAudit(tx: DbOrTx, clock: Clock, entry: AuditEntry): Promise<void> {
  const stream = entry.unitId ?? 'system';
  await tx
    .insert(auditStreams)
    .values({ stream, lastSeq: 0, lastHash: GENESIS_HASH })
    .onConflictDoNothing({ target: auditStreams.stream });
  const [head] = await tx.select().from(auditStreams).where(eq(auditStreams.stream, stream)).for('update');
  if (!head) throw new Error(`audit stream ${stream} vanished`);
  const seq = head.lastSeq + 1;
  const occurredAt = clock.now();
  const record = {
    stream,
    seq,
    occurredAt: occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    unitId: entry.unitId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  };
  const hash = auditHash(head.lastHash, record);
  await tx.insert(auditLog).values({
    id: uuidv7(clock),
    ...record,
    occurredAt,
    actorName: entry.actorName ?? null,
    prevHash: head.lastHash,
    hash,
  });
  await tx.update(auditStreams).set({ lastSeq: seq, lastHash: hash }).where(eq(auditStreams.stream, stream));
}

export interface StreamVerdict {
  readonly stream: string;
  readonly checked: number;
  readonly intact: boolean;
  readonly brokenSeq?: number;
  readonly brokenId?: string;
  readonly reason?: string;
}

/** Verifies every chain, page by page; also checks each chain's head agrees with its last row. */
export async function verifyAuditLog(
  db: DbOrTx,
  onProgress?: (done: number, total: number) => void,
): Promise<StreamVerdict[]> {
  const heads = await db.select().from(auditStreams).orderBy(asc(auditStreams.stream));
  const totalRows = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  const total = Number(totalRows[0]?.n ?? 0);
  let done = 0;
  const verdicts: StreamVerdict[] = [];
  for (const head of heads) {
    let start: { seq: number; hash: string } | undefined;
    let checked = 0;
    let verdict: StreamVerdict | undefined;
    for (;;) {
      const page = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.stream, head.stream), gt(auditLog.seq, start?.seq ?? 0)))
        .orderBy(asc(auditLog.seq))
        .limit(2000);
      if (page.length === 0) break;
      const records: StoredAuditRecord[] = page.map((r) => ({
        ...r,
        occurredAt: r.occurredAt.toISOString(),
      }));
      const result = verifyChain(records, start);
      checked += result.checked;
      done += result.checked;
      onProgress?.(done, total);
      if (!result.intact) {
        const broken = page.find((r) => r.seq === result.brokenAt.seq);
        verdict = {
          stream: head.stream,
          checked,
          intact: false,
          brokenSeq: result.brokenAt.seq,
          brokenId: broken?.id,
          reason: result.reason,
        };
        break;
      }
      const last = records[records.length - 1];
      if (last) start = { seq: last.seq, hash: last.hash };
    }
    if (!verdict) {
      const headMatches =
        (start?.seq ?? 0) === head.lastSeq && (start?.hash ?? GENESIS_HASH) === head.lastHash;
      verdict = headMatches
        ? { stream: head.stream, checked, intact: true }
        : {
            stream: head.stream,
            checked,
            intact: false,
            brokenSeq: head.lastSeq,
            reason: 'missing_tail_rows',
          };
    }
    verdicts.push(verdict);
  }
  return verdicts;
}

export interface AuditQuery {
  readonly unitFilter: SQL;
  readonly action?: string;
  readonly actor?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  readonly offset: number;
}

export async function listAudit(db: DbOrTx, q: AuditQuery) {
  const where = and(
    q.unitFilter,
    q.action ? sql`${auditLog.action} like ${`${q.action}%`}` : undefined,
    q.actor ? sql`lower(${auditLog.actorName}) like ${`%${q.actor.toLowerCase()}%`}` : undefined,
    q.from ? gte(auditLog.occurredAt, q.from) : undefined,
    q.to ? lte(auditLog.occurredAt, q.to) : undefined,
  );
  const [rows, count] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.seq))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

export interface AuditPageQuery {
  readonly unitFilter: SQL;
  readonly actor?: string;
  /** Only actions whose code starts with this (`auth.`, `user.`…). */
  readonly actionPrefix?: string;
  readonly targetId?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Entries strictly older than this (time, then id), newest first. */
  readonly before?: { readonly at: Date; readonly id: string };
  readonly limit: number;
}

/** A page of audit entries newest first after a position (keyset, served by `audit_log_time_id_idx`). */
export function auditEntriesBefore(db: DbOrTx, q: AuditPageQuery) {
  const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        q.unitFilter,
        q.actionPrefix ? sql`${auditLog.action} like ${`${likeText(q.actionPrefix)}%`}` : undefined,
        q.actor
          ? sql`lower(${auditLog.actorName}) like ${`%${likeText(q.actor.toLowerCase())}%`}`
          : undefined,
        q.targetId ? eq(auditLog.targetId, q.targetId) : undefined,
        q.from ? gte(auditLog.occurredAt, q.from) : undefined,
        q.to ? lte(auditLog.occurredAt, q.to) : undefined,
        q.before
          ? sql`(${auditLog.occurredAt}, ${auditLog.id}) < (${q.before.at.toISOString()}::timestamptz, ${q.before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(q.limit);
}
