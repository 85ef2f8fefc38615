import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** The text around the JSON parameter of an insert, by table and the columns its rows set. */
const statementTexts = new Map<string, { readonly head: string; readonly tail: string }>();

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The statement (not yet run) that inserts `rows` into `table`, passing all of them as one JSON
 * parameter that `jsonb_to_recordset` reads back with each column's type: building it costs one
 * JSON.stringify of the rows as they are, however many there are, where the query builder walks
 * every value of every row (the multi-row writes of a batch of receipts); and its text is the
 * same whenever the rows set the same columns, so it can run prepared. Columns no row sets take
 * their defaults; a value is read as its column reads JSON (dates as ISO text, jsonb as is,
 * arrays as arrays).
 */
export function insertRowsStatement<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL {
  const columns = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (const key in row) if (row[key] !== undefined && key in columns) keys.add(key);
  }
  const shape = `${getTableName(table)}|${[...keys].join(',')}`;
  let text = statementTexts.get(shape);
  if (!text) {
    const set = [...keys].flatMap((key) => {
      const column = columns[key];
      return column ? [{ key, name: column.name, type: column.getSQLType() }] : [];
    });
    text = {
      head: `insert into ${quoted(getTableName(table))} (${set.map((c) => quoted(c.name)).join(', ')})
        select ${set.map((c) => quoted(c.key)).join(', ')} from jsonb_to_recordset(`,
      tail: `::jsonb) as r(${set.map((c) => `${quoted(c.key)} ${c.type}`).join(', ')})`,
    };
    statementTexts.set(shape, text);
  }
  return sql`${sql.raw(text.head)}${JSON.stringify(rows)}${sql.raw(text.tail)}`;
}
