/**
 * Precompression of the built web app: beside each text file worth compressing, `name.br` (brotli,
 * best quality) and `name.gz` (gzip, best level), so the server sends them without compressing per
 * request (@fastify/static `preCompressed`). Run at build time by the Vite plugin below.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Below this size the encoding headers cost about what compression saves. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;

export interface PrecompressedFile {
  readonly file: string;
  readonly bytes: number;
  readonly brotli: number | null;
  readonly gzip: number | null;
}

/** Writes `.br` and `.gz` siblings of one file, each only when it is smaller than the file. */
export function precompressFile(file: string): PrecompressedFile {
  const content = readFileSync(file);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  const keep = (compressed: Buffer, extension: string) => {
    if (compressed.length >= content.length) return null;
    writeFileSync(`${file}${extension}`, compressed);
    return compressed.length;
  };
  return { file, bytes: content.length, brotli: keep(brotli, '.br'), gzip: keep(gzip, '.gz') };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Precompresses every compressible file of a built directory. */
export function precompressDirectory(dir: string): PrecompressedFile[] {
  return filesUnder(dir)
    .filter((file) => COMPRESSIBLE.test(file) && statSync(file).size >= MIN_BYTES)
    .map(precompressFile);
}

/** Vite plugin: precompresses the build output once it is written. */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'motcua-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDirectory(outDir);
    },
  };
}
