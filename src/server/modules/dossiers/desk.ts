import type { z } from 'zod';
import type {
  ZApologyRequest,
  ZReasonRequest,
  ZReturnRequest,
  ZReviewRequest,
  ZSupplementedRequest,
} from '../../../contracts/dossiers';
import { intakeCommands } from '../../../domain/dossier/intake-path';
import { apologyProblem } from '../../../domain/dossier/rules';
import { AppError } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { resumeDeadlineClock } from '../calendar/deadline-clocks';
import { applyDossierCommand, type CommandContext, type DossierCaller, runDossierCommand } from './command';
import { assertIntakeValid } from './intake';
import { closeAllWork } from './processing';
import {
  DOSSIER_CLOCK,
  handOverToCompetentUnit,
  openWorkflowStep,
  startLegalClock,
} from './processing-steps';
import type { DossierPatch } from './record';
import { unitsByIds } from './repo';

/** Starts the legal time of a dossier now and returns the patch that prints its appointment. */
async function receiptPatch(ctx: CommandContext, id: string): Promise<DossierPatch> {
  const procedure = await ctx.procedure();
  const clock = await startLegalClock(ctx.deps, ctx.tx, {
    id,
    record: ctx.record,
    procedure,
    startedAt: ctx.now.getTime(),
  });
  return {
    receivedAt: ctx.now.toISOString(),
    appointmentAt: clock.dueAt.toISOString(),
    stepBudgets: clock.stepBudgets,
  };
}

/** The legal time runs on with what it had left (a procedure whose text keeps it across a supplement). */
async function resumedPatch(ctx: CommandContext, id: string): Promise<DossierPatch> {
  const subject = { subjectType: DOSSIER_CLOCK, subjectId: id };
  const dueAt = await resumeDeadlineClock(ctx.tx, ctx.deps.clock, subject, ctx.now.getTime());
  const promised = ctx.record.appointmentAt ? Date.parse(ctx.record.appointmentAt) : 0;
  // The promise to the applicant moves only later, never earlier.
  return dueAt.getTime() > promised ? { appointmentAt: dueAt.toISOString() } : {};
}

/**
 * The desk's decision on a dossier submitted online (or re-submitted after a supplement at
 * intake): receive it (Mẫu 01, and hand it over), ask for a supplement (Mẫu 02) or refuse (Mẫu 03).
 */
export function reviewSubmitted(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZReviewRequest>,
) {
  // The same path as the counter's (`intakeCommands`): a received dossier is handed over at once.
  return deps.db.transaction(async (tx) => {
    const [, ...handOver] = intakeCommands(body.outcome);
    await applyDossierCommand(
      deps,
      tx,
      caller,
      { dossierId: id, version: body.version, action: body.outcome },
      (ctx) => decideOnSubmitted(ctx, caller, id, body),
    );
    for (const [i, command] of handOver.entries()) {
      if (command !== 'start_processing') throw new Error(`no hand-over work for ${command}`);
      await applyDossierCommand(
        deps,
        tx,
        caller,
        { dossierId: id, version: body.version + 1 + i, action: command },
        handOverToCompetentUnit,
      );
    }
  });
}

async function decideOnSubmitted(
  ctx: CommandContext,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZReviewRequest>,
) {
  const documents = body.documents ?? ctx.record.documents;
  assertIntakeValid(
    { applicant: ctx.record.applicant, outcome: body.outcome, reason: body.reason, documents },
    caller.meta.lang,
  );
  let patch: DossierPatch = { documents };
  if (body.outcome === 'receive')
    patch = { ...patch, ...(await receiptPatch({ ...ctx, record: { ...ctx.record, ...patch } }, id)) };
  await ctx.issueForm({
    dossierId: id,
    kind:
      body.outcome === 'receive' ? 'receipt' : body.outcome === 'refuse' ? 'refusal' : 'supplement_request',
    unitId: ctx.record.receivingUnitId,
    content: {
      reason: body.reason || null,
      documents: documents.filter((d) => d.provided === (body.outcome !== 'request_supplement')),
      appointmentAt: patch.appointmentAt ?? null,
    },
  });
  return { patch, unitId: ctx.record.receivingUnitId, reason: body.reason || null };
}

/**
 * The applicant completed the dossier. At intake it goes back to the desk's review; during
 * processing the legal time restarts from zero (new receipt and appointment) and the step that
 * asked opens again.
 */
