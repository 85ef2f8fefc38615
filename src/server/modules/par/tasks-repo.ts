import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, uuidArray } from '../../db/client';
import { type parTasks, parTaskUpdates } from '../../db/schema-par';
import { anyInScope, inScope } from '../../platform/access';
import type { ParCaller } from './par-access';

export type TaskRow = typeof parTasks.$inferSelect;
export type TaskUpdateRow = typeof parTaskUpdates.$inferSelect;

/**
 * The tasks a caller may read (the SQL form of `taskPermissions(...).read`): assigned by a unit
 * they manage, led by a unit they act for, or with such a unit cooperating.
 */
export function readableTasksSql(caller: ParCaller): SQL {
  return sql`(${inScope(sql`t.assigning_unit_id`, caller.manages)} or ${inScope(sql`t.lead_unit_id`, caller.actsFor)} or ${anyInScope(sql`t.cooperating_unit_ids`, caller.actsFor)})`;
}

export interface TaskFilters {
  readonly plan?: string;
  readonly area?: string;
  readonly unit?: string;
}

const COLUMNS = sql`t.id, t.province_code as "provinceCode", t.plan_id as "planId", t.area, t.parent_id as "parentId",
  t.title, t.source_document as "sourceDocument", t.assigned_by as "assignedBy",
  t.assigning_unit_id as "assigningUnitId", t.lead_unit_id as "leadUnitId",
  t.cooperating_unit_ids as "cooperatingUnitIds", t.due_date::text as "dueDate",
  t.original_due_date::text as "originalDueDate", t.expected_output as "expectedOutput",
  t.progress_percent as "progressPercent", t.progress_note as "progressNote", t.progress_at as "progressAt",
  t.completed_at as "completedAt", t.output, t.pending_extension as "pendingExtension",
  t.created_at as "createdAt", t.created_by as "createdBy", t.updated_at as "updatedAt", t.row_version as "rowVersion"`;

/** What a task's status and roll-up are computed from: a board reads only this of every task. */
export type TaskFacts = Pick<
  TaskRow,
  'id' | 'parentId' | 'leadUnitId' | 'dueDate' | 'completedAt' | 'progressPercent' | 'progressAt'
>;

const FACT_COLUMNS = sql`t.id, t.parent_id as "parentId", t.lead_unit_id as "leadUnitId",
  t.due_date::text as "dueDate", t.completed_at as "completedAt", t.progress_percent as "progressPercent",
  t.progress_at as "progressAt"`;

function factsWithDates(row: TaskFacts): TaskFacts {
  return {
    ...row,
    progressAt: row.progressAt ? new Date(row.progressAt) : null,
    completedAt: row.completedAt ? new Date(row.completedAt) : null,
  };
}

function readableConditions(provinceCode: string, caller: ParCaller, filters: TaskFilters): SQL {
  const conditions: SQL[] = [sql`t.province_code = ${provinceCode}`, readableTasksSql(caller)];
  if (filters.plan) conditions.push(sql`t.plan_id = ${filters.plan}`);
  if (filters.area) conditions.push(sql`t.area = ${filters.area}`);
  if (filters.unit)
    conditions.push(
      sql`(t.lead_unit_id = ${filters.unit} or ${filters.unit}::uuid = any(t.cooperating_unit_ids))`,
    );
  return sql.join(conditions, sql` and `);
}

/** One task's facts as `readableTaskFacts` reads them: an array, in FACT_ARRAY's order. */
type FactArray = [string, string | null, string, string, string | null, number, string | null, boolean];

const FACT_ARRAY = (readable: SQL) => sql`json_build_array(t.id, t.parent_id, t.lead_unit_id, t.due_date,
  t.completed_at, t.progress_percent, t.progress_at, ${readable})`;

/**
 * `readableTasks`, only the facts of each task, with the facts of every subtask of those that are
 * top-level (subtasks roll up into their parents whether or not the caller reads them one by one).
 * One statement answering one json value: PGlite turns a json array into objects several times
 * faster than it reads the same thousands of rows one by one (docs/BENCHMARKS.md, board).
 */
