import { describe, expect, it } from 'vitest';
import { OFFICIAL_ANNOUNCEMENTS } from './announcements';
import { CalendarError } from './errors';
import { announcementFor, type YearAnnouncement, yearCalendarDays } from './year-announcement';

function announced(year: number): YearAnnouncement | null {
  return announcementFor(OFFICIAL_ANNOUNCEMENTS, year);
}

function daysOff(year: number, from: string, to: string): readonly string[] {
  return yearCalendarDays(year, announced(year))
    .daysOff.map((d) => d.date)
    .filter((d) => d >= from && d <= to);
}

function emptyAnnouncement(overrides: Partial<YearAnnouncement>): YearAnnouncement {
  return {
    year: 2026,
    jurisdiction: 'VN',
    legalBasis: 'test',
    holidaySpans: [],
    extraDaysOff: [],
    extraWorkingDays: [],
    ...overrides,
  };
}

describe('the official announcements of domain.md §5', () => {
  it('2024: Monday 29/4 off, Saturday 4/5 worked', () => {
    expect(daysOff(2024, '2024-04-27', '2024-05-05')).toEqual(['2024-04-29', '2024-04-30', '2024-05-01']);
    expect(yearCalendarDays(2024, announced(2024)).extraWorkingDays.map((d) => d.date)).toEqual([
      '2024-05-04',
    ]);
  });

  it('2025: Tết 25/1–2/2 replaces the default span, so Monday 3/2 is worked', () => {
    expect(daysOff(2025, '2025-01-20', '2025-02-10')).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
  });

  it('2025: Friday 2/5 off for Saturday 26/4, and National Day on 1/9 and 2/9', () => {
    expect(daysOff(2025, '2025-04-25', '2025-05-05')).toEqual(['2025-04-30', '2025-05-01', '2025-05-02']);
    expect(daysOff(2025, '2025-08-25', '2025-09-10')).toEqual(['2025-09-01', '2025-09-02']);
    expect(yearCalendarDays(2025, announced(2025)).extraWorkingDays.map((d) => d.date)).toEqual([
      '2025-04-26',
    ]);
  });

  it('2026: New Year 1–2/1, Tết 14–22/2, Hùng Kings on Monday 27/4, 30/4–1/5, 31/8–2/9, 24/11', () => {
    const off = yearCalendarDays(2026, announced(2026)).daysOff.map((d) => d.date);
    expect(off).toEqual([
      '2026-01-01',
      '2026-01-02',
      ...['14', '15', '16', '17', '18', '19', '20', '21', '22'].map((d) => `2026-02-${d}`),
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
      '2026-11-24',
    ]);
    expect(yearCalendarDays(2026, announced(2026)).extraWorkingDays.map((d) => d.date)).toEqual([
      '2026-01-10',
      '2026-08-22',
    ]);
  });

  it('every day off says why, with a legal basis', () => {
    const days = yearCalendarDays(2026, announced(2026)).daysOff;
    expect(days.find((d) => d.date === '2026-04-27')?.reason).toBe('compensatory');
    expect(days.find((d) => d.date === '2026-08-31')?.reason).toBe('announced');
    expect(days.every((d) => d.legalBasis.length > 0)).toBe(true);
  });

  it('a year without an announcement uses the default rules', () => {
    expect(announced(2027)).toBeNull();
    expect(yearCalendarDays(2027, null).daysOff.length).toBeGreaterThanOrEqual(12);
  });
});

describe('applying an announcement', () => {
  it('lets an announced working day cancel a default day off', () => {
    const a = emptyAnnouncement({ extraWorkingDays: [{ date: '2026-04-27', note: 'moved' }] });
    expect(yearCalendarDays(2026, a).daysOff.map((d) => d.date)).not.toContain('2026-04-27');
  });

  it('prefers a province’s own announcement and falls back to the national one', () => {
    const local = emptyAnnouncement({ jurisdiction: 'HN' });
    expect(announcementFor([...OFFICIAL_ANNOUNCEMENTS, local], 2026, 'HN')).toBe(local);
    expect(announcementFor(OFFICIAL_ANNOUNCEMENTS, 2026, 'HN')?.jurisdiction).toBe('VN');
  });

  it.each([
    ['a reversed span', { holidaySpans: [{ kind: 'tet', from: '2026-02-22', to: '2026-02-14' }] }],
    ['a span outside the year', { holidaySpans: [{ kind: 'tet', from: '2025-02-14', to: '2025-02-22' }] }],
    [
      'two spans for one holiday',
      {
        holidaySpans: [
          { kind: 'tet', from: '2026-02-14', to: '2026-02-16' },
          { kind: 'tet', from: '2026-02-17', to: '2026-02-22' },
        ],
      },
    ],
    [
      'overlapping spans of two holidays',
      {
        holidaySpans: [
          { kind: 'hung_kings', from: '2026-04-25', to: '2026-04-30' },
          { kind: 'reunification_day', from: '2026-04-30', to: '2026-05-01' },
        ],
      },
    ],
    [
      'a day off listed twice',
      {
        extraDaysOff: [
          { date: '2026-01-02', note: 'a' },
          { date: '2026-01-02', note: 'b' },
        ],
      },
    ],
    [
      'a day both off and worked',
      {
        extraDaysOff: [{ date: '2026-01-02', note: '' }],
        extraWorkingDays: [{ date: '2026-01-02', note: '' }],
      },
    ],
  ] as const)('refuses %s', (_, overrides) => {
    expect(() => yearCalendarDays(2026, emptyAnnouncement(overrides))).toThrow(CalendarError);
  });

  it('names every problem of an inconsistent announcement', () => {
    const bad = emptyAnnouncement({
      holidaySpans: [
        { kind: 'tet', from: '2026-02-14', to: '2026-02-22' },
        { kind: 'hung_kings', from: '2026-02-20', to: '2026-02-25' },
      ],
      extraWorkingDays: [{ date: '2027-01-02', note: '' }],
    });
    expect(() => yearCalendarDays(2026, bad)).toThrow(
      'spans 2026-02-14–2026-02-22 and 2026-02-20–2026-02-25 overlap; 2027-01-02 is outside 2026',
    );
  });
});
