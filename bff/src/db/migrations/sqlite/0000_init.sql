CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`version` text NOT NULL,
	`given_at` text NOT NULL,
	`withdrawn_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_user_purpose` ON `consents` (`user_id`,`purpose`);--> statement-breakpoint
CREATE TABLE `proxy_grants` (
	`id` text PRIMARY KEY NOT NULL,
	`citizen_user_id` text NOT NULL,
	`staff_user_id` text NOT NULL,
	`scopes` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`citizen_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proxy_grants_citizen` ON `proxy_grants` (`citizen_user_id`);--> statement-breakpoint
CREATE INDEX `proxy_grants_staff` ON `proxy_grants` (`staff_user_id`);--> statement-breakpoint
CREATE TABLE `real_names` (
	`user_id` text PRIMARY KEY NOT NULL,
	`name_enc` text NOT NULL,
	`id_number_enc` text NOT NULL,
	`id_number_index` text NOT NULL,
	`phone_enc` text,
	`region_code` text NOT NULL,
	`birth_year` integer NOT NULL,
	`bound_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `real_names_id_number` ON `real_names` (`id_number_index`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` text NOT NULL,
	`provider` text NOT NULL,
	`wechat_session_key_enc` text,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`idle_expires_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`dev_account` text,
	`wechat_openid_index` text,
	`roles` text NOT NULL,
	`staff_name_enc` text,
	`region_code` text,
	`staff_code` text,
	`organization` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_dev_account` ON `users` (`dev_account`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_wechat_openid` ON `users` (`wechat_openid_index`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_staff_code` ON `users` (`staff_code`);--> statement-breakpoint
CREATE TABLE `audit_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`request_id` text NOT NULL,
	`actor_user_id` text,
	`subject_user_id` text,
	`via_grant_id` text,
	`action` text NOT NULL,
	`kind` text NOT NULL,
	`object_type` text,
	`object_id` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_subject` ON `audit_log` (`subject_user_id`,`seq`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`owner` text NOT NULL,
	`key` text NOT NULL,
	`operation` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`response_status` integer,
	`response_body` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`owner`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_created` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `inbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`template` text NOT NULL,
	`params` text NOT NULL,
	`link` text,
	`created_at` text NOT NULL,
	`read_at` text
);
--> statement-breakpoint
CREATE INDEX `inbox_user_created` ON `inbox_messages` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`bucket` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`holder_user_id` text NOT NULL,
	`issued_by_user_id` text NOT NULL,
	`verification_code` text NOT NULL,
	`purpose` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`lines` text NOT NULL,
	`holder_masked_name` text NOT NULL,
	`holder_masked_id_number` text NOT NULL,
	`region_code` text NOT NULL,
	`issued_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_code` ON `certificates` (`verification_code`);--> statement-breakpoint
CREATE INDEX `certificates_holder` ON `certificates` (`holder_user_id`,`issued_at`);--> statement-breakpoint
CREATE INDEX `certificates_region` ON `certificates` (`region_code`,`issued_at`);--> statement-breakpoint
CREATE TABLE `contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`month` text NOT NULL,
	`type` text NOT NULL,
	`base_fen` integer NOT NULL,
	`personal_fen` integer NOT NULL,
	`employer_fen` integer NOT NULL,
	`employer_name` text NOT NULL,
	`region_code` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contributions_person_month_type` ON `contributions` (`person_id`,`month`,`type`);--> statement-breakpoint
CREATE TABLE `insured_persons` (
	`id` text PRIMARY KEY NOT NULL,
	`id_number_index` text NOT NULL,
	`id_number_enc` text NOT NULL,
	`name_enc` text NOT NULL,
	`region_code` text NOT NULL,
	`retired_from` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `insured_persons_id_number` ON `insured_persons` (`id_number_index`);