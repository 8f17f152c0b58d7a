DROP INDEX `job_posts_status_point`;--> statement-breakpoint
CREATE INDEX `job_posts_open_point` ON `job_posts` (`status`,`lat_microdegrees`,`lng_microdegrees`,`end_date`,`occupation`,`id`);