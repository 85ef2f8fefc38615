import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('every route declares its access rule', () => {
  it('no API or health route is registered without an access rule', () => {
    const apiRoutes = t.app.routeCatalog.filter(
      (r) => r.url.startsWith('/api') || r.url.startsWith('/healthz') || r.url.startsWith('/readyz'),
    );
    expect(apiRoutes.length).toBeGreaterThan(15);
    const undeclared = apiRoutes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('OpenAPI lists every documented API route', async () => {
    const res = await t.as(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = res.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
    const documented = new Set(
      Object.entries(paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const expected = t.app.routeCatalog
      .filter(
        (r) =>
          (r.url.startsWith('/api/') || r.url === '/healthz' || r.url === '/readyz') &&
          !r.url.startsWith('/api/docs') &&
          !r.hidden,
      )
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(expected.filter((e) => !documented.has(e))).toEqual([]);
  });

  it('the committed docs/openapi.json is the one the code generates (npm run openapi)', async () => {
    const res = await t.as(null, 'GET', '/api/openapi.json');
    const committed = readFileSync(
      fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url)),
      'utf8',
    );
    expect(JSON.parse(committed), 'docs/openapi.json is stale: run npm run openapi').toEqual(res.json());
  });

  it('the API docs page is served', async () => {
    const res = await t.as(null, 'GET', '/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

describe('health', () => {
  it('healthz answers ok and readyz reports a migrated database', async () => {
    expect((await t.as(null, 'GET', '/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.as(null, 'GET', '/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', migrations: 'current' });
  });
});

describe('errors are problem+json in the caller’s language, never 500 on bad input', () => {
  it('malformed JSON gives 400 malformed_json', async () => {
    const admin = await t.login('admin');
    const res = await t.as(admin, 'POST', '/api/units', '{"code": "X",', {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'malformed_json', status: 400 });
  });

  it('wrong types and unknown fields are listed field by field', async () => {
    const admin = await t.login('admin');
    const res = await t.as(admin, 'POST', '/api/units', {
      code: 5,
      name: 'Xã Mới',
      kind: 'commune',
      levelCode: 'commune',
      parentId: null,
      validFrom: '2026-01-01',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; errors: { path: string }[] }>();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e) => e.path).join(' ')).toContain('code');
    expect(body.errors.length).toBeGreaterThanOrEqual(2);
  });

  it('an oversized body gives 413', async () => {
    const admin = await t.login('admin');
    const res = await t.as(admin, 'POST', '/api/units', { code: 'A', name: 'x'.repeat(1_100_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'body_too_large' });
  });

  it('an unsupported media type gives 415', async () => {
    const admin = await t.login('admin');
    const res = await t.as(admin, 'POST', '/api/units', '<unit/>', { 'content-type': 'application/xml' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('messages follow Accept-Language: Vietnamese by default, English on request', async () => {
    const vi = await t.as(null, 'GET', '/api/users');
    expect(vi.statusCode).toBe(401);
    expect(vi.json<{ detail: string }>().detail).toBe('Bạn cần đăng nhập.');
    const en = await t.as(null, 'GET', '/api/users', undefined, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json<{ detail: string }>().detail).toBe('You need to sign in.');
  });

  it('every response carries a request id, also inside the problem', async () => {
    const res = await t.as(null, 'GET', '/api/nowhere');
    expect(res.statusCode).toBe(404);
    const id = res.headers['x-request-id'];
    expect(typeof id).toBe('string');
    expect(res.json<{ requestId: string }>().requestId).toBe(id);
  });
});

describe('security headers', () => {
  it('sends a strict CSP with no inline scripts and no framing', async () => {
    const res = await t.as(null, 'GET', '/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
