import { describe, expect, it } from 'vitest';
import {
  blankContent,
  blankPaths,
  problemPlace,
  roundedShare,
  sharesComplete,
  sharesTotal,
  tidyContent,
} from './procedure-content';

describe('workflow shares', () => {
  it('adds the shares of a blank procedure up to 100 %', () => {
    expect(sharesTotal(blankContent().workflow)).toBe(100);
    expect(sharesComplete(blankContent().workflow)).toBe(true);
  });

  it('accepts thirds written with two decimals and reads their total as 100', () => {
    const thirds = [{ share: 33.33 }, { share: 33.33 }, { share: 33.34 }];
    expect(sharesComplete(thirds)).toBe(true);
    expect(roundedShare(sharesTotal(thirds))).toBe(100);
  });

  it('flags shares that add up to 95 % or 105 %', () => {
    expect(sharesComplete([{ share: 10 }, { share: 85 }])).toBe(false);
    expect(sharesComplete([{ share: 20 }, { share: 85 }])).toBe(false);
  });

  it('counts a share the admin has not typed yet as nothing', () => {
    expect(sharesTotal([{ share: Number.NaN }, { share: 60 }])).toBe(60);
  });
});

describe('required boxes', () => {
  it('finds the empty name, result and row names of a procedure', () => {
    const content = {
      ...blankContent(),
      fees: [{ name: ' ', kind: 'charge' as const, amount: 0 }],
      steps: ['Nộp hồ sơ', ''],
      legalBasis: [{ text: 'Luật Hộ tịch 2014', sample: false }],
    };
    expect([...blankPaths(content)].sort()).toEqual(['fees.0.name', 'name', 'resultType', 'steps.1']);
  });

  it('finds nothing missing in a filled-in procedure', () => {
    expect(
      blankPaths({ ...blankContent(), name: 'Đăng ký khai sinh', resultType: 'Giấy khai sinh' }).size,
    ).toBe(0);
  });
});

describe('tidying before saving', () => {
  it('trims the text and drops an empty template name', () => {
    const tidy = tidyContent({
      ...blankContent(),
      name: '  Đăng ký kết hôn ',
      documents: [{ name: ' Tờ khai ', originals: 1, copies: 0, template: '  ', reusable: false }],
    });
    expect(tidy.name).toBe('Đăng ký kết hôn');
    expect(tidy.documents[0]).toEqual({
      name: 'Tờ khai',
      originals: 1,
      copies: 0,
      template: null,
      reusable: false,
    });
  });
});

describe('where a problem lies', () => {
  it.each([
    ['content.workflow', { section: 'workflow', row: null, field: null }],
    ['workflow', { section: 'workflow', row: null, field: null }],
    ['fees.2.amount', { section: 'fees', row: 3, field: 'amount' }],
    ['content.documents.0', { section: 'documents', row: 1, field: null }],
    ['content.processing.online', { section: 'processingOnline', row: null, field: null }],
    ['onlinePayment', { section: 'onlinePayment', row: null, field: null }],
    ['content.somethingNew', { section: null, row: null, field: null }],
  ])('reads %s', (path, place) => {
    expect(problemPlace(path)).toEqual(place);
  });
});