export function recordSupplement(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZSupplementedRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'supplement' },
    async (ctx) => {
      const documents = body.documents ?? ctx.record.documents.map((d) => ({ ...d, provided: true }));
      if (ctx.record.supplementPhase === 'intake') {
        return { patch: { documents }, unitId: ctx.record.receivingUnitId, reason: body.note || null };
      }
      const procedure = await ctx.procedure();
      const receipt =
        procedure.content.supplementPolicy === 'pause'
          ? await resumedPatch(ctx, id)
          : await receiptPatch(ctx, id);
      const record = { ...ctx.record, ...receipt, documents };
      const asked = [...ctx.steps].reverse().find((s) => s.state === 'returned' && s.kind === 'workflow');
      const workflow = (await ctx.procedure()).content.workflow;
      await openWorkflowStep(ctx, id, record, workflow, asked?.workflowIndex ?? 0);
      await ctx.issueForm({
        dossierId: id,
        kind: 'receipt',
        unitId: ctx.record.receivingUnitId,
        content: {
          reason: body.note || null,
          documents: documents.filter((d) => d.provided),
          appointmentAt: receipt.appointmentAt ?? null,
        },
      });
      return {
        patch: { ...receipt, documents },
        unitId: ctx.record.receivingUnitId,
        reason: body.note || null,
      };
    },
  );
}

/**
 * The result is delivered; a late dossier first needs its apology (domain.md §4), and an
 * electronic return an attached electronic result (the command table).
 */
export function returnResult(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZReturnRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    {
      dossierId: id,
      version: body.version,
      action: 'return_result',
      request: { electronicReturn: body.delivery === 'electronic' },
    },
    async (ctx) => {
      return {
        patch: { returnedAt: ctx.now.toISOString(), delivery: body.delivery },
        unitId: ctx.record.receivingUnitId,
        reason: body.note || null,
      };
    },
  );
}

const APOLOGY_REASONS = {
  not_later: {
    vi: 'ngày hẹn mới phải sau ngày hẹn hiện tại',
    en: 'the new date must be after the current appointment',
  },
  in_the_past: { vi: 'ngày hẹn mới đã qua', en: 'the new date is in the past' },
} as const;

/**
 * The unit at fault apologises in writing and sets a new appointment (Mẫu 04), once per dossier
 * (Decree 118/2025 art. 19.6). The legal due time stays the reference: the dossier stays late.
 */
export function issueApology(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  body: z.infer<typeof ZApologyRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId: id, version: body.version, action: 'issue_apology' },
    async (ctx) => {
      const active = ctx.steps.find((s) => s.state === 'active');
      const faultUnitId = active?.unitId ?? ctx.record.competentUnitId;
      const problem = apologyProblem({
        now: ctx.now.getTime(),
        appointmentAt: ctx.record.appointmentAt ? Date.parse(ctx.record.appointmentAt) : null,
        newAppointmentAt: Date.parse(body.newAppointmentAt),
      });
      if (problem) {
        const text = APOLOGY_REASONS[problem];
        throw new AppError('dossier_apology_refused', 422, {
          reasonVi: text.vi,
          reasonEn: text.en,
        });
      }
      const unit = (await unitsByIds(ctx.tx, [faultUnitId])).get(faultUnitId);
      const newAppointmentAt = new Date(body.newAppointmentAt).toISOString();
      await ctx.issueForm({
        dossierId: id,
        kind: 'apology',
        unitId: faultUnitId,
        content: {
          reason: body.reason,
          documents: [],
          appointmentAt: ctx.record.appointmentAt,
          newAppointmentAt,
        },
      });
      return {
        patch: {
          appointmentAt: newAppointmentAt,
          apology: {
            at: ctx.now.toISOString(),
            unitId: faultUnitId,
            unit: unit?.name ?? '',
            reason: body.reason,
            newAppointmentAt,
            previousAppointmentAt: ctx.record.appointmentAt,
            by: caller.auth.fullName,
          },
        },
        unitId: faultUnitId,
        reason: body.reason,
      };
    },
  );
}

/**
 * Ends a dossier before its result: stopped (on the applicant's request or legal grounds, with
 * the stop notice), withdrawn by the applicant, refused during processing (Mẫu 03) or cancelled.
 */
export function endDossier(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  action: 'stop' | 'withdraw' | 'refuse' | 'cancel',
  body: z.infer<typeof ZReasonRequest>,
) {
  return runDossierCommand(deps, caller, { dossierId: id, version: body.version, action }, async (ctx) => {
    // The desk withdraws, cancels, and refuses before processing; the competent unit stops and refuses during it.
    const deskAction =
      action === 'withdraw' ||
      action === 'cancel' ||
      (action === 'refuse' && ctx.record.state !== 'processing');
    const unitId = deskAction ? ctx.record.receivingUnitId : ctx.record.competentUnitId;
    await closeAllWork(ctx, id);
    if (action === 'stop' || action === 'refuse') {
      await ctx.issueForm({
        dossierId: id,
        kind: action === 'stop' ? 'stop_notice' : 'refusal',
        unitId,
        content: { reason: body.reason, documents: [], appointmentAt: ctx.record.appointmentAt },
      });
    }
    return { patch: {}, unitId, reason: body.reason };
  });
}
