import { z } from 'zod';
import { DOSSIER_COMMANDS, DOSSIER_STATES } from '../domain/dossier/state-machine';
import { ZProcedureLevel } from './catalog';
import { ZIsoDate, ZPageQuery, ZUuid } from './common';

export const ZDossierState = z.enum(DOSSIER_STATES);
export const ZDossierCommand = z.enum(DOSSIER_COMMANDS);
/** Channels with the national portal's codes: trực tiếp 1, trực tuyến 2, bưu chính công ích 3. */
export const ZChannel = z.enum(['counter', 'online', 'postal']);
export const ZCompletion = z.enum(['early', 'on_time', 'late']);
export const ZDelivery = z.enum(['counter', 'postal', 'electronic']);

/** The applicant (người nộp hồ sơ): a person, or an organisation with its representative. */
export const ZApplicant = z.strictObject({
  kind: z.enum(['person', 'organisation']),
  name: z.string().trim().min(2).max(200),
  /** Số định danh cá nhân (12 digits), required for a person. */
  personalId: z.string().trim().max(20).nullable().default(null),
  /** Mã số doanh nghiệp / mã số thuế, for an organisation. */
  organisationCode: z.string().trim().max(20).nullable().default(null),
  phone: z.string().trim().max(20).nullable().default(null),
  email: z.email().max(200).nullable().default(null),
  address: z.string().trim().max(300).nullable().default(null),
});

export const ZChecklistLine = z.strictObject({
  name: z.string().trim().min(1).max(300),
  originals: z.number().int().min(0).max(50),
  copies: z.number().int().min(0).max(50),
  /** Handed in (or reused from digitised data); false lines are what is missing. */
  provided: z.boolean(),
});

export const ZIntakeOutcome = z.enum(['receive', 'request_supplement', 'refuse']);

/** Taking a dossier at the desk (counter or post): one of the three outcomes, in one command. */
export const ZCounterIntakeRequest = z.strictObject({
  procedureId: ZUuid,
  /** The desk receiving it; one of the caller's units. */
  deskUnitId: ZUuid,
  /** The competent unit; defaults to the one serving the desk. Another one = non-territorial receipt. */
  competentUnitId: ZUuid.optional(),
  channel: z.enum(['counter', 'postal']).default('counter'),
  applicant: ZApplicant,
  documents: z.array(ZChecklistLine).max(100),
  notes: z.string().trim().max(2000).default(''),
  outcome: ZIntakeOutcome,
  /** Required for a supplement request or a refusal. */
  reason: z.string().trim().max(2000).default(''),
  /**
   * The clerk confirmed receiving a procedure that is not of the desk's level (non-territorial
   * receipt, Decree 118/2025 art. 14); without it such a receipt answers 422.
   */
  otherLevelConfirmed: z.boolean().default(false),
});

/** A dossier submitted online (the citizen portal calls this); it waits in the desk's review queue. */
export const ZOnlineSubmission = z.strictObject({
  procedureId: ZUuid,
  competentUnitId: ZUuid,
  applicant: ZApplicant,
  documents: z.array(ZChecklistLine).max(100),
  notes: z.string().trim().max(2000).default(''),
});

/** Every command on an existing dossier names the version it was shown (optimistic concurrency). */
const ZVersioned = z.strictObject({ version: z.number().int().min(1) });
const ZReason = z.string().trim().min(3).max(2000);

export const ZReviewRequest = ZVersioned.extend({
  outcome: ZIntakeOutcome,
  reason: z.string().trim().max(2000).default(''),
  documents: z.array(ZChecklistLine).max(100).optional(),
});
export const ZReasonRequest = ZVersioned.extend({ reason: ZReason });
export const ZVersionOnlyRequest = ZVersioned;
export const ZForwardRequest = ZVersioned.extend({ note: z.string().trim().max(2000).default('') });
/**
 * The approver signs the result: a result document must be attached, or `paperResult` declares
 * the result signed on paper (for procedures whose result may be paper).
 */
