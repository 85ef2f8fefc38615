CREATE TABLE "stats_monthly_procedure" (
	"province_code" text NOT NULL,
	"month" date NOT NULL,
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
	CONSTRAINT "stats_monthly_procedure_pk" PRIMARY KEY("province_code","month","unit_id","procedure_id","channel","online_level")
);
--> statement-breakpoint
-- The counts already projected, by month and procedure: reports by procedure or field read them at once.
INSERT INTO "stats_monthly_procedure" ("province_code", "month", "unit_id", "procedure_id", "channel", "online_level", "level_code", "field_code", "received", "resolved_early", "resolved_on_time", "resolved_late", "ended_early", "ended_on_time", "ended_late", "refused", "stopped", "withdrawn", "cancelled", "returned", "returned_electronic", "apologies", "open_change", "overdue_change", "supplement_change", "supplement_overdue_change")
SELECT "province_code", date_trunc('month', "day")::date, "unit_id", "procedure_id", "channel", "online_level", min("level_code"), min("field_code"), sum("received")::integer, sum("resolved_early")::integer, sum("resolved_on_time")::integer, sum("resolved_late")::integer, sum("ended_early")::integer, sum("ended_on_time")::integer, sum("ended_late")::integer, sum("refused")::integer, sum("stopped")::integer, sum("withdrawn")::integer, sum("cancelled")::integer, sum("returned")::integer, sum("returned_electronic")::integer, sum("apologies")::integer, sum("open_change")::integer, sum("overdue_change")::integer, sum("supplement_change")::integer, sum("supplement_overdue_change")::integer
FROM "stats_daily"
GROUP BY "province_code", date_trunc('month', "day")::date, "unit_id", "procedure_id", "channel", "online_level";
