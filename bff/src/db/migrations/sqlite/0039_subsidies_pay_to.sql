ALTER TABLE `flexible_subsidy_applications` ADD `pay_to` text DEFAULT 'wechat' NOT NULL;--> statement-breakpoint
ALTER TABLE `training_subsidies` ADD `pay_to` text DEFAULT 'wechat' NOT NULL;