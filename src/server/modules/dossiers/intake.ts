import type { z } from 'zod';
import type { ZCounterIntakeRequest, ZOnlineSubmission } from '../../../contracts/dossiers';
import { localDateOf } from '../../../domain/calendar/local-time';
import { formatDossierCode } from '../../../domain/dossier/identifiers';
import {
  type IntakeProblem,
  intakeProblems,
  lookupFactors,
  onlineReviewDueAt,
} from '../../../domain/dossier/rules';
import type { DossierState, SupplementPhase } from '../../../domain/dossier/state-machine';
import type { Tx } from '../../db/client';
import type { dossiers } from '../../db/schema';
import { resolveScope, scopeContains } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import type { AppDeps } from '../../platform/http';
import { onceForKey, requestFingerprint } from '../../platform/idempotency';
import { uuidv7 } from '../../platform/ids';
import type { Lang } from '../../platform/messages';
import { outboxRows } from '../../platform/outbox';
import { insertClocksStatement, workingCalendarOf } from '../calendar/deadline-clocks';
import { type ProcedureForDossier, procedureInForceForIntake } from '../catalog/procedure-for-dossiers';
import type { DossierCaller } from './command';
import { issuedFormRow } from './issued-forms';
import { applicantMessages, enqueueStaffAlert } from './notices';
import { receiptPlan } from './processing-steps';
import { columnsOfPatch, type DossierPatch, type DossierRecord, rebuildRecord } from './record';
import { insertNewDossier, nextDailySequence, type UnitSummary, unitsByIds } from './repo';

export interface CreatedDossier {
  readonly id: string;
  readonly code: string;
}

const PROBLEM_TEXT: Record<IntakeProblem['code'], Record<Lang, string>> = {
  personal_id_required: {
    vi: 'Cần số định danh cá nhân (12 chữ số).',
    en: 'The personal id (12 digits) is required.',
  },
  personal_id_not_12_digits: {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    en: 'The personal id must be exactly 12 digits.',
  },
  personal_id_unknown_province: {
    vi: 'Ba chữ số đầu của số định danh không phải mã tỉnh hợp lệ.',
    en: 'The first three digits of the personal id are not a valid province code.',
  },
  organisation_code_required: {
    vi: 'Cần mã số doanh nghiệp / mã số thuế.',
    en: 'The organisation code is required.',
  },
  phone_invalid: {
    vi: 'Số điện thoại không hợp lệ (di động 10 số, cố định 11 số).',
    en: 'Invalid phone number (mobile 10 digits, landline 11).',
  },
  contact_required: {
    vi: 'Cần ít nhất số điện thoại, e-mail hoặc địa chỉ.',
    en: 'Give at least a phone, e-mail or address.',
  },
  reason_required: { vi: 'Cần nêu lý do.', en: 'A reason is required.' },
  nothing_missing: {
    vi: 'Yêu cầu bổ sung phải đánh dấu ít nhất một giấy tờ còn thiếu.',
    en: 'A supplement request must mark at least one missing document.',
  },
  documents_missing: {
    vi: 'Còn giấy tờ chưa nộp: hãy yêu cầu bổ sung thay vì tiếp nhận.',
    en: 'Some documents are missing: request a supplement instead of receiving.',
  },
};

export function assertIntakeValid(input: Parameters<typeof intakeProblems>[0], lang: Lang): void {
  const problems = intakeProblems(input);
  if (problems.length === 0) return;
  throw new AppError(
    'dossier_invalid',
    422,
    { count: problems.length },
    problems.map((p) => ({ path: `body.${p.path}`, code: p.code, message: PROBLEM_TEXT[p.code][lang] })),
  );
}

async function procedureForIntake(deps: AppDeps, tx: Tx, procedureId: string): Promise<ProcedureForDossier> {
  const today = localDateOf(deps.clock.now().getTime());
  const procedure = await procedureInForceForIntake(tx, deps.config.PROVINCE_CODE, procedureId, today);
  if (!procedure) throw new AppError('dossier_procedure_unavailable', 422);
  return procedure;
}

