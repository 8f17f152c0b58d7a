CREATE TABLE `death_records` (
	`id` text PRIMARY KEY NOT NULL,
	`pensioner_id` text NOT NULL,
	`region_code` text NOT NULL,
	`died_on` text NOT NULL,
	`partner_id` text NOT NULL,
	`signal_id` text,
	`received_at` text NOT NULL,
	`status_before` text NOT NULL,
	`status` text NOT NULL,
	`second_partner_id` text,
	`second_died_on` text,
	`confirmed_via` text,
	`decided_by_user_id` text,
	`decided_at` text,
	`reversal_note_enc` text,
	FOREIGN KEY (`pensioner_id`) REFERENCES `pensioners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`second_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `death_records_pending` ON `death_records` (`pensioner_id`) WHERE "death_records"."status" = 'pending';--> statement-breakpoint
CREATE INDEX `death_records_region` ON `death_records` (`region_code`,`status`,`received_at`);--> statement-breakpoint
CREATE INDEX `death_records_pensioner` ON `death_records` (`pensioner_id`);--> statement-breakpoint
DROP INDEX `overpayments_pensioner`;--> statement-breakpoint
CREATE UNIQUE INDEX `overpayments_pensioner` ON `overpayments` (`pensioner_id`) WHERE "overpayments"."status" <> 'withdrawn';--> statement-breakpoint
ALTER TABLE `pensioners` ADD `death_hold_id` text;--> statement-breakpoint
-- Pensions stopped before death records were reviewed: each keeps its first death record, confirmed
-- by no one, so an officer can still find it wrong and reverse it.
INSERT INTO death_records (id, pensioner_id, region_code, died_on, partner_id, signal_id, received_at, status_before, status, confirmed_via, decided_at)
SELECT s.id, p.id, p.region_code, p.died_on, s.partner_id, s.id, s.received_at, 'active', 'confirmed', 'before_review', s.received_at
FROM pensioners p JOIN partner_signals s ON s.id = (SELECT s2.id FROM partner_signals s2 WHERE s2.pensioner_id = p.id AND s2.kind = 'death' ORDER BY s2.received_at, s2.id LIMIT 1)
WHERE p.status = 'stopped' AND p.died_on IS NOT NULL;