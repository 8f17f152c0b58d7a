CREATE TABLE `skill_certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`holder_user_id` text NOT NULL,
	`certificate_number` text NOT NULL,
	`occupation_code` text NOT NULL,
	`level` integer NOT NULL,
	`issued_on` text NOT NULL,
	`issuer_user_id` text NOT NULL,
	`assessment_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issuer_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `training_assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skill_certificates_number` ON `skill_certificates` (`certificate_number`);--> statement-breakpoint
CREATE INDEX `skill_certificates_holder` ON `skill_certificates` (`holder_user_id`,`issued_on`);--> statement-breakpoint
CREATE TABLE `skills_summaries` (
	`id` text PRIMARY KEY NOT NULL,
	`holder_user_id` text NOT NULL,
	`verification_code` text NOT NULL,
	`holder_masked_name` text NOT NULL,
	`certificates` text NOT NULL,
	`courses` text NOT NULL,
	`issued_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_summaries_code` ON `skills_summaries` (`verification_code`);--> statement-breakpoint
CREATE INDEX `skills_summaries_holder` ON `skills_summaries` (`holder_user_id`,`issued_at`);--> statement-breakpoint
CREATE TABLE `training_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`enrolment_id` text NOT NULL,
	`voucher_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`assessor_user_id` text NOT NULL,
	`passed` integer NOT NULL,
	`certificate_number` text,
	`occupation_code` text NOT NULL,
	`level` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_id`) REFERENCES `training_vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_assessments_enrolment` ON `training_assessments` (`enrolment_id`);--> statement-breakpoint
CREATE INDEX `training_assessments_holder` ON `training_assessments` (`holder_user_id`);--> statement-breakpoint
CREATE TABLE `training_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`enrolment_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`device_hash` text NOT NULL,
	`checked_in_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_attendance_session_enrolment` ON `training_attendance` (`session_id`,`enrolment_id`);--> statement-breakpoint
CREATE INDEX `training_attendance_session_device` ON `training_attendance` (`session_id`,`device_hash`);--> statement-breakpoint
CREATE INDEX `training_attendance_enrolment` ON `training_attendance` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `training_flags` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`institution_user_id` text NOT NULL,
	`region_code` text NOT NULL,
	`course_id` text NOT NULL,
	`session_id` text,
	`enrolment_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`raised_at` text NOT NULL,
	FOREIGN KEY (`institution_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_flags_institution` ON `training_flags` (`institution_user_id`,`raised_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `training_flags_below_threshold` ON `training_flags` (`enrolment_id`) WHERE "training_flags"."kind" = 'below_threshold';--> statement-breakpoint
CREATE TABLE `training_institution_status` (
	`institution_user_id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`changed_at` text NOT NULL,
	`changed_by_user_id` text NOT NULL,
	FOREIGN KEY (`institution_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `training_programmes` ADD `attendance_threshold_percent` integer DEFAULT 80 NOT NULL;--> statement-breakpoint
CREATE INDEX `training_enrolments_course_holder` ON `training_enrolments` (`course_id`,`holder_user_id`,`status`);