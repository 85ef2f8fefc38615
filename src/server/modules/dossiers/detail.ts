import { asc, eq } from 'drizzle-orm';
import { workingMinutesBetween } from '../../../domain/calendar/deadlines';
import { permittedActions } from '../../../domain/dossier/command-table';
import { proposedNewAppointment, returnNeedsApology, urgencyOf } from '../../../domain/dossier/rules';
import { OPEN_STATES } from '../../../domain/dossier/state-machine';
import type { Role } from '../../../domain/identity/roles';
import type { DbOrTx } from '../../db/client';
import { dossierForms } from '../../db/schema';
import {
  type AuthContext,
  reachThroughScopes,
  resolveScope,
  type Scope,
  scopeContains,
} from '../../platform/access';
import { notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { messagesOfDossier } from '../../platform/outbox';
import { clocksOf, workingCalendarOf } from '../calendar/deadline-clocks';
import { procedureVersionOfDossier } from '../catalog/procedure-for-dossiers';
import { DOSSIER_ROLES, dossierVisibleIn } from './command';
import { loadCommandFacts } from './command-facts';
import { DOSSIER_CLOCK, STEP_CLOCK } from './processing-steps';
import { type DossierRecord, recordOfRow } from './record';
import { eventsOf, findDossier, resultFilesOf, stepsOf, unitsByIds } from './repo';

type ScopeOf = (roles: readonly Role[]) => Promise<Scope>;

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
      OPEN_STATES.includes(record.state) &&
      record.resolvedAt === null &&
      now > legalDue.getTime());
  const urgency = await legalUrgency(deps, db, record, dossierClock.get(id) ?? null, now);
  const visibleUnits = new Set(steps.map((s) => s.unitId));
  // What the caller may do now: the command table's answer, as the command runner checks it.
  const actions = permittedActions(
    await loadCommandFacts(db, {
      provinceCode: deps.config.PROVINCE_CODE,
      dossierId: id,
      record,
      steps: allSteps,
      reach: reachThroughScopes(scopeOf),
      callerId: auth.userId,
      now,
      known: { procedure, legalDueAt: legalDue?.getTime() ?? null },
    }),
  );
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
    otherLevelReceipt: record.otherLevelReceipt,
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
    apologyProposedAt: actions.includes('issue_apology')
      ? await apologyProposal(deps, db, record, now)
      : null,
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
    actions,
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
  if (clock?.state !== 'running' || record.resolvedAt !== null || !OPEN_STATES.includes(record.state))
    return 'none';
  const calendar = await workingCalendarOf(db, deps.config.PROVINCE_CODE, record.competentUnitId);
  const remaining = workingMinutesBetween(calendar, now, clock.dueAt.getTime());
  return urgencyOf(
    { dueAt: clock.dueAt.getTime(), now, remainingWorkingMinutes: remaining },
    deps.config.DUE_SOON_WORKING_DAYS * calendar.workingDayMinutes,
  );
}

/** The new appointment the apology dialog proposes, in the competent unit's calendar. */
async function apologyProposal(deps: AppDeps, db: DbOrTx, record: DossierRecord, now: number) {
  const calendar = await workingCalendarOf(db, deps.config.PROVINCE_CODE, record.competentUnitId);
  const appointmentAt = record.appointmentAt ? Date.parse(record.appointmentAt) : null;
  return new Date(proposedNewAppointment(calendar, { now, appointmentAt })).toISOString();
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