export const ZApproveRequest = ZForwardRequest.extend({ paperResult: z.boolean().default(false) });
export const ZSendBackRequest = ZVersioned.extend({
  /** The workflow step (0-based) to send the dossier back to; earlier than the current one. */
  toStep: z.number().int().min(0),
  reason: ZReason,
});
export const ZSupplementRequest = ZVersioned.extend({
  reason: ZReason,
  missing: z
    .array(ZChecklistLine.omit({ provided: true }))
    .min(1)
    .max(50),
});
export const ZSupplementedRequest = ZVersioned.extend({
  documents: z.array(ZChecklistLine).max(100).optional(),
  note: z.string().trim().max(2000).default(''),
});
export const ZInterAgencyRequest = ZVersioned.extend({
  unitId: ZUuid,
  /** The part of the work sent (e.g. "Xác nhận nghĩa vụ tài chính"). */
  task: z.string().trim().min(3).max(300),
  /** Its time, in working days (may be fractional: 0.5 = half a working day). */
  workingDays: z.number().positive().max(60),
});
export const ZInterAgencyDoneRequest = ZVersioned.extend({ note: z.string().trim().max(2000).default('') });
export const ZApologyRequest = ZVersioned.extend({
  reason: ZReason,
  /** The new appointment, local date-time as ISO instant; after the current appointment. */
  newAppointmentAt: z.iso.datetime({ offset: true }),
});
export const ZReturnRequest = ZVersioned.extend({
  delivery: ZDelivery,
  note: z.string().trim().max(2000).default(''),
});

export const ZUnitRef = z.object({ id: ZUuid, code: z.string(), name: z.string() });

export const ZStep = z.object({
  id: ZUuid,
  ordinal: z.number().int(),
  workflowIndex: z.number().int().nullable(),
  kind: z.enum(['workflow', 'inter_agency']),
  name: z.string(),
  role: z.enum(['clerk', 'officer', 'approver']),
  unit: ZUnitRef,
  state: z.enum(['active', 'done', 'returned', 'cancelled']),
  assignee: z.string().nullable(),
  startedAt: z.string(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  outcome: ZCompletion.nullable(),
  handedTo: z.string().nullable(),
  note: z.string().nullable(),
});

export const ZDossierEvent = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  unit: z.string().nullable(),
  reason: z.string().nullable(),
  stateAfter: ZDossierState,
});

export const ZIssuedForm = z.object({
  id: ZUuid,
  kind: z.string(),
  formNumber: z.string(),
  issuedAt: z.string(),
});

export const ZApology = z.object({
  at: z.string(),
  unit: z.string(),
  reason: z.string(),
  newAppointmentAt: z.string(),
  by: z.string(),
});

