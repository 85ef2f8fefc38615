import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** One database type for both drivers; repositories take this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: what repositories accept. */
export type DbOrTx = Db | Tx;

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /** True when every committed migration has been applied. */
  migrationsCurrent(): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; snapshot?: Blob };

export function pgliteExtensions() {
  return { unaccent, pg_trgm };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // Short statements (a work list's page, a command) gain nothing from parallel workers and
      // lose the ~10 ms their start costs when the planner expects many rows (the inbox with a
      // million dossiers: 13 ms parallel, 2 ms not). Statistics are read models, not big scans.
      options: '-c max_parallel_workers_per_gather=0',
    });
    // An idle client that the server ends (restart, dropped database) must not crash the process:
    // the pool discards it and opens a new one on demand. 57P01 is the server's own shutdown notice.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.error('PostgreSQL idle client error:', error.message);
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      async migrate() {
        // Several processes may start at once against one server: one migrates, the others wait.
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock(7126001)');
          await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
        } finally {
          await client.query('select pg_advisory_unlock(7126001)');
          client.release();
        }
      },
      migrationsCurrent: () => migrationsCurrent(db),
      close: () => pool.end(),
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: target.dataDir,
    loadDataDir: target.snapshot,
    extensions: pgliteExtensions(),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    migrationsCurrent: () => migrationsCurrent(db),
    close: () => client.close(),
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const preparing = new PgDialect();

/**
 * `queryRows` for a hot statement whose text is the same from run to run (lists passed as one
 * array or JSON parameter): run as a prepared statement named after its text, so each pooled
 * connection parses it once and PostgreSQL plans it once (a generic plan after five runs), where
 * an unnamed statement is parsed and planned on every run — for the statements of a desk
 * receipt, more time than running them. PGlite runs it as any statement.
 */
export async function queryRowsPrepared<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return runStatement<T>(db, compiled(query));
}

/**
 * A statement as the driver takes it: its text, with `$n` for each parameter, and their values
 * as the driver sends them. Hot statements are kept compiled (the query builder walks every
 * chunk of a statement on each build: for a command's few statements, more CPU than sending
 * them), and several join into one (`statementsTogether`).
 */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** A `sql` statement compiled once (`Statement`). */
export function compiled(query: SQL): Statement {
  const built = preparing.sqlToQuery(query);
  return { text: built.sql, params: built.params };
}

/** The name a statement's text runs prepared under, or none past the bound (`queryRowsPrepared`). */
function preparedNameOf(text: string): string | undefined {
  if (!namedStatements) return undefined;
  const known = preparedNames.get(text);
  if (known) return known;
  // A caller whose text changed from run to run would leave a prepared statement per text on
  // every connection: past a bound, new texts run unnamed.
  if (preparedNames.size >= MAX_PREPARED_TEXTS) return undefined;
  const name = `motcua_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  preparedNames.set(text, name);
  return name;
}

/** Runs a compiled statement, prepared under a name of its text (`queryRowsPrepared`). */
export async function runStatement<T>(db: DbOrTx, statement: Statement): Promise<T[]> {
  const query = { sql: statement.text, params: [...statement.params] };
  const result = (await db._.session
    .prepareQuery(query, undefined, preparedNameOf(statement.text), false)
    .execute()) as { rows: T[] };
  return result.rows;
}

/**
 * Joins statements into one: each part's parameters renumbered after the previous parts'. A
 * part's text holds `$` only in its parameter marks (its values are parameters, never literals).
 */
export function joinStatements(parts: readonly (Statement | string)[]): Statement {
  let text = '';
  const params: unknown[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const offset = params.length;
    text +=
      offset === 0 ? part.text : part.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    params.push(...part.params);
  }
  return { text, params };
}

/**
 * Runs writes of different rows as one prepared statement (each a data-modifying WITH of it):
 * one round trip where each would cost its own. They run on one snapshot, so none may read what
 * another writes, and no two may write the same row. Answers how many rows `counted` (one more
 * write, with RETURNING) returned; 0 without it.
 */
export async function writeTogether(
  db: DbOrTx,
  writes: readonly (SQL | Statement)[],
  counted?: SQL | Statement,
): Promise<number> {
  if (writes.length === 0 && !counted) return 0;
  const asStatement = (w: SQL | Statement) => ('text' in w ? w : compiled(w));
  const parts: (Statement | string)[] = ['with '];
  writes.forEach((write, i) => {
    parts.push(`${i === 0 ? '' : ', '}w${i} as (`, asStatement(write), ')');
  });
  if (counted) parts.push(`${writes.length === 0 ? '' : ', '}counted as (`, asStatement(counted), ')');
  parts.push(counted ? ' select (select count(*)::integer from counted) as n' : ' select 0 as n');
  const [row] = await runStatement<{ n: number }>(db, joinStatements(parts));
  return row?.n ?? 0;
}

/** Prepared statements' names, by their text. */
const preparedNames = new Map<string, string>();
const MAX_PREPARED_TEXTS = 200;
let namedStatements = true;

/**
 * Whether `queryRowsPrepared` names its statements, for the whole process: off behind a pooler
 * that cannot keep prepared statements per client (`DB_PREPARED_STATEMENTS=false`).
 */
export function setNamedStatements(on: boolean): void {
  namedStatements = on;
}

/**
 * Lets the prepared statements of the rest of this transaction (`queryRowsPrepared`) run their
 * generic plan from their first run on, where PostgreSQL would plan each run anew while it
 * estimates a generic plan dearer than a fresh one (array parameters make it guess ten rows
 * where one comes): for a transaction whose statements look rows up by key.
 */
export async function preferGenericPlans(tx: Tx): Promise<void> {
  await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
}

/** Distinct uuids as one array parameter (`= any(…)`), so a statement's text does not change with their number. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${sql.param([...new Set(ids)])}::uuid[]`;
}

/** Distinct uuids as a list that `in (…)` takes, each passed as a parameter. */
export function uuidList(ids: readonly string[]): SQL {
  return sql.join(
    [...new Set(ids)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

function committedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function migrationsCurrent(db: Db): Promise<boolean> {
  try {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    return Number(rows[0]?.n ?? 0) >= committedMigrationCount();
  } catch {
    // No migrations table yet: the database is reachable but not migrated.
    return false;
  }
}
