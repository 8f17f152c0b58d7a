CREATE TABLE "training_subsidies" (
	"id" text PRIMARY KEY NOT NULL,
	"voucher_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"programme_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"institution_user_id" text NOT NULL,
	"region_code" text NOT NULL,
	"payee" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"occupation_code" text NOT NULL,
	"level" integer NOT NULL,
	"certificate_number" text NOT NULL,
	"certificate_issued_on" text NOT NULL,
	"status" text NOT NULL,
	"applied_at" text NOT NULL,
	"applied_on" text NOT NULL,
	"applied_by_user_id" text NOT NULL,
	"decided_at" text,
	"decided_by_user_id" text,
	"decline_reason" text
);
--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_voucher_id_training_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."training_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_institution_user_id_users_id_fk" FOREIGN KEY ("institution_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_applied_by_user_id_users_id_fk" FOREIGN KEY ("applied_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD CONSTRAINT "training_subsidies_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_subsidies_live_voucher" ON "training_subsidies" USING btree ("voucher_id") WHERE "training_subsidies"."status" in ('applied', 'approved', 'paid');--> statement-breakpoint
CREATE INDEX "training_subsidies_region" ON "training_subsidies" USING btree ("region_code","status","applied_at","id");--> statement-breakpoint
CREATE INDEX "training_subsidies_holder" ON "training_subsidies" USING btree ("holder_user_id","status");--> statement-breakpoint
CREATE INDEX "training_subsidies_institution" ON "training_subsidies" USING btree ("institution_user_id","applied_at","id");