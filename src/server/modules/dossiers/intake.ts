import type { SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZCounterIntakeRequest, ZOnlineSubmission } from '../../../contracts/dossiers';
import { localDateOf } from '../../../domain/calendar/local-time';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar';
import { decidingUnit } from '../../../domain/dossier/deciding-unit';
import { otherLevelReceiptNote } from '../../../domain/dossier/desk-suggestions';
import { formatDossierCode } from '../../../domain/dossier/identifiers';
import { counterIntakePath, type IntakeStep } from '../../../domain/dossier/intake-path';
import {
  type IntakeProblem,
  intakeProblems,
  lookupFactors,
  onlineReviewDueAt,
} from '../../../domain/dossier/rules';
import type { DossierStatus } from '../../../domain/dossier/state-machine';
import { type DbOrTx, preferGenericPlans, type Tx } from '../../db/client';
import type { dossiers } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { GroupCommit } from '../../platform/group-commit';
import type { AppDeps } from '../../platform/http';
import {
  onceForKey,
  replaysOfClaims,
  requestFingerprint,
  storeAnswersStatement,
} from '../../platform/idempotency';
import { uuidv7 } from '../../platform/ids';
import type { Lang } from '../../platform/messages';
import { outboxRows } from '../../platform/outbox';
import { insertClocksStatement, workingCalendarOf } from '../calendar/deadline-clocks';
import { type ProcedureForDossier, procedureInForceForIntake } from '../catalog/procedure-for-dossiers';
import type { DossierCaller } from './command';
import { issuedFormRow } from './issued-forms';
import { applicantMessages, enqueueStaffAlert } from './notices';
import { DOSSIER_CLOCK, receiptPlan } from './processing-steps';
import { type DeskReceipt, type PlacedReceipt, placeReceipts, readReceiptContext } from './receipt-context';
import { columnsOfPatch, type DossierPatch, type DossierRecord, rebuildRecord } from './record';
import {
  firstNumbersOfRuns,
  insertNewDossiers,
  type NewDossierWrites,
  reserveDailySequences,
  type UnitSummary,
  unitsByIds,
} from './repo';

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

/** The desk that receives online dossiers for a competent unit: its own desk, else the procedure's. */
function receivingDeskFor(
  procedure: ProcedureForDossier,
  known: ReadonlyMap<string, UnitSummary>,
  competentUnitId: string,
): string {
  const own = procedure.receivingUnitIds.find((id) => known.get(id)?.parentId === competentUnitId);
  return own ?? procedure.receivingUnitIds[0] ?? competentUnitId;
}

/**
 * Gives new dossiers their codes at their competent units, in order: each unit's run of numbers
 * of the day is reserved at once, so the dossiers of one unit get consecutive numbers.
 */
async function withDossierCodes<T extends { readonly competent: UnitSummary }>(
  deps: AppDeps,
  tx: DbOrTx,
  news: readonly T[],
  now: Date,
): Promise<(T & { readonly code: string })[]> {
  const date = localDateOf(now.getTime());
  return numbered(deps, news, date, await reserveDailySequences(tx, date, countsByUnit(news)));
}

const countsByUnit = (news: readonly { readonly competent: UnitSummary }[]) => {
  const counts = new Map<string, number>();
  for (const { competent } of news) counts.set(competent.id, (counts.get(competent.id) ?? 0) + 1);
  return counts;
};

/** New dossiers with their codes, numbered in order from the first number of each unit's run. */
function numbered<T extends { readonly competent: UnitSummary }>(
  deps: AppDeps,
  news: readonly T[],
  date: string,
  firsts: ReadonlyMap<string, number>,
): (T & { readonly code: string })[] {
  const next = new Map(firsts);
  return news.map((item) => {
    const sequence = next.get(item.competent.id);
    if (sequence === undefined) throw new Error('no number reserved at the competent unit');
    next.set(item.competent.id, sequence + 1);
    const parts = { agencyCode: item.competent.code, date, sequence };
    return { ...item, code: formatDossierCode(parts, deps.config.DOSSIER_CODE_PATTERN) };
  });
}

