import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
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
import { bytea, units, users } from './schema';

/**
 * Administrative-reform management (CCHC, domain.md §10): plans with their legal basis, their
 * targets with yearly milestones, and the tasks the People's Committee assigns.
 */

/** A reform plan (kế hoạch CCHC): five-year (e.g. 3612/KH-UBND, 2021–2025) or yearly. */
export const parPlans = pgTable(
  'par_plans',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Số ký hiệu, e.g. 3612/KH-UBND. */
    documentNumber: text('document_number').notNull(),
    issuedOn: date('issued_on').notNull(),
    signer: text('signer').notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    issuingUnitId: uuid('issuing_unit_id')
      .notNull()
      .references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('par_plans_number_uq').on(t.provinceCode, t.documentNumber),
    check('par_plans_kind_ck', sql`${t.kind} in ('five_year','yearly')`),
    check('par_plans_years_ck', sql`${t.toYear} >= ${t.fromYear} and ${t.toYear} - ${t.fromYear} < 10`),
  ],
);

/** A target of a plan (chỉ tiêu), with its lead agency and a milestone per year. */
export const parTargets = pgTable(
  'par_targets',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => parPlans.id),
    /** The number the plan prints (stt). */
    number: text('number').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    area: text('area'),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => units.id),
    cooperatingUnitIds: uuid('cooperating_unit_ids').array().notNull(),
    /** The registry metric that measures it (null: reported by its lead agency). */
    metricCode: text('metric_code'),
    /** [{ year, milestone }] (domain/par/milestones.ts). */
    milestones: jsonb('milestones').notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('par_targets_number_uq').on(t.planId, t.number),
    index('par_targets_lead_idx').on(t.leadUnitId),
  ],
);

/** What a lead agency reported for a target and year (the latest counts; earlier ones are history). */
export const parTargetReports = pgTable(
  'par_target_reports',
  {
    id: uuid('id').primaryKey(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => parTargets.id),
    year: integer('year').notNull(),
    /** { percent } or { doneOn }. */
    value: jsonb('value').notNull(),
    note: text('note').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    reportedBy: uuid('reported_by'),
    reportedByName: text('reported_by_name'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('par_target_reports_target_idx').on(t.targetId, t.year, t.reportedAt)],
);

/**
 * A task assigned by the People's Committee or its Chairman (nhiệm vụ UBND tỉnh giao; Decision
 * 42/2014/QĐ-TTg as amended): the current row; `par_task_updates` holds its history.
 */
export const parTasks = pgTable(
  'par_tasks',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    planId: uuid('plan_id').references(() => parPlans.id),
    area: text('area'),
    parentId: uuid('parent_id').references((): AnyPgColumn => parTasks.id),
    title: text('title').notNull(),
    /** The document that assigns it (văn bản giao nhiệm vụ). */
    sourceDocument: text('source_document').notNull(),
    assignedBy: text('assigned_by').notNull(),
    assigningUnitId: uuid('assigning_unit_id')
      .notNull()
      .references(() => units.id),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => units.id),
    cooperatingUnitIds: uuid('cooperating_unit_ids').array().notNull(),
    dueDate: date('due_date').notNull(),
    originalDueDate: date('original_due_date').notNull(),
    expectedOutput: text('expected_output').notNull(),
    progressPercent: integer('progress_percent').notNull(),
    progressNote: text('progress_note'),
    progressAt: timestamp('progress_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    output: text('output'),
    /** An extension asked for and not yet decided: { dueDate, reason, at, by, byName }. */
    pendingExtension: jsonb('pending_extension'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    index('par_tasks_updated_idx').on(t.provinceCode, t.updatedAt),
    index('par_tasks_lead_idx').on(t.leadUnitId),
    index('par_tasks_parent_idx').on(t.parentId),
    index('par_tasks_open_due_idx').on(t.provinceCode, t.dueDate).where(sql`${t.completedAt} is null`),
    check('par_tasks_assigned_by_ck', sql`${t.assignedBy} in ('committee','chairman')`),
    check('par_tasks_progress_ck', sql`${t.progressPercent} between 0 and 100`),
    check(
      'par_tasks_done_ck',
      sql`(${t.completedAt} is null) = (${t.output} is null) and (${t.completedAt} is null or ${t.progressPercent} = 100)`,
    ),
  ],
);

/** The history of a task: assignment, progress, extension asked / granted / refused, completion. */
export const parTaskUpdates = pgTable(
  'par_task_updates',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => parTasks.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    unitId: uuid('unit_id').references(() => units.id),
    percent: integer('percent'),
    text: text('text'),
    dueBefore: date('due_before'),
    dueAfter: date('due_after'),
  },
  (t) => [
    uniqueIndex('par_task_updates_seq_uq').on(t.taskId, t.seq),
    check(
      'par_task_updates_kind_ck',
      sql`${t.kind} in ('assigned','progress','contribution','extension_requested','extension_granted','extension_refused','completed','reopened')`,
    ),
  ],
);

/** Reminders sent for a task's due date (one per kind and due date: an extension starts afresh). */
export const parTaskReminders = pgTable(
  'par_task_reminders',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => parTasks.id),
    kind: text('kind').notNull(),
    dueDate: date('due_date').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.kind, t.dueDate] }),
    check('par_task_reminders_kind_ck', sql`${t.kind} in ('due_soon','overdue')`),
  ],
);

/**
 * A PAR-index scoring round (đợt chấm điểm Chỉ số CCHC): one year and one group of units
 * (departments, communes), its criteria tree and bands as approved that year, and the window in
 * which units self-score. Once published it is final: results are frozen on its units.
 */
