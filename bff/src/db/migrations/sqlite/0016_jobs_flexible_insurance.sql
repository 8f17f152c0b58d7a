CREATE TABLE `flexible_enrolments` (
	`user_id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`region_code` text NOT NULL,
	`base_fen` integer NOT NULL,
	`period` text NOT NULL,
	`medical` integer NOT NULL,
	`from_month` text NOT NULL,
	`enrolled_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flexible_enrolments_person` ON `flexible_enrolments` (`person_id`);--> statement-breakpoint
CREATE INDEX `flexible_enrolments_region` ON `flexible_enrolments` (`region_code`,`enrolled_at`);--> statement-breakpoint
CREATE TABLE `flexible_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`person_id` text NOT NULL,
	`out_trade_no` text NOT NULL,
	`months` text NOT NULL,
	`first_month` text NOT NULL,
	`base_fen` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`personal_account_fen` integer NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`transaction_id` text,
	`holds_months` integer,
	`created_at` text NOT NULL,
	`paid_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flexible_payments_out_trade_no` ON `flexible_payments` (`out_trade_no`);--> statement-breakpoint
CREATE INDEX `flexible_payments_user` ON `flexible_payments` (`user_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `flexible_payments_person_first_month` ON `flexible_payments` (`person_id`,`first_month`,`holds_months`);--> statement-breakpoint
ALTER TABLE `contributions` ADD `payer` text DEFAULT 'employer' NOT NULL;