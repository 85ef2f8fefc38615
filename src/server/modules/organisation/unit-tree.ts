import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';

export interface UnitSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly levelCode: string;
  readonly parentId: string | null;
  readonly successorId: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

const SUMMARY = sql`id, code, name, kind, level_code as "levelCode", parent_id as "parentId",
  successor_id as "successorId", valid_from::text as "validFrom", valid_to::text as "validTo"`;

/** Units by id, as lists and reports name them. */
export async function unitSummariesOf(db: DbOrTx, ids: readonly string[]): Promise<Map<string, UnitSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<UnitSummary>(
    db,
    sql`select ${SUMMARY} from units where id = any(${uuidArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every unit of a province, as lists and reports name them. */
export async function unitSummariesOfProvince(db: DbOrTx, provinceCode: string): Promise<UnitSummary[]> {
  return queryRows<UnitSummary>(db, sql`select ${SUMMARY} from units where province_code = ${provinceCode}`);
}

/** A unit by its official code in a province. */
export async function unitSummaryByCode(
  db: DbOrTx,
  provinceCode: string,
  code: string,
): Promise<UnitSummary | null> {
  const [row] = await queryRows<UnitSummary>(
    db,
    sql`select ${SUMMARY} from units where province_code = ${provinceCode} and code = ${code}`,
  );
  return row ?? null;
}

/**
 * A unit and the units under it: with `children`, its descendants; with `merged`, the units
 * merged into any of them (their history is their successor's when asked).
 */
export function unitsUnder(
  all: readonly UnitSummary[],
  rootId: string,
  options: { children: boolean; merged: boolean },
): string[] {
  const byParent = new Map<string, UnitSummary[]>();
  const bySuccessor = new Map<string, UnitSummary[]>();
  for (const unit of all) {
    if (unit.parentId) byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit]);
    if (unit.successorId)
      bySuccessor.set(unit.successorId, [...(bySuccessor.get(unit.successorId) ?? []), unit]);
  }
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    const next = [
      ...(options.children ? (byParent.get(id) ?? []) : []),
      ...(options.merged ? (bySuccessor.get(id) ?? []) : []),
    ];
    for (const unit of next) {
      if (!seen.has(unit.id)) {
        seen.add(unit.id);
        queue.push(unit.id);
      }
    }
  }
  return [...seen];
}

/** The unit a closed unit's history rolls up to: its last successor (itself when it has none). */
export function finalSuccessorOf(byId: ReadonlyMap<string, UnitSummary>, id: string): string {
  let current = id;
  for (let hops = 0; hops < 64; hops++) {
    const successor = byId.get(current)?.successorId;
    if (!successor || !byId.has(successor)) return current;
    current = successor;
  }
  return current;
}
