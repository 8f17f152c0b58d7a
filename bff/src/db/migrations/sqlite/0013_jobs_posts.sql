CREATE TABLE `job_posts` (
	`id` text PRIMARY KEY NOT NULL,
	`poster_organisation_id` text NOT NULL,
	`poster_user_id` text NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`occupation` text NOT NULL,
	`skills` text NOT NULL,
	`certificates` text NOT NULL,
	`kind` text NOT NULL,
	`community` text NOT NULL,
	`region_code` text NOT NULL,
	`lat_microdegrees` integer NOT NULL,
	`lng_microdegrees` integer NOT NULL,
	`pay_fen` integer NOT NULL,
	`pay_unit` text NOT NULL,
	`headcount` integer NOT NULL,
	`shifts` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`description` text NOT NULL,
	`hold_reasons` text NOT NULL,
	`decision_note` text,
	`decided_by` text,
	`decided_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`poster_organisation_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`poster_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `job_posts_region_status` ON `job_posts` (`region_code`,`status`);--> statement-breakpoint
CREATE INDEX `job_posts_status_end_date` ON `job_posts` (`status`,`end_date`);--> statement-breakpoint
CREATE INDEX `job_posts_organisation` ON `job_posts` (`poster_organisation_id`,`created_at`);