CREATE TABLE "training_courses" (
	"id" text PRIMARY KEY NOT NULL,
	"institution_user_id" text NOT NULL,
	"name" text NOT NULL,
	"occupation_code" text NOT NULL,
	"level" integer NOT NULL,
	"hours" integer NOT NULL,
	"capacity" integer NOT NULL,
	"enrolled" integer DEFAULT 0 NOT NULL,
	"price_fen" integer NOT NULL,
	"region_code" text NOT NULL,
	"starts_on" text NOT NULL,
	"status" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" text PRIMARY KEY NOT NULL,
	"course_id" text NOT NULL,
	"voucher_id" text NOT NULL,
	"holder_user_id" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" text NOT NULL,
	"decided_at" text,
	"decline_reason" text,
	"cancelled_at" text
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"course_id" text NOT NULL,
	"date" text NOT NULL,
	"time_from" text NOT NULL,
	"time_to" text NOT NULL,
	"place" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_institution_user_id_users_id_fk" FOREIGN KEY ("institution_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_voucher_id_training_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."training_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_courses_search" ON "training_courses" USING btree ("status","starts_on","id");--> statement-breakpoint
CREATE INDEX "training_courses_occupation" ON "training_courses" USING btree ("occupation_code","status","starts_on","id");--> statement-breakpoint
CREATE INDEX "training_courses_region" ON "training_courses" USING btree ("region_code","status","starts_on");--> statement-breakpoint
CREATE INDEX "training_courses_institution" ON "training_courses" USING btree ("institution_user_id","starts_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_live_voucher" ON "training_enrolments" USING btree ("voucher_id") WHERE "training_enrolments"."status" in ('requested', 'confirmed');--> statement-breakpoint
CREATE INDEX "training_enrolments_course" ON "training_enrolments" USING btree ("course_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "training_enrolments_holder" ON "training_enrolments" USING btree ("holder_user_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_sessions_course_start" ON "training_sessions" USING btree ("course_id","date","time_from");