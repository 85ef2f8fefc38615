import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ProblemError, setCsrfToken } from '../../api/client';
import type { Role, Session } from '../../api/types';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/api/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
}

/** Stores a session just returned by sign-in, so the app needs no second round trip. */
export function useRememberSession() {
  const queryClient = useQueryClient();
  return (session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    queryClient.setQueryData(SESSION_KEY, session);
    if (session === null) queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  };
}

export function hasRole(session: Session, ...roles: Role[]): boolean {
  return session.user.assignments.some((a) => roles.includes(a.role));
}

/** What the signed-in user may do in the screens built so far (mirrors the API's access rules). */
export function capabilities(session: Session) {
  return {
    adminUnits: hasRole(session, 'system_admin'),
    manageUsers: hasRole(session, 'system_admin', 'agency_admin'),
    /** Who signs for a unit; agency admins within their scope, the API decides per unit. */
    editUnitSigners: hasRole(session, 'system_admin', 'agency_admin'),
    readAudit: hasRole(session, 'system_admin', 'agency_admin'),
    verifyAudit: hasRole(session, 'system_admin'),
    /** The province's outgoing SMS and e-mail (the outbox). */
    readNotifications: hasRole(session, 'system_admin'),
    editCalendar: hasRole(session, 'system_admin'),
    /** Agency admins only within their scope; the API decides per unit. */
    editOfficeHours: hasRole(session, 'system_admin', 'agency_admin'),
    /** Procedures whose competent unit is in their scope; the API decides per procedure. */
    manageCatalog: hasRole(session, 'system_admin', 'agency_admin'),
    /** Statistics and the service index of their units (STATS_ROLES on the server). */
    readStats: hasRole(session, 'leader', 'par_officer', 'approver', 'agency_admin', 'system_admin'),
    /** The reform programme: plans, targets, tasks and the board (PAR_ROLES on the server). */
    readPar: hasRole(session, 'par_officer', 'leader', 'agency_admin', 'approver', 'officer', 'system_admin'),
    /** Record plans, import and link targets (PAR officers run the province's programme). */
    runParPlans: hasRole(session, 'par_officer', 'system_admin'),
    /** Assign tasks (PAR_MANAGER_ROLES; the API decides per unit). */
    assignParTasks: hasRole(session, 'par_officer', 'leader', 'system_admin'),
    /** A dashboard on the home page: leaders (the province's) and unit heads (their unit's). */
    statsDashboard: hasRole(session, 'leader', 'approver', 'agency_admin'),
  };
}

export function uniqueRoles(session: Session): Role[] {
  return [...new Set(session.user.assignments.map((a) => a.role))];
}
