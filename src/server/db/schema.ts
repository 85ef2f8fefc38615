import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COUNTERS, type Counter } from '../../domain/stats/daily-counts';

/** Administrative levels are data: tỉnh / huyện / xã, each with the period it existed. */
export const levels = pgTable('levels', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  rank: integer('rank').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
});

/** Organisation units: province, departments, districts, communes, service centre, one-stop desks. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    levelCode: text('level_code')
      .notNull()
      .references(() => levels.code),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    successorId: uuid('successor_id').references((): AnyPgColumn => units.id),
    closedReason: text('closed_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('units_code_uq').on(t.provinceCode, t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_successor_idx').on(t.successorId),
    check(
      'units_kind_ck',
      sql`${t.kind} in ('province','department','district','commune','service_centre','desk','division')`,
    ),
    check('units_validity_ck', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('units_not_own_parent_ck', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

/**
 * Who signs for a unit (người ký), appended at every change and never updated: the row with the
 * latest `set_at` not after an instant is who signed then, so an issued form keeps its signer.
 */
export const unitSigners = pgTable(
  'unit_signers',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    headTitle: text('head_title').notNull(),
    headName: text('head_name').notNull(),
    collectiveName: text('collective_name'),
    authorisedName: text('authorised_name'),
    authorisedTitle: text('authorised_title'),
    /** KT. / TL. / TUQ. (domain/organisation/signers.ts). */
    authority: text('authority'),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    setByName: text('set_by_name').notNull(),
  },
  (t) => [
    index('unit_signers_unit_idx').on(t.unitId, t.setAt),
    check('unit_signers_authority_ck', sql`${t.authority} is null or ${t.authority} in ('KT','TL','TUQ')`),
    check(
      'unit_signers_authorised_ck',
      sql`(${t.authority} is null) = (${t.authorisedName} is null) and (${t.authority} is null) = (${t.authorisedTitle} is null)`,
    ),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull(),
    homeUnitId: uuid('home_unit_id')
      .notNull()
      .references(() => units.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    index('users_home_unit_idx').on(t.homeUnitId),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.role, t.unitId] }),
    index('role_assignments_unit_idx').on(t.unitId),
    check(
      'role_assignments_role_ck',
      sql`${t.role} in ('citizen','clerk','officer','approver','agency_admin','par_officer','leader','system_admin')`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Head of each audit stream: the last sequence number and hash, locked by each append. */
export const auditStreams = pgTable('audit_streams', {
  stream: text('stream').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

/** Append-only, hash-chained audit log; one chain per stream (a unit, or "system"). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    stream: text('stream').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    details: jsonb('details').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_stream_seq_uq').on(t.stream, t.seq),
    index('audit_log_time_idx').on(t.occurredAt),
    /** The audit timeline's keyset order (newest first). */
    index('audit_log_time_id_idx').on(t.occurredAt, t.id),
    index('audit_log_unit_time_idx').on(t.unitId, t.occurredAt),
  ],
);

/** Stored answers of creating requests, so a retried request with the same key gets the first answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * The government's yearly holiday announcement (thông báo lịch nghỉ) per jurisdiction: 'VN' for
 * the national one, or a province code. The current version; every version is in the history.
 */
export const calendarAnnouncements = pgTable(
  'calendar_announcements',
  {
    year: integer('year').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    legalBasis: text('legal_basis').notNull(),
    holidaySpans: jsonb('holiday_spans').notNull(),
    extraDaysOff: jsonb('extra_days_off').notNull(),
    extraWorkingDays: jsonb('extra_working_days').notNull(),
    version: integer('version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
    updatedByName: text('updated_by_name'),
  },
  (t) => [primaryKey({ columns: [t.year, t.jurisdiction] })],
);

/** Every version of a year's announcement: who changed what, why, and how many deadlines moved. */
export const calendarAnnouncementHistory = pgTable(
  'calendar_announcement_history',
  {
    year: integer('year').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    version: integer('version').notNull(),
    legalBasis: text('legal_basis').notNull(),
    holidaySpans: jsonb('holiday_spans').notNull(),
    extraDaysOff: jsonb('extra_days_off').notNull(),
    extraWorkingDays: jsonb('extra_working_days').notNull(),
    reason: text('reason').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    changedBy: uuid('changed_by'),
    changedByName: text('changed_by_name'),
    recomputedChecked: integer('recomputed_checked').notNull(),
    recomputedChanged: integer('recomputed_changed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.jurisdiction, t.version] })],
);

/** Office hours of a unit and its online cut-off; units without a row inherit from their parent. */
export const unitOfficeHours = pgTable('unit_office_hours', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id),
  weekly: jsonb('weekly').notNull(),
  extraWorkingDay: jsonb('extra_working_day').notNull(),
  /** Minutes after local midnight, or null for no cut-off. */
  onlineCutoffMinute: integer('online_cutoff_minute'),
  version: integer('version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});

/**
 * Running legal clocks (of dossiers, their steps, and tasks): the budget counted from `started_at`
 * in the office hours of `unit_id`. A calendar change recomputes `due_at` of running clocks.
 * A clock resumed with the time it had left carries that remainder as its budget.
 */
export const deadlineClocks = pgTable(
  'deadline_clocks',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    state: text('state').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationUnit: text('duration_unit').notNull(),
    durationAmount: doublePrecision('duration_amount').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** When the people concerned were warned that it is due soon (once per clock). */
    warnedAt: timestamp('warned_at', { withTimezone: true }),
  },
  (t) => [
    index('deadline_clocks_running_idx').on(t.startedAt, t.dueAt).where(sql`${t.state} = 'running'`),
    // Work lists walk open clocks in due order and stop after a page (modules/dossiers/inbox.ts).
    // Ties of due time are broken by the subject, so a page can stop in the index even then.
    index('deadline_clocks_open_due_idx')
      .on(t.subjectType, t.dueAt, t.subjectId)
      .where(sql`${t.state} in ('running','paused')`),
    uniqueIndex('deadline_clocks_subject_uq').on(t.subjectType, t.subjectId),
    check('deadline_clocks_state_ck', sql`${t.state} in ('running','paused','ended')`),
    check(
      'deadline_clocks_duration_unit_ck',
      sql`${t.durationUnit} in ('working_days','working_hours','working_minutes','calendar_days')`,
    ),
  ],
);

/** Fields of administrative procedures (lĩnh vực): hộ tịch, đất đai, xây dựng … */
export const catalogFields = pgTable('catalog_fields', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

/** An administrative procedure of the province, identified by its national code. */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    fieldCode: text('field_code')
      .notNull()
      .references(() => catalogFields.code),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('procedures_code_uq').on(t.provinceCode, t.code)],
);

/**
 * Versions of a procedure: draft → published → superseded (by the next published version) or
 * withdrawn; a version published for a later day is scheduled until that day. At most one is
 * published and one scheduled at a time; dossiers point at the version they were filed under, which never changes. `name_folded` and `search_folded` are the folded text the search
 * index is built from (see modules/catalog/search-cache.ts).
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    effectiveFrom: date('effective_from'),
    effectiveTo: date('effective_to'),
    name: text('name').notNull(),
    levels: text('levels').array().notNull(),
    online: text('online').notNull(),
    onlinePayment: boolean('online_payment').notNull(),
    content: jsonb('content').notNull(),
    nameFolded: text('name_folded').notNull(),
    searchFolded: text('search_folded').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('procedure_versions_number_uq').on(t.procedureId, t.version),
    uniqueIndex('procedure_versions_one_published_uq')
      .on(t.procedureId)
      .where(sql`${t.status} = 'published'`),
    uniqueIndex('procedure_versions_one_scheduled_uq')
      .on(t.procedureId)
      .where(sql`${t.status} = 'scheduled'`),
    index('procedure_versions_status_idx').on(t.status),
    check(
      'procedure_versions_status_ck',
      sql`${t.status} in ('draft','scheduled','published','superseded','withdrawn')`,
    ),
    check('procedure_versions_online_ck', sql`${t.online} in ('full','partial','none')`),
  ],
);

/** Units implementing a procedure: the competent one(s) and where dossiers are received. */
export const procedureUnits = pgTable(
  'procedure_units',
  {
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.procedureId, t.unitId, t.role] }),
    index('procedure_units_unit_idx').on(t.unitId),
    check('procedure_units_role_ck', sql`${t.role} in ('competent','receiving')`),
  ],
);

