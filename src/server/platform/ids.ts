import { randomBytes, randomFillSync } from 'node:crypto';
import type { Clock } from './clock';

/** Random bytes drawn ahead, so an id costs a slice of them rather than a call for 16 bytes. */
const pool = Buffer.alloc(4096);
let drawn = pool.length;

function randomHex(bytes: number): string {
  if (drawn + bytes > pool.length) {
    randomFillSync(pool);
    drawn = 0;
  }
  const hex = pool.toString('hex', drawn, drawn + bytes);
  drawn += bytes;
  return hex;
}

const VARIANT_NIBBLE = ['8', '9', 'a', 'b'] as const;

/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, the version 7, 12 random bits, the variant 10,
 * 62 random bits; sorts by creation time.
 */
export function uuidv7(clock: Clock): string {
  const time = clock.now().getTime().toString(16).padStart(12, '0');
  const random = randomHex(10);
  const variant = VARIANT_NIBBLE[Number.parseInt(random.charAt(4), 16) & 0x3];
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(1, 4)}-${variant}${random.slice(5, 8)}-${random.slice(8, 20)}`;
}

/** A random token for sessions and CSRF, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
