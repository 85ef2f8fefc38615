import { describe, expect, it } from 'vitest';
import { auditSearchParams, auditTimelineQuery, parseAuditSearch } from './audit-search';

describe('the audit timeline address', () => {
  it('keeps the filters and the page, and reads them back', () => {
    const search = {
      actor: 'Nguyễn',
      kind: 'dossier' as const,
      subject: 'T60.X001-261207',
      from: '2026-12-01',
      to: '2026-12-07',
      before: '2026-12-07T01:00:00.000Z_0193a000-0000-7000-8000-000000000001',
    };
    expect(parseAuditSearch(auditSearchParams(search))).toEqual(search);
  });

  it('drops what it does not know rather than sending it', () => {
    const search = parseAuditSearch(new URLSearchParams('kind=payments&from=07/12/2026&to=2026-12-07'));
    expect(search).toMatchObject({ kind: '', from: '', to: '2026-12-07' });
    expect(auditSearchParams(search).toString()).toBe('to=2026-12-07');
  });

  it('asks for whole days in the province: from its first to its last instant', () => {
    const query = auditTimelineQuery(
      { actor: ' ', kind: '', subject: '', from: '2026-12-01', to: '2026-12-07', before: '' },
      25,
    );
    expect(query).toEqual({
      actor: undefined,
      kind: undefined,
      subject: undefined,
      from: '2026-12-01T00:00:00+07:00',
      to: '2026-12-07T23:59:59.999+07:00',
      before: undefined,
      limit: 25,
    });
  });
});
