ALTER TABLE "injury_cases" ADD COLUMN "applicant_relation" text;--> statement-breakpoint
CREATE INDEX "injury_cases_applicant" ON "injury_cases" USING btree ("applicant_user_id","applied_at");