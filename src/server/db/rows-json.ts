import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A table's row from its `to_jsonb` (or `row_to_json`) value, as the query builder would answer
 * it: keys renamed from columns to fields, each value mapped by its column (timestamps to
 * `Date`, jsonb as is). Lets a statement carry rows of several tables as json values, in one
 * round trip, and still hand typed rows to the code that reads them.
 */
export function rowOfJson<T extends PgTable>(
  table: T,
  json: Readonly<Record<string, unknown>>,
): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}
