import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DossierAssignmentsDto, ZAssignStepRequest } from '../../../contracts/dossier-assignment';
import {
  type AssignableStep,
  type Assignee,
  type AssignmentProblem,
  assignmentProblem,
  mayAssignStep,
} from '../../../domain/dossier/assignment';
import { emailRecipient } from '../../../domain/dossier/notices';
import type { Role } from '../../../domain/identity/roles';
import { type DbOrTx, queryRows } from '../../db/client';
import { dossierStepAssignments, dossierSteps } from '../../db/schema';
import { type AuthContext, scopesOfCaller, unitsAboveSql } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { uuidv7 } from '../../platform/ids';
import { peopleWithRolesAtUnits } from '../users/repo';
import {
  type CommandContext,
  DOSSIER_ROLES,
  type DossierCaller,
  dossierVisibleIn,
  runDossierCommand,
} from './command';
import { enqueueStaffAlertTo } from './notices';
import { findDossier, type StepRow, stepsOf, unitsByIds } from './repo';

/** The HTTP status and the vi/en reason of each refusal of the assignment rule. */
const REFUSALS: Record<AssignmentProblem, { status: number; vi: string; en: string }> = {
  step_closed: { status: 409, vi: 'bước này đã kết thúc', en: 'the step has ended' },
  not_head_of_unit: {
    status: 403,
    vi: 'chỉ lãnh đạo đơn vị đang giữ bước mới được phân công',
    en: 'only the head of the unit holding the step may assign it',
  },
  assignee_not_in_unit: {
    status: 422,
    vi: 'người được chọn không thuộc đơn vị đang giữ bước hoặc đã bị khóa',
    en: 'the person is not of the unit holding the step, or is disabled',
  },
  assignee_lacks_role: {
    status: 422,
    vi: 'người được chọn không có vai trò của bước này',
    en: 'the person does not hold the role of this step',
  },
  already_assigned: { status: 409, vi: 'bước đã được giao cho người này', en: 'the step is already theirs' },
  reason_required: {
    status: 422,
    vi: 'giao lại cho người khác cần ghi lý do',
    en: 'reassigning the step needs a reason',
  },
};

const refusal = (problem: AssignmentProblem) => {
  const { status, vi, en } = REFUSALS[problem];
  return new AppError('dossier_assignment_refused', status, { reasonVi: vi, reasonEn: en });
};

/** The units whose role holders' scope reaches `unitId`: it and those above it. */
async function unitsReaching(db: DbOrTx, unitId: string): Promise<string[]> {
  const [row] = await queryRows<{ above: Record<string, string[]> }>(
    db,
    sql`select ${unitsAboveSql(sql`${unitId}::uuid`)} as above`,
  );
  return row?.above[unitId] ?? [unitId];
}

/** The roles the caller holds whose scope reaches the unit. */
async function callerRolesOver(
  scopeFor: ReturnType<typeof scopesOfCaller>,
  auth: AuthContext,
  unitId: string,
) {
  const held = [...new Set(auth.assignments.map((a) => a.role))];
  const reaching: Role[] = [];
  for (const role of held) {
    const scope = await scopeFor([role]);
    if (scope.all || scope.unitIds.includes(unitId)) reaching.push(role);
  }
  return reaching;
}

/** The officer given a step is told by e-mail (when they have an address), in the command's transaction. */
async function tellAssignee(ctx: CommandContext, step: StepRow, email: string | null) {
  const recipient = emailRecipient(email);
  if (!recipient) return;
  const procedure = await ctx.procedure();
  await enqueueStaffAlertTo(ctx.deps, ctx.tx, {
    topic: 'step_assigned',
    dossierId: ctx.row.id,
    recipients: [recipient],
    facts: {
      code: ctx.record.code,
      procedureName: procedure.content.name,
      stepName: step.name,
      dueAt: ctx.record.appointmentAt ? Date.parse(ctx.record.appointmentAt) : null,
    },
  });
}

const assignableOf = (step: StepRow): AssignableStep => ({
  state: step.state as AssignableStep['state'],
  role: step.role as AssignableStep['role'],
  assigneeId: step.assigneeId,
});

