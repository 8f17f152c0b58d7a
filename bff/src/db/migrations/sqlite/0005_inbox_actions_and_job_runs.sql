CREATE TABLE `job_runs` (
	`job` text NOT NULL,
	`period` text NOT NULL,
	`holder` text NOT NULL,
	`started_at` text NOT NULL,
	`heartbeat_at` text NOT NULL,
	`finished_at` text,
	PRIMARY KEY(`job`, `period`)
);
--> statement-breakpoint
ALTER TABLE `inbox_messages` ADD `action_kind` text;--> statement-breakpoint
ALTER TABLE `inbox_messages` ADD `action_target_id` text;--> statement-breakpoint
UPDATE `inbox_messages` SET `action_kind` = json_extract(`action`, '$.kind'), `action_target_id` = json_extract(`action`, '$.targetId') WHERE `action` IS NOT NULL;--> statement-breakpoint
ALTER TABLE `inbox_messages` DROP COLUMN `action`;--> statement-breakpoint
INSERT INTO `audit_head` (`id`, `seq`, `hash`) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000') ON CONFLICT DO NOTHING;