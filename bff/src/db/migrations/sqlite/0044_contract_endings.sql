CREATE TABLE `contract_endings` (
	`contract_id` text PRIMARY KEY NOT NULL,
	`ground` text NOT NULL,
	`last_day` text NOT NULL,
	`reason_enc` text,
	`by_user_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	`certificate_number` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`pdf_enc` blob NOT NULL,
	`timestamp` text NOT NULL,
	`timestamped_at` text NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `labour_contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_endings_number` ON `contract_endings` (`certificate_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `contract_endings_sha256` ON `contract_endings` (`sha256`);