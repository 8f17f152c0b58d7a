CREATE TABLE `job_callbacks` (
	`staff_user_id` text NOT NULL,
	`seeker_user_id` text NOT NULL,
	`called_at` text NOT NULL,
	PRIMARY KEY(`staff_user_id`, `seeker_user_id`),
	FOREIGN KEY (`staff_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`seeker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `job_match_notices` (
	`seeker_user_id` text NOT NULL,
	`post_id` text NOT NULL,
	`score` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`seeker_user_id`, `post_id`),
	FOREIGN KEY (`seeker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`post_id`) REFERENCES `job_posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `job_match_notices_seeker_created` ON `job_match_notices` (`seeker_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `job_posts_status_point` ON `job_posts` (`status`,`lat_microdegrees`,`lng_microdegrees`);--> statement-breakpoint
CREATE INDEX `job_posts_status_decided` ON `job_posts` (`status`,`decided_at`);