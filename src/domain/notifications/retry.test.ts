import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_DELIVERY_ATTEMPTS, MAX_RETRY_DELAY_MS, retryDelayMs } from './retry';

describe('retry of outside messages', () => {
  it('doubles the wait from one minute and caps it at six hours', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16].map((m) => m * 60_000));
    expect(retryDelayMs(9)).toBe(256 * 60_000);
    expect(retryDelayMs(10)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(1000)).toBe(MAX_RETRY_DELAY_MS);
    for (let n = 1; n < 40; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
  });

  it('refuses attempt numbers that are not positive integers', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => retryDelayMs(bad)).toThrow(RangeError);
  });

  it('retries transient failures until the last attempt, then gives up', () => {
    const now = Date.parse('2026-12-01T02:00:00Z');
    for (let n = 1; n < MAX_DELIVERY_ATTEMPTS; n++)
      expect(afterFailure(n, 'transient', now)).toEqual({ kind: 'retry', at: now + retryDelayMs(n) });
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS, 'transient', now)).toEqual({ kind: 'dead' });
  });

  it('never retries a permanent refusal', () => {
    for (let n = 1; n <= MAX_DELIVERY_ATTEMPTS; n++)
      expect(afterFailure(n, 'permanent', 0)).toEqual({ kind: 'dead' });
  });
});