export const parScoringRounds = pgTable(
  'par_scoring_rounds',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    groupCode: text('group_code').notNull(),
    title: text('title').notNull(),
    /** The criteria tree (domain/par/scoring.ts CriteriaTree) as approved for the year. */
    criteria: jsonb('criteria').notNull(),
    /** Classification bands (domain/par/score-bands.ts ScoreBand[]). */
    bands: jsonb('bands').notNull(),
    entryOpensOn: date('entry_opens_on').notNull(),
    entryClosesOn: date('entry_closes_on').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('par_scoring_rounds_year_uq').on(t.provinceCode, t.year, t.groupCode),
    check('par_scoring_rounds_group_ck', sql`${t.groupCode} in ('department','commune')`),
    check('par_scoring_rounds_window_ck', sql`${t.entryClosesOn} >= ${t.entryOpensOn}`),
  ],
);

/** A unit scored in a round: when it sent its self-assessment, and its frozen result once published. */
export const parScoringUnits = pgTable(
  'par_scoring_units',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => parScoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    /** At publication: the total in hundredths, the rank and the band. */
    finalTotalHundredths: integer('final_total_hundredths'),
    finalSelfHundredths: integer('final_self_hundredths'),
    finalRank: integer('final_rank'),
    finalBand: text('final_band'),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/** The appraisal council's members for a unit: only they appraise that unit's scores. */
export const parScoringCouncil = pgTable(
  'par_scoring_council',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => parScoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.userId] })],
);

/** A unit's scores on one leaf criterion: self, council (with a return for explanation, once), survey. */
export const parScores = pgTable(
  'par_scores',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => parScoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    selfHundredths: integer('self_hundredths'),
    notApplicable: boolean('not_applicable').notNull(),
    explanation: text('explanation'),
    evidenceLocation: text('evidence_location'),
    councilHundredths: integer('council_hundredths'),
    councilComment: text('council_comment'),
    councilBy: text('council_by'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnNote: text('return_note'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    surveyHundredths: integer('survey_hundredths'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.unitId, t.code] }),
    check('par_scores_self_ck', sql`${t.selfHundredths} is null or ${t.selfHundredths} >= 0`),
    check('par_scores_council_ck', sql`${t.councilHundredths} is null or ${t.councilHundredths} >= 0`),
    check('par_scores_survey_ck', sql`${t.surveyHundredths} is null or ${t.surveyHundredths} >= 0`),
  ],
);

/** Evidence files (tài liệu kiểm chứng) of a unit's score, checked by content. */
export const parScoreEvidence = pgTable(
  'par_score_evidence',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => parScoringRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
  },
  (t) => [index('par_score_evidence_score_idx').on(t.roundId, t.unitId, t.code)],
);

/**
 * A periodic report round (đợt báo cáo CCHC định kỳ): quarterly, 6-month, 9-month or yearly, with
 * a deadline for the units' sections. Closed rounds change no more.
 */
export const parReportRounds = pgTable(
  'par_report_rounds',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    /** Q1–Q4, H1 (6 months), M9 (9 months), Y (the year). */
    period: text('period').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('par_report_rounds_period_uq').on(t.provinceCode, t.year, t.period),
    check('par_report_rounds_period_ck', sql`${t.period} in ('Q1','Q2','Q3','Q4','H1','M9','Y')`),
  ],
);

/** A unit asked to report in a round (the province itself writes the consolidated report). */
export const parReportUnits = pgTable(
  'par_report_units',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => parReportRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/** One section of a unit's report (a reform area, difficulties, proposals), edited under its version. */
export const parReportSections = pgTable(
  'par_report_sections',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => parReportRounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    section: text('section').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.section] })],
);

/** The year's PAR inspection plan (kế hoạch kiểm tra CCHC): which units, when, by whom. */
export const parInspectionPlans = pgTable(
  'par_inspection_plans',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number').notNull(),
    issuedOn: date('issued_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [uniqueIndex('par_inspection_plans_year_uq').on(t.provinceCode, t.year)],
);

/** One unit's inspection in a plan: scheduled, then carried out with its record (biên bản). */
export const parInspections = pgTable(
  'par_inspections',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => parInspectionPlans.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    scheduledOn: date('scheduled_on').notNull(),
    inspectors: text('inspectors').notNull(),
    conductedOn: date('conducted_on'),
    recordNumber: text('record_number'),
    conclusion: text('conclusion'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [uniqueIndex('par_inspections_unit_uq').on(t.planId, t.unitId)],
);

/** A finding of an inspection and its remedy, owned by a unit, due by a date, followed until closed. */
export const parInspectionFindings = pgTable(
  'par_inspection_findings',
  {
    id: uuid('id').primaryKey(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => parInspections.id),
    seq: integer('seq').notNull(),
    finding: text('finding').notNull(),
    remedy: text('remedy').notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    dueDate: date('due_date').notNull(),
    progressNote: text('progress_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedNote: text('closed_note'),
    closedBy: text('closed_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull(),
  },
  (t) => [
    uniqueIndex('par_inspection_findings_seq_uq').on(t.inspectionId, t.seq),
    index('par_inspection_findings_open_idx').on(t.dueDate).where(sql`${t.closedAt} is null`),
  ],
);

/**
 * The figures a report round's units and the province saw when the round was closed: the report
 * stays as it was sent even as dossiers, tasks and scores move on afterwards.
 */
export const parReportFigures = pgTable(
  'par_report_figures',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => parReportRounds.id),
    /** The unit, or the province's root unit for the consolidated report. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** As the API shows them (contracts/par-reports.ts ZReportFigures). */
    figures: jsonb('figures').notNull(),
    /** The province's only: the period's tasks by lead unit, for the consolidated report's table. */
    tasksByLead: jsonb('tasks_by_lead'),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);
