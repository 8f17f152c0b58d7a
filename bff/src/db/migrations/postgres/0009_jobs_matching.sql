CREATE TABLE "job_callbacks" (
	"staff_user_id" text NOT NULL,
	"seeker_user_id" text NOT NULL,
	"called_at" text NOT NULL,
	CONSTRAINT "job_callbacks_staff_user_id_seeker_user_id_pk" PRIMARY KEY("staff_user_id","seeker_user_id")
);
--> statement-breakpoint
CREATE TABLE "job_match_notices" (
	"seeker_user_id" text NOT NULL,
	"post_id" text NOT NULL,
	"score" integer NOT NULL,
	"created_at" text NOT NULL,
	CONSTRAINT "job_match_notices_seeker_user_id_post_id_pk" PRIMARY KEY("seeker_user_id","post_id")
);
--> statement-breakpoint
ALTER TABLE "job_callbacks" ADD CONSTRAINT "job_callbacks_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_callbacks" ADD CONSTRAINT "job_callbacks_seeker_user_id_users_id_fk" FOREIGN KEY ("seeker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_match_notices" ADD CONSTRAINT "job_match_notices_seeker_user_id_users_id_fk" FOREIGN KEY ("seeker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_match_notices" ADD CONSTRAINT "job_match_notices_post_id_job_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."job_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_match_notices_seeker_created" ON "job_match_notices" USING btree ("seeker_user_id","created_at");--> statement-breakpoint
CREATE INDEX "job_posts_status_point" ON "job_posts" USING btree ("status","lat_microdegrees","lng_microdegrees");--> statement-breakpoint
CREATE INDEX "job_posts_status_decided" ON "job_posts" USING btree ("status","decided_at");