/**
 * Runs the integration suite against a PostgreSQL server: creates a migrated template database,
 * lets each test file copy it into its own database (dropped after the file), then drops the
 * template. DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client';
import { prepareDatabase } from '../src/server/db/prepare';
import { systemClock } from '../src/server/platform/clock';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const template = `motcua_tpl_${randomBytes(4).toString('hex')}`;

async function admin(query: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  await admin(`create database "${template}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${template}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    await prepareDatabase(database, systemClock);
    await database.close();
    process.stdout.write(
      `Migrated template database ${template}; running the integration suite on PostgreSQL\n`,
    );
    // Given paths, only those files; else the whole integration suite.
    const paths = process.argv.slice(2);
    const result = spawnSync('npx', ['vitest', 'run', ...(paths.length > 0 ? paths : ['src/server'])], {
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE_URL: serverUrl, TEST_TEMPLATE_DB: template },
    });
    return result.status ?? 1;
  } finally {
    await admin(`drop database if exists "${template}" with (force)`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
