CREATE TABLE `partner_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`partner_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`last_used_at` text,
	`expires_at` text,
	`revoked_at` text,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_keys_key_hash` ON `partner_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `partner_keys_partner` ON `partner_keys` (`partner_id`,`created_at`);--> statement-breakpoint
-- Each partner's one key so far moves to partner_keys, under the partner's id, revoked if the partner was.
INSERT INTO `partner_keys` (`id`, `partner_id`, `key_hash`, `created_at`, `revoked_at`) SELECT `id`, `id`, `key_hash`, `created_at`, `revoked_at` FROM `partners`;--> statement-breakpoint
DROP INDEX `partners_key_hash`;--> statement-breakpoint
ALTER TABLE `partners` DROP COLUMN `key_hash`;--> statement-breakpoint
ALTER TABLE `partners` DROP COLUMN `revoked_at`;