CREATE TABLE "seeker_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"occupations" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"certificates" jsonb NOT NULL,
	"home_enc" text NOT NULL,
	"home_region_code" text NOT NULL,
	"travel_metres" integer NOT NULL,
	"availability" jsonb NOT NULL,
	"expected_pay_fen" bigint NOT NULL,
	"expected_pay_unit" text NOT NULL,
	"recommendable" boolean DEFAULT false NOT NULL,
	"consent_at" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "seeker_profiles" ADD CONSTRAINT "seeker_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "seeker_profiles_region_recommendable" ON "seeker_profiles" USING btree ("home_region_code","recommendable");