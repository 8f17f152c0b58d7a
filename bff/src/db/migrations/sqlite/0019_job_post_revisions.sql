ALTER TABLE `job_posts` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `job_posts` ADD `earlier_rounds` text DEFAULT '[]' NOT NULL;