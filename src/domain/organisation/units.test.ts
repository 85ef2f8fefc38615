import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { dayBefore, inForceOn, parentProblem, type UnitFacts, wouldCreateCycle } from './units';

const unit = (over: Partial<UnitFacts> = {}): UnitFacts => ({
  id: 'u',
  code: 'U',
  kind: 'commune',
  levelCode: 'commune',
  parentId: null,
  validFrom: '2008-01-01',
  validTo: null,
  ...over,
});

describe('organisation rules', () => {
  it.each([
    ['2025-06-30', true],
    ['2025-07-01', false],
    ['2007-12-31', false],
    ['2008-01-01', true],
  ])('a unit valid 2008-01-01..2025-06-30 is in force on %s: %s', (day, expected) => {
    expect(inForceOn(unit({ validTo: '2025-06-30' }), day)).toBe(expected);
  });

  it.each([
    ['2025-07-01', '2025-06-30'],
    ['2025-01-01', '2024-12-31'],
    ['2024-03-01', '2024-02-29'],
  ])('the day before %s is %s', (day, expected) => expect(dayBefore(day)).toBe(expected));

  it('finds cycles through the parent chain', () => {
    const parents: Record<string, string | null> = { a: null, b: 'a', c: 'b' };
    const parentOf = (id: string) => parents[id] ?? null;
    expect(wouldCreateCycle('a', 'c', parentOf)).toBe(true);
    expect(wouldCreateCycle('c', 'a', parentOf)).toBe(false);
    expect(wouldCreateCycle('b', 'b', parentOf)).toBe(true);
  });

  it('names why a parent cannot take a child', () => {
    expect(parentProblem(unit({ kind: 'desk' }), '2026-01-01')).toBe('parent_is_desk');
    expect(parentProblem(unit({ validTo: '2025-06-30' }), '2026-01-01')).toBe('parent_not_in_force');
    expect(parentProblem(unit({ validFrom: '2026-01-01' }), '2025-01-01')).toBe('child_starts_before_parent');
    expect(parentProblem(unit(), '2026-01-01')).toBeNull();
  });
});

describe('CSV parsing', () => {
  it('reads quotes, doubled quotes, commas and newlines in fields, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"multi\nline",2\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', '2'],
    ]);
  });
  it('keeps empty fields and ignores blank lines', () => {
    expect(parseCsv('a,,c\n\n1,2,\n')).toEqual([
      ['a', '', 'c'],
      ['1', '2', ''],
    ]);
  });
});
