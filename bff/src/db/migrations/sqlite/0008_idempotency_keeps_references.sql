ALTER TABLE `idempotency_keys` ADD `reference` text;--> statement-breakpoint
-- The answers kept so far go: a finished key keeps only the id its answer named, which a retry
-- now reads again; a finished key whose answer named no id is forgotten.
UPDATE `idempotency_keys` SET `reference` = json_extract(`response_body`, '$.id') WHERE `state` = 'done' AND json_valid(`response_body`);--> statement-breakpoint
DELETE FROM `idempotency_keys` WHERE `state` = 'done' AND `reference` IS NULL;--> statement-breakpoint
ALTER TABLE `idempotency_keys` DROP COLUMN `response_body`;
