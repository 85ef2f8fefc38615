import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import type { Clock } from './clock';
import { AppError } from './errors';

/** The fingerprint of a creating request: a reused key with another body is refused. */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Runs a creating command at most once per (user, Idempotency-Key), inside the command's own
 * transaction: the key row is claimed first (a concurrent twin waits on its unique index, then
 * finds it), the answer is stored with it, and a retry gets that first answer back. Without a
 * key the command simply runs.
 */
export async function onceForKey<T>(
  tx: Tx,
  clock: Clock,
  claim: { userId: string; key: string | undefined; fingerprint: string },
  command: () => Promise<T>,
): Promise<{ replayed: boolean; answer: T }> {
  if (!claim.key) return { replayed: false, answer: await command() };
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({
      userId: claim.userId,
      key: claim.key,
      requestHash: claim.fingerprint,
      statusCode: 0,
      body: {},
      createdAt: clock.now(),
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const where = and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key));
  if (claimed.length === 0) {
    const [first] = await tx.select().from(idempotencyKeys).where(where);
    if (!first || first.requestHash !== claim.fingerprint) throw new AppError('idempotency_key_reused', 422);
    return { replayed: true, answer: first.body as T };
  }
  const answer = await command();
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: 201, body: answer as object })
    .where(where);
  return { replayed: false, answer };
}