/** Bumped by every change to a province's published catalog, so each process rebuilds its search index. */
export const catalogRevisions = pgTable('catalog_revisions', {
  provinceCode: text('province_code').primaryKey(),
  revision: integer('revision').notNull(),
});

/** Raw bytes (bytea); PGlite returns Uint8Array and node-postgres Buffer, both read as bytes. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** Form templates (mẫu đơn, tờ khai) that citizens download from a procedure's documents. */
export const formTemplates = pgTable('form_templates', {
  id: uuid('id').primaryKey(),
  provinceCode: text('province_code').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  bytes: bytea('bytes').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  uploadedBy: uuid('uploaded_by'),
});

/**
 * A dossier (hồ sơ, domain.md §4): the current row, a cache of its events (`dossier_events`),
 * which are the truth. `row_version` guards concurrent commands (optimistic concurrency).
 * Legal due times live only in `deadline_clocks` (subjects 'dossier' and 'dossier_step'), where a
 * calendar change recomputes them; `appointment_at` is the date promised on paper (moved once, by
 * an apology), never used by statistics.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    code: text('code').notNull(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    procedureVersionId: uuid('procedure_version_id')
      .notNull()
      .references(() => procedureVersions.id),
    receivingUnitId: uuid('receiving_unit_id')
      .notNull()
      .references(() => units.id),
    competentUnitId: uuid('competent_unit_id')
      .notNull()
      .references(() => units.id),
    channel: text('channel').notNull(),
    state: text('state').notNull(),
    supplementPhase: text('supplement_phase'),
    applicant: jsonb('applicant').notNull(),
    /** Folded lookup factors: the normalised phone and the last 4 digits of the id. */
    lookupPhone: text('lookup_phone'),
    lookupIdTail: text('lookup_id_tail'),
    documents: jsonb('documents').notNull(),
    notes: text('notes').notNull(),
    /** Working minutes of each workflow step, planned at receipt (and at a restart). */
    stepBudgets: jsonb('step_budgets'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    apology: jsonb('apology'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    delivery: text('delivery'),
    completion: text('completion'),
    /** The desk's level when its clerk knowingly received a procedure of another level. */
    otherLevelReceipt: text('other_level_receipt'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('dossiers_code_uq').on(t.provinceCode, t.code),
    index('dossiers_receiving_idx').on(t.receivingUnitId, t.state),
    index('dossiers_competent_open_idx')
      .on(t.competentUnitId, t.createdAt)
      .where(sql`${t.state} not in ('returned','refused','stopped','withdrawn','cancelled')`),
    check(
      'dossiers_state_ck',
      sql`${t.state} in ('draft','submitted','received','needs_supplement','processing','inter_agency','paused','resolved','returned','refused','stopped','withdrawn','cancelled')`,
    ),
    check(
      'dossiers_other_level_receipt_ck',
      sql`${t.otherLevelReceipt} is null or ${t.otherLevelReceipt} in ('province','commune')`,
    ),
    check('dossiers_channel_ck', sql`${t.channel} in ('counter','online','postal')`),
    check(
      'dossiers_completion_ck',
      sql`${t.completion} is null or ${t.completion} in ('early','on_time','late')`,
    ),
    check(
      'dossiers_supplement_phase_ck',
      sql`${t.supplementPhase} is null or ${t.supplementPhase} in ('intake','processing')`,
    ),
  ],
);

/** Append-only history of a dossier: one row per accepted command, numbered per dossier. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    unitId: uuid('unit_id').references(() => units.id),
    reason: text('reason'),
    /** The dossier columns this command changed: `before` and `after` (rebuild folds `after`). */
    before: jsonb('before').notNull(),
    after: jsonb('after').notNull(),
    /**
     * The legal due time after this event while the dossier's legal clock runs (null when it stands
     * or ended): statistics fold it to know when a dossier was overdue (domain/stats/dossier-facts.ts).
     */
    legalDueAt: timestamp('legal_due_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('dossier_events_seq_uq').on(t.dossierId, t.seq),
    /** The audit timeline's keyset order (newest first). */
    index('dossier_events_at_idx').on(t.at, t.id),
  ],
);

