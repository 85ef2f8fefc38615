import { and, eq, ne, sql } from 'drizzle-orm';
import { checkPassword, passwordProblemText } from '../../../domain/identity/password-policy';
import type { AppConfig } from '../../config';
import type { Db } from '../../db/client';
import { roleAssignments, sessions, units, users } from '../../db/schema';
import type { AuthContext } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { hashSessionToken } from '../../platform/auth-plugin';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { randomToken, uuidv7 } from '../../platform/ids';
import type { Lang } from '../../platform/messages';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../platform/passwords';

export interface AuthDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: AppConfig;
}

export interface RequestMeta {
  readonly ip: string;
  readonly userAgent?: string;
}

export interface SignedIn {
  readonly token: string;
  readonly expiresAt: Date;
}

const minutesUntil = (from: Date, to: Date) =>
  Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 60_000));

/** Checks the password, counts failures, locks after too many, and opens a session on success. */
export async function signIn(
  deps: AuthDeps,
  input: { username: string; password: string },
  meta: RequestMeta,
): Promise<SignedIn> {
  const { db, clock, config } = deps;
  const now = clock.now();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, input.username.toLowerCase()));
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    await db.transaction((tx) =>
      appendAudit(tx, clock, {
        actorUserId: null,
        unitId: null,
        action: 'auth.sign_in_failed',
        ip: meta.ip,
        details: { username: input.username.slice(0, 100), reason: 'unknown_user' },
      }),
    );
    throw new AppError('invalid_credentials', 401);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await db.transaction((tx) =>
      appendAudit(tx, clock, {
        actorUserId: user.id,
        actorName: user.fullName,
        unitId: user.homeUnitId,
        action: 'auth.sign_in_refused_locked',
        targetType: 'user',
        targetId: user.id,
        ip: meta.ip,
      }),
    );
    throw new AppError('account_locked', 423, { minutes: minutesUntil(now, user.lockedUntil) });
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) {
    const failures = user.failedLogins + 1;
    const lockedUntil =
      failures >= config.LOGIN_MAX_FAILURES
        ? new Date(now.getTime() + config.LOGIN_LOCK_MINUTES * 60_000)
        : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLogins: lockedUntil ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      await appendAudit(tx, clock, {
        actorUserId: user.id,
        actorName: user.fullName,
        unitId: user.homeUnitId,
        action: lockedUntil ? 'auth.locked' : 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user.id,
        ip: meta.ip,
        details: { failures },
      });
    });
    if (lockedUntil) throw new AppError('account_locked', 423, { minutes: config.LOGIN_LOCK_MINUTES });
    throw new AppError('invalid_credentials', 401);
  }
  if (!user.active) throw new AppError('account_disabled', 403);

  const token = randomToken();
  const expiresAt = new Date(now.getTime() + config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      id: uuidv7(clock),
      userId: user.id,
      tokenHash: hashSessionToken(token),
      csrfToken: randomToken(24),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await appendAudit(tx, clock, {
      actorUserId: user.id,
      actorName: user.fullName,
      unitId: user.homeUnitId,
      action: 'auth.sign_in',
      targetType: 'user',
      targetId: user.id,
      ip: meta.ip,
    });
  });
  return { token, expiresAt };
}

export async function describeSession(deps: AuthDeps, auth: AuthContext) {
  const [session] = await deps.db.select().from(sessions).where(eq(sessions.id, auth.sessionId));
  const assignments = await deps.db
    .select({ role: roleAssignments.role, unitId: units.id, unitName: units.name, unitCode: units.code })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(eq(roleAssignments.userId, auth.userId));
  const [home] = await deps.db.select({ name: units.name }).from(units).where(eq(units.id, auth.homeUnitId));
  return {
    user: {
      id: auth.userId,
      username: auth.username,
      fullName: auth.fullName,
      homeUnitId: auth.homeUnitId,
      homeUnitName: home?.name ?? '',
      assignments: assignments.map((a) => ({
        ...a,
        role: a.role as AuthContext['assignments'][number]['role'],
      })),
    },
    csrfToken: auth.csrfToken,
    expiresAt: (session?.expiresAt ?? deps.clock.now()).toISOString(),
  };
}

export async function signOut(deps: AuthDeps, auth: AuthContext, meta: RequestMeta): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, auth.sessionId));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: auth.homeUnitId,
      action: 'auth.sign_out',
      targetType: 'user',
      targetId: auth.userId,
      ip: meta.ip,
    });
  });
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(
  deps: AuthDeps,
  auth: AuthContext,
  meta: RequestMeta,
): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, auth.userId))
      .returning({ id: sessions.id });
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: auth.homeUnitId,
      action: 'auth.sign_out_everywhere',
      targetType: 'user',
      targetId: auth.userId,
      ip: meta.ip,
      details: { ended: ended.length },
    });
    return ended.length;
  });
}

export function assertPasswordPolicy(password: string, username: string, lang: Lang = 'vi'): void {
  const problems = checkPassword(password, username);
  if (problems.length > 0) {
    throw new AppError(
      'weak_password',
      422,
      { reasons: problems.map((p) => passwordProblemText[p][lang]).join(', ') },
      problems.map((p) => ({ path: 'body.newPassword', message: passwordProblemText[p].en, code: p })),
    );
  }
}

/** Changes the caller's password and ends their other sessions. */
export async function changeOwnPassword(
  deps: AuthDeps,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta & { lang: Lang },
): Promise<void> {
  const [user] = await deps.db.select().from(users).where(eq(users.id, auth.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_current_password', 422, {}, [
      { path: 'body.currentPassword', message: 'incorrect', code: 'wrong_current_password' },
    ]);
  }
  assertPasswordPolicy(input.newPassword, user.username, meta.lang);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: deps.clock.now(), version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, auth.sessionId)));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: auth.homeUnitId,
      action: 'auth.password_changed',
      targetType: 'user',
      targetId: auth.userId,
      ip: meta.ip,
    });
  });
}
