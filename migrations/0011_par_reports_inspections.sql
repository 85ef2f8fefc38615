CREATE TABLE "par_inspection_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"finding" text NOT NULL,
	"remedy" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"progress_note" text,
	"closed_at" timestamp with time zone,
	"closed_note" text,
	"closed_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	"row_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_inspection_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"document_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"row_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_inspections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"scheduled_on" date NOT NULL,
	"inspectors" text NOT NULL,
	"conducted_on" date,
	"record_number" text,
	"conclusion" text,
	"updated_at" timestamp with time zone NOT NULL,
	"row_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_report_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"row_version" integer NOT NULL,
	CONSTRAINT "par_report_rounds_period_ck" CHECK ("par_report_rounds"."period" in ('Q1','Q2','Q3','Q4','H1','M9','Y'))
);
--> statement-breakpoint
CREATE TABLE "par_report_sections" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	"row_version" integer NOT NULL,
	CONSTRAINT "par_report_sections_round_id_unit_id_section_pk" PRIMARY KEY("round_id","unit_id","section")
);
--> statement-breakpoint
CREATE TABLE "par_report_units" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	CONSTRAINT "par_report_units_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "par_inspection_findings" ADD CONSTRAINT "par_inspection_findings_inspection_id_par_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."par_inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_inspection_findings" ADD CONSTRAINT "par_inspection_findings_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_inspections" ADD CONSTRAINT "par_inspections_plan_id_par_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."par_inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_inspections" ADD CONSTRAINT "par_inspections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_report_sections" ADD CONSTRAINT "par_report_sections_round_id_par_report_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_report_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_report_sections" ADD CONSTRAINT "par_report_sections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_report_units" ADD CONSTRAINT "par_report_units_round_id_par_report_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_report_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_report_units" ADD CONSTRAINT "par_report_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "par_inspection_findings_seq_uq" ON "par_inspection_findings" USING btree ("inspection_id","seq");--> statement-breakpoint
CREATE INDEX "par_inspection_findings_open_idx" ON "par_inspection_findings" USING btree ("due_date") WHERE "par_inspection_findings"."closed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "par_inspection_plans_year_uq" ON "par_inspection_plans" USING btree ("province_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "par_inspections_unit_uq" ON "par_inspections" USING btree ("plan_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "par_report_rounds_period_uq" ON "par_report_rounds" USING btree ("province_code","year","period");