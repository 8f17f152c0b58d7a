CREATE TABLE "assistance_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"pensioner_id" text NOT NULL,
	"rule_id" text NOT NULL,
	"benefit" text NOT NULL,
	"amount_fen" integer,
	"status" text NOT NULL,
	"offered_at" text NOT NULL,
	"confirmed_at" text,
	"confirmed_by_user_id" text
);
--> statement-breakpoint
CREATE TABLE "assistance_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"benefit" text NOT NULL,
	"region_code" text,
	"logic" jsonb NOT NULL,
	"amount_fen" integer,
	"active" boolean NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"request_id" text NOT NULL,
	"actor_user_id" text,
	"subject_user_id" text,
	"via_grant_id" text,
	"action" text NOT NULL,
	"kind" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wage_case_counters" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "wage_case_counters_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
CREATE TABLE "wage_case_events" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"at" text NOT NULL,
	"kind" text NOT NULL,
	"by" text NOT NULL,
	"actor_user_id" text,
	"note_enc" text,
	"amount_fen" bigint
);
--> statement-breakpoint
CREATE TABLE "wage_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"case_number" text NOT NULL,
	"draft_id" text NOT NULL,
	"worker_user_id" text NOT NULL,
	"filed_by_user_id" text NOT NULL,
	"filed_by_staff_code" text,
	"employer_id" text,
	"employer_name" text NOT NULL,
	"employer_credit_code" text,
	"project_id" text,
	"site_name" text NOT NULL,
	"region_code" text NOT NULL,
	"address_enc" text NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"pay_unit" text NOT NULL,
	"co_workers" integer NOT NULL,
	"phone_enc" text NOT NULL,
	"description_enc" text NOT NULL,
	"status" text NOT NULL,
	"submitted_at" text NOT NULL,
	"submitted_on" text NOT NULL,
	"accept_by" text NOT NULL,
	"settle_by" text,
	"stage_deadline" text,
	"extended" boolean NOT NULL,
	"rated" boolean NOT NULL,
	"overdue_deadline" text,
	"handler_user_id" text,
	"recovered_fen" bigint NOT NULL,
	"rating_stars" integer,
	"rating_comment_enc" text,
	"closed_at" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"issued_by_user_id" text NOT NULL,
	"verification_code" text NOT NULL,
	"purpose" text NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"lines" jsonb NOT NULL,
	"holder_masked_name" text NOT NULL,
	"holder_masked_id_number" text NOT NULL,
	"region_code" text NOT NULL,
	"issued_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text
);
--> statement-breakpoint
CREATE TABLE "complaint_drafts" (
	"subject_user_id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"step" integer NOT NULL,
	"form_enc" text NOT NULL,
	"updated_by_user_id" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"purpose" text NOT NULL,
	"version" text NOT NULL,
	"given_at" text NOT NULL,
	"withdrawn_at" text
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"month" text NOT NULL,
	"type" text NOT NULL,
	"base_fen" integer NOT NULL,
	"personal_fen" integer NOT NULL,
	"employer_fen" integer NOT NULL,
	"employer_name" text NOT NULL,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"region_code" text NOT NULL,
	"user_id" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_user_id" text NOT NULL,
	"uploaded_by_user_id" text NOT NULL,
	"case_id" text,
	"purpose" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"name_enc" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "face_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"pensioner_id" text NOT NULL,
	"user_id" text NOT NULL,
	"provider" text NOT NULL,
	"created_at" text NOT NULL,
	"finished_at" text,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"owner" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"state" text NOT NULL,
	"response_status" integer,
	"response_body" text,
	"created_at" text NOT NULL,
	CONSTRAINT "idempotency_keys_owner_key_pk" PRIMARY KEY("owner","key")
);
--> statement-breakpoint
CREATE TABLE "inbox_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"template" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text,
	"created_at" text NOT NULL,
	"read_at" text,
	"action_kind" text,
	"action_target_id" text,
	"action_done_at" text
);
--> statement-breakpoint
CREATE TABLE "insured_persons" (
	"id" text PRIMARY KEY NOT NULL,
	"id_number_index" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"name_enc" text NOT NULL,
	"region_code" text NOT NULL,
	"retired_from" text
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"period" text NOT NULL,
	"holder" text NOT NULL,
	"started_at" text NOT NULL,
	"heartbeat_at" text NOT NULL,
	"finished_at" text,
	CONSTRAINT "job_runs_job_period_pk" PRIMARY KEY("job","period")
);
--> statement-breakpoint
CREATE TABLE "local_minimums" (
	"region_code" text PRIMARY KEY NOT NULL,
	"minimum_fen" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"user_id" text NOT NULL,
	"template" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text,
	"created_at" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" text NOT NULL,
	"sent_at" text,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "overpayments" (
	"id" text PRIMARY KEY NOT NULL,
	"pensioner_id" text NOT NULL,
	"region_code" text NOT NULL,
	"died_on" text NOT NULL,
	"months" jsonb NOT NULL,
	"amount_fen" integer NOT NULL,
	"status" text NOT NULL,
	"partner_id" text NOT NULL,
	"recorded_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_signals" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"pensioner_id" text,
	"occurred_at" text NOT NULL,
	"outcome" text NOT NULL,
	"received_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"data_level" integer NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" text NOT NULL,
	"revoked_at" text
);
--> statement-breakpoint
CREATE TABLE "payroll_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"month" text NOT NULL,
	"region_code" text NOT NULL,
	"raised_at" text NOT NULL,
	"resolved_at" text
);
--> statement-breakpoint
CREATE TABLE "payroll_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"month" text NOT NULL,
	"import_id" text NOT NULL,
	"line" integer NOT NULL,
	"name_enc" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_index" text NOT NULL,
	"due_fen" bigint NOT NULL,
	"paid_fen" bigint NOT NULL,
	"paid_on" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payroll_months" (
	"project_id" text NOT NULL,
	"month" text NOT NULL,
	"workers" integer NOT NULL,
	"due_fen" bigint NOT NULL,
	"paid_fen" bigint NOT NULL,
	"import_id" text NOT NULL,
	"imported_at" text NOT NULL,
	CONSTRAINT "payroll_months_project_id_month_pk" PRIMARY KEY("project_id","month")
);
--> statement-breakpoint
CREATE TABLE "pension_certifications" (
	"id" text PRIMARY KEY NOT NULL,
	"pensioner_id" text NOT NULL,
	"certified_on" text NOT NULL,
	"method" text NOT NULL,
	"source" text,
	"signal_id" text,
	"task_id" text,
	"review" text NOT NULL,
	"actor_user_id" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pension_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"pensioner_id" text NOT NULL,
	"month" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"status" text NOT NULL,
	"paid_on" text,
	"arrears" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pensioners" (
	"id" text PRIMARY KEY NOT NULL,
	"id_number_index" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"name_enc" text NOT NULL,
	"address_enc" text NOT NULL,
	"birth_date" text NOT NULL,
	"region_code" text NOT NULL,
	"grid_code" text,
	"lives_alone" boolean NOT NULL,
	"monthly_fen" integer NOT NULL,
	"first_month" text NOT NULL,
	"status" text NOT NULL,
	"cycle_start" text NOT NULL,
	"died_on" text,
	"due_soon_notice_for" text,
	"overdue_notice_for" text,
	"suspended_notice_for" text,
	"face_failures" integer DEFAULT 0 NOT NULL,
	"face_failures_for" text,
	"assistance_checked_at" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"start_month" text NOT NULL,
	"end_month" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proxy_grants" (
	"id" text PRIMARY KEY NOT NULL,
	"citizen_user_id" text NOT NULL,
	"staff_user_id" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_start" integer NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "real_names" (
	"user_id" text PRIMARY KEY NOT NULL,
	"name_enc" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_index" text NOT NULL,
	"phone_enc" text,
	"region_code" text NOT NULL,
	"birth_year" integer NOT NULL,
	"bound_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"provider" text NOT NULL,
	"wechat_session_key_enc" text,
	"created_at" text NOT NULL,
	"last_seen_at" text NOT NULL,
	"idle_expires_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"dev_account" text,
	"wechat_openid_index" text,
	"wechat_openid_enc" text,
	"roles" jsonb NOT NULL,
	"staff_name_enc" text,
	"region_code" text,
	"staff_code" text,
	"organization" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_photos" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"uploaded_by_user_id" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"pensioner_id" text NOT NULL,
	"region_code" text NOT NULL,
	"staff_user_id" text,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"created_by_user_id" text,
	"grant_id" text,
	"created_at" text NOT NULL,
	"checklist" jsonb,
	"photo_id" text,
	"place_enc" text,
	"visited_at" text,
	"certification_id" text,
	"reviewed_by_user_id" text,
	"reviewed_at" text,
	"review_note" text
);
--> statement-breakpoint
ALTER TABLE "assistance_offers" ADD CONSTRAINT "assistance_offers_pensioner_id_pensioners_id_fk" FOREIGN KEY ("pensioner_id") REFERENCES "public"."pensioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_offers" ADD CONSTRAINT "assistance_offers_rule_id_assistance_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."assistance_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wage_case_events" ADD CONSTRAINT "wage_case_events_case_id_wage_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."wage_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wage_cases" ADD CONSTRAINT "wage_cases_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wage_cases" ADD CONSTRAINT "wage_cases_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wage_cases" ADD CONSTRAINT "wage_cases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_id_insured_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."insured_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_drafts" ADD CONSTRAINT "complaint_drafts_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_person_id_insured_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."insured_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_case_id_wage_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."wage_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "face_attempts" ADD CONSTRAINT "face_attempts_pensioner_id_pensioners_id_fk" FOREIGN KEY ("pensioner_id") REFERENCES "public"."pensioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "face_attempts" ADD CONSTRAINT "face_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overpayments" ADD CONSTRAINT "overpayments_pensioner_id_pensioners_id_fk" FOREIGN KEY ("pensioner_id") REFERENCES "public"."pensioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_signals" ADD CONSTRAINT "partner_signals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_alerts" ADD CONSTRAINT "payroll_alerts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_lines" ADD CONSTRAINT "payroll_lines_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_months" ADD CONSTRAINT "payroll_months_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pension_certifications" ADD CONSTRAINT "pension_certifications_pensioner_id_pensioners_id_fk" FOREIGN KEY ("pensioner_id") REFERENCES "public"."pensioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pension_payments" ADD CONSTRAINT "pension_payments_pensioner_id_pensioners_id_fk" FOREIGN KEY ("pensioner_id") REFERENCES "public"."pensioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_citizen_user_id_users_id_fk" FOREIGN KEY ("citizen_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "real_names" ADD CONSTRAINT "real_names_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_task_id_visit_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."visit_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tasks" ADD CONSTRAINT "visit_tasks_pensioner_id_pensioners_id_fk" FOREIGN KEY ("pensioner_id") REFERENCES "public"."pensioners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tasks" ADD CONSTRAINT "visit_tasks_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_offers_pensioner_benefit" ON "assistance_offers" USING btree ("pensioner_id","benefit");--> statement-breakpoint
CREATE INDEX "audit_subject" ON "audit_log" USING btree ("subject_user_id","seq");--> statement-breakpoint
CREATE INDEX "wage_case_events_case" ON "wage_case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "wage_cases_number" ON "wage_cases" USING btree ("case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "wage_cases_worker_draft" ON "wage_cases" USING btree ("worker_user_id","draft_id");--> statement-breakpoint
CREATE INDEX "wage_cases_region_deadline" ON "wage_cases" USING btree ("region_code","status","stage_deadline");--> statement-breakpoint
CREATE INDEX "wage_cases_employer" ON "wage_cases" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "wage_cases_worker" ON "wage_cases" USING btree ("worker_user_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_code" ON "certificates" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "certificates_holder" ON "certificates" USING btree ("holder_user_id","issued_at");--> statement-breakpoint
CREATE INDEX "certificates_region" ON "certificates" USING btree ("region_code","issued_at");--> statement-breakpoint
CREATE INDEX "consents_user_purpose" ON "consents" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "contributions_person_month_type" ON "contributions" USING btree ("person_id","month","type");--> statement-breakpoint
CREATE INDEX "contributions_person_type_month" ON "contributions" USING btree ("person_id","type","month");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_credit_code" ON "employers" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "employers_user" ON "employers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "evidence_owner" ON "evidence_files" USING btree ("owner_user_id","case_id");--> statement-breakpoint
CREATE INDEX "evidence_case" ON "evidence_files" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "face_attempts_pensioner" ON "face_attempts" USING btree ("pensioner_id","created_at");--> statement-breakpoint
CREATE INDEX "idempotency_created" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "inbox_user_created" ON "inbox_messages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "insured_persons_id_number" ON "insured_persons" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "outbound_pending" ON "outbound_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "overpayments_pensioner" ON "overpayments" USING btree ("pensioner_id");--> statement-breakpoint
CREATE INDEX "overpayments_region" ON "overpayments" USING btree ("region_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_signals_reference" ON "partner_signals" USING btree ("partner_id","reference");--> statement-breakpoint
CREATE INDEX "partner_signals_pensioner" ON "partner_signals" USING btree ("pensioner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_key_hash" ON "partners" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "payroll_alerts_project_month" ON "payroll_alerts" USING btree ("project_id","month");--> statement-breakpoint
CREATE INDEX "payroll_alerts_region" ON "payroll_alerts" USING btree ("region_code","resolved_at");--> statement-breakpoint
CREATE INDEX "payroll_lines_project_month" ON "payroll_lines" USING btree ("project_id","month");--> statement-breakpoint
CREATE INDEX "payroll_lines_person" ON "payroll_lines" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "pension_certifications_pensioner" ON "pension_certifications" USING btree ("pensioner_id","certified_on");--> statement-breakpoint
CREATE UNIQUE INDEX "pension_payments_pensioner_month" ON "pension_payments" USING btree ("pensioner_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "pensioners_id_number" ON "pensioners" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "pensioners_region_cycle" ON "pensioners" USING btree ("region_code","cycle_start");--> statement-breakpoint
CREATE INDEX "pensioners_grid" ON "pensioners" USING btree ("grid_code");--> statement-breakpoint
CREATE INDEX "projects_employer" ON "projects" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "projects_region" ON "projects" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "proxy_grants_citizen" ON "proxy_grants" USING btree ("citizen_user_id");--> statement-breakpoint
CREATE INDEX "proxy_grants_staff" ON "proxy_grants" USING btree ("staff_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "real_names_id_number" ON "real_names" USING btree ("id_number_index");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_dev_account" ON "users" USING btree ("dev_account");--> statement-breakpoint
CREATE UNIQUE INDEX "users_wechat_openid" ON "users" USING btree ("wechat_openid_index");--> statement-breakpoint
CREATE UNIQUE INDEX "users_staff_code" ON "users" USING btree ("staff_code");--> statement-breakpoint
CREATE INDEX "visit_photos_task" ON "visit_photos" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "visit_tasks_staff_status" ON "visit_tasks" USING btree ("staff_user_id","status");--> statement-breakpoint
CREATE INDEX "visit_tasks_region_status" ON "visit_tasks" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "visit_tasks_pensioner" ON "visit_tasks" USING btree ("pensioner_id","status");--> statement-breakpoint
-- The head of the audit chain exists from the start: every append locks it (FOR UPDATE).
INSERT INTO "audit_head" ("id", "seq", "hash") VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000') ON CONFLICT DO NOTHING;