/**
 * Assignments of a dossier's work (bước xử lý): each workflow step or inter-agency part, at a
 * unit for a role. A hand-over ends one and starts the next: a row of the control slip (Mẫu 06).
 */
export const dossierSteps = pgTable(
  'dossier_steps',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    ordinal: integer('ordinal').notNull(),
    workflowIndex: integer('workflow_index'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    state: text('state').notNull(),
    assigneeId: uuid('assignee_id'),
    assigneeName: text('assignee_name'),
    budgetMinutes: integer('budget_minutes').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    outcome: text('outcome'),
    handedTo: text('handed_to'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('dossier_steps_ordinal_uq').on(t.dossierId, t.ordinal),
    index('dossier_steps_active_idx').on(t.unitId, t.role).where(sql`${t.state} = 'active'`),
    check('dossier_steps_kind_ck', sql`${t.kind} in ('workflow','inter_agency')`),
    check('dossier_steps_state_ck', sql`${t.state} in ('active','done','returned','cancelled')`),
    check('dossier_steps_role_ck', sql`${t.role} in ('clerk','officer','approver')`),
  ],
);

/** The day's last dossier number per agency: the sequence part of the dossier code. */
export const dossierCodeSequences = pgTable(
  'dossier_code_sequences',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);

/**
 * Official documents issued for a dossier (receipt, supplement request, refusal, apology, stop
 * notice): what was stated when, so the PDF can be printed again identically and verified by QR.
 */
export const dossierForms = pgTable(
  'dossier_forms',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind').notNull(),
    formNumber: text('form_number').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuingUnitId: uuid('issuing_unit_id')
      .notNull()
      .references(() => units.id),
    issuedBy: text('issued_by').notNull(),
    /** What this form states beyond the dossier: reason, missing documents, dates. */
    content: jsonb('content').notNull(),
  },
  (t) => [index('dossier_forms_dossier_idx').on(t.dossierId)],
);

