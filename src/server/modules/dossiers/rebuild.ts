import { asc, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { dossiers } from '../../db/schema';
import { columnsOfPatch, type DossierPatch, type DossierRecord, rebuildRecord, recordOfRow } from './record';
import { eventsOf } from './repo';

/** The dossier's record as its events state it, and as its row holds it. */
export async function rebuiltAndLive(db: DbOrTx, id: string) {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  if (!row) return null;
  const events = await eventsOf(db, id);
  return {
    rebuilt: rebuildRecord(events.map((e) => e.after as DossierPatch)),
    live: recordOfRow(row),
    eventCount: events.length,
    rowVersion: row.rowVersion,
  };
}

export interface RebuildReport {
  readonly checked: number;
  readonly differing: readonly string[];
  readonly repaired: number;
}

const same = (a: DossierRecord | null, b: DossierRecord) =>
  JSON.stringify(a && sortKeys(a)) === JSON.stringify(sortKeys(b));

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/**
 * Compares every dossier's row with the fold of its events (`motcua rebuild`); with `repair`,
 * rewrites the rows that differ from their events, which are the truth.
 */
export async function rebuildDossiers(
  db: DbOrTx,
  options: { repair: boolean; onProgress?: (done: number) => void },
): Promise<RebuildReport> {
  const differing: string[] = [];
  let checked = 0;
  let repaired = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(gt(dossiers.id, after))
      .orderBy(asc(dossiers.id))
      .limit(500);
    if (batch.length === 0) break;
    for (const { id } of batch) {
      const pair = await rebuiltAndLive(db, id);
      checked++;
      if (!pair?.rebuilt) continue;
      if (same(pair.rebuilt, pair.live) && pair.eventCount === pair.rowVersion) continue;
      differing.push(id);
      if (options.repair) {
        await db
          .update(dossiers)
          .set({ ...columnsOfPatch(pair.rebuilt), rowVersion: pair.eventCount })
          .where(eq(dossiers.id, id));
        repaired++;
      }
    }
    after = batch[batch.length - 1]?.id ?? after;
    options.onProgress?.(checked);
  }
  return { checked, differing, repaired };
}

export { same as recordsAgree };
