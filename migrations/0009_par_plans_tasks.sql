CREATE TABLE "par_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"document_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"signer" text NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"issuing_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"row_version" integer NOT NULL,
	CONSTRAINT "par_plans_kind_ck" CHECK ("par_plans"."kind" in ('five_year','yearly')),
	CONSTRAINT "par_plans_years_ck" CHECK ("par_plans"."to_year" >= "par_plans"."from_year" and "par_plans"."to_year" - "par_plans"."from_year" < 10)
);
--> statement-breakpoint
CREATE TABLE "par_target_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"target_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" jsonb NOT NULL,
	"note" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"reported_by" uuid,
	"reported_by_name" text,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"area" text,
	"lead_unit_id" uuid NOT NULL,
	"cooperating_unit_ids" uuid[] NOT NULL,
	"metric_code" text,
	"milestones" jsonb NOT NULL,
	"row_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_task_reminders" (
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "par_task_reminders_task_id_kind_due_date_pk" PRIMARY KEY("task_id","kind","due_date"),
	CONSTRAINT "par_task_reminders_kind_ck" CHECK ("par_task_reminders"."kind" in ('due_soon','overdue'))
);
--> statement-breakpoint
CREATE TABLE "par_task_updates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"unit_id" uuid,
	"percent" integer,
	"text" text,
	"due_before" date,
	"due_after" date,
	CONSTRAINT "par_task_updates_kind_ck" CHECK ("par_task_updates"."kind" in ('assigned','progress','contribution','extension_requested','extension_granted','extension_refused','completed','reopened'))
);
--> statement-breakpoint
CREATE TABLE "par_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"plan_id" uuid,
	"area" text,
	"parent_id" uuid,
	"title" text NOT NULL,
	"source_document" text NOT NULL,
	"assigned_by" text NOT NULL,
	"assigning_unit_id" uuid NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"cooperating_unit_ids" uuid[] NOT NULL,
	"due_date" date NOT NULL,
	"original_due_date" date NOT NULL,
	"expected_output" text NOT NULL,
	"progress_percent" integer NOT NULL,
	"progress_note" text,
	"progress_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"output" text,
	"pending_extension" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"row_version" integer NOT NULL,
	CONSTRAINT "par_tasks_assigned_by_ck" CHECK ("par_tasks"."assigned_by" in ('committee','chairman')),
	CONSTRAINT "par_tasks_progress_ck" CHECK ("par_tasks"."progress_percent" between 0 and 100),
	CONSTRAINT "par_tasks_done_ck" CHECK (("par_tasks"."completed_at" is null) = ("par_tasks"."output" is null) and ("par_tasks"."completed_at" is null or "par_tasks"."progress_percent" = 100))
);
--> statement-breakpoint
ALTER TABLE "par_plans" ADD CONSTRAINT "par_plans_issuing_unit_id_units_id_fk" FOREIGN KEY ("issuing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_target_reports" ADD CONSTRAINT "par_target_reports_target_id_par_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."par_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_target_reports" ADD CONSTRAINT "par_target_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_targets" ADD CONSTRAINT "par_targets_plan_id_par_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."par_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_targets" ADD CONSTRAINT "par_targets_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_task_reminders" ADD CONSTRAINT "par_task_reminders_task_id_par_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."par_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_task_updates" ADD CONSTRAINT "par_task_updates_task_id_par_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."par_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_task_updates" ADD CONSTRAINT "par_task_updates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_tasks" ADD CONSTRAINT "par_tasks_plan_id_par_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."par_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_tasks" ADD CONSTRAINT "par_tasks_parent_id_par_tasks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."par_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_tasks" ADD CONSTRAINT "par_tasks_assigning_unit_id_units_id_fk" FOREIGN KEY ("assigning_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_tasks" ADD CONSTRAINT "par_tasks_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "par_plans_number_uq" ON "par_plans" USING btree ("province_code","document_number");--> statement-breakpoint
CREATE INDEX "par_target_reports_target_idx" ON "par_target_reports" USING btree ("target_id","year","reported_at");--> statement-breakpoint
CREATE UNIQUE INDEX "par_targets_number_uq" ON "par_targets" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "par_targets_lead_idx" ON "par_targets" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "par_task_updates_seq_uq" ON "par_task_updates" USING btree ("task_id","seq");--> statement-breakpoint
CREATE INDEX "par_tasks_updated_idx" ON "par_tasks" USING btree ("province_code","updated_at");--> statement-breakpoint
CREATE INDEX "par_tasks_lead_idx" ON "par_tasks" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "par_tasks_parent_idx" ON "par_tasks" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "par_tasks_open_due_idx" ON "par_tasks" USING btree ("province_code","due_date") WHERE "par_tasks"."completed_at" is null;