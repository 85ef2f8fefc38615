import { describe, expect, it } from 'vitest';
import { catalogSearchParams, pageCount, parseCatalogSearch } from './catalog-search';

describe('the catalog search in the address bar', () => {
  it('reads a full search and writes it back unchanged', () => {
    const params = new URLSearchParams('q=dang+ky+khai+sinh&field=HT&level=commune&online=full&page=3');
    const search = parseCatalogSearch(params);
    expect(search).toEqual({
      q: 'dang ky khai sinh',
      field: 'HT',
      level: 'commune',
      online: 'full',
      page: 3,
    });
    expect(catalogSearchParams(search).toString()).toBe(params.toString());
  });

  it('falls back to no filter and the first page on values it does not know', () => {
    expect(
      parseCatalogSearch(new URLSearchParams('level=district&online=yes&page=-2&field=%3Cscript%3E')),
    ).toEqual({ q: '', field: null, level: null, online: null, page: 1 });
  });

  it('leaves defaults out of the address', () => {
    expect(catalogSearchParams({ q: '  ', field: null, level: null, online: null, page: 1 }).toString()).toBe(
      '',
    );
  });

  it('counts at least one page, and 100 pages for 2,000 procedures', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(2000)).toBe(100);
    expect(pageCount(2001)).toBe(101);
  });
});
