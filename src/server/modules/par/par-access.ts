import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/identity/roles';
import { type DbOrTx, queryRows, uuidList } from '../../db/client';
import { type AuthContext, resolveScope, type Scope, scopeContains } from '../../platform/access';

/** Roles that take part in the reform programme: they read plans, targets and the board. */
export const PAR_ROLES: readonly Role[] = [
  'par_officer',
  'leader',
  'agency_admin',
  'approver',
  'officer',
  'system_admin',
];
/** Roles that run the programme for the units in their scope: plans, targets, task assignment. */
export const PAR_MANAGER_ROLES: readonly Role[] = ['par_officer', 'leader', 'system_admin'];
/** Roles that act for a unit on its own targets and tasks (progress, extension, completion). */
export const PAR_UNIT_ROLES: readonly Role[] = [
  'par_officer',
  'leader',
  'agency_admin',
  'approver',
  'officer',
];

/**
 * Who the caller is in the programme: the units they manage (the whole province for PAR officers
 * and system admins; a leader's unit and every unit under it) and the units they act for — only the units they are assigned to, and the
 * units merged into those (a successor takes over its predecessors' tasks): a provincial officer
 * follows a department's task but does not report its progress for it.
 */
export interface ParCaller {
  readonly auth: AuthContext;
  readonly manages: Scope;
  readonly actsFor: Scope;
}

export async function parCaller(db: DbOrTx, auth: AuthContext): Promise<ParCaller> {
  // The PAR officers run the province's programme wherever their desk is (as for statistics).
  const provinceWide = auth.assignments.some((a) => a.role === 'par_officer' || a.role === 'system_admin');
  const manages: Scope = provinceWide ? { all: true } : await resolveScope(db, auth, ['leader']);
  const own = [
    ...new Set(auth.assignments.filter((a) => PAR_UNIT_ROLES.includes(a.role)).map((a) => a.unitId)),
  ];
  const merged =
    own.length === 0
      ? []
      : await queryRows<{ id: string }>(
          db,
          sql`select id from units where successor_id in (${uuidList(own)})`,
        );
  return { auth, manages, actsFor: { all: false, unitIds: [...own, ...merged.map((r) => r.id)] } };
}

/** The units a task involves: who assigned it, who leads it and who cooperates. */
export interface TaskUnits {
  readonly assigningUnitId: string;
  readonly leadUnitId: string;
  readonly cooperatingUnitIds: readonly string[];
}

/** The one rule of who may do what on a task (domain.md §10; issue "Administrative-reform management"). */
export function taskPermissions(caller: ParCaller, task: TaskUnits) {
  const manages = scopeContains(caller.manages, task.assigningUnitId);
  const leads = scopeContains(caller.actsFor, task.leadUnitId);
  const cooperates = task.cooperatingUnitIds.some((id) => scopeContains(caller.actsFor, id));
  return {
    read: manages || leads || cooperates,
    update: leads,
    contribute: cooperates && !leads,
    decide: manages,
  };
}