/**
 * The competent unit for a dossier received at `desk`: the one asked for (another commune's =
 * non-territorial receipt, Decree 118/2025 art. 14), else the competent unit the desk belongs
 * to, else the procedure's only competent unit.
 */
function competentUnitFor(
  procedure: ProcedureForDossier,
  desk: UnitSummary,
  requested: string | undefined,
): string {
  const competent = new Set(procedure.competentUnitIds);
  if (requested !== undefined) {
    if (!competent.has(requested)) throw new AppError('dossier_unit_not_competent', 422);
    return requested;
  }
  if (competent.has(desk.id)) return desk.id;
  if (desk.parentId && competent.has(desk.parentId)) return desk.parentId;
  const [only] = procedure.competentUnitIds;
  if (only && procedure.competentUnitIds.length === 1) return only;
  throw new AppError('dossier_unit_not_competent', 422);
}

/** The desk that receives online dossiers for a competent unit: its own desk, else the procedure's. */
function receivingDeskFor(
  procedure: ProcedureForDossier,
  known: ReadonlyMap<string, UnitSummary>,
  competentUnitId: string,
): string {
  const own = procedure.receivingUnitIds.find((id) => known.get(id)?.parentId === competentUnitId);
  return own ?? procedure.receivingUnitIds[0] ?? competentUnitId;
}

async function newDossierCode(tx: Tx, competent: UnitSummary, now: Date): Promise<string> {
  const date = localDateOf(now.getTime());
  const sequence = await nextDailySequence(tx, competent.id, date);
  return formatDossierCode({ agencyCode: competent.code, date, sequence });
}

type NewEvent = { type: string; reason: string | null; before: DossierPatch; after: DossierPatch };

/** What a new dossier writes beyond its row: its first step, its form, its clocks. */
interface FirstWrites {
  readonly steps?: Parameters<typeof insertNewDossier>[1]['steps'];
  readonly forms?: Parameters<typeof insertNewDossier>[1]['forms'];
  readonly clocks?: Parameters<typeof insertNewDossier>[1]['clocks'];
}

/** Names the applicant's notice gives: the procedure and the deciding unit. */
interface NoticeNames {
  readonly procedureName: string;
  readonly unitName: string;
}

/**
 * Writes the dossier as `events` leave it — the first event's `after` is the whole record, the
 * next ones (a hand-over at receipt) patch it, exactly as commands on it later will — with its
 * first step, form and clocks, and the notice to the applicant (with the form), in one statement.
 */
async function createDossier(
  deps: AppDeps,
  tx: Tx,
  caller: DossierCaller,
  id: string,
  events: readonly NewEvent[],
  names: NoticeNames,
  writes: FirstWrites = {},
): Promise<void> {
  const record = rebuildRecord(events.map((e) => e.after));
  if (!record) throw new Error('a dossier starts with an event');
  const now = deps.clock.now();
  const columns = columnsOfPatch(record) as Omit<
    typeof dossiers.$inferInsert,
    'id' | 'provinceCode' | 'createdAt' | 'updatedAt' | 'rowVersion'
  >;
  await insertNewDossier(tx, {
    dossier: {
      ...columns,
      id,
      provinceCode: deps.config.PROVINCE_CODE,
      createdAt: now,
      updatedAt: now,
      rowVersion: events.length,
    },
    events: events.map((e, i) => ({
      id: uuidv7(deps.clock),
      dossierId: id,
      seq: i + 1,
      type: e.type,
      at: now,
      actorUserId: caller.auth.userId,
      actorName: caller.auth.fullName,
      unitId: record.receivingUnitId,
      reason: e.reason,
      before: e.before,
      after: e.after,
    })),
    steps: writes.steps ?? [],
    forms: writes.forms ?? [],
    clocks: writes.clocks ?? null,
    outbox: outboxRows(
      deps,
      applicantMessages(deps, {
        dossierId: id,
        record,
        eventTypes: events.map((e) => e.type),
        formIds: (writes.forms ?? []).map((f) => f.id).filter((f): f is string => f !== undefined),
        ...names,
        reason: events[0]?.reason ?? null,
      }),
    ),
  });
}

