import { classifyCompletion, type Duration, workingMinutesBetween } from '../../../domain/calendar/deadlines';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { timeLimitForChannel, type WorkflowStep } from '../../../domain/catalog/procedure';
import { firstProcessingStep, placeOfStep, stepBudgets } from '../../../domain/dossier/rules';
import type { Tx } from '../../db/client';
import { insertRowsCompiled } from '../../db/rows-insert';
import { updateRowsCompiled } from '../../db/rows-update';
import { dossierSteps } from '../../db/schema';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import {
  endDeadlineClocksStatement,
  insertClocksCompiled,
  newClockRow,
  startDeadlineClock,
  workingCalendarOf,
} from '../calendar/deadline-clocks';
import type { ProcedureForDossier } from '../catalog/procedure-for-dossiers';
import type { CommandContext } from './command';
import type { DossierRecord } from './record';
import type { StepRow } from './repo';

export const DOSSIER_CLOCK = 'dossier';
export const STEP_CLOCK = 'dossier_step';

/** The procedure's legal time for a channel (online may have its own, domain.md §3). */
export function legalDuration(
  procedure: Pick<ProcedureForDossier, 'content'>,
  channel: DossierRecord['channel'],
): Duration {
  return timeLimitForChannel(procedure.content.processing, channel);
}

/**
 * Starts (or restarts, after a supplement) the dossier's legal clock at the competent unit and
 * plans each workflow step's share of the working time until the due time.
 */
export async function startLegalClock(
  deps: AppDeps,
  tx: Tx,
  input: {
    id: string;
    record: DossierRecord;
    procedure: Pick<ProcedureForDossier, 'content'>;
    startedAt: number;
    calendar?: WorkingCalendar;
  },
): Promise<{ dueAt: Date; stepBudgets: number[] }> {
  const province = deps.config.PROVINCE_CODE;
  const calendar = input.calendar ?? (await workingCalendarOf(tx, province, input.record.competentUnitId));
  const dueAt = await startDeadlineClock(tx, deps.clock, {
    calendar,
    provinceCode: province,
    subjectType: DOSSIER_CLOCK,
    subjectId: input.id,
    unitId: input.record.competentUnitId,
    startedAt: input.startedAt,
    duration: legalDuration(input.procedure, input.record.channel),
  });
  const total = workingMinutesBetween(calendar, input.startedAt, dueAt.getTime());
  return { dueAt, stepBudgets: [...stepBudgets(total, input.procedure.content.workflow)] };
}

/**
 * Everything a receipt at the desk starts, computed in memory for one write: the legal clock at
 * the competent unit, each workflow step's share of the time, and the first processing step
 * (with its clock) already handed to its unit. The step's clock counts in the competent unit's
 * calendar: the first processing step is the competent unit's (or, for an all-desk workflow, the
 * desk's, which belongs to it).
 */
export function receiptPlan(
  deps: AppDeps,
  calendar: WorkingCalendar,
  input: { id: string; record: DossierRecord; procedure: ProcedureForDossier; now: number },
) {
  const province = deps.config.PROVINCE_CODE;
  const legal = newClockRow(deps.clock, calendar, {
    provinceCode: province,
    subjectType: DOSSIER_CLOCK,
    subjectId: input.id,
    unitId: input.record.competentUnitId,
    startedAt: input.now,
    duration: legalDuration(input.procedure, input.record.channel),
  });
  const workflow = input.procedure.content.workflow;
  const budgets = [
    ...stepBudgets(workingMinutesBetween(calendar, input.now, legal.dueAt.getTime()), workflow),
  ];
  const index = firstProcessingStep(workflow);
  const step = workflow[index];
  if (!step) throw new Error('a procedure in force has a workflow');
  const firstStep = {
    id: uuidv7(deps.clock),
    dossierId: input.id,
    ordinal: 1,
    workflowIndex: index,
    kind: 'workflow',
    name: step.name,
    role: step.role,
    unitId: unitOfStep(input.record, step),
    state: 'active',
    assigneeId: null,
    assigneeName: null,
    budgetMinutes: budgets[index] ?? 0,
    startedAt: new Date(input.now),
  };
  const stepClock = newClockRow(deps.clock, calendar, {
    provinceCode: province,
    subjectType: STEP_CLOCK,
    subjectId: firstStep.id,
    unitId: firstStep.unitId,
    startedAt: input.now,
    duration: { unit: 'working_minutes', amount: Math.max(firstStep.budgetMinutes, 0) },
  });
  return { dueAt: legal.dueAt, stepBudgets: budgets, firstStep, clocks: [legal.row, stepClock.row] };
}

