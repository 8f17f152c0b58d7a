CREATE TABLE `training_courses` (
	`id` text PRIMARY KEY NOT NULL,
	`institution_user_id` text NOT NULL,
	`name` text NOT NULL,
	`occupation_code` text NOT NULL,
	`level` integer NOT NULL,
	`hours` integer NOT NULL,
	`capacity` integer NOT NULL,
	`enrolled` integer DEFAULT 0 NOT NULL,
	`price_fen` integer NOT NULL,
	`region_code` text NOT NULL,
	`starts_on` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`institution_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_courses_search` ON `training_courses` (`status`,`starts_on`,`id`);--> statement-breakpoint
CREATE INDEX `training_courses_occupation` ON `training_courses` (`occupation_code`,`status`,`starts_on`,`id`);--> statement-breakpoint
CREATE INDEX `training_courses_region` ON `training_courses` (`region_code`,`status`,`starts_on`);--> statement-breakpoint
CREATE INDEX `training_courses_institution` ON `training_courses` (`institution_user_id`,`starts_on`,`id`);--> statement-breakpoint
CREATE TABLE `training_enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` text NOT NULL,
	`voucher_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`status` text NOT NULL,
	`requested_at` text NOT NULL,
	`decided_at` text,
	`decline_reason` text,
	`cancelled_at` text,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_id`) REFERENCES `training_vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_live_voucher` ON `training_enrolments` (`voucher_id`) WHERE "training_enrolments"."status" in ('requested', 'confirmed');--> statement-breakpoint
CREATE INDEX `training_enrolments_course` ON `training_enrolments` (`course_id`,`status`,`requested_at`);--> statement-breakpoint
CREATE INDEX `training_enrolments_holder` ON `training_enrolments` (`holder_user_id`,`requested_at`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` text NOT NULL,
	`date` text NOT NULL,
	`time_from` text NOT NULL,
	`time_to` text NOT NULL,
	`place` text NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_sessions_course_start` ON `training_sessions` (`course_id`,`date`,`time_from`);