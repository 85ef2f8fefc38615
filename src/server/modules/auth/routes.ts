import {
  ZChangePasswordRequest,
  ZLoginRequest,
  ZSessionResponse,
  ZSignOutEverywhereResponse,
} from '../../../contracts/auth';
import { problemResponses, ZOk } from '../../../contracts/common';
import { publicAccess, signedIn } from '../../platform/access';
import { loadSession, SESSION_COOKIE } from '../../platform/auth-plugin';
import { type RouteModule, requestMeta, requireAuth, typed } from '../../platform/http';
import { changeOwnPassword, describeSession, signIn, signOut, signOutEverywhere } from './service';

export const authRoutes: RouteModule = (app, deps) => {
  const r = typed(app);
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.COOKIE_SECURE,
    path: '/',
  };

  r.post(
    '/api/auth/login',
    {
      config: {
        access: publicAccess,
        rateLimit: { max: deps.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' },
        moreProblems: [401, 423], // wrong password; account locked
      },
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the session cookie',
        body: ZLoginRequest,
        response: { 200: ZSessionResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await signIn(deps, request.body, requestMeta(request));
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      const auth = await loadSession(deps.db, deps.clock, deps.config, token);
      if (!auth) throw new Error('session just created was not found');
      return describeSession(deps, auth);
    },
  );

  r.get(
    '/api/auth/session',
    {
      config: { access: signedIn },
      schema: {
        operationId: 'getSession',
        tags: ['auth'],
        summary: 'The signed-in user, their role assignments and the CSRF token',
        response: { 200: ZSessionResponse, ...problemResponses },
      },
    },
    (request) => describeSession(deps, requireAuth(request)),
  );

  r.post(
    '/api/auth/logout',
    {
      config: { access: signedIn },
      schema: {
        operationId: 'signOut',
        tags: ['auth'],
        summary: 'End this session',
        response: { 200: ZOk, ...problemResponses },
      },
    },
    async (request, reply) => {
      await signOut(deps, requireAuth(request), requestMeta(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/sign-out-everywhere',
    {
      config: { access: signedIn },
      schema: {
        operationId: 'signOutEverywhere',
        tags: ['auth'],
        summary: 'End every session of the signed-in user',
        response: { 200: ZSignOutEverywhereResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const ended = await signOutEverywhere(deps, requireAuth(request), requestMeta(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    },
  );

  r.post(
    '/api/auth/password',
    {
      config: { access: signedIn },
      schema: {
        operationId: 'changeOwnPassword',
        tags: ['auth'],
        summary: 'Change the signed-in user’s password (ends their other sessions)',
        body: ZChangePasswordRequest,
        response: { 200: ZOk, ...problemResponses },
      },
    },
    async (request) => {
      await changeOwnPassword(deps, requireAuth(request), request.body, requestMeta(request));
      return { ok: true as const };
    },
  );
};
