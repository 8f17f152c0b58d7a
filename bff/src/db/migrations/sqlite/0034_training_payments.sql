CREATE TABLE `training_institution_accounts` (
	`institution_user_id` text PRIMARY KEY NOT NULL,
	`account_name` text NOT NULL,
	`bank_name` text NOT NULL,
	`account_no_enc` text NOT NULL,
	`account_no_last4` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`institution_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `training_programmes` ADD `budget_fen` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Programmes opened before budgets: enough for every voucher at the highest covered subsidy.
UPDATE `training_programmes` SET `budget_fen` = `quantity` * coalesce((SELECT max(json_extract(value, '$.subsidyFen')) FROM json_each(`covered`)), 0);--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `payment_channel` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `payment_status` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `out_bill_no` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `transfer_bill_no` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `payout_package` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `payment_failure` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `payment_sent_at` text;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `paid_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `training_subsidies_out_bill_no` ON `training_subsidies` (`out_bill_no`);--> statement-breakpoint
CREATE INDEX `training_subsidies_payment` ON `training_subsidies` (`payment_status`);--> statement-breakpoint
CREATE INDEX `training_subsidies_programme` ON `training_subsidies` (`programme_id`,`status`);