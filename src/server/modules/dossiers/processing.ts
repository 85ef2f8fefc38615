import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ZApproveRequest,
  ZForwardRequest,
  ZInterAgencyDoneRequest,
  ZInterAgencyRequest,
  ZReasonRequest,
  ZSendBackRequest,
  ZSupplementRequest,
  ZVersionOnlyRequest,
} from '../../../contracts/dossiers';
import { classifyCompletion } from '../../../domain/calendar/deadlines';
import type { WorkflowStep } from '../../../domain/catalog/procedure';
import { firstProcessingStep } from '../../../domain/dossier/rules';
import { dossierSteps, units } from '../../db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import {
  endDeadlineClocks,
  endDeadlineClocksStatement,
  pauseDeadlineClock,
  resumeDeadlineClock,
} from '../calendar/deadline-clocks';
import { type CommandContext, type DossierCaller, runDossierCommand } from './command';
import { closeStep, DOSSIER_CLOCK, openStep, openWorkflowStep, STEP_CLOCK } from './processing-steps';
import type { StepRow } from './repo';

const stepInvalid = (reasonVi: string, reasonEn: string) =>
  new AppError('dossier_step_invalid', 409, { reasonVi, reasonEn });

/** The open step the caller works on: an active step of their role at a unit in their scope. */
async function callersActiveStep(ctx: CommandContext, roles?: readonly StepRow['role'][]): Promise<StepRow> {
  const active = ctx.steps.filter((s) => s.state === 'active' && (!roles || roles.includes(s.role)));
  for (const step of active) {
    if (await ctx.reach([step.role as 'clerk' | 'officer' | 'approver'], step.unitId)) return step;
  }
  throw new AppError('dossier_not_your_step', 403);
}

async function procedureOf(ctx: CommandContext) {
  return (await ctx.procedure()).content;
}

async function workflowOf(ctx: CommandContext): Promise<readonly WorkflowStep[]> {
  return (await procedureOf(ctx)).workflow;
}

/** The officer or approver takes the step (nhận xử lý): it shows as theirs in everyone's inbox. */
export function acceptStep(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZVersionOnlyRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'accept_step' },
    async (ctx) => {
      const step = await callersActiveStep(ctx);
      await ctx.tx
        .update(dossierSteps)
        .set({ assigneeId: caller.auth.userId, assigneeName: caller.auth.fullName })
        .where(eq(dossierSteps.id, step.id));
      return { patch: {}, unitId: step.unitId };
    },
  );
}

/** Hands the dossier on to the next workflow step (a row of the control slip). */
export function forwardStep(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZForwardRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'forward' },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['clerk', 'officer']);
      const workflow = await workflowOf(ctx);
      const next = (step.workflowIndex ?? -1) + 1;
      const nextUnit = await openWorkflowStep(ctx, id, ctx.record, workflow, next);
      await closeStep(ctx, step, 'done', nextUnit, body.note);
      return { patch: {}, unitId: step.unitId, reason: body.note || null };
    },
  );
}

/** Sends the dossier back to an earlier workflow step, with the reason (trả lại). */
export function sendBack(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZSendBackRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'send_back' },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['officer', 'approver']);
      const workflow = await workflowOf(ctx);
      const current = step.workflowIndex ?? -1;
      if (body.toStep >= current || body.toStep < firstProcessingStep(workflow)) {
        throw stepInvalid(
          'chỉ trả lại được một bước xử lý trước đó',
          'only an earlier processing step can be chosen',
        );
      }
      const unit = await openWorkflowStep(ctx, id, ctx.record, workflow, body.toStep);
      await closeStep(ctx, step, 'returned', unit, body.reason);
      return { patch: {}, unitId: step.unitId, reason: body.reason };
    },
  );
}

/**
 * The processing unit asks for a supplement (Mẫu 02), listing everything at once; the legal time
 * restarts from zero when the complete dossier arrives (Decree 118/2025 art. 19.5).
 */
export function requestSupplementInProcessing(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZSupplementRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'request_supplement' },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['officer', 'approver']);
      await closeStep(ctx, step, 'returned', null, body.reason);
      // Restart (the default) ends the clock, to start anew; the procedure may keep the time left.
      if ((await procedureOf(ctx)).supplementPolicy === 'pause') {
        await pauseDeadlineClock(
          ctx.tx,
          deps.clock,
          { subjectType: DOSSIER_CLOCK, subjectId: id },
          ctx.now.getTime(),
        );
      } else {
        await endDeadlineClocks(ctx.tx, deps.clock, DOSSIER_CLOCK, [id]);
      }
      await ctx.issueForm({
        dossierId: id,
        kind: 'supplement_request',
        unitId: step.unitId,
        content: { reason: body.reason, documents: body.missing, appointmentAt: null },
      });
      return { patch: {}, unitId: step.unitId, reason: body.reason };
    },
  );
}

