import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * The statement (not yet run) that inserts `rows` into `table`, passing all of them as one JSON
 * parameter that `jsonb_populate_recordset` reads as the table's row type: building it costs one
 * JSON.stringify however many rows there are, where the query builder walks every value of every
 * row (the multi-row writes of a batch of receipts). Columns no row sets take their defaults; a
 * value is read as its column reads JSON (dates as ISO text, jsonb as is, arrays as arrays).
 */
export function insertRowsStatement<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL {
  const columns = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (const key in row) if (row[key] !== undefined && key in columns) keys.add(key);
  }
  const named = [...keys].map((key) => [key, columns[key]?.name ?? key] as const);
  const json = (rows as readonly Record<string, unknown>[]).map((row) => {
    const values: Record<string, unknown> = {};
    for (const [key, name] of named) values[name] = row[key] ?? null;
    return values;
  });
  const list = sql.join(
    named.map(([, name]) => sql.identifier(name)),
    sql`, `,
  );
  return sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`;
}
