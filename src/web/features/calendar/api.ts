import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AnnouncementHistory,
  AnnouncementRequest,
  AnnouncementSaved,
  CalendarYear,
  DueTimeRequest,
  DueTimeResponse,
  OfficeHours,
  OfficeHoursRequest,
} from '../../api/types';

const CALENDAR = 'calendar';
const OFFICE_HOURS = 'office-hours';

/** The national schedule; provinces without their own announcement fall back to it. */
export const NATIONAL_JURISDICTION = 'VN';

/**
 * Whose announcement a year's view shows, and so whose the editor changes: the province's own
 * when it has one, the national one otherwise.
 */
export function announcementJurisdiction(calendar: CalendarYear): string {
  return calendar.announcement?.jurisdiction ?? calendar.announcementJurisdiction ?? NATIONAL_JURISDICTION;
}

/**
 * A year's days in the province (the server's default jurisdiction, the same calendar the due
 * times use), public; the previous year stays on screen while the next loads.
 */
export function useCalendarYear(year: number, enabled = true) {
  return useQuery({
    queryKey: [CALENDAR, 'year', year],
    queryFn: () => api<CalendarYear>(`/api/calendar/years/${year}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The versions of a year's announcement, newest first (system admins only). */
export function useAnnouncementHistory(year: number, jurisdiction: string) {
  return useQuery({
    queryKey: [CALENDAR, 'history', year, jurisdiction],
    queryFn: () =>
      api<AnnouncementHistory>(`/api/calendar/years/${year}/history`, { query: { jurisdiction } }),
  });
}

export function useSaveAnnouncement(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnnouncementRequest) =>
      api<AnnouncementSaved>(`/api/calendar/years/${year}/announcement`, { method: 'PUT', json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CALENDAR] }),
  });
}

/** Works out a due time on the server (the browser never computes deadlines). */
export function useDueTime() {
  return useMutation({
    mutationFn: (body: DueTimeRequest) =>
      api<DueTimeResponse>('/api/calendar/due-time', { method: 'POST', json: body }),
  });
}

export function useOfficeHours(unitId: string | null) {
  return useQuery({
    queryKey: [OFFICE_HOURS, unitId],
    queryFn: () => api<OfficeHours>(`/api/calendar/office-hours/${unitId}`),
    enabled: unitId !== null,
  });
}

export function useSaveOfficeHours(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfficeHoursRequest) =>
      api<OfficeHours>(`/api/calendar/office-hours/${unitId}`, { method: 'PUT', json: body }),
    // Units below this one may inherit the new hours.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [OFFICE_HOURS] }),
  });
}
