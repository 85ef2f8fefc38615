/**
 * First load of the public home: starts the built server, opens `/` in a cold Debian chromium
 * (empty cache) and sums what went over the wire — headers and bodies as sent, compressed or not —
 * against the goal of 250 KB (issue 16). Also times the first heading on an emulated slow phone
 * connection. Run after a web build: `node --import tsx bench/first-load.ts` (part of `npm run bench`).
 * BENCH_ACCEPT_ENCODING=identity measures what an uncompressing server sends.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const GOAL_KB = 250;
const port = Number(process.env.BENCH_PORT ?? 3751);
const dataDir = process.env.BENCH_DATA_DIR ?? '/tmp/motcua-bench-first-load';
const acceptEncoding = process.env.BENCH_ACCEPT_ENCODING ?? 'br, gzip';
const base = `http://127.0.0.1:${port}`;
/** "Slow 4G" as browsers' developer tools emulate it: 1.6 Mbit/s down, 150 ms round trip. */
const SLOW_PHONE = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };

async function startServer(): Promise<ChildProcess> {
  const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // However this script ends (even killed by a closed pipe), its server ends with it.
  process.on('exit', () => server.kill());
  // The first start on an empty data directory loads the demo province (about a minute).
  for (let waited = 0; waited < 240; waited++) {
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  server.kill();
  throw new Error('the server did not become ready in 4 minutes');
}

interface Transfer {
  readonly url: string;
  readonly bytes: number;
  readonly encoding: string;
}

/**
 * Loads `/` in a fresh context: every response's bytes on the wire until the network is idle (the
 * first screen), then those of scrolling to the bottom; and when the heading showed.
 */
async function coldLoad(
  page: Page,
  slow: boolean,
): Promise<{ transfers: Transfer[]; rest: Transfer[]; headingMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE);
  const urls = new Map<string, { url: string; encoding: string }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = event.response.headers as Record<string, string>;
    const encoding = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    urls.set(event.requestId, { url: event.response.url, encoding: encoding ?? 'none' });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = urls.get(event.requestId);
    if (response) transfers.push({ ...response, bytes: event.encodedDataLength });
  });
  const started = Date.now();
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const headingMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const firstScreen = transfers.length;
  // Then the rest of the page, as a visitor scrolling to the bottom loads it.
  await page.mouse.wheel(0, 10_000);
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  return { transfers: transfers.slice(0, firstScreen), rest: transfers.slice(firstScreen), headingMs };
}

if (!existsSync('dist/web/index.html')) throw new Error('build the web app first: npx vite build');
const server = await startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
try {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': acceptEncoding } });
  const { transfers, rest } = await coldLoad(await context.newPage(), false);
  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  console.log(`\nFirst load of the public home (/), cold cache, Accept-Encoding: ${acceptEncoding}`);
  for (const t of [...transfers].sort((a, b) => b.bytes - a.bytes))
    console.log(
      `  ${(t.bytes / 1024).toFixed(1).padStart(7)} KB  ${t.encoding.padEnd(5)} ${t.url.replace(base, '')}`,
    );
  console.log(
    `  ${(total / 1024).toFixed(1).padStart(7)} KB in ${transfers.length} responses (goal < ${GOAL_KB} KB: ${total / 1024 < GOAL_KB ? 'met' : 'NOT met'})`,
  );
  const restTotal = rest.reduce((sum, t) => sum + t.bytes, 0);
  console.log(
    `  then scrolling to the bottom (the due-time tool): ${(restTotal / 1024).toFixed(1)} KB more in ${rest.length} responses, ${((total + restTotal) / 1024).toFixed(1)} KB for the whole page`,
  );
  const slowContext = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': acceptEncoding } });
  const slow = await coldLoad(await slowContext.newPage(), true);
  console.log(
    `  first heading on an emulated slow 4G phone connection: ${(slow.headingMs / 1000).toFixed(1)} s`,
  );
} finally {
  await browser.close();
  server.kill();
}