type NewEvent = { type: string; reason: string | null; before: DossierPatch; after: DossierPatch };

type ClockRows = Parameters<typeof insertClocksStatement>[0];

/** What a new dossier writes beyond its row: its first step, its form, its clocks. */
interface FirstWrites {
  readonly steps?: NewDossierWrites['steps'];
  readonly forms?: NewDossierWrites['forms'];
  readonly clocks?: ClockRows;
}

/** The rows one new dossier writes: the row, its events, first step, form, clocks and notices. */
interface NewDossierRows extends Omit<NewDossierWrites, 'dossiers' | 'clocks'> {
  readonly dossier: NewDossierWrites['dossiers'][number];
  readonly clocks: ClockRows;
}

/** Names the applicant's notice gives: the procedure and the deciding unit. */
interface NoticeNames {
  readonly procedureName: string;
  readonly unitName: string;
}

/**
 * The rows of a dossier as `events` leave it — the first event's `after` is the whole record,
 * the next ones (a hand-over at receipt) patch it, exactly as commands on it later will — with
 * its first step, form and clocks, and the notice to the applicant (with the form).
 */
function newDossierRows(
  deps: AppDeps,
  caller: DossierCaller,
  id: string,
  events: readonly NewEvent[],
  names: NoticeNames,
  writes: FirstWrites = {},
): NewDossierRows {
  const record = rebuildRecord(events.map((e) => e.after));
  if (!record) throw new Error('a dossier starts with an event');
  const now = deps.clock.now();
  // The legal clock runs from the receipt (every event of a new dossier happens at that instant).
  const legalDueAt =
    (writes.clocks ?? []).find((c) => c.subjectType === DOSSIER_CLOCK && c.subjectId === id)?.dueAt ?? null;
  const columns = columnsOfPatch(record) as Omit<
    typeof dossiers.$inferInsert,
    'id' | 'provinceCode' | 'createdAt' | 'updatedAt' | 'rowVersion'
  >;
  return {
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
      legalDueAt,
    })),
    steps: writes.steps ?? [],
    forms: writes.forms ?? [],
    clocks: writes.clocks ?? [],
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
  };
}

/** Writes new dossiers' rows, and `alongside` writes of the same command, in one statement. */
async function writeNewDossiers(
  tx: Tx,
  all: readonly NewDossierRows[],
  alongside: readonly SQLWrapper[] = [],
): Promise<void> {
  const clocks = all.flatMap((r) => r.clocks);
  await insertNewDossiers(
    tx,
    {
      dossiers: all.map((r) => r.dossier),
      events: all.flatMap((r) => r.events),
      steps: all.flatMap((r) => r.steps),
      forms: all.flatMap((r) => r.forms),
      clocks: clocks.length > 0 ? insertClocksStatement(clocks) : null,
      outbox: all.flatMap((r) => r.outbox),
    },
    alongside,
  );
}

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
    otherLevelReceipt: null,
    createdBy: caller.auth.userId,
  };
}

type CounterIntake = z.infer<typeof ZCounterIntakeRequest>;

/**
 * The events of a new dossier's intake path: the decision creates the record (in the status it
 * leads to), each further command records only the status it changes.
 */
function pathEvents(path: readonly IntakeStep[], record: DossierRecord, reason: string | null): NewEvent[] {
  return path.map((step, i) => {
    const before = path[i - 1]?.after;
    if (!before) return { type: step.command, reason, before: {}, after: record };
    const change = (status: DossierStatus) =>
      status.supplementPhase === before.supplementPhase &&
      status.supplementPhase === step.after.supplementPhase
        ? { state: status.state }
        : status;
    return { type: step.command, reason: null, before: change(before), after: change(step.after) };
  });
}

