/** Who may use the dossier screens (mirrors the API's access rules; the API decides per dossier). */
import type { Role, Session } from '../../api/types';
import type { InboxView } from './types';

/** The staff roles that work on dossiers (DOSSIER_ROLES on the server). */
export const DOSSIER_ROLES: readonly Role[] = [
  'clerk',
  'officer',
  'approver',
  'agency_admin',
  'system_admin',
];

const holds = (session: Session, roles: readonly Role[]) =>
  session.user.assignments.some((a) => roles.includes(a.role));

export function dossierCapabilities(session: Session) {
  return {
    /** Taking dossiers at the counter (Bộ phận Một cửa). */
    intake: holds(session, ['clerk']),
    /** The work lists and dossier pages. */
    workDossiers: holds(session, DOSSIER_ROLES),
    /** The desk's own lists and its log book. */
    desk: holds(session, ['clerk']),
  };
}

export type DossierCapability = keyof ReturnType<typeof dossierCapabilities>;

/** The inbox tabs of a user: the desk's queues (online review, results to return) only for clerks. */
export function inboxViewsFor(session: Session): InboxView[] {
  const desk = holds(session, ['clerk']);
  return ['mine', ...(desk ? (['review', 'to_return'] as const) : []), 'overdue', 'all'];
}
