import { describe, expect, it } from 'vitest';
import { managedSearchParams, parseManagedSearch } from './managed-search';

describe('the managed procedures list in the address bar', () => {
  it('reads a full search and writes it back unchanged', () => {
    const params = new URLSearchParams('q=khai+sinh&status=scheduled&page=2');
    const search = parseManagedSearch(params);
    expect(search).toEqual({ q: 'khai sinh', status: 'scheduled', page: 2 });
    expect(managedSearchParams(search).toString()).toBe(params.toString());
  });

  it('falls back to no filter and the first page on values it does not know', () => {
    expect(parseManagedSearch(new URLSearchParams('status=lost&page=0'))).toEqual({
      q: '',
      status: null,
      page: 1,
    });
    expect(parseManagedSearch(new URLSearchParams(`q=${'a'.repeat(300)}&page=1.5`))).toMatchObject({
      page: 1,
    });
    expect(parseManagedSearch(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('leaves defaults out of the address', () => {
    expect(managedSearchParams({ q: '  ', status: null, page: 1 }).toString()).toBe('');
  });
});
