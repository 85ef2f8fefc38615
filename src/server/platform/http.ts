import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config';
import type { Database, Db } from '../db/client';
import type { AuthContext } from './access';
import type { Clock } from './clock';
import { unauthenticated } from './errors';
import { type Lang, languageFrom } from './messages';

export interface AppDeps {
  readonly database: Database;
  readonly db: Db;
  readonly clock: Clock;
  readonly config: AppConfig;
}

export type RouteModule = (app: FastifyInstance, deps: AppDeps) => Promise<void> | void;

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** What a command needs to know of its request: the caller's address and language. */
export interface CommandMeta {
  readonly ip: string;
  readonly lang: Lang;
}

export function requestMeta(request: FastifyRequest): { ip: string; userAgent?: string; lang: Lang } {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'],
    lang: languageFrom(request.headers['accept-language']),
  };
}

/** The signed-in caller; routes with a signed-in or roles rule always have one. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}
