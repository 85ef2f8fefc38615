import { eq, sql } from 'drizzle-orm';
import type { ProcedureContent } from '../../../domain/catalog/procedure';
import { buildSearchIndex, type SearchIndex } from '../../../domain/catalog/search-index';
import { type DbOrTx, queryRows } from '../../db/client';
import { catalogRevisions } from '../../db/schema';
import { inForceSql } from './repo';

/** What a search result shows of a procedure, kept in the index. */
export interface ProcedureSummaryRow {
  id: string;
  code: string;
  fieldCode: string;
  fieldNameVi: string;
  fieldNameEn: string;
  versionId: string;
  version: number;
  name: string;
  levels: string[];
  online: string;
  onlinePayment: boolean;
  processing: ProcedureContent['processing'];
}

interface CachedIndex {
  readonly revision: number;
  /** The local day the index was built for. */
  readonly builtFor: string;
  /** The first later day on which a scheduled version takes effect; null when none is scheduled. */
  readonly nextSwitch: string | null;
  readonly index: SearchIndex<ProcedureSummaryRow>;
  /** Entry number of each procedure id, for filters computed in the database. */
  readonly entryOf: ReadonlyMap<string, number>;
}

/**
 * Each process keeps the search index of a province's catalog as in force on one day in memory
 * and rebuilds it when the catalog revision (bumped in the same transaction as any catalog change)
 * moves, or when the local day reaches the next scheduled version's first day (that switch
 * changes what is in force without any write). A search costs one primary-key read to check the
 * revision.
 */
const caches = new WeakMap<DbOrTx, Map<string, Promise<CachedIndex>>>();

/** One cache per database handle, so two databases in one process never share an index. */
function cacheOf(db: DbOrTx): Map<string, Promise<CachedIndex>> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

export async function catalogRevision(db: DbOrTx, provinceCode: string): Promise<number> {
  const [row] = await db
    .select({ revision: catalogRevisions.revision })
    .from(catalogRevisions)
    .where(eq(catalogRevisions.provinceCode, provinceCode));
  return row?.revision ?? 0;
}

/** Marks the province's catalog as changed; call inside the transaction that changes it. */
export async function bumpCatalogRevision(tx: DbOrTx, provinceCode: string): Promise<void> {
  await tx
    .insert(catalogRevisions)
    .values({ provinceCode, revision: 1 })
    .onConflictDoUpdate({
      target: catalogRevisions.provinceCode,
      set: { revision: sql`${catalogRevisions.revision} + 1` },
    });
}

async function buildIndex(
  db: DbOrTx,
  provinceCode: string,
  revision: number,
  today: string,
): Promise<CachedIndex> {
  const rows = await queryRows<ProcedureSummaryRow & { nameFolded: string; searchFolded: string }>(
    db,
    sql`select p.id, p.code, p.field_code as "fieldCode", f.name_vi as "fieldNameVi",
               f.name_en as "fieldNameEn", v.id as "versionId", v.version, v.name, v.levels, v.online,
               v.online_payment as "onlinePayment", v.content->'processing' as processing,
               v.name_folded as "nameFolded", v.search_folded as "searchFolded"
          from procedure_versions v
          join procedures p on p.id = v.procedure_id
          join catalog_fields f on f.code = p.field_code
         where ${inForceSql(sql.raw('v'), today)} and p.province_code = ${provinceCode}`,
  );
  const [next] = await queryRows<{ day: string | null }>(
    db,
    sql`select min(v.effective_from)::text as day
          from procedure_versions v join procedures p on p.id = v.procedure_id
         where v.status = 'scheduled' and v.effective_from > ${today}::date
           and p.province_code = ${provinceCode}`,
  );
  const index = buildSearchIndex(
    rows.map(({ nameFolded, searchFolded, ...item }) => ({
      name: nameFolded,
      documents: searchFolded.slice(nameFolded.length).trim(),
      fieldCode: item.fieldCode,
      levels: item.levels,
      online: item.online,
      code: item.code,
      item,
    })),
  );
  return {
    revision,
    builtFor: today,
    nextSwitch: next?.day ?? null,
    index,
    entryOf: new Map(rows.map((r, n) => [r.id, n])),
  };
}

/** True when an index built for one day still shows what is in force on `today`. */
const stillValid = (cached: CachedIndex, revision: number, today: string) =>
  cached.revision === revision &&
  cached.builtFor <= today &&
  (cached.nextSwitch === null || today < cached.nextSwitch);

/**
 * The search index of a province's catalog as in force on `today` (local date), rebuilt at most
 * once per revision and scheduled switch.
 */
export async function catalogIndex(db: DbOrTx, provinceCode: string, today: string): Promise<CachedIndex> {
  const revision = await catalogRevision(db, provinceCode);
  const cache = cacheOf(db);
  const cached = cache.get(provinceCode);
  if (cached !== undefined) {
    const current = await cached.catch(() => null);
    if (current && stillValid(current, revision, today)) return current;
  }
  const building = buildIndex(db, provinceCode, revision, today);
  cache.set(provinceCode, building);
  building.catch(() => cache.delete(provinceCode));
  return building;
}
