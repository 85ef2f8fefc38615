import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Session, TestApp } from './test-app';

/**
 * Requests by fixture users' names, for HTTP tests that sign several people in once: `as('par',
 * 'POST', url, body)` sends as that user (anonymous for a name not signed in), `ok(request, 201)`
 * expects the status (showing the body when it differs) and answers the parsed body.
 */
export function namedSessions(app: () => TestApp, sessions: Record<string, Session>) {
  const as = (
    name: string,
    method: Parameters<TestApp['as']>[1],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse> => app().as(sessions[name] ?? null, method, url, body, headers);
  const ok = async <T>(request: Promise<LightMyRequestResponse>, status = 200): Promise<T> => {
    const res = await request;
    expect(res.statusCode, res.body.slice(0, 600)).toBe(status);
    return (res.body ? res.json() : null) as T;
  };
  return { as, ok };
}
