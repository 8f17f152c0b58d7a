ALTER TABLE `flexible_payments` ADD `expires_at` text;--> statement-breakpoint
ALTER TABLE `flexible_payments` ADD `out_refund_no` text;--> statement-breakpoint
ALTER TABLE `flexible_payments` ADD `refund_status` text;--> statement-breakpoint
ALTER TABLE `flexible_payments` ADD `refund_id` text;--> statement-breakpoint
ALTER TABLE `flexible_payments` ADD `refunded_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `flexible_payments_out_refund_no` ON `flexible_payments` (`out_refund_no`);--> statement-breakpoint
CREATE INDEX `flexible_payments_open` ON `flexible_payments` (`status`,`expires_at`);--> statement-breakpoint
CREATE INDEX `flexible_payments_refunds` ON `flexible_payments` (`refund_status`);