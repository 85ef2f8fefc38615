import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type Session, type TestApp } from '../testing/test-app';
import type { AccessRule } from './access';
import { problemStatusesOf, securityOf } from './openapi';

interface Operation {
  readonly operationId?: string;
  readonly security?: Record<string, string[]>[];
  readonly parameters?: { in: string; name: string }[];
  readonly requestBody?: unknown;
  readonly responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Document {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: {
    schemas: Record<string, { properties: Record<string, unknown>; required: string[] }>;
  };
}
interface DocumentedOperation {
  readonly method: string;
  readonly path: string;
  readonly operation: Operation;
}

let t: TestApp;
let operations: DocumentedOperation[];
let document: Document;
beforeAll(async () => {
  t = await createTestApp();
  document = t.app.swagger() as unknown as Document;
  operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
});
afterAll(() => t.close());

const label = ({ method, path }: DocumentedOperation) => `${method} ${path}`;
const needsSession = (op: Operation) => (op.security ?? []).some((requirement) => 'session' in requirement);
const needsCsrf = (op: Operation) => (op.security ?? []).some((requirement) => 'csrf' in requirement);

/** A URL for a documented path, its parameters filled with values of the right shape. */
function urlOf(path: string): string {
  const sample: Record<string, string> = { year: '2026', code: 'A1', section: 'difficulties' };
  return path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => sample[name] ?? '0190f3a0-0000-7000-8000-000000000000',
  );
}

function send(
  op: DocumentedOperation,
  session: Session | null,
  withCsrf: boolean,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session) headers.cookie = session.cookie;
  if (session && withCsrf) headers['x-csrf-token'] = session.csrf;
  const hasBody = !['GET', 'DELETE'].includes(op.method);
  return t.app.inject({
    method: op.method as 'GET',
    url: urlOf(op.path),
    headers,
    ...(hasBody ? { payload: {} } : {}),
  });
}

