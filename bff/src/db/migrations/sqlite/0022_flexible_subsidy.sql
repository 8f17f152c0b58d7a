CREATE TABLE `flexible_subsidy_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`person_id` text NOT NULL,
	`region_code` text NOT NULL,
	`months` text NOT NULL,
	`paid_fen` integer NOT NULL,
	`status` text NOT NULL,
	`open` integer,
	`applied_at` text NOT NULL,
	`decided_at` text,
	`decided_by` text,
	`decline_reason` text,
	`employment_difficulty` integer,
	`graduate_year` integer,
	`rule_id` text,
	`subsidised_months` text,
	`amount_fen` integer,
	`out_bill_no` text,
	`payout_channel` text,
	`payout_status` text,
	`transfer_bill_no` text,
	`paid_out_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flexible_subsidy_applications_open` ON `flexible_subsidy_applications` (`person_id`,`open`);--> statement-breakpoint
CREATE UNIQUE INDEX `flexible_subsidy_applications_out_bill_no` ON `flexible_subsidy_applications` (`out_bill_no`);--> statement-breakpoint
CREATE INDEX `flexible_subsidy_applications_user` ON `flexible_subsidy_applications` (`user_id`,`applied_at`);--> statement-breakpoint
CREATE INDEX `flexible_subsidy_applications_region` ON `flexible_subsidy_applications` (`region_code`,`status`,`applied_at`);--> statement-breakpoint
CREATE INDEX `flexible_subsidy_applications_payout` ON `flexible_subsidy_applications` (`payout_status`);--> statement-breakpoint
CREATE TABLE `flexible_subsidy_offers` (
	`person_id` text PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`user_id` text NOT NULL,
	`offered_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
