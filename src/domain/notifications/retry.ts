/**
 * When an outside message (SMS, e-mail) that failed is tried again, and when it is given up
 * (dead-lettered with its error for an administrator to see and send again). Pure: the outbox
 * worker applies it.
 */

/** Attempts before a message that keeps failing is dead-lettered (about 20 hours of trying). */
export const MAX_DELIVERY_ATTEMPTS = 12;

const MINUTE_MS = 60_000;
/** The longest wait between two attempts. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * MINUTE_MS;

/** The wait after failed attempt number `attempts` (1-based): 1, 2, 4, 8 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts ${attempts}`);
  return Math.min(MAX_RETRY_DELAY_MS, MINUTE_MS * 2 ** Math.min(attempts - 1, 30));
}

/** How a failed attempt is classified by the adapter that made it. */
export type DeliveryFailure = 'transient' | 'permanent';

export type AfterFailure = { readonly kind: 'retry'; readonly at: number } | { readonly kind: 'dead' };

/**
 * What follows failed attempt number `attempts` at `now`: a permanent refusal (a bad address, a
 * rejected number) is not retried; a transient one is, until `MAX_DELIVERY_ATTEMPTS`.
 */
export function afterFailure(attempts: number, failure: DeliveryFailure, now: number): AfterFailure {
  if (failure === 'permanent' || attempts >= MAX_DELIVERY_ATTEMPTS) return { kind: 'dead' };
  return { kind: 'retry', at: now + retryDelayMs(attempts) };
}