describe('every operation has a name a client generator can use', () => {
  it('no operation lacks an operationId (name it where the route is declared, see docs/API.md)', () => {
    const unnamed = operations.filter((op) => !op.operation.operationId).map(label);
    expect(unnamed, `operations without an operationId: ${unnamed.join(', ')}`).toEqual([]);
  });

  it('no two operations share an operationId', () => {
    const byName = new Map<string, string[]>();
    for (const op of operations) {
      const name = op.operation.operationId ?? '';
      byName.set(name, [...(byName.get(name) ?? []), label(op)]);
    }
    const shared = [...byName]
      .filter(([, ops]) => ops.length > 1)
      .map(([name, ops]) => `${name}: ${ops.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('every operationId is a lowerCamelCase verb phrase', () => {
    const badlyNamed = operations
      .filter((op) => !/^[a-z]+(?:[A-Z0-9][a-z0-9]*)+$/.test(op.operation.operationId ?? ''))
      .map((op) => `${label(op)} → ${op.operation.operationId}`);
    expect(badlyNamed).toEqual([]);
  });
});

describe('the document’s security is what the auth hook enforces', () => {
  it('a call without a session is refused with 401 exactly where the document asks for the session cookie', async () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      const res = await send(op, null, false);
      if ((res.statusCode === 401) !== needsSession(op.operation))
        mismatches.push(
          `${label(op)}: ${res.statusCode}, documented ${JSON.stringify(op.operation.security)}`,
        );
    }
    expect(mismatches).toEqual([]);
    expect(operations.filter((op) => !needsSession(op.operation)).length).toBeGreaterThan(5);
  });

  it('a signed-in call without the CSRF header is refused exactly where the document asks for it', async () => {
    const sessions = new Map<string, Session>();
    const sessionFor = async (rule: AccessRule): Promise<Session> => {
      const allowed = Object.entries(t.org.users).find(
        ([, user]) => rule.kind !== 'roles' || rule.roles.includes(user.role),
      );
      if (!allowed) throw new Error(`no fixture user for ${JSON.stringify(rule)}`);
      const [username] = allowed;
      const known = sessions.get(username);
      if (known) return known;
      const session = await t.login(username);
      sessions.set(username, session);
      return session;
    };
    const mismatches: string[] = [];
    const signedInOps = operations.filter((op) => needsSession(op.operation) && op.method !== 'GET');
    for (const op of signedInOps) {
      const route = t.app.routeCatalog.find(
        (r) => r.method === op.method && r.url.replace(/:(\w+)/g, '{$1}') === op.path,
      );
      if (!route?.access) throw new Error(`${label(op)} has no route rule`);
      const res = await send(op, await sessionFor(route.access), false);
      const refused = res.statusCode === 403 && res.json<{ code: string }>().code === 'csrf_failed';
      if (refused !== needsCsrf(op.operation)) mismatches.push(`${label(op)}: ${res.statusCode} ${res.body}`);
    }
    expect(mismatches).toEqual([]);
    expect(signedInOps.length).toBeGreaterThan(50);
  });

  it('reads never ask for the CSRF header and public operations ask for nothing', () => {
    expect(operations.filter((op) => op.method === 'GET' && needsCsrf(op.operation)).map(label)).toEqual([]);
    expect(operations.filter((op) => op.operation.security === undefined).map(label)).toEqual([]);
  });
});

describe('problem answers are documented as problem+json', () => {
  const documented = (op: DocumentedOperation) => Object.keys(op.operation.responses).map(Number);

  it('every 4xx answer is the shared Problem schema as application/problem+json', () => {
    const others = operations.flatMap((op) =>
      Object.entries(op.operation.responses)
        .filter(([status]) => status.startsWith('4'))
        .filter(
          ([, answer]) =>
            answer.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/Problem',
        )
        .map(([status]) => `${label(op)} ${status}`),
    );
    expect(others).toEqual([]);
  });

  it('signed-in operations document 401 and 403, operations reading a path id 404, commands 400 and 409', () => {
    const missing = operations.flatMap((op) => {
      const statuses = documented(op);
      const wanted = [
        ...(needsSession(op.operation) ? [401, 403] : []),
        ...(op.operation.parameters?.some((p) => p.in === 'path') ? [400, 404] : []),
        ...(needsCsrf(op.operation) ? [400, 409] : []),
      ];
      return wanted.filter((status) => !statuses.includes(status)).map((status) => `${label(op)} ${status}`);
    });
    expect(missing).toEqual([]);
  });

  it('a public read without input documents no 401, 403 or 404', () => {
    const fields = operations.find((op) => op.path === '/api/catalog/fields');
    expect(fields && documented(fields)).toEqual([200]);
  });

  it('the Problem schema has exactly the fields the app sends', async () => {
    const res = await t.as(null, 'GET', '/api/users', undefined, { 'accept-language': 'en' });
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['content-language']).toBe('en');
    const problem = document.components.schemas.Problem;
    expect(problem).toBeDefined();
    const sent = Object.keys(res.json<object>()).sort();
    expect(Object.keys(problem?.properties ?? {}).sort()).toEqual(sent);
    expect(
      z
        .array(z.string())
        .parse(problem?.required)
        .every((field) => sent.includes(field)),
    ).toBe(true);
  });
});

describe('the rules the document is derived from', () => {
  const signedIn: AccessRule = { kind: 'signed_in' };
  const officers: AccessRule = { kind: 'roles', roles: ['par_officer'] };
  const open: AccessRule = { kind: 'public' };

  it.each([
    [open, 'GET', []],
    [open, 'POST', []],
    [signedIn, 'GET', [{ session: [] }]],
    [signedIn, 'POST', [{ session: [], csrf: [] }]],
    [officers, 'get', [{ session: [] }]],
    [officers, 'DELETE', [{ session: [], csrf: [] }]],
    [officers, 'PUT', [{ session: [], csrf: [] }]],
  ] as const)('%o %s needs %o', (rule, method, expected) => {
    expect(securityOf(rule, method)).toEqual(expected);
  });

  it.each([
    ['a public read without input', open, 'GET', {}, false, []],
    ['a public read of a path id', open, 'GET', { params: {} }, false, [400, 404]],
    ['a rate-limited public command', open, 'POST', { body: {} }, true, [400, 409, 413, 415, 422, 429]],
    ['a signed-in read with a query', signedIn, 'GET', { querystring: {} }, false, [400, 401, 403]],
    [
      'a role command on a path id',
      officers,
      'PATCH',
      { params: {}, body: {} },
      false,
      [400, 401, 403, 404, 409, 413, 415, 422],
    ],
    ['a role upload without a JSON body', officers, 'POST', {}, false, [400, 401, 403, 409, 413, 415, 422]],
  ] as const)('%s answers %o', (_name, rule, method, schema, rateLimited, expected) => {
    expect(problemStatusesOf(rule, method, schema, rateLimited)).toEqual(expected);
  });
});

describe('routes that answer more than their declaration implies say so', () => {
  it('sign-in documents the wrong password, the locked account and the rate limit', () => {
    const signIn = operations.find((op) => op.operation.operationId === 'signIn');
    expect(signIn && Object.keys(signIn.operation.responses)).toEqual(
      expect.arrayContaining(['401', '423', '429']),
    );
  });

  it('a wrong password answers 401 and the public status lookup of an unknown dossier 404, as documented', async () => {
    const wrong = await t.as(null, 'POST', '/api/auth/login', {
      username: 'admin',
      password: 'not-the-password',
    });
    expect(wrong.statusCode).toBe(401);
    const lookup = operations.find((op) => op.operation.operationId === 'lookUpDossierStatus');
    expect(lookup && Object.keys(lookup.operation.responses)).toContain('404');
    const missing = await t.as(
      null,
      'GET',
      '/api/public/dossiers/status?code=000.00.00.H00-261123-9999&factor=0900000000',
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('downloads and live streams are documented by what they send', () => {
  it.each([
    ['downloadConsolidatedReportPdf', 'application/pdf'],
    [
      'downloadConsolidatedReportDocx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['exportStandardReport', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['downloadDossierFile', 'application/octet-stream'],
    ['watchStatistics', 'text/event-stream'],
  ])('%s answers 200 as %s', (operationId, mediaType) => {
    const op = operations.find((candidate) => candidate.operation.operationId === operationId);
    expect(Object.keys(op?.operation.responses['200']?.content ?? {})).toEqual([mediaType]);
  });
});
