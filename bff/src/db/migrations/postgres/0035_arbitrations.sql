CREATE TABLE "arbitration_events" (
	"id" text PRIMARY KEY NOT NULL,
	"arbitration_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" text NOT NULL,
	"by_party" text NOT NULL,
	"by_user_id" text,
	"via_grant_id" text,
	"reason_enc" text,
	"hearing_on" text,
	"hearing_mode" text
);
--> statement-breakpoint
CREATE TABLE "arbitrations" (
	"id" text PRIMARY KEY NOT NULL,
	"case_number" text NOT NULL,
	"applicant_user_id" text NOT NULL,
	"filed_by_user_id" text,
	"via_grant_id" text,
	"respondent_name" text NOT NULL,
	"respondent_credit_code" text NOT NULL,
	"respondent_employer_id" text,
	"region_code" text NOT NULL,
	"knew_on" text NOT NULL,
	"claims_enc" text NOT NULL,
	"facts_enc" text NOT NULL,
	"claimed_fen" bigint NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"next_due_on" text,
	"applied_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arbitration_events" ADD CONSTRAINT "arbitration_events_arbitration_id_arbitrations_id_fk" FOREIGN KEY ("arbitration_id") REFERENCES "public"."arbitrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitration_events" ADD CONSTRAINT "arbitration_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_filed_by_user_id_users_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_respondent_employer_id_employers_id_fk" FOREIGN KEY ("respondent_employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arbitration_events_case" ON "arbitration_events" USING btree ("arbitration_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "arbitrations_case_number" ON "arbitrations" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "arbitrations_applicant" ON "arbitrations" USING btree ("applicant_user_id","applied_at");--> statement-breakpoint
CREATE INDEX "arbitrations_respondent" ON "arbitrations" USING btree ("respondent_credit_code","applied_at");--> statement-breakpoint
CREATE INDEX "arbitrations_queue" ON "arbitrations" USING btree ("region_code","status","next_due_on");