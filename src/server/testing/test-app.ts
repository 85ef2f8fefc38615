import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { type AppConfig, testConfig } from '../config';
import type { Database } from '../db/client';
import { TestClock } from '../platform/clock';
import { type OrgFixture, seedOrg } from './fixtures';
import { openTestDatabase } from './test-db';

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly clock: TestClock;
  readonly config: AppConfig;
  readonly org: OrgFixture;
  login(username: string, password?: string): Promise<Session>;
  /** A request as a signed-in user (CSRF header added for state-changing methods). */
  as(
    session: Session | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const FIXTURE_PASSWORD = 'Kiemthu2026!';

/** Builds the real app on a fresh database with a small organisation and one user per role. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = new TestClock('2026-11-23T02:00:00Z');
  const config = testConfig(overrides);
  const org = await seedOrg({ db: database.db, clock, config }, FIXTURE_PASSWORD);
  const app = await buildApp({ config, database, clock });
  await app.ready();
  const as: TestApp['as'] = (session, method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      headers: {
        ...(session ? { cookie: session.cookie } : {}),
        ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrf } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body }
          : { payload: body as object }),
    });
  return {
    app,
    database,
    clock,
    config,
    org,
    as,
    async login(username, password = FIXTURE_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'motcua_session');
      if (!cookie) throw new Error('no session cookie');
      return { cookie: `motcua_session=${cookie.value}`, csrf: res.json<{ csrfToken: string }>().csrfToken };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