/**
 * Who was made responsible for a dossier step, by whom, when and why (phân công xử lý): one row
 * per assignment or reassignment, append-only; the step's `assignee_id` is the latest.
 */
export const dossierStepAssignments = pgTable(
  'dossier_step_assignments',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    stepId: uuid('step_id')
      .notNull()
      .references(() => dossierSteps.id),
    assigneeId: uuid('assignee_id').notNull(),
    assigneeName: text('assignee_name').notNull(),
    previousAssigneeName: text('previous_assignee_name'),
    assignedById: uuid('assigned_by_id').notNull(),
    assignedByName: text('assigned_by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
  },
  (t) => [index('dossier_step_assignments_dossier_idx').on(t.dossierId, t.at)],
);

/**
 * Files of a dossier, content-checked PDF or images, kept by hash: its result (văn bản kết quả)
 * and the papers an applicant uploaded with an online dossier (`applicant`).
 */
export const dossierFiles = pgTable(
  'dossier_files',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
  },
  (t) => [
    index('dossier_files_dossier_idx').on(t.dossierId),
    check('dossier_files_kind_ck', sql`${t.kind} in ('result','applicant')`),
  ],
);

/**
 * Messages to outside systems (SMS and e-mail gateways), written in the transaction of the command
 * that caused them and delivered afterwards by the outbox worker (architecture.md): claimed with
 * FOR UPDATE SKIP LOCKED and a lease, retried with backoff, dead-lettered with the error. An
 * outside failure never loses or blocks a dossier.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    channel: text('channel').notNull(),
    /** What it is about (domain/dossier/notices.ts topics). */
    topic: text('topic').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** Issued forms to attach as PDFs (e-mail): ids of `dossier_forms`. */
    formIds: jsonb('form_ids').notNull().default([]),
    dossierId: uuid('dossier_id').references(() => dossiers.id),
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A worker that claimed it owns it until then (a crashed worker's claim runs out). */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** The gateway's id of the message, once sent. */
    providerRef: text('provider_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_messages_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'pending'`),
    index('outbox_messages_dossier_idx').on(t.dossierId),
    index('outbox_messages_dead_idx').on(t.provinceCode, t.createdAt).where(sql`${t.state} = 'dead'`),
    check('outbox_messages_channel_ck', sql`${t.channel} in ('sms','email')`),
    check('outbox_messages_state_ck', sql`${t.state} in ('pending','sent','dead')`),
  ],
);

/**
 * Dossiers whose events changed since the statistics projector last read them: filled by a
 * trigger on `dossier_events` (migration 0008), so no command can forget it; emptied by the
 * projector (modules/stats/projector.ts), which claims rows with SKIP LOCKED.
 */
export const statsPending = pgTable('stats_pending', {
  dossierId: uuid('dossier_id').primaryKey(),
  markedAt: timestamp('marked_at', { withTimezone: true }).notNull(),
});

/**
 * What statistics know of each dossier (domain/stats/dossier-facts.ts), folded from its events:
 * the projector's memory of what it counted (to take it back when the facts change) and the list
 * behind every number of a report.
 */
