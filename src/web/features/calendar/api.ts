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
export const JURISDICTION = 'VN';

/** A year's days, public (no sign-in); the previous year stays on screen while the next loads. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [CALENDAR, 'year', year],
    queryFn: () =>
      api<CalendarYear>(`/api/calendar/years/${year}`, { query: { jurisdiction: JURISDICTION } }),
    placeholderData: keepPreviousData,
  });
}

/** The year's announcement versions, newest first (system admins only). */
export function useAnnouncementHistory(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [CALENDAR, 'history', year],
    queryFn: () =>
      api<AnnouncementHistory>(`/api/calendar/years/${year}/history`, {
        query: { jurisdiction: JURISDICTION },
      }),
    enabled,
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
