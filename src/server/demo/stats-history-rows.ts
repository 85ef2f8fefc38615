import { localDateOf } from '../../domain/calendar/local-time';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { formSetOn } from '../../domain/dossier/form-sets';
import { lookupFactors } from '../../domain/dossier/rules';
import type { DossierClass, DossierTimes } from '../../domain/stats/profile-plan';
import type { deadlineClocks, dossierForms, dossierSteps, dossiers } from '../db/schema';
import type { ProcedureForDossier } from '../modules/catalog/procedure-for-dossiers';
import { receiptPlan } from '../modules/dossiers/processing-steps';
import {
  type ApologyRecord,
  columnsOfPatch,
  type DossierPatch,
  type DossierRecord,
  rebuildRecord,
} from '../modules/dossiers/record';
import type { NewDossierEvent } from '../modules/dossiers/repo';
import type { Clock } from '../platform/clock';
import type { AppDeps } from '../platform/http';
import { uuidv7 } from '../platform/ids';
import { personName, SeededRandom } from './names';

/**
 * The rows of one generated dossier of the statistics history, exactly as the live commands write
 * them (intake.ts `deskReceiptRows`, command.ts, desk.ts, processing.ts): the row is the fold of
 * the events' `after`s, each event carries the legal due time while the clock runs, the legal
 * clock ends with the result, and an open dossier waits at its first processing step.
 */

/** Who the generated events name as their actor. */
export const HISTORY_ACTOR = 'Dữ liệu mẫu';

/** A unit that decides dossiers (sở, huyện, xã), with its desk and its calendar. */
export interface CompetentUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** Where its dossiers are received: its one-stop desk (the provincial centre's for a department). */
  readonly deskId: string;
  /** Where its applicants live, for their generated addresses. */
  readonly place: string;
  readonly calendar: WorkingCalendar;
}

/** One dossier as planned: where, what, by which channel, when; its code is given in receipt order. */
export interface PlannedDossier {
  readonly unit: CompetentUnit;
  readonly procedure: ProcedureForDossier;
  readonly channel: DossierRecord['channel'];
  readonly cls: DossierClass;
  readonly times: DossierTimes;
  /** Seeds the applicant and the small choices (delivery, apology reason). */
  readonly personSeed: number;
}

export interface HistoryRows {
  readonly dossier: typeof dossiers.$inferInsert;
  readonly events: NewDossierEvent[];
  readonly clocks: (typeof deadlineClocks.$inferInsert)[];
  readonly steps: (typeof dossierSteps.$inferInsert)[];
  readonly forms: (typeof dossierForms.$inferInsert)[];
}

const APOLOGY_REASONS = [
  'Hồ sơ phải lấy ý kiến của cơ quan có liên quan',
  'Hồ sơ phải xác minh thêm thông tin tại địa phương',
  'Cần thẩm định thực địa trước khi có kết quả',
  'Chờ kết quả xác minh của cơ quan cấp trên',
] as const;

/** A generated person: a name, a well-formed personal id, a mobile number. Never a real person. */
export function historyApplicant(random: SeededRandom, place: string): DossierRecord['applicant'] {
  const year = 1950 + random.int(55);
  const centurySex = (year >= 2000 ? 2 : 0) + random.int(2);
  const personalId = `060${centurySex}${String(year % 100).padStart(2, '0')}${String(random.int(1_000_000)).padStart(6, '0')}`;
  return {
    kind: 'person',
    name: personName(random),
    personalId,
    organisationCode: null,
    phone: `09${String(random.int(100_000_000)).padStart(8, '0')}`,
    email: null,
    address: `Thôn ${1 + random.int(9)}, ${place}`,
  };
}

