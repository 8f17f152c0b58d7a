CREATE TABLE "training_institution_accounts" (
	"institution_user_id" text PRIMARY KEY NOT NULL,
	"account_name" text NOT NULL,
	"bank_name" text NOT NULL,
	"account_no_enc" text NOT NULL,
	"account_no_last4" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_programmes" ADD COLUMN "budget_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Programmes opened before budgets: enough for every voucher at the highest covered subsidy.
UPDATE "training_programmes" SET "budget_fen" = "quantity" * coalesce((SELECT max((c->>'subsidyFen')::bigint) FROM jsonb_array_elements("covered") c), 0);--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "payment_channel" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "payment_status" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "out_bill_no" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "transfer_bill_no" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "payout_package" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "payment_failure" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "payment_sent_at" text;--> statement-breakpoint
ALTER TABLE "training_subsidies" ADD COLUMN "paid_at" text;--> statement-breakpoint
ALTER TABLE "training_institution_accounts" ADD CONSTRAINT "training_institution_accounts_institution_user_id_users_id_fk" FOREIGN KEY ("institution_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_subsidies_out_bill_no" ON "training_subsidies" USING btree ("out_bill_no");--> statement-breakpoint
CREATE INDEX "training_subsidies_payment" ON "training_subsidies" USING btree ("payment_status");--> statement-breakpoint
CREATE INDEX "training_subsidies_programme" ON "training_subsidies" USING btree ("programme_id","status");