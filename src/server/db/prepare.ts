import { ensureShippedAnnouncements } from '../modules/calendar/service';
import type { Clock } from '../platform/clock';
import type { Database } from './client';

/** Migrates, then adds the reference data MộtCửa ships with where it is missing (never overwrites). */
export async function prepareDatabase(database: Database, clock: Clock): Promise<void> {
  await database.migrate();
  await ensureShippedAnnouncements(database.db, clock);
}