const OUTCOME_STATE: Record<
  'receive' | 'request_supplement' | 'refuse',
  [DossierState, SupplementPhase | null]
> = {
  receive: ['received', null],
  request_supplement: ['needs_supplement', 'intake'],
  refuse: ['refused', null],
};

const FORM_OF_OUTCOME = {
  receive: 'receipt',
  request_supplement: 'supplement_request',
  refuse: 'refusal',
} as const;

function newRecord(
  base: Pick<
    DossierRecord,
    'code' | 'receivingUnitId' | 'competentUnitId' | 'channel' | 'state' | 'supplementPhase'
  >,
  procedure: ProcedureForDossier,
  request: { applicant: DossierRecord['applicant']; documents: DossierRecord['documents']; notes: string },
  caller: DossierCaller,
  now: Date,
): DossierRecord {
  const factors = lookupFactors(request.applicant);
  return {
    ...base,
    procedureId: procedure.procedureId,
    procedureVersionId: procedure.versionId,
    applicant: request.applicant,
    lookupPhone: factors.phone,
    lookupIdTail: factors.idTail,
    documents: request.documents,
    notes: request.notes,
    stepBudgets: null,
    submittedAt: now.toISOString(),
    receivedAt: null,
    appointmentAt: null,
    apology: null,
    resolvedAt: null,
    returnedAt: null,
    delivery: null,
    completion: null,
    createdBy: caller.auth.userId,
  };
}

/**
 * A dossier handed in at the counter or by post: received (Mẫu 01 with the appointment, and
 * handed at once to the competent unit's first processing step), sent back for completion
 * (Mẫu 02) or refused (Mẫu 03), in one transaction; a retry with the same Idempotency-Key
 * returns the first dossier. The hot path of the desk: few round trips (see bench/).
 */
export async function receiveAtDesk(
  deps: AppDeps,
  caller: DossierCaller,
  request: z.infer<typeof ZCounterIntakeRequest>,
  idempotencyKey: string | undefined,
): Promise<{ replayed: boolean; answer: CreatedDossier }> {
  assertIntakeValid(request, caller.meta.lang);
  const claim = { userId: caller.auth.userId, key: idempotencyKey, fingerprint: requestFingerprint(request) };
  return deps.db.transaction(async (tx) =>
    onceForKey(tx, deps.clock, claim, async () => {
      const clerkScope = await resolveScope(tx, caller.auth, ['clerk']);
      if (!scopeContains(clerkScope, request.deskUnitId)) throw notFound();
      const procedure = await procedureForIntake(deps, tx, request.procedureId);
      const known = await unitsByIds(tx, [request.deskUnitId, ...procedure.competentUnitIds]);
      const desk = known.get(request.deskUnitId);
      if (!desk) throw notFound();
      const competent = known.get(competentUnitFor(procedure, desk, request.competentUnitId));
      if (!competent) throw new AppError('dossier_unit_not_competent', 422);
      const now = deps.clock.now();
      const [state, supplementPhase] = OUTCOME_STATE[request.outcome];
      const base = {
        code: await newDossierCode(tx, competent, now),
        receivingUnitId: desk.id,
        competentUnitId: competent.id,
        channel: request.channel,
        state,
        supplementPhase,
      };
      let record = newRecord(base, procedure, request, caller, now);
      const id = uuidv7(deps.clock);
      const names = { procedureName: procedure.content.name, unitName: competent.name };
      const reason = request.reason || null;
      const formOf = (appointmentAt: string | null) =>
        issuedFormRow(deps, caller, {
          dossierId: id,
          kind: FORM_OF_OUTCOME[request.outcome],
          unitId: desk.id,
          content: {
            reason,
            documents: request.documents.filter(
              (d) => d.provided === (request.outcome !== 'request_supplement'),
            ),
            appointmentAt,
          },
        });
      if (request.outcome !== 'receive') {
        const events: NewEvent[] = [{ type: request.outcome, reason, before: {}, after: record }];
        await createDossier(deps, tx, caller, id, events, names, { forms: [formOf(null)] });
        return { id, code: base.code };
      }
      const calendar = await workingCalendarOf(tx, deps.config.PROVINCE_CODE, competent.id);
      const plan = receiptPlan(deps, calendar, { id, record, procedure, now: now.getTime() });
      record = {
        ...record,
        receivedAt: now.toISOString(),
        appointmentAt: plan.dueAt.toISOString(),
        stepBudgets: plan.stepBudgets,
      };
      const events: NewEvent[] = [
        { type: 'receive', reason, before: {}, after: record },
        {
          type: 'start_processing',
          reason: null,
          before: { state: 'received' },
          after: { state: 'processing' },
        },
      ];
      await createDossier(deps, tx, caller, id, events, names, {
        steps: [plan.firstStep],
        forms: [formOf(record.appointmentAt)],
        clocks: insertClocksStatement(tx, plan.clocks),
      });
      return { id, code: base.code };
    }),
  );
}