export async function readableTaskFacts(
  db: DbOrTx,
  provinceCode: string,
  caller: ParCaller,
  filters: TaskFilters,
): Promise<{ facts: TaskFacts[]; subtasks: TaskFacts[] }> {
  const readable = readableConditions(provinceCode, caller, filters);
  const [row] = await queryRows<{ facts: FactArray[] | string }>(
    db,
    sql`select coalesce(json_agg(${FACT_ARRAY(readable)}), '[]') as facts from par_tasks t
         where t.province_code = ${provinceCode}
           and (${readable} or t.parent_id in (select t.id from par_tasks t where t.parent_id is null and ${readable}))`,
  );
  const rows = typeof row?.facts === 'string' ? (JSON.parse(row.facts) as FactArray[]) : (row?.facts ?? []);
  const facts: TaskFacts[] = [];
  const parents = new Set<string>();
  const all = rows.map(
    ([id, parentId, leadUnitId, dueDate, completedAt, progressPercent, progressAt, isReadable]) => {
      const fact: TaskFacts = {
        id,
        parentId,
        leadUnitId,
        dueDate,
        completedAt: completedAt === null ? null : new Date(completedAt),
        progressPercent,
        progressAt: progressAt === null ? null : new Date(progressAt),
      };
      if (isReadable) {
        facts.push(fact);
        if (parentId === null) parents.add(id);
      }
      return fact;
    },
  );
  return { facts, subtasks: all.filter((f) => f.parentId !== null && parents.has(f.parentId)) };
}

/** The facts of the top-level tasks due within the dates, of one lead unit or all. */
export async function taskFactsDueWithin(
  db: DbOrTx,
  provinceCode: string,
  from: string,
  to: string,
  leadUnitId: string | null,
): Promise<TaskFacts[]> {
  const rows = await queryRows<TaskFacts>(
    db,
    sql`select ${FACT_COLUMNS} from par_tasks t
         where t.province_code = ${provinceCode} and t.parent_id is null
           and t.due_date between ${from}::date and ${to}::date
           ${leadUnitId ? sql`and t.lead_unit_id = ${leadUnitId}` : sql``}`,
  );
  return rows.map(factsWithDates);
}

/** Whole rows of the given tasks. */
export async function tasksByIds(
  db: DbOrTx,
  provinceCode: string,
  ids: readonly string[],
): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<TaskRow>(
    db,
    sql`select ${COLUMNS} from par_tasks t where t.province_code = ${provinceCode} and t.id = any(${uuidArray(ids)})`,
  );
  return rows.map(withDates);
}

/** The readable tasks of a province that match the filters (a unit filter: led by it or cooperating). */
export async function readableTasks(
  db: DbOrTx,
  provinceCode: string,
  caller: ParCaller,
  filters: TaskFilters,
): Promise<TaskRow[]> {
  const rows = await queryRows<TaskRow>(
    db,
    sql`select ${COLUMNS} from par_tasks t where ${readableConditions(provinceCode, caller, filters)} order by t.due_date, t.id`,
  );
  return rows.map(withDates);
}

function withDates(row: TaskRow): TaskRow {
  return {
    ...row,
    progressAt: row.progressAt ? new Date(row.progressAt) : null,
    completedAt: row.completedAt ? new Date(row.completedAt) : null,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

export async function taskById(
  db: DbOrTx,
  provinceCode: string,
  id: string,
  lock = false,
): Promise<TaskRow | null> {
  const [row] = await queryRows<TaskRow>(
    db,
    sql`select ${COLUMNS} from par_tasks t where t.id = ${id} and t.province_code = ${provinceCode}${lock ? sql` for update` : sql``}`,
  );
  return row ? withDates(row) : null;
}

export async function subtasksOf(
  db: DbOrTx,
  provinceCode: string,
  parentIds: readonly string[],
): Promise<TaskRow[]> {
  if (parentIds.length === 0) return [];
  const rows = await queryRows<TaskRow>(
    db,
    sql`select ${COLUMNS} from par_tasks t
         where t.province_code = ${provinceCode} and t.parent_id = any(${uuidArray(parentIds)})
         order by t.due_date, t.id`,
  );
  return rows.map(withDates);
}

export async function updatesOf(db: DbOrTx, taskId: string): Promise<TaskUpdateRow[]> {
  return db
    .select()
    .from(parTaskUpdates)
    .where(eq(parTaskUpdates.taskId, taskId))
    .orderBy(asc(parTaskUpdates.seq));
}

export async function nextUpdateSeq(db: DbOrTx, taskId: string): Promise<number> {
  const [row] = await queryRows<{ seq: number }>(
    db,
    sql`select coalesce(max(seq), 0)::int + 1 as seq from par_task_updates where task_id = ${taskId}`,
  );
  return row?.seq ?? 1;
}

/** Moves whenever a task of the province changes: live boards compare it. */
export async function tasksRevision(db: DbOrTx, provinceCode: string): Promise<string> {
  const [row] = await queryRows<{ at: string | null; n: number }>(
    db,
    sql`select max(updated_at)::text as at, count(*)::int as n from par_tasks where province_code = ${provinceCode}`,
  );
  return `${row?.n ?? 0}:${row?.at ?? ''}`;
}
