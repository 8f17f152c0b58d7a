CREATE TABLE `training_programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`payment` text NOT NULL,
	`reach` text NOT NULL,
	`eligibility` text NOT NULL,
	`eligibility_logic` text NOT NULL,
	`covered` text NOT NULL,
	`institution_ids` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text NOT NULL,
	`quantity` integer NOT NULL,
	`issued` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_programmes_region` ON `training_programmes` (`region_code`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `training_programmes_open` ON `training_programmes` (`status`,`reach`);--> statement-breakpoint
CREATE TABLE `training_vouchers` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`programme_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`status` text NOT NULL,
	`passed` integer,
	`issued_at` text NOT NULL,
	`claimed_at` text,
	`valid_from` text NOT NULL,
	`valid_until` text NOT NULL,
	`payment` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `training_programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_vouchers_number` ON `training_vouchers` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `training_vouchers_programme_holder` ON `training_vouchers` (`programme_id`,`holder_user_id`);--> statement-breakpoint
CREATE INDEX `training_vouchers_holder` ON `training_vouchers` (`holder_user_id`,`issued_at`);--> statement-breakpoint
CREATE INDEX `training_vouchers_expiry` ON `training_vouchers` (`status`,`valid_until`);