CREATE TABLE "dossier_code_sequences" (
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_code_sequences_unit_id_day_pk" PRIMARY KEY("unit_id","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"unit_id" uuid,
	"reason" text,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" text NOT NULL,
	CONSTRAINT "dossier_files_kind_ck" CHECK ("dossier_files"."kind" in ('result'))
);
--> statement-breakpoint
CREATE TABLE "dossier_forms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"form_number" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issuing_unit_id" uuid NOT NULL,
	"issued_by" text NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"workflow_index" integer,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"state" text NOT NULL,
	"assignee_id" uuid,
	"assignee_name" text,
	"budget_minutes" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"handed_to" text,
	"note" text,
	CONSTRAINT "dossier_steps_kind_ck" CHECK ("dossier_steps"."kind" in ('workflow','inter_agency')),
	CONSTRAINT "dossier_steps_state_ck" CHECK ("dossier_steps"."state" in ('active','done','returned','cancelled')),
	CONSTRAINT "dossier_steps_role_ck" CHECK ("dossier_steps"."role" in ('clerk','officer','approver'))
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"code" text NOT NULL,
	"procedure_id" uuid NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"receiving_unit_id" uuid NOT NULL,
	"competent_unit_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"state" text NOT NULL,
	"supplement_phase" text,
	"applicant" jsonb NOT NULL,
	"lookup_phone" text,
	"lookup_id_tail" text,
	"documents" jsonb NOT NULL,
	"notes" text NOT NULL,
	"step_budgets" jsonb,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"appointment_at" timestamp with time zone,
	"apology" jsonb,
	"resolved_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"delivery" text,
	"completion" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"row_version" integer NOT NULL,
	CONSTRAINT "dossiers_state_ck" CHECK ("dossiers"."state" in ('draft','submitted','received','needs_supplement','processing','inter_agency','paused','resolved','returned','refused','stopped','withdrawn','cancelled')),
	CONSTRAINT "dossiers_channel_ck" CHECK ("dossiers"."channel" in ('counter','online','postal')),
	CONSTRAINT "dossiers_completion_ck" CHECK ("dossiers"."completion" is null or "dossiers"."completion" in ('early','on_time','late')),
	CONSTRAINT "dossiers_supplement_phase_ck" CHECK ("dossiers"."supplement_phase" is null or "dossiers"."supplement_phase" in ('intake','processing'))
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" DROP CONSTRAINT "procedure_versions_status_ck";--> statement-breakpoint
ALTER TABLE "dossier_code_sequences" ADD CONSTRAINT "dossier_code_sequences_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_forms" ADD CONSTRAINT "dossier_forms_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_forms" ADD CONSTRAINT "dossier_forms_issuing_unit_id_units_id_fk" FOREIGN KEY ("issuing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_unit_id_units_id_fk" FOREIGN KEY ("receiving_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_competent_unit_id_units_id_fk" FOREIGN KEY ("competent_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_events_seq_uq" ON "dossier_events" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_forms_dossier_idx" ON "dossier_forms" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_steps_ordinal_uq" ON "dossier_steps" USING btree ("dossier_id","ordinal");--> statement-breakpoint
CREATE INDEX "dossier_steps_active_idx" ON "dossier_steps" USING btree ("unit_id","role") WHERE "dossier_steps"."state" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_uq" ON "dossiers" USING btree ("province_code","code");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_idx" ON "dossiers" USING btree ("receiving_unit_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_competent_open_idx" ON "dossiers" USING btree ("competent_unit_id","created_at") WHERE "dossiers"."state" not in ('returned','refused','stopped','withdrawn','cancelled');--> statement-breakpoint
CREATE INDEX "deadline_clocks_open_due_idx" ON "deadline_clocks" USING btree ("subject_type","due_at") WHERE "deadline_clocks"."state" in ('running','paused');--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_one_scheduled_uq" ON "procedure_versions" USING btree ("procedure_id") WHERE "procedure_versions"."status" = 'scheduled';--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_status_ck" CHECK ("procedure_versions"."status" in ('draft','scheduled','published','superseded','withdrawn'));