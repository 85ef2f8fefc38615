import { is, Placeholder, type SQL, sql } from 'drizzle-orm';
import { compiled, runStatement, type Statement, type Tx } from '../../db/client';
import { rowOfJson } from '../../db/rows-json';
import { dossierSteps, dossiers } from '../../db/schema';
import { unitsAboveSql } from '../../platform/access';
import { type CalendarInputs, calendarInputsSql } from '../calendar/calendar-source';
import { DOSSIER_CLOCK, STEP_CLOCK } from './processing-steps';
import type { DossierRow } from './record';
import type { StepRow, UnitSummary } from './repo';

/** A clock as a command reads it: when it falls due and whether it runs. */
export interface ClockReading {
  readonly dueAt: Date;
  readonly state: string;
}

/**
 * Everything a command on one dossier reads before it decides (`readCommandSubject`): the row,
 * locked; its steps; the clocks of the dossier and of its open steps; its units (receiving,
 * competent, those of its steps) with the units above each, for the scope checks; what the
 * calendars of its receiving and competent units come from; and how many result files it has.
 */
export interface CommandSubject {
  readonly row: DossierRow;
  readonly steps: readonly StepRow[];
  /** By `${subjectType}:${subjectId}`. */
  readonly clocks: ReadonlyMap<string, ClockReading>;
  readonly units: ReadonlyMap<string, UnitSummary>;
  readonly above: Readonly<Record<string, readonly string[]>>;
  readonly calendar: CalendarInputs;
  readonly resultFiles: number;
}

export const clockKey = (subjectType: string, subjectId: string) => `${subjectType}:${subjectId}`;

interface SubjectRow {
  readonly dossier: Record<string, unknown>;
  readonly steps: Record<string, unknown>[];
  readonly clocks: { type: string; id: string; dueAt: string; state: string }[];
  readonly units: UnitSummary[];
  readonly above: Record<string, string[]>;
  readonly calendar: CalendarInputs;
  readonly resultFiles: number;
}

/** The subject's read, compiled once per province: its parameters are the dossier's placeholder and constants. */
const subjectStatements = new Map<string, Statement>();

function subjectStatementFor(dossierId: string, provinceCode: string): Statement {
  let statement = subjectStatements.get(provinceCode);
  if (!statement) {
    statement = compiled(subjectSql(sql.placeholder('dossierId'), provinceCode));
    subjectStatements.set(provinceCode, statement);
  }
  return {
    text: statement.text,
    params: statement.params.map((p) => (is(p, Placeholder) ? dossierId : p)),
  };
}

function subjectSql(dossierId: Placeholder, provinceCode: string): SQL {
  const id = sql`${dossierId}::uuid`;
  const unitsOfDossier = sql`select receiving_unit_id from dossiers where id = ${id}
    union select competent_unit_id from dossiers where id = ${id}
    union select unit_id from dossier_steps where dossier_id = ${id}`;
  const calendarUnits = sql`select receiving_unit_id from dossiers where id = ${id}
    union select competent_unit_id from dossiers where id = ${id}`;
  return sql`select to_jsonb(d) as dossier,
      (select coalesce(jsonb_agg(to_jsonb(s) order by s.ordinal), '[]'::jsonb) from dossier_steps s where s.dossier_id = d.id) as steps,
      (select coalesce(json_agg(json_build_object('type', c.subject_type, 'id', c.subject_id, 'dueAt', c.due_at, 'state', c.state)), '[]'::json)
         from (select * from deadline_clocks where subject_type = ${DOSSIER_CLOCK} and subject_id = d.id
               union all
               select k.* from dossier_steps s join deadline_clocks k on k.subject_type = ${STEP_CLOCK} and k.subject_id = s.id
                where s.dossier_id = d.id and s.state = 'active') c) as clocks,
      (select coalesce(json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind,
          'parentId', u.parent_id)), '[]'::json) from units u where u.id in (${unitsOfDossier})) as units,
      ${unitsAboveSql(unitsOfDossier)} as above,
      ${calendarInputsSql(provinceCode, calendarUnits)} as calendar,
      (select count(*)::integer from dossier_files f where f.dossier_id = d.id and f.kind = 'result') as "resultFiles"
    from dossiers d where d.id = ${id} and d.province_code = ${provinceCode} for update of d`;
}

/**
 * Reads a command's subject in one prepared statement, locking the dossier's row (FOR UPDATE)
 * for the rest of the transaction. The other rows are read in the statement's snapshot, taken
 * before the lock was granted: a command that waited for another on the same dossier sees that
 * one's row but maybe not its steps — and is refused for its stale version (every command bumps
 * the row's version), so no command decides on rows it read before the last command committed.
 * Answers undefined when the dossier is not the province's.
 */
export async function readCommandSubject(
  tx: Tx,
  provinceCode: string,
  dossierId: string,
): Promise<CommandSubject | undefined> {
  const [read] = await runStatement<SubjectRow>(tx, subjectStatementFor(dossierId, provinceCode));
  if (!read) return undefined;
  return {
    row: rowOfJson(dossiers, read.dossier),
    steps: read.steps.map((s) => rowOfJson(dossierSteps, s)),
    clocks: new Map(
      read.clocks.map((c) => [clockKey(c.type, c.id), { dueAt: new Date(c.dueAt), state: c.state }]),
    ),
    units: new Map(read.units.map((u) => [u.id, u])),
    above: read.above,
    calendar: read.calendar,
    resultFiles: read.resultFiles,
  };
}
