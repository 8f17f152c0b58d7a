CREATE TABLE "card_benefit_openings" (
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"open_to_city" boolean NOT NULL,
	"updated_at" text NOT NULL,
	"updated_by" text,
	CONSTRAINT "card_benefit_openings_region_code_kind_pk" PRIMARY KEY("region_code","kind")
);
--> statement-breakpoint
CREATE TABLE "card_uses" (
	"id" text PRIMARY KEY NOT NULL,
	"venue_user_id" text NOT NULL,
	"card_id" text NOT NULL,
	"nonce" text NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"home_region_code" text NOT NULL,
	"because" text NOT NULL,
	"pay_percent" integer NOT NULL,
	"used_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_venues" (
	"user_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "disability_certified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "card_benefit_openings" ADD CONSTRAINT "card_benefit_openings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_uses" ADD CONSTRAINT "card_uses_venue_user_id_card_venues_user_id_fk" FOREIGN KEY ("venue_user_id") REFERENCES "public"."card_venues"("user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_uses" ADD CONSTRAINT "card_uses_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_venues" ADD CONSTRAINT "card_venues_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "card_uses_venue_nonce" ON "card_uses" USING btree ("venue_user_id","nonce");--> statement-breakpoint
CREATE INDEX "card_uses_region" ON "card_uses" USING btree ("region_code","used_at");--> statement-breakpoint
CREATE INDEX "card_uses_card" ON "card_uses" USING btree ("card_id","used_at");