/**
 * The head of the unit holding an open step gives it to a person of that unit (phân công), or to
 * someone else with a reason: the step becomes theirs (their "Của tôi" list, and only they may
 * take it), the assignment joins the dossier's history, and the dossier's event records it.
 */
export function assignStep(
  deps: AppDeps,
  caller: DossierCaller,
  dossierId: string,
  body: z.infer<typeof ZAssignStepRequest>,
) {
  return runDossierCommand(
    deps,
    caller,
    { dossierId, version: body.version, action: 'assign_step' },
    async (ctx) => {
      const step = ctx.steps.find((s) => s.id === body.stepId);
      if (!step) throw notFound();
      const reaching = await unitsReaching(ctx.tx, step.unitId);
      const [person] = await peopleWithRolesAtUnits(ctx.tx, reaching, [step.role], body.assigneeId);
      const assignee: Assignee | null = person
        ? { id: person.id, active: person.active, rolesOverStepUnit: person.roles as Role[] }
        : null;
      const rolesOverStepUnit = await callerRolesOver(ctx.scopeFor, caller.auth, step.unitId);
      const problem = assignmentProblem(assignableOf(step), { rolesOverStepUnit }, assignee, body.reason);
      if (problem) throw refusal(problem);
      if (!person) throw refusal('assignee_not_in_unit');
      await ctx.tx
        .update(dossierSteps)
        .set({ assigneeId: person.id, assigneeName: person.name })
        .where(eq(dossierSteps.id, step.id));
      await ctx.tx.insert(dossierStepAssignments).values({
        id: uuidv7(deps.clock),
        dossierId,
        stepId: step.id,
        assigneeId: person.id,
        assigneeName: person.name,
        previousAssigneeName: step.assigneeName,
        assignedById: caller.auth.userId,
        assignedByName: caller.auth.fullName,
        at: ctx.now,
        reason: body.reason || null,
      });
      await tellAssignee(ctx, step, person.email);
      const note = `${step.name} → ${person.name}`;
      return { patch: {}, unitId: step.unitId, reason: body.reason ? `${note}: ${body.reason}` : note };
    },
  );
}

/** The dossier's open steps as the caller may assign them, with the people to choose from, and the history. */
export async function dossierAssignments(
  deps: AppDeps,
  db: DbOrTx,
  auth: AuthContext,
  dossierId: string,
): Promise<DossierAssignmentsDto> {
  const row = await findDossier(db, deps.config.PROVINCE_CODE, dossierId);
  if (!row) throw notFound();
  const steps = await stepsOf(db, row.id);
  const scopeFor = scopesOfCaller(db, auth);
  if (!dossierVisibleIn(await scopeFor(DOSSIER_ROLES), row, steps)) throw notFound();
  const open = steps.filter((s) => s.state === 'active');
  const unitNames = await unitsByIds(
    db,
    open.map((s) => s.unitId),
  );
  const offered = [];
  for (const step of open) {
    const rolesOverStepUnit = await callerRolesOver(scopeFor, auth, step.unitId);
    const canAssign = mayAssignStep(assignableOf(step), { rolesOverStepUnit });
    const candidates = canAssign
      ? (await peopleWithRolesAtUnits(db, await unitsReaching(db, step.unitId), [step.role]))
          .filter((p) => p.active)
          .map((p) => ({ id: p.id, name: p.name }))
      : [];
    offered.push({
      stepId: step.id,
      name: step.name,
      unit: unitNames.get(step.unitId)?.name ?? '',
      role: step.role as AssignableStep['role'],
      assignee: step.assigneeId ? { id: step.assigneeId, name: step.assigneeName ?? '' } : null,
      canAssign,
      candidates,
    });
  }
  const stepNames = new Map(steps.map((s) => [s.id, s.name]));
  const history = await db
    .select()
    .from(dossierStepAssignments)
    .where(eq(dossierStepAssignments.dossierId, row.id))
    .orderBy(asc(dossierStepAssignments.at), asc(dossierStepAssignments.id));
  return {
    steps: offered,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      stepName: stepNames.get(h.stepId) ?? '',
      assignee: h.assigneeName,
      previousAssignee: h.previousAssigneeName,
      by: h.assignedByName,
      reason: h.reason,
    })),
  };
}
