ALTER TABLE `job_applications` ADD `hired_at` text;--> statement-breakpoint
UPDATE `job_applications` SET `hired_at` = (SELECT json_extract(step.value, '$.at') FROM json_each(`job_applications`.`history`) AS step WHERE json_extract(step.value, '$.status') = 'hired' LIMIT 1) WHERE `status` = 'hired';
