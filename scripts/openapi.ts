/** Writes docs/openapi.json from the routes' Zod contracts (a test fails when it is stale). */
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { TestClock } from '../src/server/platform/clock';

const database = await openDatabase({ kind: 'pglite' });
const app = await buildApp({ config: testConfig(), database, clock: new TestClock('2026-01-01T00:00:00Z') });
await app.ready();
const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(res.json(), null, 2)}\n`);
await app.close();
await database.close();
process.stdout.write('docs/openapi.json written\n');
