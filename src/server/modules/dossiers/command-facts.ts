import { and, count, eq } from 'drizzle-orm';
import { remainingWorkingMinutes } from '../../../domain/calendar/deadlines';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { ASSIGNING_ROLES } from '../../../domain/dossier/assignment';
import type {
  CommandFacts,
  DossierAction,
  HeldStep,
  StepKind,
  StepRole,
  StoredFact,
} from '../../../domain/dossier/command-table';
import { storedFactsOf } from '../../../domain/dossier/command-table';
import { apologyWindowOpen, firstProcessingStep, returnNeedsApology } from '../../../domain/dossier/rules';
import type { Role } from '../../../domain/identity/roles';
import type { DbOrTx } from '../../db/client';
import { dossierFiles } from '../../db/schema';
import type { AuthContext, UnitReach } from '../../platform/access';
import { clocksOf, workingCalendarOf } from '../calendar/deadline-clocks';
import { type ProcedureVersionText, procedureVersionText } from '../catalog/procedure-for-dossiers';
import { DOSSIER_CLOCK } from './processing-steps';
import type { DossierRecord } from './record';
import type { StepRow } from './repo';

/** The system itself, acting on a legal rule (events name it as their actor). */
export const SYSTEM_ACTOR: AuthContext = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  fullName: 'Hệ thống MộtCửa (tự động)',
  homeUnitId: '00000000-0000-0000-0000-000000000000',
  sessionId: 'system',
  csrfToken: 'system',
  assignments: [{ role: 'system_admin', unitId: '00000000-0000-0000-0000-000000000000' }],
};

/** What a request adds to the facts (what the approver declares, how the result goes back). */
export interface RequestFacts {
  readonly paperResultDeclared?: boolean;
  readonly electronicReturn?: boolean;
}

/** The active steps the caller holds: the step's role over the step's unit. */
export async function heldStepsOf(
  steps: readonly StepRow[],
  reach: UnitReach,
  callerId: string,
): Promise<HeldStep[]> {
  const held: HeldStep[] = [];
  for (const step of steps.filter((s) => s.state === 'active')) {
    if (!(await reach([step.role as Role], step.unitId))) continue;
    held.push({
      role: step.role as StepRole,
      kind: step.kind as StepKind,
      workflowIndex: step.workflowIndex,
      takenBy: step.assigneeId === null ? 'nobody' : step.assigneeId === callerId ? 'caller' : 'other',
    });
  }
  return held;
}

/** Is the caller the head of a unit holding an active step (the assignment rule's roles over it)? */
async function headOfActiveStepUnit(steps: readonly StepRow[], reach: UnitReach): Promise<boolean> {
  for (const step of steps.filter((s) => s.state === 'active'))
    if (await reach(ASSIGNING_ROLES, step.unitId)) return true;
  return false;
}

/**
 * Loads what the command table decides on (`commandRefusal`, `permittedActions`): the caller's
 * place in the dossier and the dossier's facts, read in the same transaction as the command.
 */
export async function loadCommandFacts(
  db: DbOrTx,
  input: {
    readonly provinceCode: string;
    readonly dossierId: string;
    /** The runner's read of the procedure version, shared with the command's work. */
    readonly procedure?: () => Promise<ProcedureVersionText>;
    readonly record: DossierRecord;
    readonly steps: readonly StepRow[];
    readonly reach: UnitReach;
    readonly callerId: string;
    readonly now: number;
    readonly request?: RequestFacts;
    /** The one command asked about (the runner): facts only other commands need are not read. */
    readonly only?: DossierAction;
    /** What the caller already read (the dossier page, the runner): not read again. */
    readonly known?: {
      readonly procedure?: ProcedureVersionText;
      readonly legalDueAt: number | null;
      readonly resultFiles?: number;
      readonly calendarOf?: (unitId: string) => Promise<WorkingCalendar>;
    };
  },
): Promise<CommandFacts> {
  const { record, steps, reach, now } = input;
  // The runner asks about one command: only what its preconditions read is loaded.
  const needed = (fact: StoredFact) => input.only === undefined || storedFactsOf(input.only).has(fact);
  const [procedure, legalDueAt, resultFiles] = await Promise.all([
    input.known?.procedure ??
      (needed('procedure')
        ? (input.procedure?.() ?? procedureVersionText(db, record.procedureVersionId))
        : null),
    input.known
      ? input.known.legalDueAt
      : needed('legal_clock')
        ? clocksOf(db, DOSSIER_CLOCK, [input.dossierId]).then(
            (c) => c.get(input.dossierId)?.dueAt.getTime() ?? null,
          )
        : null,
    needed('result_files') ? (input.known?.resultFiles ?? resultFileCount(db, input.dossierId)) : 0,
  ]);
  const windowNeeded = input.only === undefined || input.only === 'issue_apology';
  const faultUnitId = steps.find((s) => s.state === 'active')?.unitId ?? record.competentUnitId;
  const apologyIssued = record.apology !== null;
  return {
    status: { state: record.state, supplementPhase: record.supplementPhase },
    caller: {
      isApplicant: false,
      isSystem: input.callerId === SYSTEM_ACTOR.userId,
      deskClerk: await reach(['clerk'], record.receivingUnitId),
      competentApprover: await reach(['approver'], record.competentUnitId),
      faultUnitApprover: await reach(['approver'], faultUnitId),
      stepUnitHead: await headOfActiveStepUnit(steps, reach),
      heldSteps: await heldStepsOf(steps, reach, input.callerId),
    },
    received: record.receivedAt !== null,
    apologyIssued,
    apologyWindowOpen:
      windowNeeded &&
      (await apologyWindowOpenFor(
        input.known?.calendarOf ?? ((unitId) => workingCalendarOf(db, input.provinceCode, unitId)),
        record,
        legalDueAt,
        now,
      )),
    resultAttached: resultFiles > 0,
    paperResultAllowed: procedure !== null && procedure.content.resultMedium !== 'electronic',
    pauseAllowed: procedure?.content.pauseAllowed === true,
    apologyOwed: returnNeedsApology({
      legalDueAt,
      resolvedAt: record.resolvedAt ? Date.parse(record.resolvedAt) : null,
      apologyIssued,
    }),
    workflowLength: procedure?.content.workflow.length ?? 0,
    firstProcessingStep: procedure ? firstProcessingStep(procedure.content.workflow) : 0,
    ...input.request,
  };
}

async function resultFileCount(db: DbOrTx, dossierId: string): Promise<number> {
  const [files] = await db
    .select({ n: count() })
    .from(dossierFiles)
    .where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.kind, 'result')));
  return files?.n ?? 0;
}

/** The apology window in the competent unit's calendar (read only when the due time is ahead). */
async function apologyWindowOpenFor(
  calendarOf: (unitId: string) => Promise<WorkingCalendar>,
  record: DossierRecord,
  legalDueAt: number | null,
  now: number,
): Promise<boolean> {
  if (legalDueAt === null || now >= legalDueAt)
    return apologyWindowOpen({ legalDueAt, now, remainingWorkingMinutes: 0, workingDayMinutes: 0 });
  const calendar = await calendarOf(record.competentUnitId);
  return apologyWindowOpen({
    legalDueAt,
    now,
    remainingWorkingMinutes: remainingWorkingMinutes(calendar, legalDueAt, now),
    workingDayMinutes: calendar.workingDayMinutes,
  });
}
