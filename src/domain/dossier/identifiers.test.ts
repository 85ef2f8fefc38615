import { describe, expect, it } from 'vitest';
import {
  birthYearOfPersonalId,
  dossierCodePatternProblem,
  formatDossierCode,
  normalisePhone,
  parseDossierCode,
  personalIdProblem,
  sequenceOfDossierCode,
} from './identifiers';

describe('dossier codes', () => {
  it('formats the default layout and reads it back', () => {
    const parts = { agencyCode: '000.00.17.H29', date: '2025-08-15', sequence: 1 };
    expect(formatDossierCode(parts)).toBe('000.00.17.H29-250815-0001');
    expect(parseDossierCode('000.00.17.H29-250815-0001')).toEqual(parts);
    expect(formatDossierCode({ ...parts, sequence: 9999 })).toBe('000.00.17.H29-250815-9999');
  });

  it('follows a configured pattern, and refuses what does not fit', () => {
    expect(
      formatDossierCode(
        { agencyCode: 'H29', date: '2026-11-23', sequence: 42 },
        '{yyyymmdd}.{agency}.{seq6}',
      ),
    ).toBe('20261123.H29.000042');
    expect(() => formatDossierCode({ agencyCode: 'H29', date: '2026-11-23', sequence: 10_000 })).toThrow(
      RangeError,
    );
    expect(() => formatDossierCode({ agencyCode: 'H29', date: '2026-11-23', sequence: 0 })).toThrow(
      RangeError,
    );
    expect(parseDossierCode('H29-251315-0001')).toBeNull();
    expect(parseDossierCode('nonsense')).toBeNull();
  });
});

describe('personal identification numbers', () => {
  it.each([
    ['079203001234', null],
    ['001099012345', null],
    ['07920300123', 'not_12_digits'],
    ['07920300123a', 'not_12_digits'],
    ['003203001234', 'unknown_province'],
    ['099203001234', 'unknown_province'],
  ])('%s → %s', (id, problem) => {
    expect(personalIdProblem(id)).toBe(problem);
  });

  it('reads the year of birth with its century', () => {
    expect(birthYearOfPersonalId('079203001234')).toBe(2003);
    expect(birthYearOfPersonalId('079185001234')).toBe(1985);
    expect(birthYearOfPersonalId('079085001234')).toBe(1985);
  });
});

describe('phone numbers', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0252.3822.123', '02523822123'],
    ['(028) 3822 1234', '02838221234'],
    ['+84 28 3822 1234', '02838221234'],
    ['0283822123', null],
    ['0123456789', null],
    ['091234567', null],
    ['09123456789', null],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});

describe('dossier code layouts', () => {
  it('accepts the default and other layouts with the agency, a date and a sequence', () => {
    for (const ok of [
      '{agency}-{yymmdd}-{seq4}',
      '{agency}.{yyyymmdd}.{seq6}',
      'HS-{yymmdd}-{agency}-{seq3}',
    ])
      expect(dossierCodePatternProblem(ok)).toBeNull();
  });

  it('refuses layouts that could repeat a code or that name unknown parts', () => {
    expect(dossierCodePatternProblem('{yymmdd}-{seq4}')).toBe('needs {agency} once');
    expect(dossierCodePatternProblem('{agency}-{seq4}')).toBe('needs one date part, {yymmdd} or {yyyymmdd}');
    expect(dossierCodePatternProblem('{agency}-{yymmdd}')).toBe('needs one sequence part, {seq3} … {seq6}');
    expect(dossierCodePatternProblem('{agency}-{yymmdd}-{seq2}')).toBe('the sequence has 3 to 6 digits');
    expect(dossierCodePatternProblem('{agency}-{yymmdd}-{seq4}-{seq4}')).toBe(
      'needs one sequence part, {seq3} … {seq6}',
    );
    expect(dossierCodePatternProblem('{unit}-{yymmdd}-{seq4}')).toBe('unknown part {unit}');
  });
});

describe('the sequence a dossier code carries', () => {
  it('reads it back from codes of any valid layout', () => {
    const parts = { agencyCode: '000.00.17.H29', date: '2025-08-15', sequence: 37 };
    for (const pattern of [
      '{agency}-{yymmdd}-{seq4}',
      '{agency}.{yyyymmdd}.{seq6}',
      'HS-{seq3}-{yymmdd}-{agency}',
    ])
      expect(sequenceOfDossierCode(formatDossierCode(parts, pattern), pattern)).toBe(37);
  });

  it('is null for a code of another layout', () => {
    expect(sequenceOfDossierCode('000.00.17.H29-250815-0001', '{agency}.{yyyymmdd}.{seq6}')).toBeNull();
    expect(sequenceOfDossierCode('not a code')).toBeNull();
  });
});
