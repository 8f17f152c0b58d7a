CREATE TABLE "training_programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"payment" text NOT NULL,
	"reach" text NOT NULL,
	"eligibility" jsonb NOT NULL,
	"eligibility_logic" jsonb NOT NULL,
	"covered" jsonb NOT NULL,
	"institution_ids" jsonb NOT NULL,
	"valid_from" text NOT NULL,
	"valid_until" text NOT NULL,
	"quantity" integer NOT NULL,
	"issued" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" text NOT NULL,
	"closed_at" text
);
--> statement-breakpoint
CREATE TABLE "training_vouchers" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"programme_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"status" text NOT NULL,
	"passed" boolean,
	"issued_at" text NOT NULL,
	"claimed_at" text,
	"valid_from" text NOT NULL,
	"valid_until" text NOT NULL,
	"payment" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_programmes_region" ON "training_programmes" USING btree ("region_code","status","created_at");--> statement-breakpoint
CREATE INDEX "training_programmes_open" ON "training_programmes" USING btree ("status","reach");--> statement-breakpoint
CREATE UNIQUE INDEX "training_vouchers_number" ON "training_vouchers" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "training_vouchers_programme_holder" ON "training_vouchers" USING btree ("programme_id","holder_user_id");--> statement-breakpoint
CREATE INDEX "training_vouchers_holder" ON "training_vouchers" USING btree ("holder_user_id","issued_at");--> statement-breakpoint
CREATE INDEX "training_vouchers_expiry" ON "training_vouchers" USING btree ("status","valid_until");