import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DatedVersion, inForceOn, planPublication, statusOn, VERSION_STATUSES } from './version-dates';

const v = (
  status: DatedVersion['status'],
  effectiveFrom: string | null,
  effectiveTo: string | null = null,
) => ({
  status,
  effectiveFrom,
  effectiveTo,
});

describe('the status of a version on a day', () => {
  it.each([
    ['a scheduled version before its first day', v('scheduled', '2026-12-01'), '2026-11-30', 'scheduled'],
    ['a scheduled version on its first day', v('scheduled', '2026-12-01'), '2026-12-01', 'published'],
    [
      'a published version on its last day',
      v('published', '2026-11-01', '2026-11-30'),
      '2026-11-30',
      'published',
    ],
    [
      'a published version after its last day',
      v('published', '2026-11-01', '2026-11-30'),
      '2026-12-01',
      'superseded',
    ],
    ['an open-ended published version', v('published', '2020-01-01'), '2035-12-31', 'published'],
    ['a draft', v('draft', null), '2026-11-23', 'draft'],
    ['a withdrawn version', v('withdrawn', '2026-11-01', '2026-11-23'), '2026-11-23', 'withdrawn'],
    ['a superseded version', v('superseded', '2026-01-01', '2026-10-31'), '2026-06-01', 'superseded'],
  ])('%s is as it reads', (_name, version, day, status) => {
    expect(statusOn(version, day)).toBe(status);
  });

  it('gives exactly one version in force on every day around a scheduled switch', () => {
    const current = v('published', '2026-11-01', '2026-11-30');
    const next = v('scheduled', '2026-12-01');
    const days = fc.integer({ min: 0, max: 60 }).map((n) => {
      const d = new Date(Date.UTC(2026, 10, 1 + n));
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(days, (day) => {
        expect([current, next].filter((x) => inForceOn(x, day))).toHaveLength(1);
        expect(inForceOn(next, day)).toBe(day >= '2026-12-01');
      }),
    );
  });

  it('knows every status the contract offers', () => {
    expect(VERSION_STATUSES).toEqual(['draft', 'scheduled', 'published', 'superseded', 'withdrawn']);
  });
});

describe('planning a publication', () => {
  const today = '2026-11-23';
  const current = v('published', '2026-11-01');

  it('puts a version from today in force at once, the current one ending yesterday', () => {
    expect(planPublication({ today, effectiveFrom: today, current, scheduled: null })).toEqual({
      ok: true,
      status: 'published',
      current: { status: 'superseded', effectiveTo: '2026-11-22' },
    });
  });

  it('accepts an earlier day after the current start (a late publication)', () => {
    expect(planPublication({ today, effectiveFrom: '2026-11-15', current, scheduled: null })).toMatchObject({
      ok: true,
      status: 'published',
      current: { status: 'superseded', effectiveTo: '2026-11-14' },
    });
  });

  it('schedules a later day, the current one staying in force until the day before', () => {
    expect(planPublication({ today, effectiveFrom: '2027-01-01', current, scheduled: null })).toEqual({
      ok: true,
      status: 'scheduled',
      current: { status: 'published', effectiveTo: '2026-12-31' },
    });
  });

  it('schedules the first version of a new procedure with nothing to end', () => {
    expect(planPublication({ today, effectiveFrom: '2026-12-01', current: null, scheduled: null })).toEqual({
      ok: true,
      status: 'scheduled',
      current: null,
    });
  });

  it('refuses a day not after the current start, and a second scheduled version', () => {
    expect(planPublication({ today, effectiveFrom: '2026-11-01', current, scheduled: null })).toEqual({
      ok: false,
      refusal: { code: 'not_after_current', currentFrom: '2026-11-01' },
    });
    const scheduled = v('scheduled', '2026-12-15');
    expect(planPublication({ today, effectiveFrom: '2027-01-01', current, scheduled })).toEqual({
      ok: false,
      refusal: { code: 'scheduled_exists', scheduledFrom: '2026-12-15' },
    });
  });
});