/** What a receipt answers: its dossier, and whether that is a retry's first answer. */
interface ReceiptAnswer {
  readonly replayed: boolean;
  readonly answer: CreatedDossier;
}

/**
 * A placed receipt's dossier and rows, in memory: received (handed at once to the competent
 * unit's first step, with the legal and step clocks counted in `calendars`), sent back for
 * completion or refused, each with its form.
 */
function deskReceiptRows(
  deps: AppDeps,
  receipt: PlacedReceipt & { readonly code: string },
  calendars: ReadonlyMap<string, WorkingCalendar>,
  now: Date,
): { answer: CreatedDossier; rows: NewDossierRows } {
  const { caller, request, procedure, desk, competent, code } = receipt;
  const path = counterIntakePath(request.outcome);
  const [decision] = path;
  if (!decision) throw new Error('an intake path has a command');
  const base = {
    code,
    receivingUnitId: desk.id,
    competentUnitId: competent.id,
    channel: request.channel,
    ...decision.after,
  };
  let record = newRecord(base, procedure, request, caller, now);
  const id = uuidv7(deps.clock);
  const answer = { id, code };
  const names = { procedureName: procedure.content.name, unitName: competent.name };
  const reason = request.reason || null;
  const formOf = (appointmentAt: string | null) =>
    issuedFormRow(deps, caller, {
      dossierId: id,
      kind: FORM_OF_OUTCOME[request.outcome],
      unitId: desk.id,
      content: {
        reason,
        documents: request.documents.filter((d) => d.provided === (request.outcome !== 'request_supplement')),
        appointmentAt,
      },
    });
  if (request.outcome !== 'receive') {
    const events = pathEvents(path, record, reason);
    return { answer, rows: newDossierRows(deps, caller, id, events, names, { forms: [formOf(null)] }) };
  }
  const calendar = calendars.get(competent.id);
  if (!calendar) throw new Error('a receipt needs the working calendar of its competent unit');
  const plan = receiptPlan(deps, calendar, { id, record, procedure, now: now.getTime() });
  record = {
    ...record,
    receivedAt: now.toISOString(),
    appointmentAt: plan.dueAt.toISOString(),
    stepBudgets: plan.stepBudgets,
    otherLevelReceipt: receipt.otherLevelOfDesk,
  };
  const receiveReason = receipt.otherLevelOfDesk
    ? otherLevelReceiptNote(procedure.content, receipt.otherLevelOfDesk, competent.name)
    : reason;
  const events = pathEvents(path, record, receiveReason);
  const rows = newDossierRows(deps, caller, id, events, names, {
    steps: [plan.firstStep],
    forms: [formOf(record.appointmentAt)],
    clocks: plan.clocks,
  });
  return { answer, rows };
}

/**
 * Takes desk receipts in one transaction (a batch, or one alone) of two statements after the
 * plan setting: the first claims their keys, reads what they need, picks their competent units
 * and reserves their code numbers (`readReceiptContext`: the (unit, day) locks are held from
 * there to the commit); a retry gets its first dossier and writes nothing. The others are
 * checked and placed, numbered and built in memory, and the second statement writes them all,
 * with their idempotent answers. Both run prepared, with generic plans (they look rows up by
 * key). Throws the first failing receipt's error.
 */
