import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';
import { randomToken } from '../platform/ids';

/**
 * A fresh, migrated database for one test file: PGlite in memory from the migrated snapshot, or,
 * when TEST_DATABASE_URL is set (npm run test:pg), a new PostgreSQL database copied from the
 * migrated template TEST_TEMPLATE_DB and dropped on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (serverUrl && template) {
    const name = `motcua_t_${randomToken(6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template "${template}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 12 });
    return {
      ...database,
      async close() {
        await database.close();
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  }
  const snapshot = new Blob([readFileSync(inject('pgliteSnapshotPath'))]);
  return openDatabase({ kind: 'pglite', snapshot });
}
