import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZCreateUserRequest, ZUpdateUserRequest } from '../../../contracts/users';
import { ASSIGNABLE_BY_AGENCY_ADMIN, type Role } from '../../../domain/identity/roles';
import type { DbOrTx } from '../../db/client';
import { roleAssignments, sessions, users } from '../../db/schema';
import { type AuthContext, type Scope, scopeContains } from '../../platform/access';
import { appendAudit } from '../../platform/audit';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { hashPassword } from '../../platform/passwords';
import { assertPasswordPolicy } from '../auth/service';
import {
  assignmentsOf,
  findUserInScope,
  listUsersInScope,
  type UserRow,
  unitNames,
  usernameTaken,
} from './repo';

type Assignment = { role: Role; unitId: string };

function assertAssignable(scope: Scope, assignments: readonly Assignment[], homeUnitId: string): void {
  const outside =
    assignments.some((a) => !scopeContains(scope, a.unitId)) || !scopeContains(scope, homeUnitId);
  // Only a system admin (scope: all) may make system admins or hand out roles outside the scope.
  const forbiddenRole = !scope.all && assignments.some((a) => !ASSIGNABLE_BY_AGENCY_ADMIN.includes(a.role));
  if (outside || forbiddenRole) throw new AppError('role_out_of_scope', 403);
}

export async function describeUsers(db: DbOrTx, rows: UserRow[]) {
  const assignments = await assignmentsOf(
    db,
    rows.map((r) => r.id),
  );
  const homes = await unitNames(db, [...new Set(rows.map((r) => r.homeUnitId))]);
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    active: u.active,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    homeUnitId: u.homeUnitId,
    homeUnitName: homes.get(u.homeUnitId) ?? '',
    version: u.version,
    assignments: assignments
      .filter((a) => a.userId === u.id)
      .map((a) => ({ role: a.role as Role, unitId: a.unitId, unitName: a.unitName })),
  }));
}

export async function listUsers(
  deps: AppDeps,
  scope: Scope,
  q: { q?: string; unitId?: string; limit: number; offset: number },
) {
  const { rows, total } = await listUsersInScope(deps.db, scope, q);
  return { users: await describeUsers(deps.db, rows), total };
}

export async function createUser(
  deps: AppDeps,
  auth: AuthContext,
  scope: Scope,
  input: z.infer<typeof ZCreateUserRequest>,
  meta: CommandMeta,
) {
  assertAssignable(scope, input.assignments, input.homeUnitId);
  assertPasswordPolicy(input.password, input.username, meta.lang);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    if (await usernameTaken(tx, input.username)) throw new AppError('username_taken', 409);
    const now = deps.clock.now();
    const [row] = await tx
      .insert(users)
      .values({
        id: uuidv7(deps.clock),
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        passwordHash,
        homeUnitId: input.homeUnitId,
        passwordChangedAt: now,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const unique = dedupe(input.assignments);
    await tx.insert(roleAssignments).values(unique.map((a) => ({ userId: row.id, ...a })));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: row.homeUnitId,
      action: 'user.create',
      targetType: 'user',
      targetId: row.id,
      ip: meta.ip,
      details: { username: row.username, assignments: unique },
    });
    const [described] = await describeUsers(tx, [row]);
    return described;
  });
}

function dedupe(assignments: readonly Assignment[]): Assignment[] {
  const seen = new Map<string, Assignment>();
  for (const a of assignments) seen.set(`${a.role}|${a.unitId}`, a);
  return [...seen.values()];
}

export async function updateUser(
  deps: AppDeps,
  auth: AuthContext,
  scope: Scope,
  id: string,
  input: z.infer<typeof ZUpdateUserRequest>,
  meta: CommandMeta,
) {
  return deps.db.transaction(async (tx) => {
    const user = await findUserInScope(tx, scope, id, true);
    if (!user) throw notFound();
    if (user.version !== input.version) throw versionConflict();
    const changes: Partial<typeof users.$inferInsert> = {};
    if (input.fullName !== undefined) changes.fullName = input.fullName;
    if (input.email !== undefined) changes.email = input.email;
    if (input.phone !== undefined) changes.phone = input.phone;
    if (input.active !== undefined) changes.active = input.active;
    if (input.unlock) {
      changes.lockedUntil = null;
      changes.failedLogins = 0;
    }
    const [row] = await tx
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw notFound();
    if (input.active === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    if (input.assignments) {
      assertAssignable(scope, input.assignments, user.homeUnitId);
      const current = await assignmentsOf(tx, [id]);
      // Assignments outside the caller's scope are not theirs to see or change: keep them.
      const removable = current.filter((a) => scopeContains(scope, a.unitId));
      for (const a of removable) {
        await tx
          .delete(roleAssignments)
          .where(
            and(
              eq(roleAssignments.userId, id),
              eq(roleAssignments.role, a.role),
              eq(roleAssignments.unitId, a.unitId),
            ),
          );
      }
      await tx
        .insert(roleAssignments)
        .values(dedupe(input.assignments).map((a) => ({ userId: id, ...a })))
        .onConflictDoNothing();
    }
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: row.homeUnitId,
      action: input.assignments ? 'user.roles_change' : input.unlock ? 'user.unlock' : 'user.update',
      targetType: 'user',
      targetId: row.id,
      ip: meta.ip,
      details: { changes: { ...changes, lockedUntil: undefined }, assignments: input.assignments },
    });
    const [described] = await describeUsers(tx, [row]);
    return described;
  });
}

export async function resetUserPassword(
  deps: AppDeps,
  auth: AuthContext,
  scope: Scope,
  id: string,
  newPassword: string,
  meta: CommandMeta,
) {
  const user = await findUserInScope(deps.db, scope, id);
  if (!user) throw notFound();
  assertPasswordPolicy(newPassword, user.username, meta.lang);
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: deps.clock.now(),
        failedLogins: 0,
        lockedUntil: null,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(inArray(sessions.userId, [id]));
    await appendAudit(tx, deps.clock, {
      actorUserId: auth.userId,
      actorName: auth.fullName,
      unitId: user.homeUnitId,
      action: 'user.password_reset',
      targetType: 'user',
      targetId: id,
      ip: meta.ip,
    });
  });
}
