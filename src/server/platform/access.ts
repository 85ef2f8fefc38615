import { type Column, inArray, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../domain/identity/roles';
import { type DbOrTx, queryRows, uuidArray, uuidList } from '../db/client';

/** What a route demands of its caller. Every route declares one (a test walks them all). */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed_in' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const publicAccess: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed_in' };
export const rolesAccess = (...roles: Role[]): AccessRule => ({ kind: 'roles', roles });

/** Methods that change nothing, so they need no CSRF token. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export const changesState = (method: string): boolean => !SAFE_METHODS.has(method.toUpperCase());

/**
 * What a request to a route must carry: a session cookie unless the route is public, and the
 * CSRF header too when it changes state. The auth hook enforces it; the OpenAPI document says it.
 */
export function credentialsRequired(rule: AccessRule, method: string): { session: boolean; csrf: boolean } {
  if (rule.kind === 'public') return { session: false, csrf: false };
  return { session: true, csrf: changesState(method) };
}

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
  const [scope] = await resolveScopes(db, [auth], roles);
  if (!scope) throw new Error('one scope per caller');
  return scope;
}

/** The scopes of several callers for the same roles (`resolveScope`), in one query. */
export async function resolveScopes(
  db: DbOrTx,
  callers: readonly AuthContext[],
  roles: readonly Role[],
): Promise<Scope[]> {
  const relevantOf = callers.map((auth) => auth.assignments.filter((a) => roles.includes(a.role)));
  const seesAll = (relevant: readonly RoleAssignment[]) => relevant.some((a) => a.role === 'system_admin');
  const roots = [...new Set(relevantOf.filter((r) => !seesAll(r)).flatMap((r) => r.map((a) => a.unitId)))];
  const reached = new Map<string, string[]>();
  if (roots.length > 0) {
    const rows = await queryRows<{ root: string; id: string }>(
      db,
      sql`
      with recursive reach(root, id) as (
        select id, id from units where id in (${uuidList(roots)})
        union
        select r.root, u.id from units u join reach r on u.parent_id = r.id or u.successor_id = r.id
      )
      select root, id from reach`,
    );
    for (const row of rows) {
      const units = reached.get(row.root);
      if (units) units.push(row.id);
      else reached.set(row.root, [row.id]);
    }
  }
  return relevantOf.map((relevant): Scope => {
    if (seesAll(relevant)) return { all: true };
    const unitIds = new Set(relevant.flatMap((a) => reached.get(a.unitId) ?? []));
    return { all: false, unitIds: [...unitIds] };
  });
}

/** One caller's scopes for several sets of roles (`resolveScope` of each), in one query. */
export function resolveScopesByRoles(
  db: DbOrTx,
  auth: AuthContext,
  roleSets: readonly (readonly Role[])[],
): Promise<Scope[]> {
  const asCallers = roleSets.map((roles) => ({
    ...auth,
    assignments: auth.assignments.filter((a) => roles.includes(a.role)),
  }));
  return resolveScopes(db, asCallers, [...new Set(roleSets.flat())]);
}

/**
 * The units above each of `unitIds` (a list or a subquery of unit ids), each unit among them: its
 * parents and the units it was merged into, up to the root — exactly the units whose scope
 * (`resolveScopes`) holds it. A scalar subquery answering a json object { unit: [units above] },
 * so a caller's statement can carry it: checking one unit against a scope this way reads a
 * handful of rows, where `resolveScopes` reads every unit under the caller's.
 */
export function unitsAboveSql(unitIds: SQL): SQL {
  return sql`(with recursive above(start, id) as (
      select id, id from units where id in (${unitIds})
      union
      select a.start, up.id from above a join units u on u.id = a.id
        cross join lateral (values (u.parent_id), (u.successor_id)) up(id) where up.id is not null)
    select coalesce(json_object_agg(start, ids), '{}'::json)
      from (select start, json_agg(id) as ids from above group by start) g)`;
}

/** Whether a caller's scope for `roles` holds a unit, given the units above it (`unitsAboveSql`). */
export function scopeReaches(
  auth: AuthContext,
  roles: readonly Role[],
  unitsAbove: readonly string[],
): boolean {
  return auth.assignments.some(
    (a) => roles.includes(a.role) && (a.role === 'system_admin' || unitsAbove.includes(a.unitId)),
  );
}

/**
 * A caller's scopes for any set of roles, from one query: the scope of each role the caller
 * holds is read at the first ask, and a set's scope is the union of its roles' (what
 * `resolveScope` answers for the set).
 */
export function scopesOfCaller(db: DbOrTx, auth: AuthContext): (roles: readonly Role[]) => Promise<Scope> {
  let byRole: Promise<Map<Role, Scope>> | undefined;
  return async (roles) => {
    byRole ??= (async () => {
      const held = [...new Set(auth.assignments.map((a) => a.role))];
      const scopes = await resolveScopesByRoles(
        db,
        auth,
        held.map((role) => [role]),
      );
      return new Map(held.map((role, i) => [role, scopes[i] ?? { all: false, unitIds: [] }]));
    })();
    const known = await byRole;
    const scopes = roles.flatMap((role) => known.get(role) ?? []);
    if (scopes.some((scope) => scope.all)) return { all: true };
    return { all: false, unitIds: [...new Set(scopes.flatMap((scope) => (scope.all ? [] : scope.unitIds)))] };
  };
}

/**
 * Whether the caller's scope for some roles holds a unit: what a command asks of the units of
 * one dossier. Two sources answer alike: the caller's scopes (`reachThroughScopes`), or the units
 * above each unit read with the dossier (`reachThroughUnitsAbove`, no query of its own).
 */
export type UnitReach = (roles: readonly Role[], unitId: string) => Promise<boolean>;

/** `UnitReach` from the caller's scopes (`scopesOfCaller`). */
export function reachThroughScopes(scopeOf: (roles: readonly Role[]) => Promise<Scope>): UnitReach {
  return async (roles, unitId) => scopeContains(await scopeOf(roles), unitId);
}

/**
 * `UnitReach` from the units above each unit (`unitsAboveSql`), read with the caller's other
 * rows; a unit that read did not cover is asked of `otherwise`.
 */
export function reachThroughUnitsAbove(
  auth: AuthContext,
  above: Readonly<Record<string, readonly string[]>>,
  otherwise: UnitReach,
): UnitReach {
  return async (roles, unitId) => {
    const unitsAbove = above[unitId];
    return unitsAbove ? scopeReaches(auth, roles, unitsAbove) : otherwise(roles, unitId);
  };
}

/** The one filter every business query applies: the row's unit must be in the caller's scope. */
export function inScope(unitColumn: Column | SQL, scope: Scope): SQL {
  if (scope.all) return sql`true`;
  if (scope.unitIds.length === 0) return sql`false`;
  return inArray(unitColumn as Column, scope.unitIds as string[]);
}

/** `inScope` for a row naming several units (a uuid[] column): some unit of it is in the caller's scope. */
export function anyInScope(unitIdsColumn: SQL, scope: Scope): SQL {
  if (scope.all) return sql`true`;
  if (scope.unitIds.length === 0) return sql`false`;
  return sql`${unitIdsColumn} && ${uuidArray(scope.unitIds)}`;
}

export function scopeContains(scope: Scope, unitId: string): boolean {
  return scope.all || scope.unitIds.includes(unitId);
}
