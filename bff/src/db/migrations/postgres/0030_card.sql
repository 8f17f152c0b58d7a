CREATE TABLE "card_events" (
	"id" text PRIMARY KEY NOT NULL,
	"card_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" text NOT NULL,
	"by_user_id" text,
	"via_grant_id" text
);
--> statement-breakpoint
CREATE TABLE "cards" (
	"id" text PRIMARY KEY NOT NULL,
	"holder_user_id" text NOT NULL,
	"card_number_enc" text NOT NULL,
	"card_number_index" text NOT NULL,
	"card_number_masked" text NOT NULL,
	"region_code" text NOT NULL,
	"issuing_bank" text NOT NULL,
	"issued_on" text NOT NULL,
	"valid_until" text NOT NULL,
	"status" text NOT NULL,
	"temporary_loss_at" text,
	"temporary_loss_until" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "card_events" ADD CONSTRAINT "card_events_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_events" ADD CONSTRAINT "card_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_events_card" ON "card_events" USING btree ("card_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cards_number" ON "cards" USING btree ("card_number_index");--> statement-breakpoint
CREATE UNIQUE INDEX "cards_live_holder" ON "cards" USING btree ("holder_user_id") WHERE "cards"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "cards_temporary_loss" ON "cards" USING btree ("status","temporary_loss_until");