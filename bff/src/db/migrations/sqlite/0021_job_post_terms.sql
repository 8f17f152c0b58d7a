CREATE TABLE `job_post_terms` (
	`post_id` text NOT NULL,
	`term` text NOT NULL,
	`weight` integer NOT NULL,
	PRIMARY KEY(`post_id`, `term`),
	FOREIGN KEY (`post_id`) REFERENCES `job_posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `job_post_terms_term` ON `job_post_terms` (`term`,`post_id`,`weight`);