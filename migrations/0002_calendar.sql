CREATE TABLE "calendar_announcement_history" (
	"year" integer NOT NULL,
	"jurisdiction" text NOT NULL,
	"version" integer NOT NULL,
	"legal_basis" text NOT NULL,
	"holiday_spans" jsonb NOT NULL,
	"extra_days_off" jsonb NOT NULL,
	"extra_working_days" jsonb NOT NULL,
	"reason" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid,
	"changed_by_name" text,
	"recomputed_checked" integer NOT NULL,
	"recomputed_changed" integer NOT NULL,
	CONSTRAINT "calendar_announcement_history_year_jurisdiction_version_pk" PRIMARY KEY("year","jurisdiction","version")
);
--> statement-breakpoint
CREATE TABLE "calendar_announcements" (
	"year" integer NOT NULL,
	"jurisdiction" text NOT NULL,
	"legal_basis" text NOT NULL,
	"holiday_spans" jsonb NOT NULL,
	"extra_days_off" jsonb NOT NULL,
	"extra_working_days" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text,
	CONSTRAINT "calendar_announcements_year_jurisdiction_pk" PRIMARY KEY("year","jurisdiction")
);
--> statement-breakpoint
CREATE TABLE "deadline_clocks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"state" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_unit" text NOT NULL,
	"duration_amount" double precision NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadline_clocks_state_ck" CHECK ("deadline_clocks"."state" in ('running','paused','ended')),
	CONSTRAINT "deadline_clocks_duration_unit_ck" CHECK ("deadline_clocks"."duration_unit" in ('working_days','working_hours','working_minutes','calendar_days'))
);
--> statement-breakpoint
CREATE TABLE "unit_office_hours" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"weekly" jsonb NOT NULL,
	"extra_working_day" jsonb NOT NULL,
	"online_cutoff_minute" integer,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "deadline_clocks" ADD CONSTRAINT "deadline_clocks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_office_hours" ADD CONSTRAINT "unit_office_hours_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deadline_clocks_running_idx" ON "deadline_clocks" USING btree ("started_at","due_at") WHERE "deadline_clocks"."state" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_clocks_subject_uq" ON "deadline_clocks" USING btree ("subject_type","subject_id");