/** The unit that does a workflow step of this dossier: the desk, or the competent unit. */
export function unitOfStep(record: DossierRecord, step: Pick<WorkflowStep, 'unitKind'>): string {
  return placeOfStep(step) === 'desk' ? record.receivingUnitId : record.competentUnitId;
}

/**
 * Opens an assignment and its clock (written with the command's other rows, `ctx.later`);
 * returns the unit's name for the hand-over row.
 */
export async function openStep(
  ctx: Pick<CommandContext, 'deps' | 'now' | 'steps' | 'later' | 'calendarOf' | 'unitName'>,
  dossierId: string,
  step: {
    workflowIndex: number | null;
    kind: 'workflow' | 'inter_agency';
    name: string;
    role: 'clerk' | 'officer' | 'approver';
    unitId: string;
    budgetMinutes: number;
  },
  known: { calendar?: WorkingCalendar; unitName?: string } = {},
): Promise<string> {
  const id = uuidv7(ctx.deps.clock);
  const ordinal = ctx.steps.reduce((max, s) => Math.max(max, s.ordinal), 0) + 1;
  ctx.later(
    insertRowsCompiled(dossierSteps, [
      {
        id,
        dossierId,
        ordinal,
        ...step,
        state: 'active',
        assigneeId: null,
        assigneeName: null,
        startedAt: ctx.now,
      },
    ]),
  );
  const calendar = known.calendar ?? (await ctx.calendarOf(step.unitId));
  const { row } = newClockRow(ctx.deps.clock, calendar, {
    provinceCode: ctx.deps.config.PROVINCE_CODE,
    subjectType: STEP_CLOCK,
    subjectId: id,
    unitId: step.unitId,
    startedAt: ctx.now.getTime(),
    duration: { unit: 'working_minutes', amount: Math.max(step.budgetMinutes, 0) },
  });
  ctx.later(insertClocksCompiled([row]));
  return known.unitName ?? (await ctx.unitName(step.unitId));
}

/**
 * Ends an assignment (done: handed on; returned: sent back; cancelled: the dossier ended),
 * classified early / on time / late against its own due time: a row of the control slip
 * (written with the command's other rows, `ctx.later`).
 */
export async function closeStep(
  ctx: Pick<CommandContext, 'deps' | 'tx' | 'now' | 'caller' | 'clockOf' | 'later'>,
  step: StepRow,
  state: 'done' | 'returned' | 'cancelled',
  handedTo: string | null,
  note: string | null,
): Promise<void> {
  const clock = state === 'cancelled' ? undefined : await ctx.clockOf(STEP_CLOCK, step.id);
  const outcome = clock ? classifyCompletion(clock.dueAt.getTime(), ctx.now.getTime()) : null;
  ctx.later(
    updateRowsCompiled(
      dossierSteps,
      {
        state,
        finishedAt: ctx.now,
        outcome,
        handedTo,
        note: note || null,
        assigneeId: step.assigneeId ?? ctx.caller.auth.userId,
        assigneeName: step.assigneeName ?? ctx.caller.auth.fullName,
      },
      { id: step.id },
    ),
  );
  ctx.later(endDeadlineClocksStatement(ctx.deps.clock, STEP_CLOCK, [step.id]));
}

/** Opens the workflow step `index` of the dossier's procedure version with its planned share. */
export async function openWorkflowStep(
  ctx: Pick<CommandContext, 'deps' | 'now' | 'steps' | 'later' | 'calendarOf' | 'unitName'>,
  dossierId: string,
  record: DossierRecord,
  workflow: readonly WorkflowStep[],
  index: number,
  known: { calendar?: WorkingCalendar; unitName?: string } = {},
): Promise<string> {
  const step = workflow[index];
  if (!step)
    throw new AppError('dossier_step_invalid', 409, {
      reasonVi: 'không có bước này',
      reasonEn: 'no such step',
    });
  return openStep(
    ctx,
    dossierId,
    {
      workflowIndex: index,
      kind: 'workflow',
      name: step.name,
      role: step.role,
      unitId: unitOfStep(record, step),
      budgetMinutes: record.stepBudgets?.[index] ?? 0,
    },
    known,
  );
}

/**
 * The desk hands a received dossier to the competent unit (Decree 118/2025 art. 18): the first
 * processing step of the workflow opens there. A receipt does this in its own transaction.
 */
export async function handOverToCompetentUnit(ctx: CommandContext) {
  const procedure = await ctx.procedure();
  const workflow = procedure.content.workflow;
  await openWorkflowStep(ctx, ctx.row.id, ctx.record, workflow, firstProcessingStep(workflow));
  return { patch: {}, unitId: ctx.record.receivingUnitId };
}
