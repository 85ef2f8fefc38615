import { COMMAND_TABLE, commandRefusal } from '../../../domain/dossier/command-table';
import { type DossierCommand, transition } from '../../../domain/dossier/state-machine';
import type { Role } from '../../../domain/identity/roles';
import type { Tx } from '../../db/client';
import { type AuthContext, type Scope, scopeContains, scopesOfCaller } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps, CommandMeta } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { runningDueAtSql } from '../calendar/deadline-clocks';
import { type ProcedureForDossier, procedureVersionOfDossier } from '../catalog/procedure-for-dossiers';
import { loadCommandFacts, type RequestFacts } from './command-facts';
import { refusalError } from './command-refusals';
import type { DossierAction } from './labels';
import { enqueueCommandNotices } from './notices';
import { DOSSIER_CLOCK } from './processing-steps';
import {
  columnsOfPatch,
  type DossierPatch,
  type DossierRecord,
  type DossierRow,
  pick,
  recordOfRow,
} from './record';
import { appendDossierEvents, findDossier, type StepRow, stepsOf, updateDossierAt } from './repo';

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
  /** The caller's units for some roles (cached per command). */
  scopeFor(roles: readonly Role[]): Promise<Scope>;
  /** The dossier's procedure version (read once per command: its content never changes). */
  procedure(): Promise<ProcedureForDossier>;
}

export interface CommandOutcome {
  readonly patch: DossierPatch;
  /** The unit the command is done for (the event's and the audit's unit). */
  readonly unitId: string;
  readonly reason?: string | null;
}

/** True when the caller may see the dossier at all: one of its units is in their scope. */
export function dossierVisibleIn(scope: Scope, row: DossierRow, steps: readonly StepRow[]): boolean {
  return (
    scopeContains(scope, row.receivingUnitId) ||
    scopeContains(scope, row.competentUnitId) ||
    steps.some((s) => scopeContains(scope, s.unitId))
  );
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
  const row = await findDossier(tx, deps.config.PROVINCE_CODE, input.dossierId, { lock: true });
  if (!row) throw notFound();
  const steps = await stepsOf(tx, row.id);
  const scopeFor = scopesOfCaller(tx, caller.auth);
  if (!dossierVisibleIn(await scopeFor(DOSSIER_ROLES), row, steps)) throw notFound();
  if (row.rowVersion !== input.version) {
    throw new AppError('dossier_changed', 409, { current: row.rowVersion, yours: input.version });
  }
  const record = recordOfRow(row);
  const now = deps.clock.now();
  let procedureRead: Promise<ProcedureForDossier> | undefined;
  const procedure = () => {
    procedureRead ??= procedureVersionOfDossier(tx, record.procedureVersionId);
    return procedureRead;
  };
  const facts = await loadCommandFacts(tx, {
    procedure,
    provinceCode: deps.config.PROVINCE_CODE,
    dossierId: row.id,
    record,
    steps,
    scopeOf: scopeFor,
    callerId: caller.auth.userId,
    now: now.getTime(),
    request: input.request,
    only: input.action,
  });
  const refusal = commandRefusal(input.action, facts);
  if (refusal) throw refusalError(refusal, input.action, record.state);
  const statePatch = stateChange(record, input.action);
  const outcome = await work({ deps, tx, caller, row, record, steps, now, scopeFor, procedure });
  const patch: DossierPatch = { ...statePatch, ...outcome.patch };
  const written = await updateDossierAt(tx, row.id, row.rowVersion, columnsOfPatch(patch), now);
  if (!written)
    throw new AppError('dossier_changed', 409, { current: row.rowVersion + 1, yours: input.version });
  await appendDossierEvents(tx, [
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
      legalDueAt: runningDueAtSql({ subjectType: DOSSIER_CLOCK, subjectId: row.id }),
    },
  ]);
  await enqueueCommandNotices(deps, tx, {
    dossierId: row.id,
    record: { ...record, ...patch },
    eventType: input.action,
    startedAt: now,
    reason: outcome.reason ?? null,
  });
}

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
