ALTER TABLE "job_posts" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "job_posts" ADD COLUMN "earlier_rounds" jsonb DEFAULT '[]'::jsonb NOT NULL;