export const statsDossierFacts = pgTable(
  'stats_dossier_facts',
  {
    dossierId: uuid('dossier_id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitId: uuid('unit_id').notNull(),
    levelCode: text('level_code').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    fieldCode: text('field_code').notNull(),
    onlineLevel: text('online_level').notNull(),
    channel: text('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closing: text('closing'),
    completion: text('completion'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    ended: text('ended'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    electronicResult: boolean('electronic_result').notNull(),
    apologyAt: timestamp('apology_at', { withTimezone: true }),
    /** Received and not yet closed: in progress now. */
    open: boolean('open').notNull(),
    /** While its clock stands still: whether it stays overdue (a running clock's due time decides otherwise). */
    stoppedOverdue: boolean('stopped_overdue').notNull(),
    waitingForSupplement: boolean('waiting_for_supplement').notNull(),
    overdueSpans: jsonb('overdue_spans').notNull(),
    supplementSpans: jsonb('supplement_spans').notNull(),
    /** The whole facts as folded (the projector takes back what they counted). */
    facts: jsonb('facts').notNull(),
  },
  (t) => [
    index('stats_dossier_facts_received_idx').on(t.provinceCode, t.receivedAt),
    index('stats_dossier_facts_closed_idx').on(t.provinceCode, t.closedAt),
    index('stats_dossier_facts_open_idx').on(t.unitId).where(sql`${t.open}`),
  ],
);

const counterColumn = (name: Counter) => integer(name).notNull().default(0);
/** One integer column per counter of the daily counts, named as the counter. */
function counterColumns() {
  const columns = {} as Record<Counter, ReturnType<typeof counterColumn>>;
  for (const counter of COUNTERS) columns[counter] = counterColumn(counter);
  return columns;
}

/**
 * Daily counts per unit, procedure, channel and online level (domain/stats/daily-counts.ts): the
 * flows of the day and the changes of the stocks; a stock at the end of a day is the sum of its
 * changes up to that day. Level and field are the unit's and the procedure's, kept for grouping.
 */
export const statsDaily = pgTable(
  'stats_daily',
  {
    provinceCode: text('province_code').notNull(),
    day: date('day').notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    channel: text('channel').notNull(),
    onlineLevel: text('online_level').notNull(),
    levelCode: text('level_code').notNull(),
    fieldCode: text('field_code').notNull(),
    ...counterColumns(),
  },
  (t) => [
    primaryKey({
      name: 'stats_daily_pk',
      columns: [t.provinceCode, t.day, t.unitId, t.procedureId, t.channel, t.onlineLevel],
    }),
    index('stats_daily_unit_day_idx').on(t.unitId, t.day),
  ],
);

/** The same counts per month and unit (no procedure): a province-year reads a few thousand rows. */
export const statsMonthly = pgTable(
  'stats_monthly',
  {
    provinceCode: text('province_code').notNull(),
    month: date('month').notNull(),
    unitId: uuid('unit_id').notNull(),
    channel: text('channel').notNull(),
    onlineLevel: text('online_level').notNull(),
    levelCode: text('level_code').notNull(),
    ...counterColumns(),
  },
  (t) => [
    primaryKey({
      name: 'stats_monthly_pk',
      columns: [t.provinceCode, t.month, t.unitId, t.channel, t.onlineLevel],
    }),
  ],
);

/**
 * The same counts per month, unit and procedure (with its field): reports by procedure or field
 * read whole months and the history before a period here, not day by day.
 */
export const statsMonthlyProcedure = pgTable(
  'stats_monthly_procedure',
  {
    provinceCode: text('province_code').notNull(),
    month: date('month').notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    channel: text('channel').notNull(),
    onlineLevel: text('online_level').notNull(),
    levelCode: text('level_code').notNull(),
    fieldCode: text('field_code').notNull(),
    ...counterColumns(),
  },
  (t) => [
    primaryKey({
      name: 'stats_monthly_procedure_pk',
      columns: [t.provinceCode, t.month, t.unitId, t.procedureId, t.channel, t.onlineLevel],
    }),
  ],
);

/** Bumped by each projector round that changed figures: live dashboards refresh when it moves. */
export const statsRevisions = pgTable('stats_revisions', {
  provinceCode: text('province_code').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull(),
  projectedAt: timestamp('projected_at', { withTimezone: true }).notNull(),
});
