import { describe, expect, it } from 'vitest';
import {
  containsPattern,
  DOSSIER_SEARCH_MAX_WORDS,
  dossierSearchTerms,
  foldForSearch,
} from './dossier-search';

describe('what the list search looks for', () => {
  it.each([
    ['Nguyễn Thị Mai', ['nguyen', 'thi', 'mai']],
    ['  mai,NGUYỄN ', ['mai', 'nguyen']],
    ['ĐẶNG đức', ['dang', 'duc']],
    ['Ỷ Ơn Ừ', ['y', 'on', 'u']],
    ['T60.X001-261123-0001', ['t60.x001-261123-0001']],
    ['-0012', ['-0012']],
    ['mai mai Mai', ['mai']],
  ])('"%s" folds to the words %j', (query, words) => {
    expect(dossierSearchTerms(query)?.words).toEqual(words);
  });

  it('nothing to look for in blanks', () => {
    expect(dossierSearchTerms('')).toBeNull();
    expect(dossierSearchTerms(' , ; ')).toBeNull();
  });

  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(024) 3825 1234', '02438251234'],
    ['nguyen', null],
    ['12345', null],
  ])('reads "%s" as the phone %s', (query, phone) => {
    expect(dossierSearchTerms(query)?.phone).toBe(phone);
  });

  it.each([
    ['079190001234', '079190001234'],
    ['0101234567-001', '0101234567-001'],
    ['079 190 001 234', '079190001234'],
    ['1234', null],
    ['nguyen 0791', null],
  ])('reads "%s" as the id number %s', (query, id) => {
    expect(dossierSearchTerms(query)?.idNumber).toBe(id);
  });

  it('takes a bounded number of words from a bounded query', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(dossierSearchTerms(many)?.words).toHaveLength(DOSSIER_SEARCH_MAX_WORDS);
    expect(dossierSearchTerms(`${'a'.repeat(99)} tail`)?.words).toEqual(['a'.repeat(99)]);
  });

  it('takes LIKE wildcards in a word literally', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(containsPattern('mai')).toBe('%mai%');
  });

  it('folds every precomposed Vietnamese vowel to its plain letter', () => {
    expect(foldForSearch('ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ')).toBe('a'.repeat(17));
    expect(foldForSearch('ƠỜỚỞỠỢƯỪỨỬỮỰĐ')).toBe('oooooouuuuuud');
  });
});
