import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../scripts/precompress';
import { buildApp } from '../app';
import { testConfig } from '../config';
import type { Database } from '../db/client';
import { openTestDatabase } from '../testing/test-db';
import { TestClock } from './clock';
import { answerEncoding, HASHED_ASSET_CACHE } from './web-app';

/** A small built web app, precompressed by the build's own step. */
function builtWebApp(): { root: string; script: string; shell: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'motcua-web-'));
  mkdirSync(path.join(root, 'assets'));
  const script = `console.log(${JSON.stringify('Cổng dịch vụ công '.repeat(400))});\n`;
  const shell = `<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${'<!-- shell -->'.repeat(100)}</body></html>`;
  writeFileSync(path.join(root, 'assets', 'index-Ab12Cd34.js'), script);
  writeFileSync(path.join(root, 'index.html'), shell);
  precompressDirectory(root);
  return { root, script, shell };
}

let app: FastifyInstance;
let database: Database;
let web: ReturnType<typeof builtWebApp>;
beforeAll(async () => {
  web = builtWebApp();
  database = await openTestDatabase();
  app = await buildApp({
    config: testConfig(),
    database,
    clock: new TestClock('2026-12-07T02:00:00Z'),
    webRoot: web.root,
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(web.root, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('delivery of the built web app', () => {
  it('a hashed asset asked for with brotli comes back as brotli, cached for a year as immutable', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(web.script.length / 10);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(web.script);
  });

  it('a browser that accepts only gzip gets the gzip copy, with the same caching', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(res.rawPayload).toString()).toBe(web.script);
  });

  it('a client that accepts no encoding gets the plain file', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', 'identity');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(web.script);
  });

  it('the shell at a page address is compressed but revalidated, never cached as immutable', async () => {
    for (const url of ['/', '/procedures', '/index.html']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(web.shell);
    }
  });

  it('a missing asset or API address is still a 404, not the shell', async () => {
    for (const url of ['/assets/index-Zz99Yy88.js', '/api/nothing-here']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/problem\+json/);
      expect(res.headers['cache-control'], url).not.toBe(HASHED_ASSET_CACHE);
    }
  });
});

describe('compression of API answers', () => {
  it('picks brotli, else gzip, as the client accepts them; q=0 refuses an encoding', () => {
    expect(answerEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(answerEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(answerEncoding('BR')).toBe('br');
    expect(answerEncoding('deflate')).toBeNull();
    expect(answerEncoding('')).toBeNull();
    expect(answerEncoding(undefined)).toBeNull();
  });

  it('a large JSON answer comes compressed when asked, the same JSON when decoded', async () => {
    const plain = await get('/api/calendar/years/2026');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/);
    const br = await get('/api/calendar/years/2026', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gz = await get('/api/calendar/years/2026', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('a small answer and a problem answer under the threshold go uncompressed', async () => {
    const res = await get('/api/calendar/years/1999', 'br');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json<{ code: string }>().code).toBeTruthy();
  });
});
