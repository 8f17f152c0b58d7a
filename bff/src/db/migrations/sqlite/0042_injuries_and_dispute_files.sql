CREATE TABLE `dispute_files` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_user_id` text NOT NULL,
	`uploaded_by_user_id` text NOT NULL,
	`case_kind` text,
	`case_id` text,
	`side` text,
	`attached_at` text,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`name_enc` text NOT NULL,
	`content_enc` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dispute_files_owner` ON `dispute_files` (`owner_user_id`,`case_id`);--> statement-breakpoint
CREATE INDEX `dispute_files_case` ON `dispute_files` (`case_kind`,`case_id`);--> statement-breakpoint
CREATE TABLE `injury_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`case_number` text NOT NULL,
	`report_id` text,
	`applicant_kind` text NOT NULL,
	`applicant_user_id` text NOT NULL,
	`filed_by_user_id` text,
	`via_grant_id` text,
	`worker_user_id` text,
	`worker_name_enc` text NOT NULL,
	`worker_id_number_enc` text NOT NULL,
	`worker_id_number_index` text NOT NULL,
	`employer_name` text NOT NULL,
	`employer_credit_code` text NOT NULL,
	`employer_id` text,
	`region_code` text NOT NULL,
	`accident_on` text NOT NULL,
	`kind` text NOT NULL,
	`account_enc` text NOT NULL,
	`injuries_enc` text NOT NULL,
	`missing_enc` text,
	`grade` integer,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`next_due_on` text,
	`overdue_told` text DEFAULT '[]' NOT NULL,
	`applied_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `injury_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`filed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`worker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `injury_cases_case_number` ON `injury_cases` (`case_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `injury_cases_report` ON `injury_cases` (`report_id`);--> statement-breakpoint
CREATE INDEX `injury_cases_worker` ON `injury_cases` (`worker_user_id`,`applied_at`);--> statement-breakpoint
CREATE INDEX `injury_cases_worker_id` ON `injury_cases` (`worker_id_number_index`);--> statement-breakpoint
CREATE INDEX `injury_cases_employer` ON `injury_cases` (`employer_credit_code`,`applied_at`);--> statement-breakpoint
CREATE INDEX `injury_cases_queue` ON `injury_cases` (`region_code`,`status`,`next_due_on`);--> statement-breakpoint
CREATE INDEX `injury_cases_next_due` ON `injury_cases` (`next_due_on`);--> statement-breakpoint
CREATE TABLE `injury_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`by_party` text NOT NULL,
	`by_user_id` text,
	`via_grant_id` text,
	`reason_enc` text,
	FOREIGN KEY (`case_id`) REFERENCES `injury_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `injury_events_case` ON `injury_events` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `injury_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`worker_user_id` text NOT NULL,
	`reported_by_user_id` text,
	`via_grant_id` text,
	`employer_name` text NOT NULL,
	`employer_credit_code` text NOT NULL,
	`employer_id` text,
	`region_code` text NOT NULL,
	`accident_on` text NOT NULL,
	`kind` text NOT NULL,
	`account_enc` text NOT NULL,
	`employer_by` text NOT NULL,
	`window_told_at` text,
	`case_id` text,
	`reported_at` text NOT NULL,
	FOREIGN KEY (`worker_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `injury_reports_worker` ON `injury_reports` (`worker_user_id`,`reported_at`);--> statement-breakpoint
CREATE INDEX `injury_reports_employer` ON `injury_reports` (`employer_credit_code`,`reported_at`);--> statement-breakpoint
CREATE INDEX `injury_reports_window` ON `injury_reports` (`employer_by`);--> statement-breakpoint
CREATE UNIQUE INDEX `injury_reports_case` ON `injury_reports` (`case_id`);--> statement-breakpoint
ALTER TABLE `arbitrations` ADD `wage_case_id` text REFERENCES wage_cases(id);--> statement-breakpoint
CREATE UNIQUE INDEX `arbitrations_wage_case` ON `arbitrations` (`wage_case_id`);--> statement-breakpoint
CREATE INDEX `arbitrations_next_due` ON `arbitrations` (`next_due_on`);