CREATE TABLE "dispute_files" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_user_id" text NOT NULL,
	"uploaded_by_user_id" text NOT NULL,
	"case_kind" text,
	"case_id" text,
	"side" text,
	"attached_at" text,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"name_enc" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "injury_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"case_number" text NOT NULL,
	"report_id" text,
	"applicant_kind" text NOT NULL,
	"applicant_user_id" text NOT NULL,
	"filed_by_user_id" text,
	"via_grant_id" text,
	"worker_user_id" text,
	"worker_name_enc" text NOT NULL,
	"worker_id_number_enc" text NOT NULL,
	"worker_id_number_index" text NOT NULL,
	"employer_name" text NOT NULL,
	"employer_credit_code" text NOT NULL,
	"employer_id" text,
	"region_code" text NOT NULL,
	"accident_on" text NOT NULL,
	"kind" text NOT NULL,
	"account_enc" text NOT NULL,
	"injuries_enc" text NOT NULL,
	"missing_enc" text,
	"grade" integer,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"next_due_on" text,
	"overdue_told" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"applied_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "injury_events" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" text NOT NULL,
	"by_party" text NOT NULL,
	"by_user_id" text,
	"via_grant_id" text,
	"reason_enc" text
);
--> statement-breakpoint
CREATE TABLE "injury_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"worker_user_id" text NOT NULL,
	"reported_by_user_id" text,
	"via_grant_id" text,
	"employer_name" text NOT NULL,
	"employer_credit_code" text NOT NULL,
	"employer_id" text,
	"region_code" text NOT NULL,
	"accident_on" text NOT NULL,
	"kind" text NOT NULL,
	"account_enc" text NOT NULL,
	"employer_by" text NOT NULL,
	"window_told_at" text,
	"case_id" text,
	"reported_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arbitrations" ADD COLUMN "wage_case_id" text;--> statement-breakpoint
ALTER TABLE "dispute_files" ADD CONSTRAINT "dispute_files_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_cases" ADD CONSTRAINT "injury_cases_report_id_injury_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."injury_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_cases" ADD CONSTRAINT "injury_cases_applicant_user_id_users_id_fk" FOREIGN KEY ("applicant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_cases" ADD CONSTRAINT "injury_cases_filed_by_user_id_users_id_fk" FOREIGN KEY ("filed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_cases" ADD CONSTRAINT "injury_cases_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_cases" ADD CONSTRAINT "injury_cases_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_events" ADD CONSTRAINT "injury_events_case_id_injury_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."injury_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_events" ADD CONSTRAINT "injury_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_reports" ADD CONSTRAINT "injury_reports_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_reports" ADD CONSTRAINT "injury_reports_reported_by_user_id_users_id_fk" FOREIGN KEY ("reported_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "injury_reports" ADD CONSTRAINT "injury_reports_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dispute_files_owner" ON "dispute_files" USING btree ("owner_user_id","case_id");--> statement-breakpoint
CREATE INDEX "dispute_files_case" ON "dispute_files" USING btree ("case_kind","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "injury_cases_case_number" ON "injury_cases" USING btree ("case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "injury_cases_report" ON "injury_cases" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "injury_cases_worker" ON "injury_cases" USING btree ("worker_user_id","applied_at");--> statement-breakpoint
CREATE INDEX "injury_cases_worker_id" ON "injury_cases" USING btree ("worker_id_number_index");--> statement-breakpoint
CREATE INDEX "injury_cases_employer" ON "injury_cases" USING btree ("employer_credit_code","applied_at");--> statement-breakpoint
CREATE INDEX "injury_cases_queue" ON "injury_cases" USING btree ("region_code","status","next_due_on");--> statement-breakpoint
CREATE INDEX "injury_cases_next_due" ON "injury_cases" USING btree ("next_due_on");--> statement-breakpoint
CREATE INDEX "injury_events_case" ON "injury_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "injury_reports_worker" ON "injury_reports" USING btree ("worker_user_id","reported_at");--> statement-breakpoint
CREATE INDEX "injury_reports_employer" ON "injury_reports" USING btree ("employer_credit_code","reported_at");--> statement-breakpoint
CREATE INDEX "injury_reports_window" ON "injury_reports" USING btree ("employer_by");--> statement-breakpoint
CREATE UNIQUE INDEX "injury_reports_case" ON "injury_reports" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_wage_case_id_wage_cases_id_fk" FOREIGN KEY ("wage_case_id") REFERENCES "public"."wage_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "arbitrations_wage_case" ON "arbitrations" USING btree ("wage_case_id");--> statement-breakpoint
CREATE INDEX "arbitrations_next_due" ON "arbitrations" USING btree ("next_due_on");