import { describe, expect, it } from 'vitest';
import {
  drillDownSearch,
  parseDrillDownSearch,
  parseReportSearch,
  periodName,
  periodParts,
  reportQuery,
} from './stats-search';

const TODAY = '2026-06-15';
const read = (qs: string) => parseReportSearch(new URLSearchParams(qs), TODAY);

describe('the report as the address keeps it', () => {
  it('an address without a period is this month, by level, with the units under and no merged history', () => {
    expect(read('')).toEqual({
      period: '2026-06',
      from: null,
      to: null,
      unit: null,
      level: null,
      children: true,
      successors: false,
      by: 'level',
    });
  });

  it.each([
    ['2026', 'year', 1],
    ['2026-06', 'month', 6],
    ['2026-Q2', 'quarter', 2],
    ['2026-H1', 'half', 1],
    ['2026-9M', 'nine_months', 1],
  ] as const)('period %s is a %s and names itself back', (name, kind, index) => {
    const parts = periodParts(name);
    expect(parts).toEqual({ kind, year: 2026, index });
    expect(parts && parts.kind !== 'custom' ? periodName(parts.kind, parts.year, parts.index) : null).toBe(
      name,
    );
  });

  it('a period that is not one falls back to this month, and a month 13 is not one', () => {
    expect(read('period=2026-13').period).toBe('2026-06');
    expect(read('period=last-year').period).toBe('2026-06');
  });

  it('custom dates are kept when there is no named period; a missing end is today', () => {
    expect(read('from=2026-02-01&to=2026-03-15')).toMatchObject({
      period: null,
      from: '2026-02-01',
      to: '2026-03-15',
    });
    expect(read('from=2026-02-01')).toMatchObject({ period: null, from: '2026-02-01', to: TODAY });
  });

  it('the address of a report leaves defaults out and round-trips', () => {
    const search = read('period=2026-Q2&unit=X001&children=false&successors=true&by=unit&level=commune');
    expect(reportQuery(search)).toEqual({
      period: '2026-Q2',
      unit: 'X001',
      level: 'commune',
      children: 'false',
      successors: 'true',
      by: 'unit',
    });
    expect(read(new URLSearchParams(reportQuery(search)).toString())).toEqual(search);
  });

  it('an unknown grouping reads as by level, and a level with odd characters is dropped', () => {
    expect(read('by=colour').by).toBe('level');
    expect(read('level=DROP;TABLE').level).toBeNull();
  });
});

describe('the dossiers behind a number', () => {
  it('a number links to the report’s query with its row’s group and its figure', () => {
    const search = read('period=2026&by=unit');
    const qs = drillDownSearch(search, 'unit-id-1', 'resolvedLate');
    expect(Object.fromEntries(new URLSearchParams(qs))).toEqual({
      period: '2026',
      by: 'unit',
      group: 'unit-id-1',
      figure: 'resolvedLate',
    });
    const back = parseDrillDownSearch(new URLSearchParams(qs), TODAY, ['resolvedLate', 'received']);
    expect(back).toMatchObject({
      period: '2026',
      by: 'unit',
      group: 'unit-id-1',
      figure: 'resolvedLate',
      page: 1,
    });
  });

  it('the total row has no group, and an unknown figure is none', () => {
    const qs = drillDownSearch(read('period=2026'), '', 'received');
    expect(new URLSearchParams(qs).has('group')).toBe(false);
    expect(parseDrillDownSearch(new URLSearchParams('figure=salary'), TODAY, ['received']).figure).toBeNull();
  });
});
