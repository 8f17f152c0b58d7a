CREATE TABLE `assistance_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`benefit` text NOT NULL,
	`amount_fen` integer,
	`status` text NOT NULL,
	`offered_at` text NOT NULL,
	`confirmed_at` text,
	`confirmed_by_user_id` text,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rule_id`) REFERENCES `assistance_rules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assistance_offers_pensioner_benefit` ON `assistance_offers` (`pensioner_id`,`benefit`);--> statement-breakpoint
CREATE TABLE `assistance_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`benefit` text NOT NULL,
	`region_code` text,
	`logic` text NOT NULL,
	`amount_fen` integer,
	`active` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `face_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`user_id` text NOT NULL,
	`provider` text NOT NULL,
	`created_at` text NOT NULL,
	`finished_at` text,
	`outcome` text,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `face_attempts_pensioner` ON `face_attempts` (`pensioner_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `local_minimums` (
	`region_code` text PRIMARY KEY NOT NULL,
	`minimum_fen` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `overpayments` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`region_code` text NOT NULL,
	`died_on` text NOT NULL,
	`months` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`status` text NOT NULL,
	`partner_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `overpayments_pensioner` ON `overpayments` (`pensioner_id`);--> statement-breakpoint
CREATE INDEX `overpayments_region` ON `overpayments` (`region_code`,`status`);--> statement-breakpoint
CREATE TABLE `partner_signals` (
	`id` text PRIMARY KEY NOT NULL,
	`partner_id` text NOT NULL,
	`reference` text NOT NULL,
	`kind` text NOT NULL,
	`pensioner_id` text,
	`occurred_at` text NOT NULL,
	`outcome` text NOT NULL,
	`received_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_signals_reference` ON `partner_signals` (`partner_id`,`reference`);--> statement-breakpoint
CREATE INDEX `partner_signals_pensioner` ON `partner_signals` (`pensioner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`data_level` integer NOT NULL,
	`key_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partners_key_hash` ON `partners` (`key_hash`);--> statement-breakpoint
CREATE TABLE `pension_certifications` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`certified_on` text NOT NULL,
	`method` text NOT NULL,
	`source` text,
	`signal_id` text,
	`task_id` text,
	`review` text NOT NULL,
	`actor_user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pension_certifications_pensioner` ON `pension_certifications` (`pensioner_id`,`certified_on`);--> statement-breakpoint
CREATE TABLE `pension_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`month` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`status` text NOT NULL,
	`paid_on` text,
	`arrears` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pension_payments_pensioner_month` ON `pension_payments` (`pensioner_id`,`month`);--> statement-breakpoint
CREATE TABLE `pensioners` (
	`id` text PRIMARY KEY NOT NULL,
	`id_number_index` text NOT NULL,
	`id_number_enc` text NOT NULL,
	`name_enc` text NOT NULL,
	`address_enc` text NOT NULL,
	`birth_date` text NOT NULL,
	`region_code` text NOT NULL,
	`grid_code` text,
	`lives_alone` integer NOT NULL,
	`monthly_fen` integer NOT NULL,
	`first_month` text NOT NULL,
	`status` text NOT NULL,
	`cycle_start` text NOT NULL,
	`died_on` text,
	`due_soon_notice_for` text,
	`overdue_notice_for` text,
	`suspended_notice_for` text,
	`face_failures` integer DEFAULT 0 NOT NULL,
	`face_failures_for` text,
	`assistance_checked_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pensioners_id_number` ON `pensioners` (`id_number_index`);--> statement-breakpoint
CREATE INDEX `pensioners_region_cycle` ON `pensioners` (`region_code`,`cycle_start`);--> statement-breakpoint
CREATE INDEX `pensioners_grid` ON `pensioners` (`grid_code`);--> statement-breakpoint
CREATE TABLE `visit_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`uploaded_by_user_id` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content_enc` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `visit_tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_photos_task` ON `visit_photos` (`task_id`);--> statement-breakpoint
CREATE TABLE `visit_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`region_code` text NOT NULL,
	`staff_user_id` text,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`created_by_user_id` text,
	`grant_id` text,
	`created_at` text NOT NULL,
	`checklist` text,
	`photo_id` text,
	`place_enc` text,
	`visited_at` text,
	`certification_id` text,
	`reviewed_by_user_id` text,
	`reviewed_at` text,
	`review_note` text,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_tasks_staff_status` ON `visit_tasks` (`staff_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `visit_tasks_region_status` ON `visit_tasks` (`region_code`,`status`);--> statement-breakpoint
CREATE INDEX `visit_tasks_pensioner` ON `visit_tasks` (`pensioner_id`,`status`);--> statement-breakpoint
ALTER TABLE `inbox_messages` ADD `action` text;--> statement-breakpoint
ALTER TABLE `inbox_messages` ADD `action_done_at` text;