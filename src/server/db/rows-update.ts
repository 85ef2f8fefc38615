import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Statement } from './client';

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The text of an update, by table, the columns it sets, those it matches and what it returns. */
const updateTexts = new Map<string, string>();

/**
 * The update (compiled, `Statement`) that sets `set` on the rows of `table` whose columns equal
 * `where` (a list: any of its values), returning `returning` (a field) when asked: the query
 * builder's update without its cost per build, so a command's hot writes can be sent together
 * (`writeTogether`). Values go to the driver as their columns send them (dates as ISO text,
 * jsonb as JSON text).
 */
export function updateRowsCompiled<T extends PgTable>(
  table: T,
  set: Partial<T['$inferInsert']>,
  where: Partial<Record<keyof T['$inferSelect'] & string, unknown>>,
  returning?: keyof T['$inferSelect'] & string,
): Statement {
  const columns = getTableColumns(table);
  const setKeys = Object.keys(set).filter((key) => (set as Record<string, unknown>)[key] !== undefined);
  const whereKeys = Object.keys(where);
  const lists = whereKeys.map((key) => Array.isArray((where as Record<string, unknown>)[key]));
  const shape = `${getTableName(table)}|${setKeys.join(',')}|${whereKeys.map((k, i) => `${k}${lists[i] ? '[]' : ''}`).join(',')}|${returning ?? ''}`;
  const columnOf = (key: string) => {
    const column = columns[key];
    if (!column) throw new Error(`no column ${key} in ${getTableName(table)}`);
    return column;
  };
  let text = updateTexts.get(shape);
  if (!text) {
    let n = 0;
    const assignments = setKeys.map((key) => `${quoted(columnOf(key).name)} = $${++n}`);
    const conditions = whereKeys.map((key, i) => {
      const column = columnOf(key);
      return lists[i]
        ? `${quoted(column.name)} = any($${++n}::${column.getSQLType()}[])`
        : `${quoted(column.name)} = $${++n}`;
    });
    text = `update ${quoted(getTableName(table))} set ${assignments.join(', ')} where ${conditions.join(' and ')}${
      returning ? ` returning ${quoted(columnOf(returning).name)}` : ''
    }`;
    updateTexts.set(shape, text);
  }
  const driverValue = (key: string, value: unknown) =>
    value === null ? null : columnOf(key).mapToDriverValue(value);
  const params = [
    ...setKeys.map((key) => driverValue(key, (set as Record<string, unknown>)[key])),
    ...whereKeys.map((key) => {
      const value = (where as Record<string, unknown>)[key];
      return Array.isArray(value) ? value.map((v) => driverValue(key, v)) : driverValue(key, value);
    }),
  ];
  return { text, params };
}
