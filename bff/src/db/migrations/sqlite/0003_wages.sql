CREATE TABLE `calendar_days` (
	`date` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `wage_case_counters` (
	`region_code` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`region_code`, `year`)
);
--> statement-breakpoint
CREATE TABLE `wage_case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`by` text NOT NULL,
	`actor_user_id` text,
	`note_enc` text,
	`amount_fen` integer,
	FOREIGN KEY (`case_id`) REFERENCES `wage_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wage_case_events_case` ON `wage_case_events` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `wage_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`case_number` text NOT NULL,
	`draft_id` text NOT NULL,
	`worker_user_id` text NOT NULL,
	`filed_by_user_id` text NOT NULL,
	`filed_by_staff_code` text,
	`employer_id` text,
	`employer_name` text NOT NULL,
	`employer_credit_code` text,
	`project_id` text,
	`site_name` text NOT NULL,
	`region_code` text NOT NULL,
	`address_enc` text NOT NULL,
	`from_month` text NOT NULL,
	`to_month` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`pay_unit` text NOT NULL,
	`co_workers` integer NOT NULL,
	`phone_enc` text NOT NULL,
	`description_enc` text NOT NULL,
	`status` text NOT NULL,
	`submitted_at` text NOT NULL,
	`submitted_on` text NOT NULL,
	`accept_by` text NOT NULL,
	`settle_by` text,
	`stage_deadline` text,
	`extended` integer NOT NULL,
	`rated` integer NOT NULL,
	`overdue_deadline` text,
	`handler_user_id` text,
	`recovered_fen` integer NOT NULL,
	`rating_stars` integer,
	`rating_comment_enc` text,
	`closed_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`worker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wage_cases_number` ON `wage_cases` (`case_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `wage_cases_worker_draft` ON `wage_cases` (`worker_user_id`,`draft_id`);--> statement-breakpoint
CREATE INDEX `wage_cases_region_deadline` ON `wage_cases` (`region_code`,`status`,`stage_deadline`);--> statement-breakpoint
CREATE INDEX `wage_cases_employer` ON `wage_cases` (`employer_id`,`status`);--> statement-breakpoint
CREATE INDEX `wage_cases_worker` ON `wage_cases` (`worker_user_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `complaint_drafts` (
	`subject_user_id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`step` integer NOT NULL,
	`form_enc` text NOT NULL,
	`updated_by_user_id` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`subject_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `employers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`credit_code` text NOT NULL,
	`region_code` text NOT NULL,
	`user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employers_credit_code` ON `employers` (`credit_code`);--> statement-breakpoint
CREATE INDEX `employers_user` ON `employers` (`user_id`);--> statement-breakpoint
CREATE TABLE `evidence_files` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_user_id` text NOT NULL,
	`uploaded_by_user_id` text NOT NULL,
	`case_id` text,
	`purpose` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`name_enc` text NOT NULL,
	`content_enc` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `wage_cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_owner` ON `evidence_files` (`owner_user_id`,`case_id`);--> statement-breakpoint
CREATE INDEX `evidence_case` ON `evidence_files` (`case_id`);--> statement-breakpoint
CREATE TABLE `payroll_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`month` text NOT NULL,
	`region_code` text NOT NULL,
	`raised_at` text NOT NULL,
	`resolved_at` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payroll_alerts_project_month` ON `payroll_alerts` (`project_id`,`month`);--> statement-breakpoint
CREATE INDEX `payroll_alerts_region` ON `payroll_alerts` (`region_code`,`resolved_at`);--> statement-breakpoint
CREATE TABLE `payroll_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`month` text NOT NULL,
	`import_id` text NOT NULL,
	`line` integer NOT NULL,
	`name_enc` text NOT NULL,
	`id_number_enc` text NOT NULL,
	`id_number_index` text NOT NULL,
	`due_fen` integer NOT NULL,
	`paid_fen` integer NOT NULL,
	`paid_on` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payroll_lines_project_month` ON `payroll_lines` (`project_id`,`month`);--> statement-breakpoint
CREATE INDEX `payroll_lines_person` ON `payroll_lines` (`id_number_index`);--> statement-breakpoint
CREATE TABLE `payroll_months` (
	`project_id` text NOT NULL,
	`month` text NOT NULL,
	`workers` integer NOT NULL,
	`due_fen` integer NOT NULL,
	`paid_fen` integer NOT NULL,
	`import_id` text NOT NULL,
	`imported_at` text NOT NULL,
	PRIMARY KEY(`project_id`, `month`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`employer_id` text NOT NULL,
	`name` text NOT NULL,
	`region_code` text NOT NULL,
	`address` text NOT NULL,
	`start_month` text NOT NULL,
	`end_month` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_employer` ON `projects` (`employer_id`);--> statement-breakpoint
CREATE INDEX `projects_region` ON `projects` (`region_code`);