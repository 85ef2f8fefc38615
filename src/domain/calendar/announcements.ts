import type { YearAnnouncement } from './year-announcement';

/**
 * The national holiday schedules announced for past years (domain.md §5). The notice numbers are
 * to be verified against the published texts; the days are what the announcements gave.
 * Days the default rules already give (e.g. Monday 27/4/2026 for Hùng Kings' day on Sunday 26/4)
 * are not repeated here.
 */
export const OFFICIAL_ANNOUNCEMENTS: readonly YearAnnouncement[] = [
  {
    year: 2024,
    jurisdiction: 'VN',
    legalBasis: 'MOLISA notices on the 2024 Tết and 30/4–1/5 holidays (verify numbers)',
    // Tết: from 29 of the 12th lunar month to the 5th day of Tết, weekend days included.
    holidaySpans: [{ kind: 'tet', from: '2024-02-08', to: '2024-02-14' }],
    extraDaysOff: [{ date: '2024-04-29', note: 'bridge day before 30/4, swapped with Saturday 4/5' }],
    extraWorkingDays: [{ date: '2024-05-04', note: 'works in place of Monday 29/4' }],
  },
  {
    year: 2025,
    jurisdiction: 'VN',
    legalBasis: 'MOLISA notices on the 2025 Tết and 30/4–1/5 holidays (verify numbers)',
    holidaySpans: [
      { kind: 'tet', from: '2025-01-25', to: '2025-02-02' },
      { kind: 'national_day', from: '2025-09-01', to: '2025-09-02' },
    ],
    extraDaysOff: [{ date: '2025-05-02', note: 'bridge day after 1/5, swapped with Saturday 26/4' }],
    extraWorkingDays: [{ date: '2025-04-26', note: 'works in place of Friday 2/5' }],
  },
  {
    year: 2026,
    jurisdiction: 'VN',
    legalBasis: 'Ministry of Home Affairs notice on the 2026 holidays (verify number)',
    holidaySpans: [
      // Official Tết days are 16–20/2; 14–15/2 and 21–22/2 are the weekends around them.
      { kind: 'tet', from: '2026-02-14', to: '2026-02-22' },
      { kind: 'national_day', from: '2026-09-01', to: '2026-09-02' },
    ],
    extraDaysOff: [
      { date: '2026-01-02', note: 'bridge day after New Year, swapped with Saturday 10/1' },
      { date: '2026-08-31', note: 'bridge day before National Day, swapped with Saturday 22/8' },
    ],
    extraWorkingDays: [
      { date: '2026-01-10', note: 'works in place of Friday 2/1' },
      { date: '2026-08-22', note: 'works in place of Monday 31/8' },
    ],
  },
];
