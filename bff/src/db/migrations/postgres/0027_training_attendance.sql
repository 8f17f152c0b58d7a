CREATE TABLE "skill_certificates" (
	"id" text PRIMARY KEY NOT NULL,
	"holder_user_id" text NOT NULL,
	"certificate_number" text NOT NULL,
	"occupation_code" text NOT NULL,
	"level" integer NOT NULL,
	"issued_on" text NOT NULL,
	"issuer_user_id" text NOT NULL,
	"assessment_id" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skills_summaries" (
	"id" text PRIMARY KEY NOT NULL,
	"holder_user_id" text NOT NULL,
	"verification_code" text NOT NULL,
	"holder_masked_name" text NOT NULL,
	"certificates" jsonb NOT NULL,
	"courses" jsonb NOT NULL,
	"issued_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"revoked_at" text
);
--> statement-breakpoint
CREATE TABLE "training_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"voucher_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"assessor_user_id" text NOT NULL,
	"passed" boolean NOT NULL,
	"certificate_number" text,
	"occupation_code" text NOT NULL,
	"level" integer NOT NULL,
	"assessed_on" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"device_hash" text NOT NULL,
	"checked_in_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_flags" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"institution_user_id" text NOT NULL,
	"region_code" text NOT NULL,
	"course_id" text NOT NULL,
	"session_id" text,
	"enrolment_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"raised_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_institution_status" (
	"institution_user_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"changed_at" text NOT NULL,
	"changed_by_user_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_programmes" ADD COLUMN "attendance_threshold_percent" integer DEFAULT 80 NOT NULL;--> statement-breakpoint
ALTER TABLE "skill_certificates" ADD CONSTRAINT "skill_certificates_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_certificates" ADD CONSTRAINT "skill_certificates_issuer_user_id_users_id_fk" FOREIGN KEY ("issuer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_certificates" ADD CONSTRAINT "skill_certificates_assessment_id_training_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."training_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills_summaries" ADD CONSTRAINT "skills_summaries_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assessments" ADD CONSTRAINT "training_assessments_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assessments" ADD CONSTRAINT "training_assessments_voucher_id_training_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."training_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assessments" ADD CONSTRAINT "training_assessments_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assessments" ADD CONSTRAINT "training_assessments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_flags" ADD CONSTRAINT "training_flags_institution_user_id_users_id_fk" FOREIGN KEY ("institution_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_flags" ADD CONSTRAINT "training_flags_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_flags" ADD CONSTRAINT "training_flags_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_flags" ADD CONSTRAINT "training_flags_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_flags" ADD CONSTRAINT "training_flags_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_status" ADD CONSTRAINT "training_institution_status_institution_user_id_users_id_fk" FOREIGN KEY ("institution_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_institution_status" ADD CONSTRAINT "training_institution_status_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "skill_certificates_number" ON "skill_certificates" USING btree ("certificate_number");--> statement-breakpoint
CREATE INDEX "skill_certificates_holder" ON "skill_certificates" USING btree ("holder_user_id","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "skills_summaries_code" ON "skills_summaries" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "skills_summaries_holder" ON "skills_summaries" USING btree ("holder_user_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_assessments_enrolment" ON "training_assessments" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "training_assessments_holder" ON "training_assessments" USING btree ("holder_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_session_enrolment" ON "training_attendance" USING btree ("session_id","enrolment_id");--> statement-breakpoint
CREATE INDEX "training_attendance_session_device" ON "training_attendance" USING btree ("session_id","device_hash");--> statement-breakpoint
CREATE INDEX "training_attendance_enrolment" ON "training_attendance" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "training_flags_institution" ON "training_flags" USING btree ("institution_user_id","raised_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_flags_below_threshold" ON "training_flags" USING btree ("enrolment_id") WHERE "training_flags"."kind" = 'below_threshold';--> statement-breakpoint
CREATE INDEX "training_enrolments_course_holder" ON "training_enrolments" USING btree ("course_id","holder_user_id","status");