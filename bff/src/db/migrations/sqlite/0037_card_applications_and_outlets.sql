CREATE TABLE `card_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`holder_user_id` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text,
	`outlet_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`old_card_id` text,
	`new_card_number_enc` text,
	`new_card_number_index` text,
	`new_card_number_masked` text,
	`new_card_valid_until` text,
	`new_card_id` text,
	`status` text NOT NULL,
	`applied_at` text NOT NULL,
	`produced_at` text,
	`at_outlet_at` text,
	`collected_at` text,
	`withdrawn_at` text,
	`by_user_id` text,
	`via_grant_id` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outlet_id`) REFERENCES `card_outlets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`old_card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`new_card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `card_applications_live_holder` ON `card_applications` (`holder_user_id`) WHERE "card_applications"."status" not in ('collected', 'withdrawn');--> statement-breakpoint
CREATE INDEX `card_applications_partner` ON `card_applications` (`partner_id`,`status`,`applied_at`);--> statement-breakpoint
CREATE TABLE `card_outlets` (
	`id` text PRIMARY KEY NOT NULL,
	`partner_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`region_code` text NOT NULL,
	`address` text NOT NULL,
	`lat_microdegrees` integer NOT NULL,
	`lng_microdegrees` integer NOT NULL,
	`services` text NOT NULL,
	`hours` text NOT NULL,
	`open` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `card_outlets_region` ON `card_outlets` (`region_code`,`open`);--> statement-breakpoint
ALTER TABLE `cards` ADD `issuer_partner_id` text REFERENCES partners(id);