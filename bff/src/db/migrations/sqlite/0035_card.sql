CREATE TABLE `card_events` (
	`id` text PRIMARY KEY NOT NULL,
	`card_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`by_user_id` text,
	`via_grant_id` text,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `card_events_card` ON `card_events` (`card_id`,`at`);--> statement-breakpoint
CREATE TABLE `cards` (
	`id` text PRIMARY KEY NOT NULL,
	`holder_user_id` text NOT NULL,
	`card_number_enc` text NOT NULL,
	`card_number_index` text NOT NULL,
	`card_number_masked` text NOT NULL,
	`region_code` text NOT NULL,
	`issuing_bank` text NOT NULL,
	`issued_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`status` text NOT NULL,
	`temporary_loss_at` text,
	`temporary_loss_until` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`holder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cards_number` ON `cards` (`card_number_index`);--> statement-breakpoint
CREATE UNIQUE INDEX `cards_live_holder` ON `cards` (`holder_user_id`) WHERE "cards"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX `cards_temporary_loss` ON `cards` (`status`,`temporary_loss_until`);