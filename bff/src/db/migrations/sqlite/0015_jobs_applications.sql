CREATE TABLE `job_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`seeker_user_id` text NOT NULL,
	`applied_by_user_id` text NOT NULL,
	`status` text NOT NULL,
	`occupations` text NOT NULL,
	`skills` text NOT NULL,
	`certificates` text NOT NULL,
	`distance_band` text NOT NULL,
	`history` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `job_posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`seeker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applied_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_applications_post_seeker` ON `job_applications` (`post_id`,`seeker_user_id`);--> statement-breakpoint
CREATE INDEX `job_applications_seeker` ON `job_applications` (`seeker_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `job_applications_post_status` ON `job_applications` (`post_id`,`status`);--> statement-breakpoint
CREATE TABLE `job_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`work_date` text NOT NULL,
	`check_in_at` text NOT NULL,
	`check_in_by` text NOT NULL,
	`check_out_at` text,
	`check_out_by` text,
	`minutes_worked` integer,
	`pay_due_fen` integer,
	`pay_deadline` text,
	`paid_fen` integer,
	`paid_stated_at` text,
	`pay_answer` text,
	`pay_answered_at` text,
	`complaint_case_id` text,
	`complaint_case_number` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `job_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_attendance_application_date` ON `job_attendance` (`application_id`,`work_date`);--> statement-breakpoint
CREATE TABLE `job_ratings` (
	`application_id` text NOT NULL,
	`rater` text NOT NULL,
	`rater_user_id` text NOT NULL,
	`stars` integer NOT NULL,
	`comment_enc` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`application_id`, `rater`),
	FOREIGN KEY (`application_id`) REFERENCES `job_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rater_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
