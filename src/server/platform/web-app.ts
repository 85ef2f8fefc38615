import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Vite names each built asset after its content hash, so a name never changes content. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** The shell names the current assets: browsers revalidate it (an ETag answer is cheap). */
export const SHELL_CACHE = 'no-cache';

/**
 * Whether an unknown address gets the single-page app's shell: page addresses do; the API, the
 * probes and missing assets keep their 404 (a browser must never cache the shell as a script).
 */
export function answersWithShell(url: string): boolean {
  const api =
    url === '/api' || url.startsWith('/api/') || url.startsWith('/healthz') || url.startsWith('/readyz');
  return !api && !url.startsWith('/assets/');
}

/**
 * Serves the built web app from `root`: its `.br` / `.gz` siblings when the browser accepts them
 * (written at build time, scripts/precompress.ts), hashed assets cached for a year, the shell
 * revalidated. Returns whether there is a built app to serve.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    // `file` is the one sent: `assets/x.js.br` when the brotli sibling was chosen.
    setHeaders: (reply: FastifyReply, file: string) => {
      const hashed = path.relative(root, file).startsWith(`assets${path.sep}`);
      reply.header('cache-control', hashed ? HASHED_ASSET_CACHE : SHELL_CACHE);
    },
  });
  return true;
}

/** Below this size an API answer goes as it is: compressing it would save less than the headers cost. */
const MIN_COMPRESSED_ANSWER = 1024;
/** Fast settings: an API answer is compressed per request, unlike the assets. */
const BROTLI_PER_REQUEST = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

/** The encoding to answer with: brotli, else gzip, when the client accepts it (q=0 refuses). */
export function answerEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part !== '' && !/;\s*q=0(?:\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Compresses JSON answers of the API (a year's calendar is 50 KB as text, 5 KB compressed). Only
 * text payloads: streams (server-sent events) and file downloads pass untouched.
 */
export function compressJsonAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || Buffer.byteLength(payload) < MIN_COMPRESSED_ANSWER) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!/^application\/(?:[\w.+-]+\+)?json/.test(type) || reply.hasHeader('content-encoding'))
      return payload;
    const vary = String(reply.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary))
      reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
    const encoding = answerEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return encoding === 'br' ? brotli(payload, BROTLI_PER_REQUEST) : gzip(payload);
  });
}
