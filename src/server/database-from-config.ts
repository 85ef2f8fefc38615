import type { AppConfig } from './config';
import { type Database, openDatabase, setNamedStatements } from './db/client';

/** PGlite in DATA_DIR unless DATABASE_URL names a PostgreSQL server. */
export function openConfiguredDatabase(config: AppConfig): Promise<Database> {
  setNamedStatements(config.DB_PREPARED_STATEMENTS);
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : openDatabase({ kind: 'pglite', dataDir: config.DATA_DIR });
}