/**
 * A dossier submitted online by a citizen (the portal's intake API): it waits in the receiving
 * desk's review queue, which must accept, send back or refuse it within 8 working hours.
 */
export async function submitOnline(
  deps: AppDeps,
  caller: DossierCaller,
  request: z.infer<typeof ZOnlineSubmission>,
  idempotencyKey: string | undefined,
): Promise<{ replayed: boolean; answer: CreatedDossier }> {
  assertIntakeValid({ ...request, outcome: 'receive', reason: '', documents: [] }, caller.meta.lang);
  const claim = { userId: caller.auth.userId, key: idempotencyKey, fingerprint: requestFingerprint(request) };
  return deps.db.transaction(async (tx) =>
    onceForKey(tx, deps.clock, claim, async () => {
      const procedure = await procedureForIntake(deps, tx, request.procedureId);
      if (procedure.content.online === 'none') throw new AppError('dossier_procedure_unavailable', 422);
      const known = await unitsByIds(tx, [...procedure.competentUnitIds, ...procedure.receivingUnitIds]);
      const competent = known.get(request.competentUnitId);
      if (!competent || !procedure.competentUnitIds.includes(competent.id))
        throw new AppError('dossier_unit_not_competent', 422);
      const now = deps.clock.now();
      const base = {
        code: await newDossierCode(tx, competent, now),
        receivingUnitId: receivingDeskFor(procedure, known, competent.id),
        competentUnitId: competent.id,
        channel: 'online' as const,
        state: 'submitted' as const,
        supplementPhase: null,
      };
      const id = uuidv7(deps.clock);
      const record = newRecord(base, procedure, request, caller, now);
      await createDossier(
        deps,
        tx,
        caller,
        id,
        [{ type: 'submit', reason: null, before: {}, after: record }],
        { procedureName: procedure.content.name, unitName: competent.name },
      );
      // Decree 118/2025 art. 17: the desk is alerted (within 2 hours; here at once) and must
      // decide within 8 working hours.
      const calendar = await workingCalendarOf(tx, deps.config.PROVINCE_CODE, base.receivingUnitId);
      await enqueueStaffAlert(deps, tx, {
        topic: 'online_arrival',
        dossierId: id,
        audiences: [{ unitId: base.receivingUnitId, roles: ['clerk'] }],
        facts: {
          code: base.code,
          procedureName: procedure.content.name,
          stepName: null,
          dueAt: onlineReviewDueAt(calendar, now.getTime()),
        },
      });
      return { id, code: base.code };
    }),
  );
}
