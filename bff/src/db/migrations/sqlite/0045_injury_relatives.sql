ALTER TABLE `injury_cases` ADD `applicant_relation` text;--> statement-breakpoint
CREATE INDEX `injury_cases_applicant` ON `injury_cases` (`applicant_user_id`,`applied_at`);