import { describe, expect, it } from 'vitest';
import { TestClock } from './clock';
import { uuidv7 } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('carries the milliseconds, the version 7 and the variant 10, and sorts by time', () => {
    const clock = new TestClock('2026-12-06T08:00:00.123Z');
    const first = uuidv7(clock);
    clock.set('2026-12-06T08:00:00.124Z');
    const second = uuidv7(clock);
    for (const id of [first, second]) expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(first.replace('-', '').slice(0, 12), 16)).toBe(
      Date.parse('2026-12-06T08:00:00.123Z'),
    );
    expect(first < second).toBe(true);
  });

  it('never repeats, across many refills of the random bytes drawn ahead', () => {
    const clock = new TestClock('2026-12-06T08:00:00Z');
    const ids = Array.from({ length: 5000 }, () => uuidv7(clock));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    // Every variant nibble and a spread of random digits occur (the random bits are used).
    expect(new Set(ids.map((id) => id.charAt(19)))).toEqual(new Set(['8', '9', 'a', 'b']));
    expect(new Set(ids.map((id) => id.slice(-1))).size).toBe(16);
  });
});
