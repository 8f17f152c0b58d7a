CREATE TABLE "flexible_subsidy_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"person_id" text NOT NULL,
	"region_code" text NOT NULL,
	"months" jsonb NOT NULL,
	"paid_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"open" boolean,
	"applied_at" text NOT NULL,
	"decided_at" text,
	"decided_by" text,
	"decline_reason" text,
	"employment_difficulty" boolean,
	"graduate_year" integer,
	"rule_id" text,
	"subsidised_months" jsonb,
	"amount_fen" bigint,
	"out_bill_no" text,
	"payout_channel" text,
	"payout_status" text,
	"transfer_bill_no" text,
	"paid_out_at" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flexible_subsidy_offers" (
	"person_id" text PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"user_id" text NOT NULL,
	"offered_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "flexible_subsidy_applications" ADD CONSTRAINT "flexible_subsidy_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_subsidy_applications" ADD CONSTRAINT "flexible_subsidy_applications_person_id_insured_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."insured_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_subsidy_applications" ADD CONSTRAINT "flexible_subsidy_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_subsidy_offers" ADD CONSTRAINT "flexible_subsidy_offers_person_id_insured_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."insured_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_subsidy_offers" ADD CONSTRAINT "flexible_subsidy_offers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flexible_subsidy_applications_open" ON "flexible_subsidy_applications" USING btree ("person_id","open");--> statement-breakpoint
CREATE UNIQUE INDEX "flexible_subsidy_applications_out_bill_no" ON "flexible_subsidy_applications" USING btree ("out_bill_no");--> statement-breakpoint
CREATE INDEX "flexible_subsidy_applications_user" ON "flexible_subsidy_applications" USING btree ("user_id","applied_at");--> statement-breakpoint
CREATE INDEX "flexible_subsidy_applications_region" ON "flexible_subsidy_applications" USING btree ("region_code","status","applied_at");--> statement-breakpoint
CREATE INDEX "flexible_subsidy_applications_payout" ON "flexible_subsidy_applications" USING btree ("payout_status");