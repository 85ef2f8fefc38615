CREATE TABLE "catalog_fields" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_revisions" (
	"province_code" text PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_units" (
	"procedure_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "procedure_units_procedure_id_unit_id_role_pk" PRIMARY KEY("procedure_id","unit_id","role"),
	CONSTRAINT "procedure_units_role_ck" CHECK ("procedure_units"."role" in ('competent','receiving'))
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"name" text NOT NULL,
	"levels" text[] NOT NULL,
	"online" text NOT NULL,
	"online_payment" boolean NOT NULL,
	"content" jsonb NOT NULL,
	"name_folded" text NOT NULL,
	"search_folded" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"row_version" integer NOT NULL,
	CONSTRAINT "procedure_versions_status_ck" CHECK ("procedure_versions"."status" in ('draft','published','superseded','withdrawn')),
	CONSTRAINT "procedure_versions_online_ck" CHECK ("procedure_versions"."online" in ('full','partial','none'))
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"code" text NOT NULL,
	"field_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure_units" ADD CONSTRAINT "procedure_units_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_units" ADD CONSTRAINT "procedure_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_field_code_catalog_fields_code_fk" FOREIGN KEY ("field_code") REFERENCES "public"."catalog_fields"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedure_units_unit_idx" ON "procedure_units" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_number_uq" ON "procedure_versions" USING btree ("procedure_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_one_published_uq" ON "procedure_versions" USING btree ("procedure_id") WHERE "procedure_versions"."status" = 'published';--> statement-breakpoint
CREATE INDEX "procedure_versions_status_idx" ON "procedure_versions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_code_uq" ON "procedures" USING btree ("province_code","code");