CREATE TABLE "card_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"holder_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"outlet_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"old_card_id" text,
	"new_card_number_enc" text,
	"new_card_number_index" text,
	"new_card_number_masked" text,
	"new_card_valid_until" text,
	"new_card_id" text,
	"status" text NOT NULL,
	"applied_at" text NOT NULL,
	"produced_at" text,
	"at_outlet_at" text,
	"collected_at" text,
	"withdrawn_at" text,
	"by_user_id" text,
	"via_grant_id" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_outlets" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"lat_microdegrees" integer NOT NULL,
	"lng_microdegrees" integer NOT NULL,
	"services" jsonb NOT NULL,
	"hours" text NOT NULL,
	"open" boolean NOT NULL,
	"updated_at" text NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "issuer_partner_id" text;--> statement-breakpoint
ALTER TABLE "card_applications" ADD CONSTRAINT "card_applications_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_applications" ADD CONSTRAINT "card_applications_outlet_id_card_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."card_outlets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_applications" ADD CONSTRAINT "card_applications_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_applications" ADD CONSTRAINT "card_applications_old_card_id_cards_id_fk" FOREIGN KEY ("old_card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_applications" ADD CONSTRAINT "card_applications_new_card_id_cards_id_fk" FOREIGN KEY ("new_card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_applications" ADD CONSTRAINT "card_applications_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_outlets" ADD CONSTRAINT "card_outlets_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_outlets" ADD CONSTRAINT "card_outlets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "card_applications_live_holder" ON "card_applications" USING btree ("holder_user_id") WHERE "card_applications"."status" not in ('collected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "card_applications_partner" ON "card_applications" USING btree ("partner_id","status","applied_at");--> statement-breakpoint
CREATE INDEX "card_outlets_region" ON "card_outlets" USING btree ("region_code","open");--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_issuer_partner_id_partners_id_fk" FOREIGN KEY ("issuer_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;