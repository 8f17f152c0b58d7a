CREATE TABLE `seeker_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`occupations` text NOT NULL,
	`skills` text NOT NULL,
	`certificates` text NOT NULL,
	`home_enc` text NOT NULL,
	`home_region_code` text NOT NULL,
	`travel_metres` integer NOT NULL,
	`availability` text NOT NULL,
	`expected_pay_fen` integer NOT NULL,
	`expected_pay_unit` text NOT NULL,
	`recommendable` integer DEFAULT false NOT NULL,
	`consent_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `seeker_profiles_region_recommendable` ON `seeker_profiles` (`home_region_code`,`recommendable`);