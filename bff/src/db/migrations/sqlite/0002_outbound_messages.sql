CREATE TABLE `outbound_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`user_id` text NOT NULL,
	`template` text NOT NULL,
	`params` text NOT NULL,
	`link` text,
	`created_at` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text NOT NULL,
	`sent_at` text,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `outbound_pending` ON `outbound_messages` (`status`,`next_attempt_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `wechat_openid_enc` text;