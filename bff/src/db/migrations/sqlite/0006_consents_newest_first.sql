DROP INDEX `consents_user_purpose`;--> statement-breakpoint
CREATE INDEX `consents_user_purpose` ON `consents` (`user_id`,`purpose`,`given_at`,`id`);