import { createHash, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../domain/identity/roles';
import type { AppConfig } from '../config';
import type { Db } from '../db/client';
import { roleAssignments, sessions, users } from '../db/schema';
import {
  type AccessRule,
  type AuthContext,
  credentialsRequired,
  hasRole,
  resolveScope,
  type Scope,
} from './access';
import type { Clock } from './clock';
import { sendProblem } from './problem';

export const SESSION_COOKIE = 'motcua_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    /** The caller's unit scope for the route's roles (or all their roles), resolved once per request. */
    scope(roles?: readonly Role[]): Promise<Scope>;
  }
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const LAST_SEEN_RESOLUTION_MS = 60_000;

export async function loadSession(
  db: Db,
  clock: Clock,
  config: AppConfig,
  token: string,
): Promise<AuthContext | null> {
  const now = clock.now();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      homeUnitId: users.homeUnitId,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashSessionToken(token)));
  if (!row?.active) return null;
  const idleLimit = row.lastSeenAt.getTime() + config.SESSION_IDLE_MINUTES * 60_000;
  if (now >= row.expiresAt || now.getTime() >= idleLimit) {
    await db.delete(sessions).where(eq(sessions.id, row.sessionId));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  const assignments = await db
    .select({ role: roleAssignments.role, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, row.userId));
  return {
    userId: row.userId,
    username: row.username,
    fullName: row.fullName,
    homeUnitId: row.homeUnitId,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    assignments: assignments.map((a) => ({ role: a.role as Role, unitId: a.unitId })),
  };
}

function csrfMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Loads the session, then enforces the route's declared access rule and, for state-changing
 * requests of a signed-in caller, the CSRF token. Runs before body parsing, so an unauthorised
 * caller learns nothing from validation errors.
 */
export function registerAuth(app: FastifyInstance, deps: { db: Db; clock: Clock; config: AppConfig }) {
  app.decorateRequest('auth', null);
  app.decorateRequest('scope', async function scope(this: FastifyRequest) {
    throw new Error(`scope() used before auth on ${this.url}`);
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await loadSession(deps.db, deps.clock, deps.config, token) : null;
    const rule = request.routeOptions.config.access;
    const scopes = new Map<string, Promise<Scope>>();
    request.scope = (roles?: readonly Role[]) => {
      const auth = request.auth;
      if (!auth) return Promise.resolve({ all: false, unitIds: [] });
      const wanted = roles ?? (rule?.kind === 'roles' ? rule.roles : auth.assignments.map((a) => a.role));
      const key = [...wanted].sort().join(',');
      let found = scopes.get(key);
      if (!found) {
        found = resolveScope(deps.db, auth, wanted);
        scopes.set(key, found);
      }
      return found;
    };
    if (!rule) return; // not-found and web routes; the route-rule test proves every API route has one
    const required = credentialsRequired(rule, request.method);
    if (!required.session) return;
    if (!request.auth) return sendProblem(request, reply, 401, 'unauthenticated');
    if (rule.kind === 'roles' && !hasRole(request.auth, rule.roles))
      return sendProblem(request, reply, 403, 'forbidden');
    if (required.csrf && !csrfMatches(request.auth.csrfToken, request.headers[CSRF_HEADER])) {
      return sendProblem(request, reply, 403, 'csrf_failed');
    }
  });
}
