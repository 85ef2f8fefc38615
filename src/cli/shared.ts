import { SingleBar } from 'cli-progress';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/database-from-config';
import type { Database } from '../server/db/client';
import { prepareDatabase } from '../server/db/prepare';
import { systemClock } from '../server/platform/clock';
import type { AppDeps } from '../server/platform/http';

/** Opens the configured database, migrated, runs the work, and closes it whatever happens. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await prepareDatabase(database, systemClock);
    return await work(database);
  } finally {
    await database.close();
  }
}

export function progressBar(label: string): SingleBar {
  return new SingleBar({
    format: `${label} [{bar}] {value}/{total}`,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 500,
  });
}

/** The dependencies of a service call from the command line: the configured database and the system clock. */
export function cliDeps(database: Database): AppDeps {
  return { database, db: database.db, clock: systemClock, config: loadConfig() };
}
