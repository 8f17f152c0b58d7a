ALTER TABLE "job_applications" ADD COLUMN "hired_at" text;--> statement-breakpoint
UPDATE "job_applications" SET "hired_at" = (SELECT step->>'at' FROM jsonb_array_elements("job_applications"."history") AS step WHERE step->>'status' = 'hired' LIMIT 1) WHERE "status" = 'hired';
