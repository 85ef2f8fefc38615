CREATE TABLE "unit_signers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"head_title" text NOT NULL,
	"head_name" text NOT NULL,
	"collective_name" text,
	"authorised_name" text,
	"authorised_title" text,
	"authority" text,
	"set_at" timestamp with time zone NOT NULL,
	"set_by_name" text NOT NULL,
	CONSTRAINT "unit_signers_authority_ck" CHECK ("unit_signers"."authority" is null or "unit_signers"."authority" in ('KT','TL','TUQ')),
	CONSTRAINT "unit_signers_authorised_ck" CHECK (("unit_signers"."authority" is null) = ("unit_signers"."authorised_name" is null) and ("unit_signers"."authority" is null) = ("unit_signers"."authorised_title" is null))
);
--> statement-breakpoint
ALTER TABLE "unit_signers" ADD CONSTRAINT "unit_signers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_signers_unit_idx" ON "unit_signers" USING btree ("unit_id","set_at");