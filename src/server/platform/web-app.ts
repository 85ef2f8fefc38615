import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

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
