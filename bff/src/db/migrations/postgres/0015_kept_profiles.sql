CREATE TABLE "kept_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"staff_user_id" text NOT NULL,
	"grant_id" text NOT NULL,
	"region_code" text NOT NULL,
	"agreement_method" text NOT NULL,
	"agreement_reference_enc" text NOT NULL,
	"registered_at" text NOT NULL,
	"status" text NOT NULL,
	"claimant_user_id" text,
	"decided_at" text
);
--> statement-breakpoint
ALTER TABLE "kept_profiles" ADD CONSTRAINT "kept_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_profiles" ADD CONSTRAINT "kept_profiles_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_profiles" ADD CONSTRAINT "kept_profiles_grant_id_proxy_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."proxy_grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_profiles" ADD CONSTRAINT "kept_profiles_claimant_user_id_users_id_fk" FOREIGN KEY ("claimant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kept_profiles_staff" ON "kept_profiles" USING btree ("staff_user_id");--> statement-breakpoint
CREATE INDEX "kept_profiles_claimant" ON "kept_profiles" USING btree ("claimant_user_id");