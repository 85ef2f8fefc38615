import { describe, expect, it } from 'vitest';
import type { Session } from '../../api/types';
import { dossierCapabilities, inboxViewsFor } from './access';
import { COMPLETION_COLORS, STATE_COLORS, URGENCY_COLORS } from './badge-colors';
import { deskOptions } from './desk-units';
import { controlSlipUrl, formPdfUrl, logBookUrl, monthOf } from './document-links';
import { inboxQuery, inboxSearchParams, parseInboxSearch } from './inbox-search';
import { lookupFailure, lookupProblems } from './public-lookup';

const session = (...roles: Session['user']['assignments'][number]['role'][]): Session => ({
  user: {
    id: 'u',
    username: 'u',
    fullName: 'U',
    homeUnitId: 'x',
    homeUnitName: 'X',
    assignments: roles.map((role) => ({ role, unitId: 'x', unitName: 'X', unitCode: 'X' })),
  },
  csrfToken: 't',
  expiresAt: '2026-12-01T00:00:00Z',
});

describe('who sees the dossier screens', () => {
  it('a clerk takes dossiers and has the desk tabs; an officer has neither', () => {
    expect(dossierCapabilities(session('clerk'))).toEqual({ intake: true, workDossiers: true, desk: true });
    expect(dossierCapabilities(session('officer'))).toEqual({
      intake: false,
      workDossiers: true,
      desk: false,
    });
    expect(inboxViewsFor(session('clerk'))).toEqual(['mine', 'review', 'to_return', 'overdue', 'all']);
    expect(inboxViewsFor(session('approver'))).toEqual(['mine', 'overdue', 'all']);
  });

  it('a PAR officer or a leader does not work on dossiers', () => {
    expect(dossierCapabilities(session('par_officer', 'leader')).workDossiers).toBe(false);
  });
});

describe('badge colours', () => {
  it('overdue is red, due soon orange, in time green; late completion red', () => {
    expect(URGENCY_COLORS.overdue).toMatch(/^red\./);
    expect(URGENCY_COLORS.due_soon).toMatch(/^orange\./);
    expect(URGENCY_COLORS.in_time).toMatch(/^green\./);
    expect(COMPLETION_COLORS.late).toMatch(/^red\./);
    expect(STATE_COLORS.returned).toMatch(/^green\./);
  });
});

describe('the desks of a clerk', () => {
  const units = [
    { id: 'c1', name: 'UBND phường Bắc Phong', kind: 'commune' as const, parentId: 'p' },
    { id: 'd1', name: 'Bộ phận Một cửa phường Bắc Phong', kind: 'desk' as const, parentId: 'c1' },
    { id: 'd2', name: 'Bộ phận Một cửa khác', kind: 'desk' as const, parentId: 'c2' },
  ];
  it('are the desks under the units where the user is a clerk', () => {
    expect(deskOptions(units, [{ id: 'c1', name: 'UBND phường Bắc Phong' }])).toEqual([
      { id: 'd1', name: 'Bộ phận Một cửa phường Bắc Phong' },
    ]);
  });
  it('fall back to the clerk’s own units when there is no desk under them', () => {
    expect(
      deskOptions(units, [
        { id: 'c2', name: 'UBND xã' },
        { id: 'c2', name: 'UBND xã' },
      ]),
    ).toEqual([{ id: 'd2', name: 'Bộ phận Một cửa khác' }]);
    expect(deskOptions([], [{ id: 'c3', name: 'UBND xã' }])).toEqual([{ id: 'c3', name: 'UBND xã' }]);
  });
});

describe('the inbox address', () => {
  const all = ['mine', 'review', 'to_return', 'overdue', 'all'] as const;
  it('round-trips the tab, the search and the page, leaving defaults out', () => {
    const search = parseInboxSearch(new URLSearchParams('view=overdue&q=An&page=3'), all);
    expect(search).toEqual({ view: 'overdue', q: 'An', page: 3, filters: {} });
    expect(inboxSearchParams(search).toString()).toBe('view=overdue&q=An&page=3');
    expect(inboxSearchParams({ view: 'mine', q: ' ', page: 1, filters: {} }).toString()).toBe('');
    expect(inboxQuery(search)).toEqual({ view: 'overdue', q: 'An', limit: 20, offset: 40 });
  });
  it('falls back to the first tab the user has and to page 1', () => {
    expect(parseInboxSearch(new URLSearchParams('view=review&page=-2'), ['mine', 'all'])).toEqual({
      view: 'mine',
      q: '',
      page: 1,
      filters: {},
    });
  });
  it('keeps the filters in the address and sends them to the server, unknown parameters left out', () => {
    const address =
      'view=all&q=mai&receivedFrom=2026-11-01&channel=online&due=overdue&assignee=none&colour=red';
    const search = parseInboxSearch(new URLSearchParams(address), all);
    expect(search.filters).toEqual({
      receivedFrom: '2026-11-01',
      channel: 'online',
      due: 'overdue',
      assignee: 'none',
    });
    expect(inboxSearchParams(search).toString()).toBe(
      'view=all&q=mai&receivedFrom=2026-11-01&channel=online&due=overdue&assignee=none',
    );
    expect(inboxQuery(search)).toMatchObject({
      channel: 'online',
      due: 'overdue',
      assignee: 'none',
      offset: 0,
    });
  });
});

describe('the public lookup', () => {
  it('takes a code and either the phone or 4 digits', () => {
    expect(lookupProblems({ code: 'T60.X001-261123-0001', factor: '1234' })).toEqual({});
    expect(lookupProblems({ code: 'T60.X001-261123-0001', factor: '0912 345 678' })).toEqual({});
    expect(lookupProblems({ code: '', factor: '' })).toEqual({ code: 'required', factor: 'required' });
    expect(lookupProblems({ code: 'T60', factor: '12345' })).toEqual({
      code: 'code_short',
      factor: 'factor_invalid',
    });
  });
  it('explains a 404 as no match and a 429 as too many tries', () => {
    const problem = (status: number) => Object.assign(new Error('problem'), { status });
    expect(lookupFailure(problem(404))).toBe('not_found');
    expect(lookupFailure(problem(429))).toBe('rate_limited');
    expect(lookupFailure(problem(500))).toBe('other');
    expect(lookupFailure(new Error('offline'))).toBe('other');
  });
});

describe('document links', () => {
  it('point at the PDF of a form, the control slip and the log book of a period', () => {
    expect(formPdfUrl('d1', 'f1')).toBe('/api/dossiers/d1/forms/f1.pdf');
    expect(controlSlipUrl('d1')).toBe('/api/dossiers/d1/control-slip.pdf');
    expect(logBookUrl('u1', '2026-11-01', '2026-11-30')).toBe(
      '/api/dossiers/log-book.xlsx?unitId=u1&from=2026-11-01&to=2026-11-30',
    );
  });
  it('the default period is the month of the day, leap years included', () => {
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2026-11-23')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});