async function receiveBatch(
  deps: AppDeps,
  tx: Tx,
  receipts: readonly DeskReceipt[],
): Promise<ReceiptAnswer[]> {
  const now = deps.clock.now();
  await preferGenericPlans(tx);
  const today = localDateOf(now.getTime());
  const context = await readReceiptContext(deps, tx, receipts, today);
  const replays = await replaysOfClaims<CreatedDossier>(
    tx,
    receipts.map((r) => r.claim),
    context.claimed,
  );
  const fresh = receipts.map((r, index) => ({ ...r, index })).filter((_, i) => !replays[i]);
  const { placed, calendars } = await placeReceipts(deps, tx, fresh, context);
  const counts = countsByUnit(placed);
  // The statement reserved as many numbers at each unit as receipts are placed there.
  if (
    context.reserved.length !== counts.size ||
    context.reserved.some((r) => r.count !== counts.get(r.unitId))
  )
    throw new Error('the numbers reserved do not match the receipts placed');
  const firsts = firstNumbersOfRuns(counts, context.reserved);
  const coded = numbered(deps, placed, today, firsts);
  const made = coded.map((r) => ({ claim: r.claim, ...deskReceiptRows(deps, r, calendars, now) }));
  if (made.length > 0) {
    const answers = storeAnswersStatement(made, now);
    await writeNewDossiers(
      tx,
      made.map((m) => m.rows),
      answers ? [answers] : [],
    );
  }
  const answerOf = new Map(made.map((m) => [m.claim, m.answer]));
  return receipts.map((r, i) => {
    const replay = replays[i];
    if (replay) return { replayed: true, answer: replay.answer };
    const answer = answerOf.get(r.claim);
    if (!answer) throw new Error('every fresh receipt makes a dossier');
    return { replayed: false, answer };
  });
}

/** Desk receipts are taken in batches, per app (see platform/group-commit.ts). */
const deskReceipts = new WeakMap<AppDeps, GroupCommit<DeskReceipt, ReceiptAnswer>>();

/** Receipts of one batch at most; far below PostgreSQL's 65,535 parameters per statement. */
const MAX_RECEIPTS_PER_BATCH = 50;

function deskReceiptsOf(deps: AppDeps): GroupCommit<DeskReceipt, ReceiptAnswer> {
  const known = deskReceipts.get(deps);
  if (known) return known;
  const batches = new GroupCommit<DeskReceipt, ReceiptAnswer>({
    run: (receipts) => deps.db.transaction((tx) => receiveBatch(deps, tx, receipts)),
    keyOf: (r) => (r.claim.key ? `${r.claim.userId}|${r.claim.key}` : null),
    maxBatch: MAX_RECEIPTS_PER_BATCH,
  });
  deskReceipts.set(deps, batches);
  return batches;
}

/**
 * A dossier handed in at the counter or by post: received (Mẫu 01 with the appointment, and
 * handed at once to the competent unit's first processing step), sent back for completion
 * (Mẫu 02) or refused (Mẫu 03), in one transaction; a retry with the same Idempotency-Key
 * returns the first dossier. The hot path of the desk: receipts arriving together are taken in
 * one transaction (group commit), each answered as if alone (see bench/).
 */
export async function receiveAtDesk(
  deps: AppDeps,
  caller: DossierCaller,
  request: CounterIntake,
  idempotencyKey: string | undefined,
): Promise<ReceiptAnswer> {
  assertIntakeValid(request, caller.meta.lang);
  const claim = { userId: caller.auth.userId, key: idempotencyKey, fingerprint: requestFingerprint(request) };
  return deskReceiptsOf(deps).submit({ caller, request, claim });
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
      const decided = decidingUnit({
        asked: request.competentUnitId,
        desk: null,
        competentUnitIds: procedure.competentUnitIds,
      });
      const competent = decided === null ? undefined : known.get(decided);
      if (!competent) throw new AppError('dossier_unit_not_competent', 422);
      const now = deps.clock.now();
      const [numbered] = await withDossierCodes(deps, tx, [{ competent }], now);
      if (!numbered) throw new Error('a code per dossier');
      const base = {
        code: numbered.code,
        receivingUnitId: receivingDeskFor(procedure, known, competent.id),
        competentUnitId: competent.id,
        channel: 'online' as const,
        state: 'submitted' as const,
        supplementPhase: null,
      };
      const id = uuidv7(deps.clock);
      const record = newRecord(base, procedure, request, caller, now);
      await writeNewDossiers(tx, [
        newDossierRows(deps, caller, id, [{ type: 'submit', reason: null, before: {}, after: record }], {
          procedureName: procedure.content.name,
          unitName: competent.name,
        }),
      ]);
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
