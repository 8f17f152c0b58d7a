CREATE TABLE `arbitration_events` (
	`id` text PRIMARY KEY NOT NULL,
	`arbitration_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`by_party` text NOT NULL,
	`by_user_id` text,
	`via_grant_id` text,
	`reason_enc` text,
	`hearing_on` text,
	`hearing_mode` text,
	FOREIGN KEY (`arbitration_id`) REFERENCES `arbitrations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_events_case` ON `arbitration_events` (`arbitration_id`,`at`);--> statement-breakpoint
CREATE TABLE `arbitrations` (
	`id` text PRIMARY KEY NOT NULL,
	`case_number` text NOT NULL,
	`applicant_user_id` text NOT NULL,
	`filed_by_user_id` text,
	`via_grant_id` text,
	`respondent_name` text NOT NULL,
	`respondent_credit_code` text NOT NULL,
	`respondent_employer_id` text,
	`region_code` text NOT NULL,
	`knew_on` text NOT NULL,
	`claims_enc` text NOT NULL,
	`facts_enc` text NOT NULL,
	`claimed_fen` integer NOT NULL,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`next_due_on` text,
	`applied_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`applicant_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`filed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`respondent_employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `arbitrations_case_number` ON `arbitrations` (`case_number`);--> statement-breakpoint
CREATE INDEX `arbitrations_applicant` ON `arbitrations` (`applicant_user_id`,`applied_at`);--> statement-breakpoint
CREATE INDEX `arbitrations_respondent` ON `arbitrations` (`respondent_credit_code`,`applied_at`);--> statement-breakpoint
CREATE INDEX `arbitrations_queue` ON `arbitrations` (`region_code`,`status`,`next_due_on`);