/** Pauses the work where the procedure allows (financial obligation, outside verification). */
export function pauseDossier(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZReasonRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'pause' },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['officer', 'approver']);
      await pauseDeadlineClock(
        ctx.tx,
        deps.clock,
        { subjectType: DOSSIER_CLOCK, subjectId: id },
        ctx.now.getTime(),
      );
      await pauseDeadlineClock(
        ctx.tx,
        deps.clock,
        { subjectType: STEP_CLOCK, subjectId: step.id },
        ctx.now.getTime(),
      );
      return { patch: {}, unitId: step.unitId, reason: body.reason };
    },
  );
}

export function resumeDossier(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZVersionOnlyRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'resume' },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['officer', 'approver']);
      const due = await resumeDeadlineClock(
        ctx.tx,
        deps.clock,
        { subjectType: DOSSIER_CLOCK, subjectId: id },
        ctx.now.getTime(),
      );
      await resumeDeadlineClock(
        ctx.tx,
        deps.clock,
        { subjectType: STEP_CLOCK, subjectId: step.id },
        ctx.now.getTime(),
      );
      // The applicant's appointment follows the legal time the pause kept (never earlier than promised).
      const later = ctx.record.appointmentAt && due.getTime() > Date.parse(ctx.record.appointmentAt);
      return { patch: later ? { appointmentAt: due.toISOString() } : {}, unitId: step.unitId };
    },
  );
}

/**
 * Sends a part of the work to another agency or level (liên thông) with its own time; the
 * sending step is done, the other agency gets an inter-agency step and acts on it alone.
 */
export function sendInterAgency(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZInterAgencyRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'send_inter_agency' },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['officer', 'approver']);
      const [target] = await ctx.tx.select().from(units).where(eq(units.id, body.unitId));
      if (
        !target ||
        target.validTo !== null ||
        target.provinceCode !== deps.config.PROVINCE_CODE ||
        target.id === step.unitId
      ) {
        throw stepInvalid('đơn vị nhận không hợp lệ', 'the receiving unit is not valid');
      }
      const calendar = await ctx.calendarOf(target.id);
      const unitName = await openStep(
        ctx,
        id,
        {
          workflowIndex: step.workflowIndex,
          kind: 'inter_agency',
          name: body.task,
          role: 'officer',
          unitId: target.id,
          budgetMinutes: Math.round(body.workingDays * calendar.workingDayMinutes),
        },
        { calendar, unitName: target.name },
      );
      await closeStep(ctx, step, 'done', unitName, body.task);
      return { patch: {}, unitId: step.unitId, reason: body.task };
    },
  );
}

/** The other agency hands its part back; the sending workflow step opens again with its share. */
export function finishInterAgency(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZInterAgencyDoneRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'inter_agency_done' },
    async (ctx) => {
      const step = ctx.steps.find((s) => s.state === 'active' && s.kind === 'inter_agency');
      if (!step) throw notFound();
      const workflow = await workflowOf(ctx);
      const back = await openWorkflowStep(
        ctx,
        id,
        ctx.record,
        workflow,
        step.workflowIndex ?? firstProcessingStep(workflow),
      );
      await closeStep(ctx, step, 'done', back, body.note);
      return { patch: {}, unitId: step.unitId, reason: body.note || null };
    },
  );
}

/**
 * The approver signs the result (an attached document, or a declared paper result): the dossier
 * is resolved, classified against its legal due time.
 */
export function approveResult(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZApproveRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    {
      dossierId: id,
      version: body.version,
      action: 'resolve',
      request: { paperResultDeclared: body.paperResult },
    },
    async (ctx) => {
      const step = await callersActiveStep(ctx, ['approver']);
      const desk = await ctx.unitName(ctx.record.receivingUnitId);
      await closeStep(ctx, step, 'done', desk || null, body.note);
      const legal = await ctx.clockOf(DOSSIER_CLOCK, id);
      ctx.later(endDeadlineClocksStatement(deps.clock, DOSSIER_CLOCK, [id]), { endsLegalClock: true });
      return {
        patch: {
          resolvedAt: ctx.now.toISOString(),
          completion: legal ? classifyCompletion(legal.dueAt.getTime(), ctx.now.getTime()) : null,
        },
        unitId: step.unitId,
        reason: body.note || null,
      };
    },
  );
}

/** Ends every open step and clock of a dossier that stops here (refused, stopped, withdrawn). */
export async function closeAllWork(ctx: CommandContext, id: string): Promise<void> {
  for (const step of ctx.steps.filter((s) => s.state === 'active'))
    await closeStep(ctx, step, 'cancelled', null, null);
  ctx.later(endDeadlineClocksStatement(ctx.deps.clock, DOSSIER_CLOCK, [id]), { endsLegalClock: true });
}
