CREATE TABLE "par_score_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "par_scores" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"self_hundredths" integer,
	"not_applicable" boolean NOT NULL,
	"explanation" text,
	"evidence_location" text,
	"council_hundredths" integer,
	"council_comment" text,
	"council_by" text,
	"returned_at" timestamp with time zone,
	"return_note" text,
	"answered_at" timestamp with time zone,
	"survey_hundredths" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	"row_version" integer NOT NULL,
	CONSTRAINT "par_scores_round_id_unit_id_code_pk" PRIMARY KEY("round_id","unit_id","code"),
	CONSTRAINT "par_scores_self_ck" CHECK ("par_scores"."self_hundredths" is null or "par_scores"."self_hundredths" >= 0),
	CONSTRAINT "par_scores_council_ck" CHECK ("par_scores"."council_hundredths" is null or "par_scores"."council_hundredths" >= 0),
	CONSTRAINT "par_scores_survey_ck" CHECK ("par_scores"."survey_hundredths" is null or "par_scores"."survey_hundredths" >= 0)
);
--> statement-breakpoint
CREATE TABLE "par_scoring_council" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "par_scoring_council_round_id_unit_id_user_id_pk" PRIMARY KEY("round_id","unit_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "par_scoring_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"group_code" text NOT NULL,
	"title" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"bands" jsonb NOT NULL,
	"entry_opens_on" date NOT NULL,
	"entry_closes_on" date NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"row_version" integer NOT NULL,
	CONSTRAINT "par_scoring_rounds_group_ck" CHECK ("par_scoring_rounds"."group_code" in ('department','commune')),
	CONSTRAINT "par_scoring_rounds_window_ck" CHECK ("par_scoring_rounds"."entry_closes_on" >= "par_scoring_rounds"."entry_opens_on")
);
--> statement-breakpoint
CREATE TABLE "par_scoring_units" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"final_total_hundredths" integer,
	"final_self_hundredths" integer,
	"final_rank" integer,
	"final_band" text,
	CONSTRAINT "par_scoring_units_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "par_score_evidence" ADD CONSTRAINT "par_score_evidence_round_id_par_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_score_evidence" ADD CONSTRAINT "par_score_evidence_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scores" ADD CONSTRAINT "par_scores_round_id_par_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scores" ADD CONSTRAINT "par_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scoring_council" ADD CONSTRAINT "par_scoring_council_round_id_par_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scoring_council" ADD CONSTRAINT "par_scoring_council_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scoring_council" ADD CONSTRAINT "par_scoring_council_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scoring_units" ADD CONSTRAINT "par_scoring_units_round_id_par_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_scoring_units" ADD CONSTRAINT "par_scoring_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "par_score_evidence_score_idx" ON "par_score_evidence" USING btree ("round_id","unit_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "par_scoring_rounds_year_uq" ON "par_scoring_rounds" USING btree ("province_code","year","group_code");