import { asc, eq } from 'drizzle-orm';
import { workingMinutesBetween } from '../../../domain/calendar/deadlines';
import type { WorkflowStep } from '../../../domain/catalog/procedure';
import { firstProcessingStep, returnNeedsApology, urgencyOf } from '../../../domain/dossier/rules';
import { FINAL_STATES } from '../../../domain/dossier/state-machine';
import type { Role } from '../../../domain/identity/roles';
import type { DbOrTx } from '../../db/client';
import { dossierForms } from '../../db/schema';
import { type AuthContext, resolveScope, type Scope, scopeContains } from '../../platform/access';
import { notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { messagesOfDossier } from '../../platform/outbox';
import { clocksOf, workingCalendarOf } from '../calendar/deadline-clocks';
import { procedureVersionOfDossier } from '../catalog/procedure-for-dossiers';
import { DOSSIER_ROLES, dossierVisibleIn } from './command';
import type { DossierAction } from './labels';
import { DOSSIER_CLOCK, STEP_CLOCK } from './processing-steps';
import { type DossierRecord, recordOfRow } from './record';
import { eventsOf, findDossier, resultFilesOf, type StepRow, stepsOf, unitsByIds } from './repo';

type ScopeOf = (roles: readonly Role[]) => Promise<Scope>;

/** What the caller may do now: the buttons of the dossier page (the commands re-check all of it). */
async function availableActions(
  record: DossierRecord,
  steps: readonly StepRow[],
  scopeOf: ScopeOf,
  callerId: string,
  workflow: readonly WorkflowStep[],
  pauseAllowed: boolean,
  apologyNeeded: boolean,
): Promise<DossierAction[]> {
  const actions: DossierAction[] = [];
  const clerkAtDesk = scopeContains(await scopeOf(['clerk']), record.receivingUnitId);
  const approverAtUnit = scopeContains(await scopeOf(['approver']), record.competentUnitId);
  const state = record.state;
  if (clerkAtDesk) {
    if (state === 'submitted') actions.push('receive', 'request_supplement', 'refuse');
    if (state === 'received') actions.push('start_processing');
    if (state === 'needs_supplement') actions.push('supplement', 'cancel');
    if (state === 'resolved') actions.push('return_result');
    if (['submitted', 'needs_supplement', 'received', 'processing', 'inter_agency', 'paused'].includes(state))
      actions.push('withdraw');
  }
  const mine: StepRow[] = [];
  for (const step of steps.filter((s) => s.state === 'active')) {
    if (scopeContains(await scopeOf([step.role as Role]), step.unitId)) mine.push(step);
  }
  for (const step of mine) {
    if (state === 'inter_agency' && step.kind === 'inter_agency') actions.push('inter_agency_done');
    if (state === 'paused' && step.role !== 'clerk') actions.push('resume');
    if (state !== 'processing') continue;
    if (step.assigneeId !== callerId && step.assigneeId === null) actions.push('accept_step');
    const index = step.workflowIndex ?? -1;
    if (step.role !== 'approver' && index + 1 < workflow.length) actions.push('forward');
    if (step.role !== 'clerk' && step.kind === 'workflow' && index > firstProcessingStep(workflow))
      actions.push('send_back');
    if (step.role !== 'clerk') actions.push('request_supplement', 'send_inter_agency');
    if (step.role !== 'clerk' && pauseAllowed) actions.push('pause');
    if (step.role === 'approver') actions.push('resolve');
    if (step.role !== 'clerk') actions.push('attach_result');
  }
  if (clerkAtDesk && state === 'resolved') actions.push('attach_result');
  if (approverAtUnit && ['processing', 'inter_agency', 'paused'].includes(state))
    actions.push('stop', 'refuse');
  const faultUnit = steps.find((s) => s.state === 'active')?.unitId ?? record.competentUnitId;
  const canApologise =
    record.apology === null &&
    !FINAL_STATES.has(state) &&
    scopeContains(await scopeOf(['officer', 'approver', 'clerk']), faultUnit);
  if (canApologise && (apologyNeeded || state !== 'resolved')) actions.push('issue_apology');
  return [...new Set(actions)];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The dossier, its steps and the caller's staff scope, when the caller may see it at all (one of
 * its units is in their scope; 404 otherwise). `whole`: the caller's units hold the receiving or
 * the competent unit, not only an inter-agency part — forms and the control slip are theirs.
 */
export async function findVisibleDossier(deps: AppDeps, db: DbOrTx, auth: AuthContext, id: string) {
  const row = await findDossier(db, deps.config.PROVINCE_CODE, id);
  if (!row) throw notFound();
  const steps = await stepsOf(db, id);
  const staffScope = await resolveScope(db, auth, DOSSIER_ROLES);
  if (!dossierVisibleIn(staffScope, row, steps)) throw notFound();
  const whole =
    scopeContains(staffScope, row.receivingUnitId) || scopeContains(staffScope, row.competentUnitId);
  return { row, steps, staffScope, whole };
}

/**
 * A dossier as its page shows it: the record, each step with its due time and outcome, the
 * timeline, the issued forms, and the caller's possible actions. A unit that only holds an
 * inter-agency part sees its own steps and events only.
 */
export async function dossierDetail(deps: AppDeps, db: DbOrTx, auth: AuthContext, id: string) {
  const { row, steps: allSteps, staffScope, whole } = await findVisibleDossier(deps, db, auth, id);
  const scopes = new Map<string, Scope>([[DOSSIER_ROLES.join(','), staffScope]]);
  const scopeOf: ScopeOf = async (roles) => {
    const key = roles.join(',');
    const known = scopes.get(key) ?? (await resolveScope(db, auth, roles));
    scopes.set(key, known);
    return known;
  };
  const steps = whole ? allSteps : allSteps.filter((s) => scopeContains(staffScope, s.unitId));
  const record = recordOfRow(row);
  const [procedure, events, forms, unitMap, dossierClock, stepClocks, files, notices] = await Promise.all([
    procedureVersionOfDossier(db, row.procedureVersionId),
    eventsOf(db, id),
    db.select().from(dossierForms).where(eq(dossierForms.dossierId, id)).orderBy(asc(dossierForms.issuedAt)),
    unitsByIds(db, [row.receivingUnitId, row.competentUnitId, ...allSteps.map((s) => s.unitId)]),
    clocksOf(db, DOSSIER_CLOCK, [id]),
    clocksOf(
      db,
      STEP_CLOCK,
      allSteps.map((s) => s.id),
    ),
    resultFilesOf(db, id),
    whole ? messagesOfDossier(db, id) : [],
  ]);
  const unitRef = (unitId: string) => {
    const u = unitMap.get(unitId);
    return { id: unitId, code: u?.code ?? '', name: u?.name ?? '' };
  };
  const legalDue = dossierClock.get(id)?.dueAt ?? null;
  const now = deps.clock.now().getTime();
  const apologyRequired =
    returnNeedsApology({
      legalDueAt: legalDue?.getTime() ?? null,
      resolvedAt: record.resolvedAt ? Date.parse(record.resolvedAt) : null,
      apologyIssued: record.apology !== null,
    }) ||
    (record.apology === null &&
      legalDue !== null &&
      !FINAL_STATES.has(record.state) &&
      record.resolvedAt === null &&
      now > legalDue.getTime());
  const urgency = await legalUrgency(deps, db, record, dossierClock.get(id) ?? null, now);
  const visibleUnits = new Set(steps.map((s) => s.unitId));
  return {
    id: row.id,
    code: row.code,
    version: row.rowVersion,
    state: record.state,
    supplementPhase: record.supplementPhase,
    channel: record.channel,
    procedure: {
      id: procedure.procedureId,
      code: procedure.code,
      name: procedure.content.name,
      versionId: procedure.versionId,
      version: procedure.version,
    },
    receivingUnit: unitRef(row.receivingUnitId),
    competentUnit: unitRef(row.competentUnitId),
    applicant: record.applicant,
    documents: [...record.documents],
    notes: record.notes,
    submittedAt: record.submittedAt,
    receivedAt: record.receivedAt,
    legalDueAt: iso(legalDue),
    appointmentAt: record.appointmentAt,
    resolvedAt: record.resolvedAt,
    returnedAt: record.returnedAt,
    delivery: record.delivery,
    completion: record.completion,
    overdue: urgency === 'overdue',
    dueSoon: urgency === 'due_soon',
    apology: record.apology
      ? {
          at: record.apology.at,
          unit: record.apology.unit,
          reason: record.apology.reason,
          newAppointmentAt: record.apology.newAppointmentAt,
          by: record.apology.by,
        }
      : null,
    apologyRequired,
    steps: steps.map((s) => ({
      id: s.id,
      ordinal: s.ordinal,
      workflowIndex: s.workflowIndex,
      kind: s.kind as 'workflow' | 'inter_agency',
      name: s.name,
      role: s.role as 'clerk' | 'officer' | 'approver',
      unit: unitRef(s.unitId),
      state: s.state as 'active' | 'done' | 'returned' | 'cancelled',
      assignee: s.assigneeName,
      startedAt: s.startedAt.toISOString(),
      dueAt: iso(stepClocks.get(s.id)?.dueAt),
      finishedAt: iso(s.finishedAt),
      outcome: s.outcome as 'early' | 'on_time' | 'late' | null,
      handedTo: s.handedTo,
      note: s.note,
    })),
    events: events
      .filter((e) => whole || (e.unitId !== null && visibleUnits.has(e.unitId)))
      .map((e) => ({
        seq: e.seq,
        type: e.type,
        at: e.at.toISOString(),
        actor: e.actorName,
        unit: e.unitId ? (unitMap.get(e.unitId)?.name ?? null) : null,
        reason: e.reason,
        stateAfter: ((e.after as Partial<DossierRecord>).state ??
          stateAt(events, e.seq)) as DossierRecord['state'],
      })),
    forms: whole
      ? forms.map((f) => ({
          id: f.id,
          kind: f.kind,
          formNumber: f.formNumber,
          issuedAt: f.issuedAt.toISOString(),
        }))
      : [],
    files: files.map((f) => ({ ...f, uploadedAt: f.uploadedAt.toISOString() })),
    notices,
    actions: await availableActions(
      record,
      allSteps,
      scopeOf,
      auth.userId,
      procedure.content.workflow,
      procedure.content.pauseAllowed === true,
      apologyRequired,
    ),
  };
}

/**
 * How close an open dossier is to its legal due time: overdue past it, due soon within the
 * warning window (`DUE_SOON_WORKING_DAYS` of the competent unit's working days), else in time.
 * A resolved, ended or paused dossier has no urgency.
 */
async function legalUrgency(
  deps: AppDeps,
  db: DbOrTx,
  record: DossierRecord,
  clock: { dueAt: Date; state: string } | null,
  now: number,
) {
  if (clock?.state !== 'running' || record.resolvedAt !== null || FINAL_STATES.has(record.state))
    return 'none';
  const calendar = await workingCalendarOf(db, deps.config.PROVINCE_CODE, record.competentUnitId);
  const remaining = workingMinutesBetween(calendar, now, clock.dueAt.getTime());
  return urgencyOf(
    { dueAt: clock.dueAt.getTime(), now, remainingWorkingMinutes: remaining },
    deps.config.DUE_SOON_WORKING_DAYS * calendar.workingDayMinutes,
  );
}

/** The state in force after event `seq` (events that do not change it carry none). */
function stateAt(events: readonly { seq: number; after: unknown }[], seq: number): string {
  let state = 'draft';
  for (const e of events) {
    if (e.seq > seq) break;
    const after = e.after as Partial<DossierRecord>;
    if (after.state) state = after.state;
  }
  return state;
}
