CREATE TABLE "job_post_terms" (
	"post_id" text NOT NULL,
	"term" text NOT NULL,
	"weight" integer NOT NULL,
	CONSTRAINT "job_post_terms_post_id_term_pk" PRIMARY KEY("post_id","term")
);
--> statement-breakpoint
ALTER TABLE "job_post_terms" ADD CONSTRAINT "job_post_terms_post_id_job_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."job_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_post_terms_term" ON "job_post_terms" USING btree ("term","post_id","weight");