CREATE TABLE "job_posts" (
	"id" text PRIMARY KEY NOT NULL,
	"poster_organisation_id" text NOT NULL,
	"poster_user_id" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"occupation" text NOT NULL,
	"skills" jsonb NOT NULL,
	"certificates" jsonb NOT NULL,
	"kind" text NOT NULL,
	"community" text NOT NULL,
	"region_code" text NOT NULL,
	"lat_microdegrees" integer NOT NULL,
	"lng_microdegrees" integer NOT NULL,
	"pay_fen" bigint NOT NULL,
	"pay_unit" text NOT NULL,
	"headcount" integer NOT NULL,
	"shifts" jsonb NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text,
	"description" text NOT NULL,
	"hold_reasons" jsonb NOT NULL,
	"decision_note" text,
	"decided_by" text,
	"decided_at" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_posts" ADD CONSTRAINT "job_posts_poster_organisation_id_employers_id_fk" FOREIGN KEY ("poster_organisation_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_posts" ADD CONSTRAINT "job_posts_poster_user_id_users_id_fk" FOREIGN KEY ("poster_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_posts" ADD CONSTRAINT "job_posts_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_posts_region_status" ON "job_posts" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "job_posts_status_end_date" ON "job_posts" USING btree ("status","end_date");--> statement-breakpoint
CREATE INDEX "job_posts_organisation" ON "job_posts" USING btree ("poster_organisation_id","created_at");