import { type SQL, sql } from 'drizzle-orm';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { COMMAND_TABLE, commandRefusal } from '../../../domain/dossier/command-table';
import { type DossierCommand, transition } from '../../../domain/dossier/state-machine';
import type { Role } from '../../../domain/identity/roles';
import { compiled, type Statement, type Tx, writeTogether } from '../../db/client';
import {
  type AuthContext,
  reachThroughScopes,
  reachThroughUnitsAbove,
  type Scope,
  scopeContains,
  scopesOfCaller,
  type UnitReach,
} from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { enqueueMessagesSql } from '../../platform/outbox';
import { workingCalendarsFromInputs } from '../calendar/calendar-source';
import { clocksOf, runningDueAtSql, workingCalendarOf } from '../calendar/deadline-clocks';
import { type ProcedureVersionText, procedureVersionText } from '../catalog/procedure-for-dossiers';
import { loadCommandFacts, type RequestFacts } from './command-facts';
import { type ClockReading, clockKey, readCommandSubject } from './command-read';
import { refusalError } from './command-refusals';
import { type IssuedFormInput, issueForm } from './issued-forms';
import type { DossierAction } from './labels';
import { commandNotices } from './notices';
import { DOSSIER_CLOCK } from './processing-steps';
import {
  columnsOfPatch,
  type DossierPatch,
  type DossierRecord,
  type DossierRow,
  pick,
  recordOfRow,
} from './record';
import { commandEventStatement, type StepRow, unitsByIds, updateDossierAtStatement } from './repo';

/** Who runs a dossier command: the signed-in civil servant and the request. */
export interface DossierCaller {
  readonly auth: AuthContext;
  readonly meta: CommandMeta;
}

/** Every staff role that works on dossiers. */
export const DOSSIER_ROLES: readonly Role[] = [
  'clerk',
  'officer',
  'approver',
  'agency_admin',
  'system_admin',
];

export interface CommandContext {
  readonly deps: AppDeps;
  readonly tx: Tx;
  readonly caller: DossierCaller;
  readonly row: DossierRow;
  readonly record: DossierRecord;
  readonly steps: readonly StepRow[];
  readonly now: Date;
  /** Whether the caller's scope for some roles holds a unit (the dossier's units need no query). */
  readonly reach: UnitReach;
  /** The caller's units for some roles (read at the first ask, once per command). */
  scopeFor(roles: readonly Role[]): Promise<Scope>;
  /** The dossier's procedure version (its text never changes once in force). */
  procedure(): Promise<ProcedureVersionText>;
  /** A clock as the command found it (the dossier's and its open steps' were read with it). */
  clockOf(subjectType: string, subjectId: string): Promise<ClockReading | undefined>;
  /** A unit's name (the dossier's units were read with it). */
  unitName(unitId: string): Promise<string>;
  /** A unit's working calendar (the receiving and competent units' inputs were read with it). */
  calendarOf(unitId: string): Promise<WorkingCalendar>;
  /**
   * Adds a write to the ones the runner sends together, in one statement, after the command's
   * work: writes of different rows, none reading another's result (nor the event's legal due
   * time, read in the same snapshot: `endsLegalClock` says the write ends the dossier's clock,
   * so the event records none running).
   */
  later(write: SQL | Statement, options?: { readonly endsLegalClock?: boolean }): void;
  /** Issues a form (Mẫu 01–06) now; the applicant's notice of the command attaches it. */
  issueForm(input: IssuedFormInput): Promise<string>;
}

export interface CommandOutcome {
  readonly patch: DossierPatch;
  /** The unit the command is done for (the event's and the audit's unit). */
  readonly unitId: string;
  readonly reason?: string | null;
}

/** The units a dossier involves: the desk, the competent unit and those of its steps. */
export function unitsOfDossier(row: DossierRow, steps: readonly StepRow[]): string[] {
  return [row.receivingUnitId, row.competentUnitId, ...steps.map((s) => s.unitId)];
}

/** True when the caller may see the dossier at all: one of its units is in their scope. */
export function dossierVisibleIn(scope: Scope, row: DossierRow, steps: readonly StepRow[]): boolean {
  return unitsOfDossier(row, steps).some((unitId) => scopeContains(scope, unitId));
}

/** `dossierVisibleIn`, asked through a `UnitReach`. */
async function dossierReachable(reach: UnitReach, row: DossierRow, steps: readonly StepRow[]) {
  for (const unitId of unitsOfDossier(row, steps)) if (await reach(DOSSIER_ROLES, unitId)) return true;
  return false;
}

/** A command on one dossier: the version the caller saw and what its request declares. */
export interface DossierCommandInput {
  readonly dossierId: string;
  readonly version: number;
  readonly action: DossierAction;
  readonly request?: RequestFacts;
}

/**
 * Runs one command on a dossier in one transaction: locks the row, hides it from callers outside
 * its units (404), checks the version the caller saw (409), checks the command table (state 409,
 * actor 403, preconditions: `domain/dossier/command-table.ts`), lets `work` decide and write its side rows, then writes the patch, appends the
 * event with before/after (actor, unit, time, reason: the dossier's own audit trail, so the
 * per-unit audit chain is not a lock every dossier command waits on), and enqueues what the
 * applicant must be told (outbox). Nothing is written when anything throws.
 */
export async function runDossierCommand(
  deps: AppDeps,
  caller: DossierCaller,
  input: DossierCommandInput,
  work: (ctx: CommandContext) => Promise<CommandOutcome>,
): Promise<void> {
  await deps.db.transaction((tx) => applyDossierCommand(deps, tx, caller, input, work));
}

