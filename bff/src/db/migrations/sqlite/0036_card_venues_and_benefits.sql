CREATE TABLE `card_benefit_openings` (
	`region_code` text NOT NULL,
	`kind` text NOT NULL,
	`open_to_city` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`region_code`, `kind`),
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `card_uses` (
	`id` text PRIMARY KEY NOT NULL,
	`venue_user_id` text NOT NULL,
	`card_id` text NOT NULL,
	`nonce` text NOT NULL,
	`region_code` text NOT NULL,
	`kind` text NOT NULL,
	`home_region_code` text NOT NULL,
	`because` text NOT NULL,
	`pay_percent` integer NOT NULL,
	`used_at` text NOT NULL,
	FOREIGN KEY (`venue_user_id`) REFERENCES `card_venues`(`user_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `card_uses_venue_nonce` ON `card_uses` (`venue_user_id`,`nonce`);--> statement-breakpoint
CREATE INDEX `card_uses_region` ON `card_uses` (`region_code`,`used_at`);--> statement-breakpoint
CREATE INDEX `card_uses_card` ON `card_uses` (`card_id`,`used_at`);--> statement-breakpoint
CREATE TABLE `card_venues` (
	`user_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `cards` ADD `disability_certified` integer DEFAULT false NOT NULL;