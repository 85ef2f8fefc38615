import { describe, expect, it } from 'vitest';
import { checkPersonalId, emailProblem, phoneProblem } from './applicant-check';

describe('the personal id as the clerk types it', () => {
  it('shows how many digits are typed while the field has focus, without an error', () => {
    expect(checkPersonalId('0600', false)).toEqual({ kind: 'typing', digits: 4 });
  });

  it('calls a short id an error once the clerk leaves the field', () => {
    expect(checkPersonalId('0600', true)).toEqual({ kind: 'invalid', problem: 'not_12_digits' });
  });

  it('accepts 12 digits starting with a province code and refuses an unknown province', () => {
    expect(checkPersonalId('060090001234', false)).toEqual({ kind: 'valid' });
    expect(checkPersonalId('003090001234', false)).toEqual({ kind: 'invalid', problem: 'unknown_province' });
  });

  it('refuses letters at once and 13 digits even while typing', () => {
    expect(checkPersonalId('06009a', false)).toEqual({ kind: 'invalid', problem: 'digits_only' });
    expect(checkPersonalId('0600900012345', false)).toEqual({ kind: 'invalid', problem: 'not_12_digits' });
  });

  it('an empty id is not an error here (the form says when it is required)', () => {
    expect(checkPersonalId('  ', true)).toEqual({ kind: 'empty' });
  });
});

describe('phone and e-mail', () => {
  it.each(['0912345678', '+84 912 345 678', '0252.3822.111', ''])('accepts %j', (phone) => {
    expect(phoneProblem(phone)).toBeNull();
  });
  it.each(['091234567', '0123456789', 'abc'])('refuses %j', (phone) => {
    expect(phoneProblem(phone)).toBe('phone_invalid');
  });
  it('checks the shape of an e-mail address', () => {
    expect(emailProblem('an@example.vn')).toBeNull();
    expect(emailProblem('')).toBeNull();
    expect(emailProblem('an@example')).toBe('email_invalid');
  });
});