/** A clock that reads what it was last set to: ids and rows stamped at the generated instants. */
export class HistoryClock implements Clock {
  #at = 0;
  set(at: number): this {
    this.#at = at;
    return this;
  }
  now(): Date {
    return new Date(this.#at);
  }
}

const iso = (at: number) => new Date(at).toISOString();

function deliveryOf(channel: DossierRecord['channel'], random: SeededRandom): DossierRecord['delivery'] {
  if (channel === 'postal') return 'postal';
  if (channel === 'online') return random.next() < 0.7 ? 'electronic' : 'counter';
  return random.next() < 0.1 ? 'postal' : 'counter';
}

/** The rows of a planned dossier with its code; `clock` is set to each instant as rows are stamped. */
export function historyRows(
  deps: AppDeps,
  clock: HistoryClock,
  planned: PlannedDossier & { readonly code: string },
): HistoryRows {
  const { unit, procedure, channel, times } = planned;
  const random = new SeededRandom(planned.personSeed);
  const id = uuidv7(clock.set(times.receivedAt));
  const applicant = historyApplicant(random, unit.place);
  const factors = lookupFactors(applicant);
  const submittedAt =
    channel === 'online' ? times.receivedAt - (1 + random.int(90)) * 60_000 : times.receivedAt;
  const base: DossierRecord = {
    code: planned.code,
    receivingUnitId: unit.deskId,
    competentUnitId: unit.id,
    channel,
    state: 'received',
    supplementPhase: null,
    procedureId: procedure.procedureId,
    procedureVersionId: procedure.versionId,
    applicant,
    lookupPhone: factors.phone,
    lookupIdTail: factors.idTail,
    documents: [],
    notes: '',
    stepBudgets: null,
    submittedAt: iso(submittedAt),
    receivedAt: null,
    appointmentAt: null,
    apology: null,
    resolvedAt: null,
    returnedAt: null,
    delivery: null,
    completion: null,
    otherLevelReceipt: null,
    createdBy: null,
  };
  const plan = receiptPlan({ ...deps, clock }, unit.calendar, {
    id,
    record: base,
    procedure,
    now: times.receivedAt,
  });
  if (plan.dueAt.getTime() !== times.dueAt) throw new Error('the planned due time is not the clock’s');
  const due = plan.dueAt;
  const received: DossierRecord = {
    ...base,
    receivedAt: iso(times.receivedAt),
    appointmentAt: due.toISOString(),
    stepBudgets: plan.stepBudgets,
  };
  const events: Omit<NewDossierEvent, 'id' | 'dossierId' | 'seq' | 'actorUserId' | 'actorName'>[] = [
    {
      type: 'receive',
      at: new Date(times.receivedAt),
      unitId: unit.deskId,
      reason: null,
      before: {},
      after: received,
      legalDueAt: due,
    },
    {
      type: 'start_processing',
      at: new Date(times.receivedAt),
      unitId: unit.deskId,
      reason: null,
      before: { state: 'received' },
      after: { state: 'processing' },
      legalDueAt: due,
    },
  ];
  const forms: HistoryRows['forms'] = [];
  if (times.apologyAt !== null && times.newAppointmentAt !== null) {
    const reason = APOLOGY_REASONS[random.int(APOLOGY_REASONS.length)] ?? APOLOGY_REASONS[0];
    const apology: ApologyRecord = {
      at: iso(times.apologyAt),
      unitId: unit.id,
      unit: unit.name,
      reason,
      newAppointmentAt: iso(times.newAppointmentAt),
      previousAppointmentAt: due.toISOString(),
      by: HISTORY_ACTOR,
    };
    const after: DossierPatch = { appointmentAt: apology.newAppointmentAt, apology };
    events.push({
      type: 'issue_apology',
      at: new Date(times.apologyAt),
      unitId: unit.id,
      reason,
      before: { appointmentAt: due.toISOString(), apology: null },
      after,
      legalDueAt: due,
    });
    forms.push({
      id: uuidv7(clock.set(times.apologyAt)),
      dossierId: id,
      kind: 'apology',
      formNumber: formSetOn(localDateOf(times.apologyAt)).formNumber('apology'),
      issuedAt: new Date(times.apologyAt),
      issuingUnitId: unit.id,
      issuedBy: HISTORY_ACTOR,
      content: {
        reason,
        documents: [],
        appointmentAt: due.toISOString(),
        newAppointmentAt: apology.newAppointmentAt,
      },
    });
  }
  if (times.resolvedAt !== null) {
    events.push({
      type: 'resolve',
      at: new Date(times.resolvedAt),
      unitId: unit.id,
      reason: null,
      before: { state: 'processing', supplementPhase: null, resolvedAt: null, completion: null },
      after: {
        state: 'resolved',
        supplementPhase: null,
        resolvedAt: iso(times.resolvedAt),
        completion: planned.cls as 'early' | 'on_time' | 'late',
      },
      legalDueAt: null,
    });
  }
  if (times.returnedAt !== null) {
    events.push({
      type: 'return_result',
      at: new Date(times.returnedAt),
      unitId: unit.deskId,
      reason: null,
      before: { state: 'resolved', supplementPhase: null, returnedAt: null, delivery: null },
      after: {
        state: 'returned',
        supplementPhase: null,
        returnedAt: iso(times.returnedAt),
        delivery: deliveryOf(channel, random),
      },
      legalDueAt: null,
    });
  }
  const record = rebuildRecord(events.map((e) => e.after));
  if (!record) throw new Error('a dossier starts with an event');
  const last = events[events.length - 1]?.at ?? new Date(times.receivedAt);
  const open = times.resolvedAt === null;
  const [legalClock, stepClock] = plan.clocks;
  if (!legalClock || !stepClock) throw new Error('a receipt starts the legal and the step clock');
  return {
    dossier: {
      ...(columnsOfPatch(record) as Omit<
        typeof dossiers.$inferInsert,
        'id' | 'provinceCode' | 'createdAt' | 'updatedAt' | 'rowVersion'
      >),
      id,
      provinceCode: deps.config.PROVINCE_CODE,
      createdAt: new Date(submittedAt),
      updatedAt: last,
      rowVersion: events.length,
    },
    events: events.map((e, i) => ({
      ...e,
      id: uuidv7(clock.set(e.at.getTime())),
      dossierId: id,
      seq: i + 1,
      actorUserId: null,
      actorName: HISTORY_ACTOR,
    })),
    clocks: open
      ? [legalClock, stepClock]
      : [{ ...legalClock, state: 'ended', updatedAt: new Date(times.resolvedAt ?? times.receivedAt) }],
    steps: open ? [plan.firstStep] : [],
    forms,
  };
}
