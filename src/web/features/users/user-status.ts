import type { User } from '../../api/types';

/** A user is locked while their lockout lies in the future. */
export function isLocked(user: User, now: Date = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > now;
}
