import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type AfterFailure, afterFailure, type DeliveryFailure } from '../../domain/notifications/retry';
import { type DbOrTx, queryRows } from '../db/client';
import { insertRowsStatement } from '../db/rows-insert';
import { outboxMessages } from '../db/schema';
import type { Clock } from './clock';
import { uuidv7 } from './ids';

/**
 * The outbox (architecture.md): a message to an outside system is a row written in the same
 * transaction as the command that caused it, so it is sent if and only if the command committed.
 * Workers in any number of processes claim due rows with FOR UPDATE SKIP LOCKED and a lease, send
 * them outside any transaction, then settle them: sent, retried later with backoff, or dead.
 */

export type OutboxChannel = 'sms' | 'email';

export interface OutgoingMessage {
  readonly channel: OutboxChannel;
  readonly topic: string;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  /** Issued forms of the dossier to attach (e-mail). */
  readonly formIds?: readonly string[];
  readonly dossierId: string | null;
}

type OutboxRow = typeof outboxMessages.$inferSelect;

/** How long a claimed message is its worker's before another may take it. */
const LEASE_MS = 2 * 60_000;

/** The rows that enqueue `messages` now (for a caller that writes them in its own statement). */
export function outboxRows(
  deps: { clock: Clock; config: { PROVINCE_CODE: string } },
  messages: readonly OutgoingMessage[],
): (typeof outboxMessages.$inferInsert)[] {
  const now = deps.clock.now();
  return messages.map((m) => ({
    id: uuidv7(deps.clock),
    provinceCode: deps.config.PROVINCE_CODE,
    channel: m.channel,
    topic: m.topic,
    recipient: m.recipient,
    subject: m.subject,
    body: m.body,
    formIds: [...(m.formIds ?? [])],
    dossierId: m.dossierId,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  }));
}

/** Enqueues `messages` in the caller's transaction. */
export async function enqueueMessages(
  tx: DbOrTx,
  deps: { clock: Clock; config: { PROVINCE_CODE: string } },
  messages: readonly OutgoingMessage[],
): Promise<void> {
  if (messages.length > 0) await tx.insert(outboxMessages).values(outboxRows(deps, messages));
}

/** `enqueueMessages` as a statement not yet run (the caller writes it with its other rows). */
export function enqueueMessagesSql(
  deps: { clock: Clock; config: { PROVINCE_CODE: string } },
  messages: readonly OutgoingMessage[],
): SQL | null {
  return messages.length > 0 ? insertRowsStatement(outboxMessages, outboxRows(deps, messages)) : null;
}

interface ClaimedRow {
  id: string;
  channel: OutboxChannel;
  topic: string;
  recipient: string;
  subject: string | null;
  body: string;
  form_ids: string[];
  dossier_id: string | null;
  attempts: number;
}

export interface ClaimedMessage {
  readonly id: string;
  readonly channel: OutboxChannel;
  readonly topic: string;
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly formIds: readonly string[];
  readonly dossierId: string | null;
  /** This attempt's number (1 for the first). */
  readonly attempt: number;
}

/**
 * Claims up to `limit` due messages of `channels` for this worker: one statement that skips rows
 * another worker holds and leases the ones it takes, counting the attempt.
 */
export async function claimDueMessages(
  db: DbOrTx,
  clock: Clock,
  provinceCode: string,
  channels: readonly OutboxChannel[],
  limit: number,
): Promise<ClaimedMessage[]> {
  if (channels.length === 0) return [];
  const now = clock.now();
  const rows = await queryRows<ClaimedRow>(
    db,
    sql`update outbox_messages m set attempts = m.attempts + 1, lease_until = ${new Date(now.getTime() + LEASE_MS)}
      where m.id in (
        select id from outbox_messages
        where state = 'pending' and province_code = ${provinceCode} and next_attempt_at <= ${now}
          and channel in (${sql.join(
            channels.map((c) => sql`${c}`),
            sql`, `,
          )})
          and (lease_until is null or lease_until <= ${now})
        order by next_attempt_at
        limit ${limit}
        for update skip locked)
      returning m.id, m.channel, m.topic, m.recipient, m.subject, m.body, m.form_ids, m.dossier_id, m.attempts`,
  );
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    topic: r.topic,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    formIds: r.form_ids,
    dossierId: r.dossier_id,
    attempt: r.attempts,
  }));
}

export async function settleSent(db: DbOrTx, clock: Clock, id: string, providerRef: string | null) {
  await db
    .update(outboxMessages)
    .set({ state: 'sent', sentAt: clock.now(), providerRef, leaseUntil: null, lastError: null })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.state, 'pending')));
}

/** Records a failed attempt: retried later with backoff, or dead with its error. */
export async function settleFailed(
  db: DbOrTx,
  clock: Clock,
  message: Pick<ClaimedMessage, 'id' | 'attempt'>,
  failure: DeliveryFailure,
  error: string,
): Promise<AfterFailure> {
  const next = afterFailure(message.attempt, failure, clock.now().getTime());
  await db
    .update(outboxMessages)
    .set({
      state: next.kind === 'dead' ? 'dead' : 'pending',
      nextAttemptAt: next.kind === 'retry' ? new Date(next.at) : undefined,
      leaseUntil: null,
      lastError: error.slice(0, 2000),
    })
    .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.state, 'pending')));
  return next;
}

/** Sends a dead message again from now, with a fresh count of attempts; false if it is not dead. */
export async function requeueDeadMessage(
  db: DbOrTx,
  clock: Clock,
  provinceCode: string,
  id: string,
): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({ state: 'pending', attempts: 0, nextAttemptAt: clock.now(), leaseUntil: null })
    .where(
      and(
        eq(outboxMessages.id, id),
        eq(outboxMessages.provinceCode, provinceCode),
        eq(outboxMessages.state, 'dead'),
      ),
    )
    .returning({ id: outboxMessages.id });
  return rows.length === 1;
}

/** The messages about a dossier, newest first, as its page lists them. */
export async function messagesOfDossier(db: DbOrTx, dossierId: string) {
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.dossierId, dossierId))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(200);
  return rows.map(noticeOfRow);
}

/** A message as the API shows it (no body: it may be long; the subject says what it is). */
export function noticeOfRow(row: OutboxRow) {
  return {
    id: row.id,
    channel: row.channel as OutboxChannel,
    topic: row.topic,
    recipient: row.recipient,
    subject: row.subject,
    state: row.state as 'pending' | 'sent' | 'dead',
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt ? row.sentAt.toISOString() : null,
    nextAttemptAt: row.state === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
  };
}
