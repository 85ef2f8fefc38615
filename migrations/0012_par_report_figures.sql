CREATE TABLE "par_report_figures" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"figures" jsonb NOT NULL,
	"tasks_by_lead" jsonb,
	CONSTRAINT "par_report_figures_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "par_report_figures" ADD CONSTRAINT "par_report_figures_round_id_par_report_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."par_report_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "par_report_figures" ADD CONSTRAINT "par_report_figures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;