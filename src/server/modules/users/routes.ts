import { z } from 'zod';
import { problemResponses, ZOk, ZUuid } from '../../../contracts/common';
import {
  ZCreateUserRequest,
  ZResetPasswordRequest,
  ZUpdateUserRequest,
  ZUser,
  ZUserList,
  ZUserListQuery,
} from '../../../contracts/users';
import { rolesAccess } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { findUserInScope } from './repo';
import { createUser, describeUsers, listUsers, resetUserPassword, updateUser } from './service';

const ZIdParams = z.strictObject({ id: ZUuid });
const userAdmins = rolesAccess('system_admin', 'agency_admin');

export const userRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  r.get(
    '/api/users',
    {
      config: { access: userAdmins },
      schema: {
        operationId: 'listUsers',
        tags: ['users'],
        summary: 'Users of the caller’s units',
        querystring: ZUserListQuery,
        response: { 200: ZUserList, ...problemResponses },
      },
    },
    async (request) => listUsers(deps, await request.scope(), request.query),
  );
  r.get(
    '/api/users/:id',
    {
      config: { access: userAdmins },
      schema: {
        operationId: 'getUser',
        tags: ['users'],
        summary: 'One user',
        params: ZIdParams,
        response: { 200: ZUser, ...problemResponses },
      },
    },
    async (request) => {
      const row = await findUserInScope(deps.db, await request.scope(), request.params.id);
      if (!row) throw notFound();
      const [user] = await describeUsers(deps.db, [row]);
      if (!user) throw notFound();
      return user;
    },
  );
  r.post(
    '/api/users',
    {
      config: { access: userAdmins },
      schema: {
        operationId: 'createUser',
        tags: ['users'],
        summary: 'Create a user with role assignments in the caller’s scope',
        body: ZCreateUserRequest,
        response: { 201: ZUser, ...problemResponses },
      },
    },
    async (request, reply) => {
      const user = await createUser(
        deps,
        requireAuth(request),
        await request.scope(),
        request.body,
        requestMeta(request),
      );
      if (!user) throw notFound();
      return reply.code(201).send(user);
    },
  );
  r.patch(
    '/api/users/:id',
    {
      config: { access: userAdmins },
      schema: {
        operationId: 'updateUser',
        tags: ['users'],
        summary: 'Edit a user: details, active, roles, unlock (send the version you read)',
        params: ZIdParams,
        body: ZUpdateUserRequest,
        response: { 200: ZUser, ...problemResponses },
      },
    },
    async (request) => {
      const user = await updateUser(
        deps,
        requireAuth(request),
        await request.scope(),
        request.params.id,
        request.body,
        requestMeta(request),
      );
      if (!user) throw notFound();
      return user;
    },
  );
  r.post(
    '/api/users/:id/password',
    {
      config: { access: userAdmins },
      schema: {
        operationId: 'setUserPassword',
        tags: ['users'],
        summary: 'Set a new password for a user (ends their sessions)',
        params: ZIdParams,
        body: ZResetPasswordRequest,
        response: { 200: ZOk, ...problemResponses },
      },
    },
    async (request) => {
      await resetUserPassword(
        deps,
        requireAuth(request),
        await request.scope(),
        request.params.id,
        request.body.newPassword,
        requestMeta(request),
      );
      return { ok: true as const };
    },
  );
};
