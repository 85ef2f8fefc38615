import { type Column, inArray, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../domain/identity/roles';
import { type DbOrTx, queryRows } from '../db/client';

/** What a route demands of its caller. Every route declares one (a test walks them all). */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed_in' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const publicAccess: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed_in' };
export const rolesAccess = (...roles: Role[]): AccessRule => ({ kind: 'roles', roles });

export interface RoleAssignment {
  readonly role: Role;
  readonly unitId: string;
}

export interface AuthContext {
  readonly userId: string;
  readonly username: string;
  readonly fullName: string;
  readonly homeUnitId: string;
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly assignments: readonly RoleAssignment[];
}

/** The set of units a caller may see for some roles: all (system admin) or a list. */
export type Scope = { readonly all: true } | { readonly all: false; readonly unitIds: readonly string[] };

export function hasRole(auth: AuthContext, roles: readonly Role[]): boolean {
  return auth.assignments.some((a) => roles.includes(a.role));
}

/**
 * The caller's unit scope for the given roles: the assigned units, their descendants, and the
 * units merged into them (a merged unit's history belongs to its successor).
 */
export async function resolveScope(db: DbOrTx, auth: AuthContext, roles: readonly Role[]): Promise<Scope> {
  const relevant = auth.assignments.filter((a) => roles.includes(a.role));
  if (relevant.some((a) => a.role === 'system_admin')) return { all: true };
  const roots = [...new Set(relevant.map((a) => a.unitId))];
  if (roots.length === 0) return { all: false, unitIds: [] };
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with recursive reach(id) as (
      select id from units where id in (${sql.join(
        roots.map((r) => sql`${r}::uuid`),
        sql`, `,
      )})
      union
      select u.id from units u join reach r on u.parent_id = r.id or u.successor_id = r.id
    )
    select id from reach`,
  );
  return { all: false, unitIds: rows.map((r) => r.id) };
}

/** The one filter every business query applies: the row's unit must be in the caller's scope. */
export function inScope(unitColumn: Column | SQL, scope: Scope): SQL {
  if (scope.all) return sql`true`;
  if (scope.unitIds.length === 0) return sql`false`;
  return inArray(unitColumn as Column, scope.unitIds as string[]);
}

export function scopeContains(scope: Scope, unitId: string): boolean {
  return scope.all || scope.unitIds.includes(unitId);
}
