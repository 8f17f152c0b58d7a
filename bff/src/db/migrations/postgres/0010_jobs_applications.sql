CREATE TABLE "job_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"post_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"seeker_user_id" text NOT NULL,
	"applied_by_user_id" text NOT NULL,
	"status" text NOT NULL,
	"occupations" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"certificates" jsonb NOT NULL,
	"distance_band" text NOT NULL,
	"history" jsonb NOT NULL,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_attendance" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"work_date" text NOT NULL,
	"check_in_at" text NOT NULL,
	"check_in_by" text NOT NULL,
	"check_out_at" text,
	"check_out_by" text,
	"minutes_worked" integer,
	"pay_due_fen" bigint,
	"pay_deadline" text,
	"paid_fen" bigint,
	"paid_stated_at" text,
	"pay_answer" text,
	"pay_answered_at" text,
	"complaint_case_id" text,
	"complaint_case_number" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_ratings" (
	"application_id" text NOT NULL,
	"rater" text NOT NULL,
	"rater_user_id" text NOT NULL,
	"stars" integer NOT NULL,
	"comment_enc" text,
	"created_at" text NOT NULL,
	CONSTRAINT "job_ratings_application_id_rater_pk" PRIMARY KEY("application_id","rater")
);
--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_post_id_job_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."job_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_organisation_id_employers_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_seeker_user_id_users_id_fk" FOREIGN KEY ("seeker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_applied_by_user_id_users_id_fk" FOREIGN KEY ("applied_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_attendance" ADD CONSTRAINT "job_attendance_application_id_job_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."job_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_ratings" ADD CONSTRAINT "job_ratings_application_id_job_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."job_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_ratings" ADD CONSTRAINT "job_ratings_rater_user_id_users_id_fk" FOREIGN KEY ("rater_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_applications_post_seeker" ON "job_applications" USING btree ("post_id","seeker_user_id");--> statement-breakpoint
CREATE INDEX "job_applications_seeker" ON "job_applications" USING btree ("seeker_user_id","created_at");--> statement-breakpoint
CREATE INDEX "job_applications_post_status" ON "job_applications" USING btree ("post_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "job_attendance_application_date" ON "job_attendance" USING btree ("application_id","work_date");