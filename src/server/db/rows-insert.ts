import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { joinStatements, type Statement } from './client';

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
  const { head, tail } = textsOf(table, rows);
  return sql`${sql.raw(head)}${JSON.stringify(rows)}${sql.raw(tail)}`;
}

/**
 * `insertRowsStatement` compiled (`Statement`): its first parameter is the rows' JSON. `computed`
 * sets more columns (by field) to expressions of the statement, which may read the row's fields
 * as `r."field"` (a due time looked up for the row, say).
 */
export function insertRowsCompiled<T extends PgTable>(
  table: T,
  rows: readonly T['$inferInsert'][],
  computed: Readonly<Record<string, Statement>> = {},
): Statement {
  const extra = Object.keys(computed);
  const { head, tail } = textsOf(table, rows, extra);
  const rowsJson: Statement = { text: '$1', params: [JSON.stringify(rows)] };
  if (extra.length === 0) return { text: `${head}$1${tail}`, params: rowsJson.params };
  return joinStatements([
    head.slice(0, -FROM_ROWS.length),
    ...extra.flatMap((key) => [', ', computed[key] ?? 'null']),
    FROM_ROWS,
    rowsJson,
    tail,
  ]);
}

const FROM_ROWS = ' from jsonb_to_recordset(';

function textsOf<T extends PgTable>(
  table: T,
  rows: readonly T['$inferInsert'][],
  computed: readonly string[] = [],
) {
  const columns = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (const key in row)
      if (row[key] !== undefined && key in columns && !computed.includes(key)) keys.add(key);
  }
  const shape = `${getTableName(table)}|${[...keys].join(',')}|${computed.join(',')}`;
  let text = statementTexts.get(shape);
  if (!text) {
    const set = [...keys].flatMap((key) => {
      const column = columns[key];
      return column ? [{ key, name: column.name, type: column.getSQLType() }] : [];
    });
    const computedNames = computed.map((key) => {
      const column = columns[key];
      if (!column) throw new Error(`no column ${key}`);
      return column.name;
    });
    text = {
      head: `insert into ${quoted(getTableName(table))} (${[...set.map((c) => c.name), ...computedNames].map(quoted).join(', ')})
        select ${set.map((c) => `r.${quoted(c.key)}`).join(', ')}${FROM_ROWS}`,
      tail: `::jsonb) as r(${set.map((c) => `${quoted(c.key)} ${c.type}`).join(', ')})`,
    };
    statementTexts.set(shape, text);
  }
  return text;
}
