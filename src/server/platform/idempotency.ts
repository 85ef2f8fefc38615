import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, queryRowsPrepared, type Tx } from '../db/client';
import { insertRowsStatement } from '../db/rows-insert';
import { idempotencyKeys } from '../db/schema';
import type { Clock } from './clock';
import { AppError } from './errors';

/** The fingerprint of a creating request: a reused key with another body is refused. */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** A creating command's claim on its caller's Idempotency-Key (none: the command simply runs). */
export interface KeyClaim {
  readonly userId: string;
  readonly key: string | undefined;
  readonly fingerprint: string;
}

/** The first answer stored under a key, for a command that turned out to be a retry. */
export interface Replay<T> {
  readonly answer: T;
}

/** A claimed key, as the claim statement answers it. */
export interface ClaimedKey {
  readonly userId: string;
  readonly key: string;
}

const idOf = (c: ClaimedKey) => `${c.userId}|${c.key}`;

/**
 * Claims the keys of several commands at once, inside their transaction: each key row is
 * inserted unless it exists (a concurrent twin's claim makes this wait on the unique index, then
 * finds it). Answers, per claim in order, null when the command must run (claimed now, or no
 * key), or the first answer when it is a retry; a key reused with another body is refused (422).
 * The keys must be distinct; they are inserted in key order, so two batches claiming the same
 * keys never wait on each other in a cycle.
 */
export async function claimKeys<T>(
  tx: DbOrTx,
  clock: Clock,
  claims: readonly KeyClaim[],
): Promise<(Replay<T> | null)[]> {
  const statement = claimKeysStatement(clock, claims);
  const claimed = statement ? await queryRowsPrepared<ClaimedKey>(tx, statement) : [];
  return replaysOfClaims<T>(tx, claims, claimed);
}

/**
 * The statement of `claimKeys` (not yet run: the caller runs it, or embeds it in its own
 * statement), answering the keys it claimed as `ClaimedKey` rows; null when no claim has a key.
 */
export function claimKeysStatement(clock: Clock, claims: readonly KeyClaim[]): SQL | null {
  const keyed = claims
    .filter((c): c is KeyClaim & { key: string } => Boolean(c.key))
    .sort((a, b) => (a.userId + a.key < b.userId + b.key ? -1 : 1));
  if (keyed.length === 0) return null;
  if (new Set(keyed.map(idOf)).size !== keyed.length) throw new Error('claimKeys takes distinct keys');
  const now = clock.now();
  const rows = keyed.map((c) => ({
    userId: c.userId,
    key: c.key,
    requestHash: c.fingerprint,
    statusCode: 0,
    body: {},
    createdAt: now,
  }));
  return sql`${insertRowsStatement(idempotencyKeys, rows)} on conflict do nothing returning user_id as "userId", key`;
}

/** `claimKeys`'s answer, from the keys its statement claimed (`claimKeysStatement`). */
export async function replaysOfClaims<T>(
  tx: DbOrTx,
  claims: readonly KeyClaim[],
  claimed: readonly ClaimedKey[],
): Promise<(Replay<T> | null)[]> {
  const mine = new Set(claimed.map(idOf));
  const retries = claims.flatMap((c) =>
    c.key && !mine.has(idOf({ userId: c.userId, key: c.key })) ? [{ userId: c.userId, key: c.key }] : [],
  );
  const firsts = new Map(
    retries.length === 0 ? [] : (await firstAnswers(tx, retries)).map((row) => [idOf(row), row] as const),
  );
  return claims.map((c) => {
    if (!c.key || mine.has(idOf({ userId: c.userId, key: c.key }))) return null;
    const first = firsts.get(idOf({ userId: c.userId, key: c.key }));
    if (!first || first.requestHash !== c.fingerprint) throw new AppError('idempotency_key_reused', 422);
    return { answer: first.body as T };
  });
}

/** The stored rows of keys claimed by earlier commands. */
function firstAnswers(tx: DbOrTx, claims: readonly { userId: string; key: string }[]) {
  return queryRows<{ userId: string; key: string; requestHash: string; body: unknown }>(
    tx,
    sql`select user_id as "userId", key, request_hash as "requestHash", body from idempotency_keys
         where (user_id, key) in (${sql.join(
           claims.map((c) => sql`(${c.userId}::uuid, ${c.key})`),
           sql`, `,
         )})`,
  );
}

/**
 * The statement that stores the answers of commands that claimed their keys at `claimedAt` (not
 * yet run: the caller runs it, or embeds it in its own statement); null when none has a key. It
 * writes each answer onto its key's row through the key's own index (an upsert onto the row the
 * claim inserted), whatever the planner thinks of the table's size.
 */
export function storeAnswersStatement(
  answered: readonly { claim: KeyClaim; answer: object }[],
  claimedAt: Date,
): SQL | null {
  const rows = answered.flatMap(({ claim, answer }) =>
    claim.key
      ? [
          {
            userId: claim.userId,
            key: claim.key,
            requestHash: claim.fingerprint,
            statusCode: 201,
            body: answer,
            createdAt: claimedAt,
          },
        ]
      : [],
  );
  if (rows.length === 0) return null;
  return sql`${insertRowsStatement(idempotencyKeys, rows)}
    on conflict (user_id, key) do update set status_code = excluded.status_code, body = excluded.body`;
}

/**
 * Runs a creating command at most once per (user, Idempotency-Key), inside the command's own
 * transaction: the key row is claimed first (`claimKeys`), the answer is stored with it, and a
 * retry gets that first answer back. Without a key the command simply runs.
 */
export async function onceForKey<T extends object>(
  tx: Tx,
  clock: Clock,
  claim: KeyClaim,
  command: () => Promise<T>,
): Promise<{ replayed: boolean; answer: T }> {
  const [replay] = await claimKeys<T>(tx, clock, [claim]);
  if (replay) return { replayed: true, answer: replay.answer };
  const answer = await command();
  const store = storeAnswersStatement([{ claim, answer }], clock.now());
  if (store) await tx.execute(store);
  return { replayed: false, answer };
}
