CREATE TABLE `training_subsidies` (
	`id` text PRIMARY KEY NOT NULL,
	`voucher_id` text NOT NULL,
	`enrolment_id` text NOT NULL,
	`programme_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`institution_user_id` text NOT NULL,
	`region_code` text NOT NULL,
	`payee` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`occupation_code` text NOT NULL,
	`level` integer NOT NULL,
	`certificate_number` text NOT NULL,
	`certificate_issued_on` text NOT NULL,
	`status` text NOT NULL,
	`applied_at` text NOT NULL,
	`applied_on` text NOT NULL,
	`applied_by_user_id` text NOT NULL,
	`decided_at` text,
	`decided_by_user_id` text,
	`decline_reason` text,
	FOREIGN KEY (`voucher_id`) REFERENCES `training_vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `training_enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `training_programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`institution_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applied_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_subsidies_live_voucher` ON `training_subsidies` (`voucher_id`) WHERE "training_subsidies"."status" in ('applied', 'approved', 'paid');--> statement-breakpoint
CREATE INDEX `training_subsidies_region` ON `training_subsidies` (`region_code`,`status`,`applied_at`,`id`);--> statement-breakpoint
CREATE INDEX `training_subsidies_holder` ON `training_subsidies` (`holder_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `training_subsidies_institution` ON `training_subsidies` (`institution_user_id`,`applied_at`,`id`);