CREATE TABLE `kept_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`staff_user_id` text NOT NULL,
	`grant_id` text NOT NULL,
	`region_code` text NOT NULL,
	`agreement_method` text NOT NULL,
	`agreement_reference_enc` text NOT NULL,
	`registered_at` text NOT NULL,
	`status` text NOT NULL,
	`claimant_user_id` text,
	`decided_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grant_id`) REFERENCES `proxy_grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimant_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kept_profiles_staff` ON `kept_profiles` (`staff_user_id`);--> statement-breakpoint
CREATE INDEX `kept_profiles_claimant` ON `kept_profiles` (`claimant_user_id`);