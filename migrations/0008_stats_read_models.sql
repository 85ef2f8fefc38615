CREATE TABLE "stats_daily" (
	"province_code" text NOT NULL,
	"day" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"online_level" text NOT NULL,
	"level_code" text NOT NULL,
	"field_code" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"ended_early" integer DEFAULT 0 NOT NULL,
	"ended_on_time" integer DEFAULT 0 NOT NULL,
	"ended_late" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"stopped" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	"returned_electronic" integer DEFAULT 0 NOT NULL,
	"apologies" integer DEFAULT 0 NOT NULL,
	"open_change" integer DEFAULT 0 NOT NULL,
	"overdue_change" integer DEFAULT 0 NOT NULL,
	"supplement_change" integer DEFAULT 0 NOT NULL,
	"supplement_overdue_change" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_daily_pk" PRIMARY KEY("province_code","day","unit_id","procedure_id","channel","online_level")
);
--> statement-breakpoint
CREATE TABLE "stats_dossier_facts" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"level_code" text NOT NULL,
	"procedure_id" uuid NOT NULL,
	"field_code" text NOT NULL,
	"online_level" text NOT NULL,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closing" text,
	"completion" text,
	"ended_at" timestamp with time zone,
	"ended" text,
	"returned_at" timestamp with time zone,
	"electronic_result" boolean NOT NULL,
	"apology_at" timestamp with time zone,
	"open" boolean NOT NULL,
	"stopped_overdue" boolean NOT NULL,
	"waiting_for_supplement" boolean NOT NULL,
	"overdue_spans" jsonb NOT NULL,
	"supplement_spans" jsonb NOT NULL,
	"facts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_monthly" (
	"province_code" text NOT NULL,
	"month" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"online_level" text NOT NULL,
	"level_code" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"ended_early" integer DEFAULT 0 NOT NULL,
	"ended_on_time" integer DEFAULT 0 NOT NULL,
	"ended_late" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"stopped" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	"returned_electronic" integer DEFAULT 0 NOT NULL,
	"apologies" integer DEFAULT 0 NOT NULL,
	"open_change" integer DEFAULT 0 NOT NULL,
	"overdue_change" integer DEFAULT 0 NOT NULL,
	"supplement_change" integer DEFAULT 0 NOT NULL,
	"supplement_overdue_change" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_monthly_pk" PRIMARY KEY("province_code","month","unit_id","channel","online_level")
);
--> statement-breakpoint
CREATE TABLE "stats_pending" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_revisions" (
	"province_code" text PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"projected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_events" ADD COLUMN "legal_due_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "stats_daily_unit_day_idx" ON "stats_daily" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "stats_dossier_facts_received_idx" ON "stats_dossier_facts" USING btree ("province_code","received_at");--> statement-breakpoint
CREATE INDEX "stats_dossier_facts_closed_idx" ON "stats_dossier_facts" USING btree ("province_code","closed_at");--> statement-breakpoint
CREATE INDEX "stats_dossier_facts_open_idx" ON "stats_dossier_facts" USING btree ("unit_id") WHERE "stats_dossier_facts"."open";--> statement-breakpoint
-- Events written before statistics existed: the legal due time after each event that left the
-- clock running, taken from the clock (exact for dossiers whose clock never restarted).
UPDATE "dossier_events" e SET "legal_due_at" = c."due_at"
  FROM "deadline_clocks" c
  WHERE c."subject_type" = 'dossier' AND c."subject_id" = e."dossier_id"
    AND (SELECT e2."after"->>'state' FROM "dossier_events" e2
          WHERE e2."dossier_id" = e."dossier_id" AND e2."seq" <= e."seq" AND e2."after" ? 'state'
          ORDER BY e2."seq" DESC LIMIT 1) IN ('received', 'processing', 'inter_agency');
--> statement-breakpoint
INSERT INTO "stats_pending" ("dossier_id", "marked_at") SELECT "id", now() FROM "dossiers";
--> statement-breakpoint
-- Every statement that appends dossier events marks their dossiers for the statistics projector,
-- in the same transaction: no command can forget it, and a bulk load marks each dossier once.
CREATE FUNCTION "stats_mark_pending"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "stats_pending" ("dossier_id", "marked_at")
    SELECT d."dossier_id", clock_timestamp()
      FROM (SELECT DISTINCT "dossier_id" FROM "new_events") d ORDER BY d."dossier_id"
  ON CONFLICT ("dossier_id") DO UPDATE SET "marked_at" = excluded."marked_at";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "dossier_events_stats_pending" AFTER INSERT ON "dossier_events"
  REFERENCING NEW TABLE AS "new_events" FOR EACH STATEMENT EXECUTE FUNCTION "stats_mark_pending"();
