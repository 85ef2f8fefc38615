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
    legalBasis:
      'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và dịp 30/4–1/5 năm 2024 (cần đối chiếu số hiệu)',
    // Tết: from 29 of the 12th lunar month to the 5th day of Tết, weekend days included.
    holidaySpans: [{ kind: 'tet', from: '2024-02-08', to: '2024-02-14' }],
    extraDaysOff: [{ date: '2024-04-29', note: 'Nghỉ hoán đổi trước 30/4, làm bù thứ Bảy 04/5' }],
    extraWorkingDays: [{ date: '2024-05-04', note: 'Làm bù cho thứ Hai 29/4' }],
  },
  {
    year: 2025,
    jurisdiction: 'VN',
    legalBasis:
      'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và dịp 30/4–1/5 năm 2025 (cần đối chiếu số hiệu)',
    holidaySpans: [
      { kind: 'tet', from: '2025-01-25', to: '2025-02-02' },
      { kind: 'national_day', from: '2025-09-01', to: '2025-09-02' },
    ],
    extraDaysOff: [{ date: '2025-05-02', note: 'Nghỉ hoán đổi sau 1/5, làm bù thứ Bảy 26/4' }],
    extraWorkingDays: [{ date: '2025-04-26', note: 'Làm bù cho thứ Sáu 02/5' }],
  },
  {
    year: 2026,
    jurisdiction: 'VN',
    legalBasis: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2026 (cần đối chiếu số hiệu)',
    holidaySpans: [
      // Official Tết days are 16–20/2; 14–15/2 and 21–22/2 are the weekends around them.
      { kind: 'tet', from: '2026-02-14', to: '2026-02-22' },
      { kind: 'national_day', from: '2026-09-01', to: '2026-09-02' },
    ],
    extraDaysOff: [
      { date: '2026-01-02', note: 'Nghỉ hoán đổi sau Tết Dương lịch, làm bù thứ Bảy 10/1' },
      { date: '2026-08-31', note: 'Nghỉ hoán đổi trước Quốc khánh, làm bù thứ Bảy 22/8' },
    ],
    extraWorkingDays: [
      { date: '2026-01-10', note: 'Làm bù cho thứ Sáu 02/01' },
      { date: '2026-08-22', note: 'Làm bù cho thứ Hai 31/8' },
    ],
  },
];