/** `runDossierCommand` inside a transaction already open (intake hands over in its own). */
export async function applyDossierCommand(
  deps: AppDeps,
  tx: Tx,
  caller: DossierCaller,
  input: DossierCommandInput,
  work: (ctx: CommandContext) => Promise<CommandOutcome>,
): Promise<void> {
  const province = deps.config.PROVINCE_CODE;
  const subject = await readCommandSubject(tx, province, input.dossierId);
  if (!subject) throw notFound();
  const { row, steps } = subject;
  const scopeFor = scopesOfCaller(tx, caller.auth);
  const reach = reachThroughUnitsAbove(caller.auth, subject.above, reachThroughScopes(scopeFor));
  if (!(await dossierReachable(reach, row, steps))) throw notFound();
  if (row.rowVersion !== input.version) {
    throw new AppError('dossier_changed', 409, { current: row.rowVersion, yours: input.version });
  }
  const record = recordOfRow(row);
  const now = deps.clock.now();
  let procedureRead: Promise<ProcedureVersionText> | undefined;
  const procedure = () => {
    procedureRead ??= procedureVersionText(tx, record.procedureVersionId);
    return procedureRead;
  };
  const writes: (SQL | Statement)[] = [];
  let legalClockEnds = false;
  const formIds: string[] = [];
  const ctx: CommandContext = {
    deps,
    tx,
    caller,
    row,
    record,
    steps,
    now,
    reach,
    scopeFor,
    procedure,
    async clockOf(subjectType, subjectId) {
      return (
        subject.clocks.get(clockKey(subjectType, subjectId)) ??
        (await clocksOf(tx, subjectType, [subjectId])).get(subjectId)
      );
    },
    async unitName(unitId) {
      const known = subject.units.get(unitId) ?? (await unitsByIds(tx, [unitId])).get(unitId);
      return known?.name ?? '';
    },
    async calendarOf(unitId) {
      // The statement read the calendar inputs of these two (a unit without office hours of its
      // own has none among them: it keeps the default hours).
      const read = unitId === row.receivingUnitId || unitId === row.competentUnitId;
      const fromInputs = read
        ? (await workingCalendarsFromInputs(tx, province, subject.calendar, [unitId])).get(unitId)
        : undefined;
      return fromInputs ?? workingCalendarOf(tx, province, unitId);
    },
    later(write, options) {
      writes.push(write);
      if (options?.endsLegalClock) legalClockEnds = true;
    },
    async issueForm(form) {
      const formId = await issueForm(deps, tx, caller, form);
      formIds.push(formId);
      return formId;
    },
  };
  const facts = await loadCommandFacts(tx, {
    procedure,
    provinceCode: province,
    dossierId: row.id,
    record,
    steps,
    reach,
    callerId: caller.auth.userId,
    now: now.getTime(),
    request: input.request,
    only: input.action,
    known: {
      legalDueAt: subject.clocks.get(clockKey(DOSSIER_CLOCK, row.id))?.dueAt.getTime() ?? null,
      resultFiles: subject.resultFiles,
      calendarOf: ctx.calendarOf,
    },
  });
  const refusal = commandRefusal(input.action, facts);
  if (refusal) throw refusalError(refusal, input.action, record.state);
  const statePatch = stateChange(record, input.action);
  const outcome = await work(ctx);
  const patch: DossierPatch = { ...statePatch, ...outcome.patch };
  const notices = await commandNotices(deps, {
    dossierId: row.id,
    record: { ...record, ...patch },
    eventType: input.action,
    reason: outcome.reason ?? null,
    formIds,
    procedureName: async () => (await procedure()).content.name,
    unitName: ctx.unitName,
  });
  const outbox = enqueueMessagesSql(deps, notices);
  // The command's rows in one statement: its side rows, the applicant's notices, its event with
  // the legal clock as the command leaves it, and the dossier's row.
  const written = await writeTogether(
    tx,
    [
      ...writes,
      ...(outbox ? [outbox] : []),
      commandEventStatement(
        {
          id: uuidv7(deps.clock),
          dossierId: row.id,
          seq: row.rowVersion + 1,
          type: input.action,
          at: now,
          actorUserId: caller.auth.userId,
          actorName: caller.auth.fullName,
          unitId: outcome.unitId,
          reason: outcome.reason ?? null,
          before: pick(record, patch),
          after: patch,
        },
        legalClockEnds ? null : RUNNING_LEGAL_DUE_OF_EVENT,
      ),
    ],
    updateDossierAtStatement(row.id, row.rowVersion, columnsOfPatch(patch), now),
  );
  if (written !== 1)
    throw new AppError('dossier_changed', 409, { current: row.rowVersion + 1, yours: input.version });
}

/** The dossier's legal due time while its clock runs, for its event row (`r`), compiled once. */
const RUNNING_LEGAL_DUE_OF_EVENT = compiled(
  runningDueAtSql({ subjectType: DOSSIER_CLOCK, subjectId: sql.raw('r."dossierId"') }),
);

/** The state part of a command's patch: the state machine's next status for a transition. */
function stateChange(record: DossierRecord, action: DossierAction): DossierPatch {
  if (COMMAND_TABLE[action].effect === 'in_state') return {};
  const next = transition(
    { state: record.state, supplementPhase: record.supplementPhase },
    action as DossierCommand,
  );
  // The table lists a transition's states from the state machine (a test proves they agree).
  if (!next) throw new Error(`the command table allows ${action} in ${record.state}`);
  return { state: next.state, supplementPhase: next.supplementPhase };
}