/** A message sent, or waiting to be sent, through the outbox (SMS, e-mail). */
export const ZNotice = z
  .object({
    id: ZUuid,
    channel: z.enum(['sms', 'email']),
    topic: z.string(),
    recipient: z.string(),
    subject: z.string().nullable(),
    state: z.enum(['pending', 'sent', 'dead']),
    attempts: z.number().int(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'Notice' });

/** A file of a dossier (a result, or a paper the applicant uploaded), checked by its content. */
export const ZDossierFile = z.object({
  id: ZUuid,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export const ZDossier = z
  .object({
    id: ZUuid,
    code: z.string(),
    version: z.number().int(),
    state: ZDossierState,
    supplementPhase: z.enum(['intake', 'processing']).nullable(),
    channel: ZChannel,
    procedure: z.object({
      id: ZUuid,
      code: z.string(),
      name: z.string(),
      versionId: ZUuid,
      version: z.number().int(),
    }),
    receivingUnit: ZUnitRef,
    competentUnit: ZUnitRef,
    applicant: ZApplicant,
    documents: z.array(ZChecklistLine),
    notes: z.string(),
    submittedAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
    legalDueAt: z.string().nullable(),
    appointmentAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    returnedAt: z.string().nullable(),
    delivery: ZDelivery.nullable(),
    completion: ZCompletion.nullable(),
    /**
     * The desk's level when its clerk knowingly received a procedure of another level
     * (tiếp nhận không theo cấp, confirmed at intake); null for a receipt of the desk's own level.
     */
    otherLevelReceipt: ZProcedureLevel.nullable(),
    overdue: z.boolean(),
    /** Within the warning window before the legal due time (DUE_SOON_WORKING_DAYS). */
    dueSoon: z.boolean(),
    apology: ZApology.nullable(),
    apologyRequired: z.boolean(),
    /** When the caller may apologise: the earliest feasible new appointment (one working day on). */
    apologyProposedAt: z.string().nullable(),
    steps: z.array(ZStep),
    events: z.array(ZDossierEvent),
    forms: z.array(ZIssuedForm),
    /** Result documents attached (PDF or images). */
    files: z.array(
      ZDossierFile.extend({
        uploadedBy: z.string(),
      }),
    ),
    /** SMS and e-mail about the dossier (to the applicant and to staff), newest first; for the units that hold the whole dossier. */
    notices: z.array(ZNotice),
    /** Commands the caller may run now (drives the buttons). */
    actions: z.array(z.string()),
  })
  .meta({ id: 'Dossier' });

/** Where a due time stands: in time, within the warning window, past it; none without a clock. */
export const ZUrgency = z.enum(['in_time', 'due_soon', 'overdue', 'none']);

export const ZInboxQuery = ZPageQuery.extend({
  /** `mine`: steps for my roles in my units; `desk`: the desk's queues (online to review, to return). */
  view: z.enum(['mine', 'review', 'to_return', 'overdue', 'all']).default('mine'),
  /** Code or part of it, applicant name (accents and word order do not matter), phone or id number. */
  q: z.string().trim().max(100).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Received on or after this local day (Asia/Ho_Chi_Minh). */
  receivedFrom: ZIsoDate.optional(),
  /** Received on or before this local day. */
  receivedTo: ZIsoDate.optional(),
  procedureId: ZUuid.optional(),
  /** A catalog field's code (lĩnh vực). */
  field: z.string().trim().min(1).max(40).optional(),
  state: ZDossierState.optional(),
  channel: ZChannel.optional(),
  /** Where the dossier's legal due time stands. */
  due: z.enum(['in_time', 'due_soon', 'overdue']).optional(),
  /** Whose open step: mine, nobody's yet (chưa phân công), or a person's id. */
  assignee: z.union([z.enum(['me', 'none']), ZUuid]).optional(),
}).refine((q) => !q.receivedFrom || !q.receivedTo || q.receivedFrom <= q.receivedTo, {
  path: ['receivedTo'],
  message: 'receivedTo is before receivedFrom',
});

export const ZInboxItem = z.object({
  dossierId: ZUuid,
  code: z.string(),
  state: ZDossierState,
  procedureName: z.string(),
  applicantName: z.string(),
  unit: z.string(),
  /** The open step the row is about (in `mine`, the caller's; elsewhere the one due first). */
  stepName: z.string().nullable(),
  stepId: ZUuid.nullable(),
  /** Who the step is assigned to (or who took it); null when nobody yet. */
  assignee: z.string().nullable(),
  /** Hạn bước: the step's due time (for an online dossier awaiting review, the desk's 8 working hours). */
  stepDueAt: z.string().nullable(),
  stepUrgency: ZUrgency,
  /** Hạn hồ sơ: the dossier's legal due time. */
  legalDueAt: z.string().nullable(),
  legalUrgency: ZUrgency,
  version: z.number().int(),
});

export const ZInbox = z
  .object({
    total: z.number().int(),
    /** True when there are more than `total` (a work list of one's own steps counts up to 1,000). */
    totalCapped: z.boolean(),
    items: z.array(ZInboxItem),
  })
  .meta({ id: 'Inbox' });

export const ZLookupQuery = z.strictObject({
  code: z.string().trim().min(5).max(60),
  /** The applicant's phone number, or the last 4 digits of the personal id / organisation code. */
  factor: z.string().trim().min(4).max(20),
});

export const ZPublicStatus = z
  .object({
    code: z.string(),
    procedureName: z.string(),
    state: ZDossierState,
    receivedAt: z.string().nullable(),
    appointmentAt: z.string().nullable(),
    returnedAt: z.string().nullable(),
    /** The applicant's name as given, initials only past the first word. */
    applicantName: z.string(),
    steps: z.array(
      z.object({ name: z.string(), unit: z.string(), state: z.string(), finishedAt: z.string().nullable() }),
    ),
    apology: z.object({ reason: z.string(), newAppointmentAt: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'PublicDossierStatus' });

export const ZFormVerification = z.object({
  kind: z.string(),
  formNumber: z.string(),
  dossierCode: z.string(),
  issuedAt: z.string(),
  issuingUnit: z.string(),
});

export const ZResultUploadQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  version: z.coerce.number().int().min(1),
});

export const ZLogBookQuery = z.strictObject({
  unitId: ZUuid,
  from: z.iso.date(),
  to: z.iso.date(),
});

export type DossierDto = z.infer<typeof ZDossier>;
export type InboxDto = z.infer<typeof ZInbox>;
export type PublicStatusDto = z.infer<typeof ZPublicStatus>;
export type CounterIntakeRequest = z.input<typeof ZCounterIntakeRequest>;
