import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('password policy', () => {
  it.each([
    ['Hanoi2026!x', 'clerk01', []],
    ['short1', 'clerk01', ['too_short']],
    ['onlyletterslong', 'clerk01', ['needs_letter_and_digit']],
    ['12345678901', 'clerk01', ['needs_letter_and_digit']],
    ['myclerk01name', 'clerk01', ['contains_username']],
    ['Password123', 'clerk01', ['too_common']],
    ['Mậtkhẩu2026vn', 'clerk01', []],
    [`a1${'x'.repeat(127)}`, 'clerk01', ['too_long']],
  ])('%s for %s gives %j', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
  });
});
