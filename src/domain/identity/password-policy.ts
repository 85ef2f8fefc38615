/**
 * Password policy for staff accounts, after NIST SP 800-63B: length matters more than character
 * classes, so we ask for 10+ characters with letters and digits, and refuse the obvious.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'needs_letter_and_digit'
  | 'contains_username'
  | 'too_common';

const COMMON = new Set([
  'password12',
  'password123',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'matkhau123',
  'matkhau1234',
  'admin12345',
  'abc1234567',
  'motcua12345',
]);

export function checkPassword(password: string, username: string): readonly PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) problems.push('needs_letter_and_digit');
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    problems.push('contains_username');
  if (COMMON.has(password.toLowerCase())) problems.push('too_common');
  return problems;
}

export const passwordProblemText: Record<PasswordProblem, { vi: string; en: string }> = {
  too_short: { vi: `ít nhất ${PASSWORD_MIN_LENGTH} ký tự`, en: `at least ${PASSWORD_MIN_LENGTH} characters` },
  too_long: {
    vi: `nhiều nhất ${PASSWORD_MAX_LENGTH} ký tự`,
    en: `at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  needs_letter_and_digit: { vi: 'có cả chữ và số', en: 'both letters and digits' },
  contains_username: { vi: 'không chứa tên đăng nhập', en: 'must not contain the username' },
  too_common: { vi: 'không dùng mật khẩu phổ biến', en: 'not a common password' },
};
