CREATE TABLE "dossier_step_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"assignee_name" text NOT NULL,
	"previous_assignee_name" text,
	"assigned_by_id" uuid NOT NULL,
	"assigned_by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "dossier_files" DROP CONSTRAINT "dossier_files_kind_ck";--> statement-breakpoint
ALTER TABLE "dossier_step_assignments" ADD CONSTRAINT "dossier_step_assignments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_step_assignments" ADD CONSTRAINT "dossier_step_assignments_step_id_dossier_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."dossier_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_step_assignments_dossier_idx" ON "dossier_step_assignments" USING btree ("dossier_id","at");--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_kind_ck" CHECK ("dossier_files"."kind" in ('result','applicant'));--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- The officers' list search folds Vietnamese text like domain/catalog/vietnamese-text.ts (a test
-- compares them). unaccent() is only STABLE; naming its dictionary makes the wrapper safe to index.
CREATE OR REPLACE FUNCTION dossier_search_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ select lower(translate(public.unaccent('public.unaccent'::regdictionary, t), 'đĐ', 'dD')) $$;--> statement-breakpoint
CREATE INDEX "dossiers_search_fold_trgm_idx" ON "dossiers" USING gin (dossier_search_fold("code" || ' ' || ("applicant"->>'name')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dossiers_lookup_phone_idx" ON "dossiers" USING btree ("province_code", "lookup_phone");--> statement-breakpoint
CREATE INDEX "dossiers_personal_id_idx" ON "dossiers" USING btree ("province_code", ("applicant"->>'personalId'));--> statement-breakpoint
CREATE INDEX "dossiers_organisation_code_idx" ON "dossiers" USING btree ("province_code", ("applicant"->>'organisationCode'));--> statement-breakpoint
CREATE INDEX "dossier_steps_assignee_active_idx" ON "dossier_steps" USING btree ("assignee_id") WHERE "dossier_steps"."state" = 'active';
